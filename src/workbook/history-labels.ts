import { LABELS, type Label, translator } from "../engine/labels.ts";
import { SHEET_LABELS } from "./labels.ts";

/**
 * The words of the history tabs the add-on writes from its on-demand module
 * (dist/HistoryCode.html), not from Code.js: an archived semester's own tab and the messages of
 * archiving, and the Opinions tab with its drafts.
 */
export const HISTORY_LABELS = {
  "archive.tab": { zh: "学期归档 {semester}", en: "Archive {semester}" },
  "archive.dataTab": { zh: "归档数据", en: "Archive data" },
  "archive.title": { zh: "{semester} 归档", en: "{semester}: archive" },
  "archive.semester": { zh: "学期", en: "Semester" },
  "archive.on": { zh: "归档日期", en: "Archived on" },
  "archive.digest": { zh: "摘要", en: "Digest" },
  "archive.note": { zh: "说明", en: "Note" },
  "archive.noteText": {
    zh: "本表由程序在归档时生成，受保护，请勿修改。此后该学期的计算列、报告、公式和年度考核都取自归档；归档后对该学期记录的修改会在其“校验”列中注明，不计入。如需更改，请先取消归档（记入“变更记录”）。",
    en: "Written by the program when the semester was archived, and protected: do not edit. From now on this semester's computed columns, reports, formulas and annual assessment come from the archive; an edit to one of its rows is noted in that row's Check column and does not count. To change it, un-archive it first (the Change log records it).",
  },
  "archive.settings": { zh: "所用设置", en: "Settings used" },
  "archive.dorms": { zh: "宿舍结果", en: "Dorms" },
  "archive.members": { zh: "党员结果", en: "Members" },
  "archive.opinions": { zh: "书面考评意见", en: "Written appraisal opinions" },
  "archive.col.revoked": { zh: "申诉撤销", en: "Revoked" },
  "archive.col.cleared": { zh: "已清除", en: "Cleared" },
  "archive.col.evidence": { zh: "依据", en: "Evidence" },
  "archive.already": {
    zh: "{semester}已于 {date} 归档。如需更改，请先取消归档。",
    en: "{semester} was archived on {date}. To change it, un-archive it first.",
  },
  "archive.notYet": {
    zh: "{semester}尚未开始，不能归档。",
    en: "{semester} has not begun yet and cannot be archived.",
  },
  "archive.notArchived": { zh: "{semester}没有归档。", en: "{semester} is not archived." },
  "archive.needReason": {
    zh: "取消归档需要写明理由（会记入“变更记录”）。",
    en: "Un-archiving needs a reason (it goes into the Change log).",
  },
  "archive.done": {
    zh: "已归档{semester}（摘要 {digest}）。此后该学期的结果取自“{tab}”。",
    en: "{semester} archived (digest {digest}). Its results now come from {tab}.",
  },
  "archive.undone": {
    zh: "已取消{semester}的归档，已按现有记录重新计算，并记入“变更记录”。",
    en: "{semester} is no longer archived: recalculated from the records as they are, and recorded in the Change log.",
  },
  "opinions.tab": { zh: "考评意见", en: "Opinions" },
  "opinions.col.members": { zh: "寝室党员", en: "Members" },
  "opinions.col.draft": { zh: "考评意见草稿（自动）", en: "Draft (automatic)" },
  "opinions.col.opinion": { zh: "书面考评意见（可修改）", en: "Written opinion (yours)" },
  "opinions.col.status": { zh: "状态", en: "Status" },
  "opinions.col.mark": { zh: "草稿标记", en: "Draft mark" },
  "opinions.status.draft": { zh: "采用草稿", en: "draft used" },
  "opinions.status.edited": { zh: "采用你的修改", en: "your text is used" },
  "opinions.status.newer": {
    zh: "草稿在你修改之后有更新，请核对",
    en: "the draft changed after your edit: please check",
  },
  "opinions.status.archived": { zh: "已归档", en: "archived" },
  "opinions.status.archivedEdit": {
    zh: "已归档：归档后的修改不计入",
    en: "archived: edits after archiving do not count",
  },
  "opinion.body": {
    zh: "{semester}，{dorm}共接受检查 {count} 次，其中优秀 {excellents} 次、不合格 {fails} 次{failList}，学期等级为{grade}。",
    en: "In {semester}, {dorm} was inspected {count} times: {excellents} excellent and {fails} failing{failList}; its grade is {grade}.",
  },
  "opinion.fails": { zh: "（{list}）", en: " ({list})" },
  "opinion.revoked": {
    zh: "另有 {count} 次检查经申诉撤销。",
    en: "{count} more inspections were revoked on appeal.",
  },
  "opinion.cleared": { zh: "{count} 次不合格已清除。", en: "{count} fails were cleared." },
  "opinion.members": {
    zh: "寝室党员{names}受通报批评 {criticisms} 次、通报表扬 {praises} 次。",
    en: "Its members {names} received {criticisms} public criticisms and {praises} public praises.",
  },
  "opinion.revokedEligibility": {
    zh: "因连续 {limit} 次检查不合格，寝室党员取消评奖评优资格。",
    en: "After {limit} failing inspections in a row, its members lost award eligibility.",
  },
  "opinion.unqualified": {
    zh: "本学期不合格达 {limit} 次，寝室党员年度考核或预备期考察不合格，须限期改正。",
    en: "With {limit} fails this semester, its members' annual assessment or probation review is unqualified and must be corrected.",
  },
  "opinion.contact": {
    zh: "本学期联系走访 {visits} 次，寝室党员记录谈话 {talks} 次。",
    en: "It had {visits} contact visits, and its members recorded {talks} talks.",
  },
  "opinion.close.excellent": {
    zh: "寝室党员发挥了先锋模范作用，予以肯定。",
    en: "Its members set an example, which is commended.",
  },
  "opinion.close.pass": {
    zh: "寝室整体达到要求，望继续保持，改进不足。",
    en: "It meets the standard; it should keep to it and mend what falls short.",
  },
  "opinion.close.fail": {
    zh: "寝室未达到党员寝室的要求，寝室党员须深刻反思，限期整改。",
    en: "It falls short of a member dorm's standard; its members must reflect on it and correct it in time.",
  },
  "opinion.close.none": { zh: "本学期未接受检查。", en: "It was not inspected this semester." },
  "protect.opinions": {
    zh: "党员寝室挂牌：只有“书面考评意见”一列由你填写，其余各列由程序维护。",
    en: "Dorm plaque: only the Written opinion column is yours; the program keeps the others.",
  },
} as const satisfies Record<string, Label>;

export type HistoryLabelKey = keyof typeof LABELS | keyof typeof SHEET_LABELS | keyof typeof HISTORY_LABELS;

const history = translator<HistoryLabelKey>({ ...LABELS, ...SHEET_LABELS, ...HISTORY_LABELS });

/**
 * Looks up an archive, sheet or shared label and fills its placeholders.
 *
 * @example
 * t("en", "archive.tab", { semester: "2025-2026-1" }) //=> "Archive 2025-2026-1"
 */
export const t = history.t;
