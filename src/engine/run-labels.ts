import type { Label } from "./labels.ts";

/**
 * The words only a recalculation or an action of the menu or sidebar needs: messages, summaries
 * and the history columns' wording. The command line and the documents carry them like the
 * others; the add-on's Code.js leaves them out (every execution, custom functions included,
 * parses Code.js) and loads them on demand (see `useLateLabels`).
 */
export const RUN_LABELS = {
  "stay.until": { zh: "{dorm}（至 {to}）", en: "{dorm} (to {to})" },
  "stay.between": { zh: "{dorm}（{from} 至 {to}）", en: "{dorm} ({from} to {to})" },
  "stay.since": { zh: "{dorm}（{from} 起）", en: "{dorm} (from {from})" },
  "counting.revoked": { zh: "申诉撤销，不计入：{reason}", en: "revoked on appeal, not counted: {reason}" },
  "counting.cleared": {
    zh: "已清除（此后优秀 {count} 次），不再计入",
    en: "cleared by {count} later excellents; no longer counted",
  },
  "coverage.line": {
    zh: "本学期走访 {visits} 次；{met}/{months} 个月达标",
    en: "{visits} visits this semester; {met} of {months} months met",
  },
  "coverage.below": { zh: "（未达标：{months}）", en: " (below: {months})" },
  "coverage.month": { zh: "{year}年{month}月", en: "{year}-{month}" },
  "contacted.line": { zh: "{dorm} 不合格 {fails} 次", en: "{dorm}: {fails} fails" },
  "app.notYet": {
    zh: "“{feature}”尚未开放，将在后续版本中提供。",
    en: "“{feature}” is not available yet; it comes in a later version.",
  },
  "app.stale": {
    zh: "数据较多，未能自动刷新。结果可能已过期，请点击“重新计算”。",
    en: "The workbook is too large to refresh on every edit. Results may be out of date: choose Recalculate.",
  },
  "app.busyStale": {
    zh: "另一项计算正在进行，这次修改将在下次计算时评定；结果可能已过期。",
    en: "Another recalculation is running: this change is graded by the next one. Results may be out of date.",
  },
  "app.changedDuring": {
    zh: "计算期间有行被插入或删除，结果可能已过期，请再点一次“重新计算”。",
    en: "Rows were inserted or deleted during the recalculation. Results may be out of date: choose Recalculate again.",
  },
  "app.noSourceTab": {
    zh: "找不到可导入的工作表“{tab}”（不能从本插件读取的表导入）。",
    en: "There is no tab “{tab}” to import from (the add-on's own tabs cannot be imported).",
  },
  "app.archiveConfirm": {
    zh: "归档{semester}？归档后，该学期的结果、所用设置和记录都被冻结：以后修改它的记录或设置都不再改变它的结果。",
    en: "Archive {semester}? Its results, settings and records are then frozen: later edits to its records or settings no longer change them.",
  },
  "app.unarchivePrompt": {
    zh: "{semester}已归档。要取消归档，请写明理由（记入“变更记录”）：",
    en: "{semester} is archived. To un-archive it, give the reason (it goes into the Change log):",
  },
  "app.tabsCreated": { zh: "已创建：{tabs}", en: "created: {tabs}" },
  "app.tabsPresent": {
    zh: "所有表格均已存在，未做改动。",
    en: "Every tab is already there; nothing changed.",
  },
  "app.notEmpty": {
    zh: "表格中已有数据。示例数据只能插入到空白表格中，以免覆盖你的数据。",
    en: "This workbook already holds data. Sample data goes only into an empty workbook, so nothing of yours is overwritten.",
  },
  "app.sampleInserted": { zh: "已插入示例数据并完成计算。", en: "Sample data inserted and graded." },
  "plaques.count": {
    zh: "现有挂牌宿舍 {plaqued} 个，党员宿舍 {memberDorms} 个",
    en: "{plaqued} dorms carry a plaque; {memberDorms} are member dorms",
  },
  "plaques.hint": {
    zh: "处理后请在“宿舍”表的“挂牌”“挂牌日期”“标牌状态”列中登记，再点击“重新计算”。",
    en: "Once done, record it in the Plaque, Plaque date and Plaque condition columns of the Dorms tab, then Recalculate.",
  },
  "app.help": {
    zh: "在“检查记录”“联系宿舍”“谈话记录”表中录入数据，结果会自动写入各表右侧的输出列；也可在面板中快速录入。规则阈值在“设置”表中修改。公式：=DORMGRADE(宿舍号)、=DORMFAILS、=DORMSTREAK、=DORMSCORE、=MEMBEROUTCOME(学号)。",
    en: "Enter data on the Inspections, Visits and Talks tabs; results appear in the output columns at the right of each tab, or use the sidebar's quick entry. Thresholds live on the Settings tab. Formulas: =DORMGRADE(dorm), =DORMFAILS, =DORMSTREAK, =DORMSCORE, =MEMBEROUTCOME(studentId).",
  },
  "summary.title": { zh: "{semester} 计算完成", en: "{semester} recalculated" },
  "summary.grades": {
    zh: "宿舍等级：优秀 {excellent}，合格 {pass}，不合格 {fail}，未检查 {none}",
    en: "dorm grades: {excellent} excellent, {pass} pass, {fail} fail, {none} not inspected",
  },
  "summary.members": {
    zh: "党员：取消评奖评优资格 {revoked} 人，考核不合格 {unqualified} 人，评优优先 {priority} 人",
    en: "members: {revoked} lost award eligibility, {unqualified} unqualified, {priority} with award priority",
  },
  "summary.warnings": { zh: "预警宿舍 {warnings} 个", en: "{warnings} dorms on early warning" },
  "summary.checks": {
    zh: "有问题的行 {rows} 行（见“校验”列）",
    en: "{rows} rows with problems (see the Check column)",
  },
  "summary.unchanged": { zh: "数据未变，无需写入", en: "nothing changed; no cells written" },
  "summary.history": {
    zh: "住宿变动 {moved} 人，申诉撤销 {revoked} 次，清除不合格 {cleared} 次",
    en: "{moved} members moved, {revoked} inspections revoked on appeal, {cleared} fails cleared",
  },
  "summary.contact": {
    zh: "联系分工 {assigned} 人，未达标 {below} 人",
    en: "{assigned} members with contact assignments, {below} below their requirement",
  },
  "summary.changes": {
    zh: "已处理结果有 {count} 项变更（见“变更记录”表）",
    en: "{count} reported consequences changed (see the Change log tab)",
  },
  "summary.archiveEdits": {
    zh: "已归档的{semester}有 {count} 行记录在归档后被修改或删除；归档结果不变",
    en: "{count} rows of the archived {semester} were changed or deleted since; its archived results stand",
  },
  "summary.archived": {
    zh: "本学期已于 {date} 归档：结果取自归档",
    en: "this semester was archived on {date}: its results come from the archive",
  },
} as const satisfies Record<string, Label>;
