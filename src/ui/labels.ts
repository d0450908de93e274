import { LABELS, type Label, translator } from "../engine/labels.ts";

/**
 * The sidebar's own words, beside the shared ones: they travel in Sidebar.html only, never in
 * Code.js, which every execution parses.
 */
export const SIDEBAR_LABELS = {
  "sidebar.loading": { zh: "正在加载…", en: "Loading…" },
  "sidebar.working": { zh: "正在处理…", en: "Working…" },
  "sidebar.saving": { zh: "正在保存…", en: "Saving…" },
  "sidebar.error": { zh: "出错了：{message}", en: "Something went wrong: {message}" },
  "sidebar.switchLang": { zh: "English", en: "Chinese" },
  "sidebar.switchLangHint": { zh: "切换为英文界面", en: "Switch the workbook to Chinese" },
  "sidebar.today": { zh: "今天 {date}", en: "today {date}" },
  "sidebar.recalculated": { zh: "已重新计算。", en: "Recalculated." },
  "sidebar.exportReport": { zh: "导出报告", en: "Export report" },
  "sidebar.poster": { zh: "排名海报", en: "Ranking poster" },
  "sidebar.reportReady": { zh: "报告已生成：", en: "The report is ready:" },
  "sidebar.download": { zh: "下载 {file}", en: "Download {file}" },
  "sidebar.sec.overview": { zh: "本学期概况", en: "This semester" },
  "sidebar.sec.warnings": { zh: "预警", en: "Early warnings" },
  "sidebar.sec.consequences": { zh: "处理", en: "Consequences" },
  "sidebar.sec.visits": { zh: "联系宿舍", en: "Contact visits" },
  "sidebar.sec.addInspection": { zh: "录入检查", en: "Add an inspection" },
  "sidebar.sec.addVisit": { zh: "录入联系宿舍", en: "Add a contact visit" },
  "sidebar.fig.plaqued": { zh: "挂牌宿舍", en: "Plaqued dorms" },
  "sidebar.fig.inspections": { zh: "检查次数", en: "Inspections" },
  "sidebar.fig.fails": { zh: "不合格次数", en: "Fails" },
  "sidebar.fig.revoked": { zh: "取消评奖评优资格", en: "Award eligibility revoked" },
  "sidebar.fig.unqualified": { zh: "考核/考察不合格", en: "Assessment or probation unqualified" },
  "sidebar.fig.warned": { zh: "预警宿舍", en: "Dorms on warning" },
  "sidebar.fig.belowVisits": { zh: "联系次数不足的宿舍", en: "Dorms below required visits" },
  "sidebar.fig.badRows": { zh: "有问题的行", en: "Rows with problems" },
  "sidebar.noWarnings": { zh: "没有预警宿舍。", en: "No dorm is on warning." },
  "sidebar.noConsequences": {
    zh: "本学期没有党员被取消资格或考核不合格。",
    en: "No member has lost award eligibility or failed a review this semester.",
  },
  "sidebar.noBelowVisits": {
    zh: "所有宿舍的联系次数均已达标。",
    en: "Every dorm has had its required visits.",
  },
  "sidebar.revoked": { zh: "取消评奖评优资格", en: "award eligibility revoked" },
  "sidebar.why.streak": {
    zh: "依据：连续 {limit} 次检查不合格",
    en: "Why: {limit} failing inspections in a row",
  },
  "sidebar.why.total": {
    zh: "依据：本学期检查不合格达 {limit} 次",
    en: "Why: {limit} failing inspections this semester",
  },
  "sidebar.why.warning": { zh: "依据：目前的不合格记录", en: "Why: the fails so far" },
  "sidebar.evidence": {
    zh: "{date} {category}{level}（检查记录第 {row} 行）",
    en: "{date} {category} {level} (Inspections row {row})",
  },
  "sidebar.visitCount": { zh: "已联系 {visits} / {required} 次", en: "{visits} of {required} visits" },
  "sidebar.visitsBelow": {
    zh: "{count} 个宿舍联系次数少于 {required} 次",
    en: "{count} dorms visited fewer than {required} times",
  },
  "sidebar.blankOption": { zh: "（不填）", en: "(blank)" },
  "sidebar.byScore": { zh: "（按分数）", en: "(from the score)" },
  "sidebar.resultHint": { zh: "结果、分数、扣分项填一项即可。", en: "Give a result, a score or deductions." },
  "sidebar.deductionsHint": { zh: "检查细则的代码，如 B1×2, S1", en: "Scoresheet codes, e.g. B1×2, S1" },
  "sidebar.dormHint": { zh: "输入宿舍号搜索", en: "Type to search" },
  "sidebar.required": { zh: "必填", en: "required" },
  "sidebar.addInspection": { zh: "添加检查记录", en: "Add inspection" },
  "sidebar.addVisit": { zh: "添加联系记录", en: "Add visit" },
  "sidebar.added": {
    zh: "已添加到“{tab}”表第 {row} 行，并已重新计算。",
    en: "Added to row {row} of {tab} and recalculated.",
  },
  "sidebar.otherSemester": {
    zh: "{date} 不在{semester}内，上面的数字不受这条记录影响。",
    en: "{date} is outside {semester}, so the figures above do not count this entry.",
  },
  "sidebar.fixErrors": {
    zh: "有 {count} 处需要修改，见标红的项目。",
    en: "{count} fields need correcting; see the messages in red.",
  },
  "sidebar.sec.archive": { zh: "学期归档", en: "Semester archive" },
  "sidebar.archivedOn": {
    zh: "本学期已于 {date} 归档：结果取自归档，之后对本学期记录或设置的修改不会改变它。",
    en: "This semester was archived on {date}: its results come from the archive, and later edits to its records or settings do not change them.",
  },
  "sidebar.notArchived": {
    zh: "学期结束、结果公布后归档，此后的修改就不会改变已公布的结果。",
    en: "Archive the semester once its results are announced: later edits then cannot change them.",
  },
  "sidebar.archive": { zh: "归档本学期", en: "Archive this semester" },
  "sidebar.archiveConfirm": {
    zh: "归档后，本学期的结果、所用设置和记录都被冻结。确定归档吗？",
    en: "Archiving freezes this semester's results, settings and records. Archive it?",
  },
  "sidebar.archiveYes": { zh: "确定归档", en: "Archive" },
  "sidebar.unarchive": { zh: "取消归档", en: "Un-archive" },
  "sidebar.unarchiveReason": {
    zh: "取消归档的理由（必填，记入“变更记录”）",
    en: "Why un-archive it (required; it goes into the Change log)",
  },
  "sidebar.sec.contact": { zh: "联系分工", en: "Contact assignments" },
  "sidebar.contactGap": {
    zh: "走访 {visits} 次；未达标：{months}",
    en: "{visits} visits; below in {months}",
  },
  "sidebar.contactGaps": {
    zh: "{count} 名党员联系分工未达标",
    en: "{count} members below their contact requirement",
  },
  "sidebar.sec.appeals": { zh: "申诉撤销与清除", en: "Appeals and cleared fails" },
  "sidebar.revokedItem": {
    zh: "{date} {dorm} {category}（第 {row} 行）：{reason}",
    en: "{date} {dorm} {category} (row {row}): {reason}",
  },
  "sidebar.clearedCount": { zh: "另有 {count} 次不合格已清除。", en: "{count} fails were cleared." },
  "sidebar.stays": { zh: "住宿：{stays}", en: "Lived in: {stays}" },
  "sidebar.stayFrom": { zh: "{dorm}（{from} 起）", en: "{dorm} (from {from})" },
  "sidebar.stayTo": { zh: "{dorm}（至 {to}）", en: "{dorm} (to {to})" },
  "sidebar.stayBetween": { zh: "{dorm}（{from} 至 {to}）", en: "{dorm} ({from} to {to})" },
} as const satisfies Record<string, Label>;

export type SidebarLabelKey = keyof typeof LABELS | keyof typeof SIDEBAR_LABELS;

/** The sidebar's table: the shared words and its own. */
export const UI_LABELS: Readonly<Record<SidebarLabelKey, Label>> = { ...LABELS, ...SIDEBAR_LABELS };

const sidebar = translator<SidebarLabelKey>(UI_LABELS);

/**
 * Looks up a sidebar or shared label and fills its placeholders.
 *
 * @example
 * t("en", "sidebar.recalculated") //=> "Recalculated."
 */
export const t = sidebar.t;
