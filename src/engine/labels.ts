/**
 * Every user-facing word of dorm-plaque, in both UI languages. Tabs, headers, outcomes, menus,
 * check messages, the sidebar and the report all read from this one table.
 */
import { RUN_LABELS } from "./run-labels.ts";

export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

/** One word or sentence in both languages. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

const CORE_LABELS = {
  // Tabs
  "tab.dorms": { zh: "宿舍", en: "Dorms" },
  "tab.members": { zh: "党员", en: "Members" },
  "tab.inspections": { zh: "检查记录", en: "Inspections" },
  "tab.visits": { zh: "联系宿舍", en: "Visits" },
  "tab.talks": { zh: "谈话记录", en: "Talks" },
  "tab.settings": { zh: "设置", en: "Settings" },
  "tab.report": { zh: "学期报告", en: "Report" },
  "tab.scoresheet": { zh: "检查细则", en: "Scoresheet" },
  "tab.rankings": { zh: "排名", en: "Rankings" },
  "tab.moves": { zh: "住宿变动", en: "Moves" },
  "tab.assignments": { zh: "联系分工", en: "Assignments" },

  // Input columns
  "col.dorm": { zh: "宿舍号", en: "Dorm" },
  "col.building": { zh: "楼栋", en: "Building" },
  "col.year": { zh: "年级", en: "Year" },
  "col.plaque": { zh: "挂牌", en: "Plaque" },
  "col.plaqueDate": { zh: "挂牌日期", en: "Plaque date" },
  "col.plaqueCondition": { zh: "标牌状态", en: "Plaque condition" },
  "col.studentId": { zh: "学号", en: "Student ID" },
  "col.name": { zh: "姓名", en: "Name" },
  "col.status": { zh: "政治面貌", en: "Status" },
  "col.branch": { zh: "支部", en: "Branch" },
  "col.contact": { zh: "支部联系人", en: "Branch contact" },
  "col.date": { zh: "日期", en: "Date" },
  "col.category": { zh: "类别", en: "Category" },
  "col.result": { zh: "结果", en: "Result" },
  "col.score": { zh: "分数", en: "Score" },
  "col.inspector": { zh: "检查人", en: "Inspector" },
  "col.notes": { zh: "备注", en: "Notes" },
  "col.teacher": { zh: "带队教师", en: "Teacher" },
  "col.group": { zh: "党员小组", en: "Group" },
  "col.findings": { zh: "情况记录", en: "Findings" },
  "col.followUp": { zh: "跟进事项", en: "Follow-up" },
  "col.with": { zh: "对象", en: "With" },
  "col.reason": { zh: "事由", en: "Reason" },
  "col.fromDorm": { zh: "原宿舍", en: "From dorm" },
  "col.toDorm": { zh: "新宿舍", en: "To dorm" },
  "col.fromDate": { zh: "开始日期", en: "From date" },
  "col.appeal": { zh: "申诉结果", en: "Appeal" },
  "col.appealReason": { zh: "申诉理由", en: "Appeal reason" },
  "col.tier": { zh: "级别", en: "Level" },
  "col.visitors": { zh: "走访党员", en: "Visiting members" },
  "col.key": { zh: "项目", en: "Key" },
  "col.value": { zh: "值", en: "Value" },
  "col.beds": { zh: "床位数", en: "Beds" },
  "col.deductions": { zh: "扣分项", en: "Deductions" },
  "col.code": { zh: "代码", en: "Code" },
  "col.item": { zh: "扣分内容", en: "Item" },
  "col.points": { zh: "分值", en: "Points" },
  "col.per": { zh: "计分方式", en: "Per" },
  "col.pointsByBeds": { zh: "按床位分值", en: "Points by beds" },
  "col.veto": { zh: "一票否决", en: "Veto" },

  // Output columns
  "out.grade": { zh: "学期等级", en: "Grade" },
  "out.inspections": { zh: "检查次数", en: "Inspections" },
  "out.fails": { zh: "不合格次数", en: "Fails" },
  "out.longestStreak": { zh: "最长连续不合格", en: "Longest fail streak" },
  "out.currentStreak": { zh: "当前连续不合格", en: "Current fail streak" },
  "out.excellents": { zh: "优秀次数", en: "Excellents" },
  "out.meanScore": { zh: "平均分", en: "Mean score" },
  "out.nobodyIn": { zh: "无人次数", en: "Nobody in" },
  "out.computedScore": { zh: "计算得分", en: "Computed score" },
  "out.deductionDetail": { zh: "扣分明细", en: "Deduction detail" },
  "out.visits": { zh: "联系次数", en: "Visits" },
  "out.warning": { zh: "预警", en: "Warning" },
  "out.plaqueCheck": { zh: "挂牌核对", en: "Plaque check" },
  "out.criticisms": { zh: "通报批评", en: "Criticisms" },
  "out.praises": { zh: "通报表扬", en: "Praises" },
  "out.eligibility": { zh: "评奖评优资格", en: "Award eligibility" },
  "out.priority": { zh: "评优优先", en: "Award priority" },
  "out.assessment": { zh: "考核结果", en: "Assessment" },
  "out.action": { zh: "处理意见", en: "Action" },
  "out.review": { zh: "考察参考", en: "Review" },
  "out.stays": { zh: "本学期住宿", en: "Dorms this semester" },
  "out.coverage": { zh: "联系分工完成情况", en: "Contact coverage" },
  "out.contactedFails": { zh: "联系宿舍不合格", en: "Contacted dorms' fails" },
  "out.counting": { zh: "计入情况", en: "Counted" },
  "out.check": { zh: "校验", en: "Check" },

  // Settings keys
  "set.department": { zh: "院系名称", en: "Department" },
  "set.issuer": { zh: "发文单位", en: "Issuing body" },
  "set.documentNumber": { zh: "文号", en: "Document number" },
  "set.currentSemester": { zh: "当前学期", en: "Current semester" },
  "set.semester1StartMonth": { zh: "第一学期开始月份", en: "Semester 1 start month" },
  "set.semester2StartMonth": { zh: "第二学期开始月份", en: "Semester 2 start month" },
  "set.consecutiveFailLimit": { zh: "连续不合格上限", en: "Consecutive fail limit" },
  "set.semesterFailLimit": { zh: "学期不合格上限", en: "Semester fail limit" },
  "set.correctionDays": { zh: "整改期限（天）", en: "Correction days" },
  "set.excellentMinInspections": { zh: "优秀最少检查次数", en: "Excellent minimum inspections" },
  "set.excellentShare": { zh: "优秀比例", en: "Excellent share" },
  "set.excellentScore": { zh: "优秀分数线", en: "Excellent score" },
  "set.passScore": { zh: "合格分数线", en: "Pass score" },
  "set.visitsPerSemester": { zh: "每学期联系次数", en: "Visits per semester" },
  "set.talkFollowUpDays": { zh: "谈话跟进天数", en: "Talk follow-up days" },
  "set.rankingSize": { zh: "排名名单个数", en: "Ranking list size" },
  "set.rankBy": { zh: "评比依据", en: "Rank by" },
  "set.bannerQuota": { zh: "流动红旗名额", en: "Banner quota" },
  "set.bannerFor": { zh: "流动红旗评比对象", en: "Banner goes to" },
  "set.bands": { zh: "评分档次", en: "Score bands" },
  "set.language": { zh: "语言", en: "Language" },
  "set.formUrl": { zh: "检查表单链接", en: "Inspection form URL" },
  "set.pledge": { zh: "承诺语", en: "Pledge" },
  "set.importColumns": { zh: "导入列对应", en: "Import columns" },
  "set.clearAfterExcellents": { zh: "清除不合格所需优秀次数", en: "Excellents to clear a fail" },
  "set.unclearableTiers": { zh: "不予清除的级别", en: "Levels never cleared" },
  "set.memberVisitsPerMonth": { zh: "每人每月联系次数", en: "Member visits per month" },
  "set.pointsOwnFail": { zh: "积分：本人宿舍不合格", en: "Points: own dorm fail" },
  "set.pointsContactFail": { zh: "积分：联系宿舍不合格", en: "Points: contacted dorm fail" },
  "set.pointsOwnExcellent": { zh: "积分：本人宿舍优秀", en: "Points: own dorm excellent" },
  "set.pointsGradeExcellent": { zh: "积分：宿舍等级优秀", en: "Points: dorm graded excellent" },
  "set.pointsGradePass": { zh: "积分：宿舍等级合格", en: "Points: dorm graded pass" },
  "set.pointsGradeFail": { zh: "积分：宿舍等级不合格", en: "Points: dorm graded fail" },

  // Values
  "level.excellent": { zh: "优秀", en: "excellent" },
  "level.pass": { zh: "合格", en: "pass" },
  "level.fail": { zh: "不合格", en: "fail" },
  "grade.none": { zh: "未检查", en: "not inspected" },
  "result.nobodyIn": { zh: "无人", en: "nobody in" },
  "result.refused": { zh: "拒查", en: "refused" },
  "per.item": { zh: "每项", en: "per item" },
  "per.bed": { zh: "每床", en: "per bed" },
  "rankBy.score": { zh: "平均分", en: "mean score" },
  "rankBy.excellents": { zh: "优秀次数", en: "excellents" },
  "bannerFor.dorms": { zh: "宿舍", en: "dorms" },
  "bannerFor.buildings": { zh: "楼栋", en: "buildings" },
  "status.full": { zh: "正式党员", en: "full member" },
  "status.probationary": { zh: "预备党员", en: "probationary member" },
  "status.candidate": { zh: "发展对象", en: "candidate" },
  "status.activist": { zh: "入党积极分子", en: "activist" },
  "status.nonMember": { zh: "群众", en: "non-member" },
  "category.hygiene": { zh: "卫生", en: "hygiene" },
  "category.discipline": { zh: "纪律", en: "discipline" },
  "category.schedule": { zh: "作息", en: "schedule" },
  "category.safety": { zh: "安全", en: "safety" },
  "condition.ok": { zh: "完好", en: "ok" },
  "condition.lost": { zh: "遗失", en: "lost" },
  "condition.damaged": { zh: "污损", en: "damaged" },
  "appeal.upheld": { zh: "维持", en: "upheld" },
  "appeal.revoked": { zh: "撤销", en: "revoked" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  "semester.label": { zh: "{start}-{end}学年第{termName}学期", en: "{start}-{end} semester {term}" },
  "semester.term1": { zh: "一", en: "1" },
  "semester.term2": { zh: "二", en: "2" },

  // Outcomes
  "outcome.kept": { zh: "保留", en: "kept" },
  "outcome.revoked": { zh: "取消", en: "revoked" },
  "outcome.priority": { zh: "优先", en: "priority" },
  "outcome.fullUnqualified": { zh: "年度考核不合格", en: "annual assessment unqualified" },
  "outcome.probationUnqualified": {
    zh: "预备期考察不合格，建议延长预备期",
    en: "probation review unqualified; consider extending probation",
  },
  "outcome.action": {
    zh: "由支部联系人批评教育，限期改正（截止 {deadline}）",
    en: "criticism education by the branch contact; correct by {deadline}",
  },
  "outcome.actionWithContact": {
    zh: "由支部联系人{contact}批评教育，限期改正（截止 {deadline}）",
    en: "criticism education by the branch contact {contact}; correct by {deadline}",
  },
  "outcome.review": {
    zh: "宿舍等级{grade}；不合格 {fails} 次；优秀 {excellents} 次",
    en: "dorm grade {grade}; {fails} fails; {excellents} excellent",
  },
  "outcome.none": { zh: "无", en: "none" },
  "warning.streak": {
    zh: "再有 1 次不合格将连续 {limit} 次不合格，取消党员评奖评优资格",
    en: "one more fail makes {limit} in a row: members lose award eligibility",
  },
  "warning.total": {
    zh: "本学期已 {fails} 次不合格，再有 1 次将导致年度考核/预备期考察不合格",
    en: "{fails} fails this semester; one more makes the annual assessment / probation review unqualified",
  },
  "plaque.hang": { zh: "需挂牌", en: "hang a plaque" },
  "plaque.takeDown": { zh: "需摘牌", en: "take the plaque down" },
  "plaque.reissue": { zh: "需补发", en: "reissue" },
  "plaque.ok": { zh: "正常", en: "ok" },
  "talk.followed": { zh: "已谈话", en: "talk held" },
  "talk.pending": { zh: "待谈话", en: "talk pending" },
  "talk.missed": { zh: "未按时谈话", en: "no talk in time" },

  // Scores: how an inspection's items read as evidence
  "deduction.item": { zh: "−{points} {name}", en: "−{points} {name}" },
  "deduction.count.bed": { zh: " ×{count}床", en: " ×{count} beds" },
  "deduction.count.item": { zh: " ×{count}", en: " ×{count}" },
  "deduction.remark": { zh: "：{remark}", en: ": {remark}" },
  "deduction.veto": { zh: "（一票否决）", en: " (veto)" },
  "deduction.score": { zh: "{score}分", en: "{score} points" },
  "deduction.sep": { zh: "；", en: "; " },

  // Check messages
  "check.ok": { zh: "", en: "" },
  "check.missing": { zh: "缺少必填项：{column}", en: "missing required value: {column}" },
  "check.badDate": { zh: "无法识别的日期：{value}", en: "unreadable date: {value}" },
  "check.futureDate": { zh: "日期在今天之后：{value}", en: "date is after today: {value}" },
  "check.badResult": {
    zh: "无法识别的结果：{value}（应为 优秀/合格/不合格）",
    en: "unreadable result: {value} (expected excellent/pass/fail)",
  },
  "check.badResultOrStatus": {
    zh: "无法识别的结果：{value}（应为 优秀/合格/不合格/无人/拒查）",
    en: "unreadable result: {value} (expected excellent/pass/fail/nobody in/refused)",
  },
  "check.badScore": { zh: "分数应为 0–100 的数字：{value}", en: "score must be a number 0–100: {value}" },
  "check.noResult": { zh: "缺少结果、分数或扣分项", en: "missing result, score or deductions" },
  "check.unknownItem": {
    zh: "无法识别的扣分项：{value}（“检查细则”表中没有这个代码）",
    en: "unknown deduction: {value} (no such code on the Scoresheet tab)",
  },
  "check.badItemCount": {
    zh: "扣分项的数量应为正整数：{value}（例如 B1×2）",
    en: "a deduction's count must be a whole number from 1: {value} (e.g. B1×2)",
  },
  "check.noScoresheet": {
    zh: "填了扣分项，但没有“检查细则”表：请用 dorm-plaque init 或“初始化表格”添加它",
    en: "deductions are listed but there is no Scoresheet tab: add it with dorm-plaque init or Set up tabs",
  },
  "check.levelDiffers": {
    zh: "扣分项计算为 {score} 分（{computed}），与所填的{typed}不一致：以所填为准",
    en: "the deductions give {score} points ({computed}), unlike the {typed} typed: the typed one is used",
  },
  "check.typedResult": { zh: "结果", en: "result" },
  "check.typedScore": { zh: "分数", en: "score" },
  "check.badBeds": {
    zh: "无法识别的床位数：{value}（应为 1–20 的整数）",
    en: "unreadable number of beds: {value} (expected a whole number 1–20)",
  },
  "check.duplicateCode": {
    zh: "代码重复：{value}（已在第 {row} 行）",
    en: "duplicate code: {value} (already on row {row})",
  },
  "check.badPoints": {
    zh: "分值应为 0–100 的数：{value}",
    en: "points must be a number 0–100: {value}",
  },
  "check.badPer": {
    zh: "无法识别的计分方式：{value}（应为 每项/每床）",
    en: "unreadable per: {value} (expected per item / per bed)",
  },
  "check.badVeto": {
    zh: "无法识别的一票否决值：{value}（应为 是/否）",
    en: "unreadable veto value: {value} (expected yes/no)",
  },
  "check.badByBeds": {
    zh: "无法识别的按床位分值：{value}（例如 8:10, 4:20）",
    en: "unreadable points by beds: {value} (e.g. 8:10, 4:20)",
  },
  "check.badStatus": {
    zh: "无法识别的政治面貌：{value}",
    en: "unreadable status: {value}",
  },
  "check.badYear": {
    zh: "无法识别的年级：{value}（应为 大一…大四 或 1–4）",
    en: "unreadable year: {value} (expected 1–4)",
  },
  "check.badPlaque": {
    zh: "无法识别的挂牌值：{value}（应为 是/否）",
    en: "unreadable plaque value: {value} (expected yes/no)",
  },
  "check.badCondition": {
    zh: "无法识别的标牌状态：{value}（应为 完好/遗失/污损）",
    en: "unreadable plaque condition: {value} (expected ok/lost/damaged)",
  },
  "check.unknownDorm": { zh: "宿舍 {value} 不在“宿舍”表中", en: "dorm {value} is not on the Dorms tab" },
  "check.unknownStudent": {
    zh: "学号 {value} 不在“党员”表中",
    en: "student ID {value} is not on the Members tab",
  },
  "check.duplicateDorm": {
    zh: "宿舍号重复：{value}（已在第 {row} 行）",
    en: "duplicate dorm: {value} (already on row {row})",
  },
  "check.duplicateStudent": {
    zh: "学号重复：{value}（已在第 {row} 行）",
    en: "duplicate student ID: {value} (already on row {row})",
  },
  "check.badSetting": {
    zh: "无法识别的设置值：{value}，已使用默认值 {default}",
    en: "unreadable value: {value}; using the default {default}",
  },
  "check.sameStartMonth": {
    zh: "两个学期不能在同一个月开始，已使用默认值 8 和 2",
    en: "the two semesters cannot start in the same month; using the defaults 8 and 2",
  },
  "check.scoreOrder": {
    zh: "合格分数线 {pass} 高于优秀分数线 {excellent}，二者矛盾：已使用默认值 {defaultPass} 和 {defaultExcellent}",
    en: "the pass score {pass} is above the excellent score {excellent}, which contradict each other: using the defaults {defaultPass} and {defaultExcellent}",
  },
  "check.unknownSetting": { zh: "未知的设置项", en: "unknown setting" },
  "check.badAppeal": {
    zh: "无法识别的申诉结果：{value}（应为 维持/撤销），本行按未申诉计",
    en: "unreadable appeal: {value} (expected upheld/revoked); counted as not appealed",
  },
  "check.appealNoReason": {
    zh: "已撤销：请在“申诉理由”中写明理由",
    en: "revoked: give the reason under Appeal reason",
  },
  "check.unknownVisitor": {
    zh: "走访党员中的学号 {value} 不在“党员”表中",
    en: "visiting member {value} is not on the Members tab",
  },
  "check.moveFrom": {
    zh: "原宿舍 {value} 与上一次变动后的宿舍 {previous} 不一致",
    en: "from dorm {value} is not the dorm of the previous move, {previous}",
  },
  "check.moveLast": {
    zh: "变动后的宿舍 {value} 与“党员”表中的宿舍 {present} 不一致：此后按“党员”表计",
    en: "to dorm {value} differs from the Members tab's {present}, which counts from then on",
  },
  "check.sameDorm": { zh: "原宿舍和新宿舍相同", en: "from and to are the same dorm" },
  "check.archivedRow": {
    zh: "本行属于已归档的{semester}，修改不计入该学期（如需更改，请先取消归档）",
    en: "this row belongs to the archived {semester}; the change does not count there (un-archive it first)",
  },
  "check.missingTab": {
    zh: "找不到“{tab}”表（也可命名为 {alt}）。工作簿中现有的表：{found}。{fix}",
    en: "the {tab} tab is missing (it may also be named {alt}). Tabs found: {found}. {fix}",
  },
  "check.ambiguousTab": {
    zh: "有多个表都可能是“{tab}”表：{candidates}。请把不用的表改名或删除。",
    en: "more than one tab could be the {tab} tab: {candidates}. Rename or delete the ones not in use.",
  },
  "check.missingColumn": {
    zh: "“{tab}”表缺少“{column}”列（也可写作 {alt}）。现有的列：{found}",
    en: "the {tab} tab has no {column} column (it may also be headed {alt}). Columns found: {found}",
  },
  "check.missingResultColumn": {
    zh: "“{tab}”表既没有“结果”列也没有“分数”列，二者有一即可（也可写作 Result 或 Score）。现有的列：{found}",
    en: "the {tab} tab has neither a Result nor a Score column; one of them will do (or 结果 / 分数). Columns found: {found}",
  },
  "check.noneFound": { zh: "（没有）", en: "(none)" },
  "fix.sheets": {
    zh: "请用菜单“初始化表格”创建，或把现有表改名。",
    en: "Use “Set up tabs” to create it, or rename an existing tab.",
  },
  "fix.cli": {
    zh: "请把现有表改名，或运行 dorm-plaque init <新文件.xlsx> 生成含全部表格的模板，再把数据复制过去。",
    en: "Rename an existing tab, or run dorm-plaque init <new.xlsx> for a template with every tab and copy your data into it.",
  },

  // Menu and add-on messages
  "menu.openSidebar": { zh: "打开面板", en: "Open sidebar" },
  "menu.recalculate": { zh: "重新计算", en: "Recalculate" },
  "menu.exportReport": { zh: "导出报告和通报", en: "Export report or bulletin" },
  "menu.registerPlaques": { zh: "新学期挂牌登记", en: "New semester plaque registration" },
  "menu.import": { zh: "导入检查记录", en: "Import inspections" },
  "menu.plaqueKit": { zh: "打印挂牌材料", en: "Print the plaque kit" },
  "menu.archive": { zh: "学期归档", en: "Archive semester" },
  "menu.setupTabs": { zh: "初始化表格", en: "Set up tabs" },
  "menu.insertSample": { zh: "插入示例数据", en: "Insert sample data" },
  "menu.help": { zh: "帮助", en: "Help" },
  "app.name": { zh: "党员寝室挂牌", en: "Dorm plaque" },
  "fn.tooLarge": {
    zh: "数据较多，公式无法直接计算 {semester}。请先点“重新计算”，之后 6 小时内公式可直接取用其结果。",
    en: "Too much data to compute {semester} inside a formula. Choose Recalculate first: for six hours afterwards formulas answer from its results.",
  },
  "fn.badSemester": {
    zh: "无法识别的学期：{value}（例如 2025-2026-1）",
    en: "unknown semester: {value} (e.g. 2025-2026-1)",
  },

  // Sidebar messages the server gives (the sidebar's own words are in src/ui/labels.ts)
  "sidebar.busy": {
    zh: "另一项计算正在进行，请稍后再试。",
    en: "Another recalculation is running; please try again in a moment.",
  },
  "sidebar.badLanguage": { zh: "不支持的语言：{value}", en: "unsupported language: {value}" },
} as const satisfies Record<string, Label>;

/** Every label: those every execution needs, and those of recalculations and actions. */
export const LABELS = { ...CORE_LABELS, ...RUN_LABELS };

export type LabelKey = keyof typeof LABELS;

/** Where labels a bundle leaves out are found; set by the add-on, which loads them on demand. */
let lateLabel: ((key: string) => Label | undefined) | undefined;

/**
 * Lets a bundle that leaves some label tables out (the add-on's Code.js, see build.mjs) find
 * those labels when one is first asked for.
 *
 * @example
 * useLateLabels((key) => words().label(key)) // src/gas/index.ts
 */
export function useLateLabels(find: (key: string) => Label | undefined): void {
  lateLabel = find;
}

function labelOf(table: Readonly<Record<string, Label>>, key: string): Label {
  const label = table[key] ?? lateLabel?.(key);
  if (!label) throw new Error(`No label "${key}"`);
  return label;
}

/** A label text cut at its placeholders: text, name, text, name, …, text. */
const templates = new Map<string, readonly string[]>();

/** Fills the `{name}` placeholders of a label text. */
function fill(text: string, params: Record<string, string | number>): string {
  if (!text.includes("{")) return text;
  // Outputs fill the same few labels on thousands of rows: cut each text once.
  let parts = templates.get(text);
  if (!parts) {
    parts = text.split(/\{(\w+)\}/);
    templates.set(text, parts);
  }
  let filled = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    filled += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return filled;
}

/**
 * The lookup functions of a label table, so that each surface (command line, documents, …) can
 * keep its own words beside the shared ones and carry only those in its bundle.
 *
 * @example
 * const { t } = translator({ ...LABELS, "cli.hello": { zh: "你好 {name}", en: "Hello {name}" } });
 * t("en", "cli.hello", { name: "Li" }) //=> "Hello Li"
 */
export function translator<K extends string>(table: Readonly<Record<K, Label>>) {
  return {
    t(lang: Lang, key: K, params: Record<string, string | number> = {}): string {
      return fill(labelOf(table, key)[lang], params);
    },
    /** Both languages' words for a label, for recognising what a user typed. */
    bothLangs(key: K): string[] {
      const label = labelOf(table, key);
      return [label.zh, label.en];
    },
  };
}

const shared = translator<LabelKey>(LABELS);

/**
 * Looks up a label and fills its `{name}` placeholders.
 *
 * @example
 * t("en", "outcome.action", { deadline: "2025-10-01" })
 * //=> "criticism education by the branch contact; correct by 2025-10-01"
 */
export const t = shared.t;

/** Both languages' words for a label, for recognising what a user typed. */
export const bothLangs = shared.bothLangs;
