import type { Label } from "../engine/labels.ts";

/**
 * The words the engine writes into the workbook besides values: the notes on its own column
 * headers, its Legend and Change log tabs. Both the add-on and the command line write them; the
 * add-on's Code.js leaves them out and loads them on demand (src/workbook/words-module.ts).
 */
export const SHEET_LABELS = {
  "note.computed": {
    zh: "【计算结果，请勿手动填写】每次计算都会重写本列。",
    en: "[Computed: do not type here] Every recalculation rewrites this column.",
  },
  "note.out.grade": {
    zh: "本学期宿舍等级：优秀、合格、不合格或未检查。整行红色＝不合格，绿色＝优秀。",
    en: "The dorm's grade this semester: excellent, pass, fail or not inspected. Row in red = fail, green = excellent.",
  },
  "note.out.inspections": { zh: "本学期的检查次数。", en: "Inspections this semester." },
  "note.out.fails": { zh: "本学期检查不合格的次数。", en: "Failing inspections this semester." },
  "note.out.longestStreak": {
    zh: "本学期最长的连续不合格次数；达到“连续不合格上限”时取消党员评奖评优资格。",
    en: "The longest run of fails this semester; reaching the consecutive fail limit revokes the members' award eligibility.",
  },
  "note.out.currentStreak": {
    zh: "目前的连续不合格次数（最近几次检查都不合格）；一次合格或优秀就归零。",
    en: "The fails in a row up to now; a pass or an excellent resets it to zero.",
  },
  "note.out.excellents": { zh: "本学期检查优秀的次数。", en: "Excellent inspections this semester." },
  "note.out.meanScore": {
    zh: "本学期有分数的检查的平均分（手填分数或按扣分项计算的得分，拒查计 0 分），保留一位小数。=DORMSCORE 取此值。",
    en: "The mean score this semester of the inspections with a score (typed, or computed from the deductions; a refusal counts 0), to one decimal. =DORMSCORE reads it.",
  },
  "note.out.nobodyIn": {
    zh: "本学期检查时无人在的次数。无人不算一次检查，也不算不合格。",
    en: "Times this semester the inspectors found nobody in. Not an inspection, never a fail.",
  },
  "note.out.computedScore": {
    zh: "按“检查细则”表由扣分项算出的得分：100 减去各项扣分，最低 0 分；有一票否决项为 0 分。手填了结果或分数时以所填为准。",
    en: "The score the deductions give by the Scoresheet tab: 100 minus each item's points, at least 0; 0 with a veto item. A result or score typed by hand is used instead.",
  },
  "note.out.deductionDetail": {
    zh: "扣分项的明细：每项的名称、分值和数量（床位或项数），一票否决项单独注明。",
    en: "The deductions spelled out: each item's name, points and count (beds or items); veto items marked.",
  },
  "note.out.visits": { zh: "本学期联系宿舍（走访）的次数。", en: "Contact visits this semester." },
  "note.out.warning": {
    zh: "预警：再有一次不合格将带来的处理，以便提前谈话、整改。",
    en: "Early warning: what one more fail would bring, so that the branch can act first.",
  },
  "note.out.plaqueCheck": {
    zh: "新学期挂牌登记：需挂牌、需摘牌、需补发或正常。",
    en: "Plaque re-registration: hang a plaque, take it down, reissue, or ok.",
  },
  "note.out.criticisms": {
    zh: "本学期因宿舍检查不合格受到的通报批评次数（正式党员和预备党员）。",
    en: "Public criticisms this semester for the dorm's failing inspections (full and probationary members).",
  },
  "note.out.praises": {
    zh: "本学期因宿舍检查优秀受到的通报表扬次数（正式党员和预备党员）。",
    en: "Public praise this semester for the dorm's excellent inspections (full and probationary members).",
  },
  "note.out.eligibility": {
    zh: "评奖评优资格：保留或取消（宿舍连续不合格达到上限即取消）。整行橙色＝取消。",
    en: "Award eligibility: kept or revoked (revoked when the dorm fails too many times in a row). Row in orange = revoked.",
  },
  "note.out.priority": {
    zh: "宿舍学期等级为优秀的党员评优优先。整行绿色＝优先。",
    en: "Members of a dorm graded excellent are considered first for awards. Row in green = priority.",
  },
  "note.out.assessment": {
    zh: "正式党员年度考核或预备党员预备期考察不合格（宿舍本学期不合格次数达到上限）。整行红色＝不合格。",
    en: "A full member's annual assessment or a probationary member's review made unqualified (the dorm reached the semester fail limit). Row in red = unqualified.",
  },
  "note.out.action": {
    zh: "处理意见：由支部联系人批评教育，限期改正，含截止日期。",
    en: "Action: criticism education by the branch contact, to be corrected by the date shown.",
  },
  "note.out.review": {
    zh: "入党积极分子和发展对象的考察参考：所在宿舍的等级、不合格和优秀次数。这不是考核结果，也不是处理。",
    en: "Review material for activists and candidates: their dorm's grade, fails and excellents. It is not an assessment and not a sanction.",
  },
  "note.out.stays": {
    zh: "本学期搬过宿舍的党员：各段时间所住的宿舍（见“住宿变动”表）。处理按检查当天所住的宿舍计。",
    en: "For members who moved this semester: the dorm of each period (see the Moves tab). Consequences follow the dorm lived in on each inspection's day.",
  },
  "note.out.coverage": {
    zh: "联系分工：本学期走访分工宿舍的次数和每月是否达标（见“联系分工”表和“每人每月联系次数”设置）。",
    en: "Contact assignments: visits to the assigned dorms this semester, and whether each month met the requirement.",
  },
  "note.out.contactedFails": {
    zh: "分给该党员联系的宿舍本学期的不合格次数。",
    en: "Fails this semester of the dorms the member is assigned to contact.",
  },
  "note.out.counting": {
    zh: "申诉撤销的检查不计入任何规则；已清除的不合格不再计入连续、累计和等级。空白＝正常计入。",
    en: "A revoked inspection counts for no rule; a cleared fail no longer counts for streaks, totals or the grade. Blank = counted.",
  },
  "note.out.check": {
    zh: "这一行的问题。有内容时整行黄色；请改正左边的数据后重新计算。",
    en: "What is wrong with this row. Row in yellow when there is something; correct the data to the left and recalculate.",
  },

  "legend.semester": { zh: "计算列显示的学期", en: "Semester in the computed columns" },

  "changes.tab": { zh: "变更记录", en: "Change log" },
  "changes.col.date": { zh: "日期", en: "Date" },
  "changes.col.semester": { zh: "学期", en: "Semester" },
  "changes.col.studentId": { zh: "学号", en: "Student ID" },
  "changes.col.name": { zh: "姓名", en: "Name" },
  "changes.col.item": { zh: "项目", en: "Item" },
  "changes.col.before": { zh: "原结果", en: "Before" },
  "changes.col.after": { zh: "新结果", en: "After" },
  "changes.col.reason": { zh: "原因", en: "Reason" },
  "changes.blank": { zh: "（空）", en: "(blank)" },
  "changes.item.archive": { zh: "学期归档", en: "Semester archive" },
  "changes.archived": { zh: "已归档", en: "archived" },
  "changes.notArchived": { zh: "未归档", en: "not archived" },
  "reason.appeal": { zh: "申诉撤销：{list}", en: "revoked on appeal: {list}" },
  "reason.appealItem": {
    zh: "{evidence}，理由：{reason}",
    en: "{evidence}, because: {reason}",
  },
  "reason.cleared": { zh: "不合格已清除：{list}", en: "fail cleared: {list}" },
  "reason.clearedItem": {
    zh: "{evidence}，此后优秀 {count} 次（{dates}）",
    en: "{evidence}, after {count} excellents ({dates})",
  },
  "reason.move": { zh: "住宿变动：{stays}", en: "moved: {stays}" },
  "reason.streak": {
    zh: "连续 {count} 次检查不合格：{list}",
    en: "{count} failing inspections in a row: {list}",
  },
  "reason.total": {
    zh: "本学期检查不合格 {count} 次：{list}",
    en: "{count} failing inspections this semester: {list}",
  },
  "reason.grade": {
    zh: "学期等级现为{grade}（评优优先只给优秀宿舍的党员）",
    en: "the semester grade is now {grade} (award priority is for members of excellent dorms only)",
  },
  "reason.records": {
    zh: "检查记录、住宿变动或设置有改动",
    en: "the inspections, moves or settings were changed",
  },
  "reason.unarchived": {
    zh: "取消归档后按现有记录重新计算（取消理由：{note}）",
    en: "recalculated from the records as they are after un-archiving (why: {note})",
  },
  "reason.archived": {
    zh: "结果、所用设置和记录已冻结（摘要 {digest}）",
    en: "results, settings and records frozen (digest {digest})",
  },
  "reason.evidence": {
    zh: "{date} {dorm} {category}（检查记录第 {row} 行）",
    en: "{date} {dorm} {category} (Inspections row {row})",
  },

  "protect.own": {
    zh: "党员寝室挂牌：由程序维护的表，请勿手动修改。",
    en: "Dorm plaque: kept by the program; do not edit it by hand.",
  },

  "legend.tab": { zh: "图例", en: "Legend" },
  "legend.title": { zh: "党员寝室挂牌：颜色和计算列说明", en: "Dorm plaque: colours and computed columns" },
  "legend.colour": { zh: "颜色", en: "Colour" },
  "legend.meaning": { zh: "含义", en: "Meaning" },
  "legend.computed.name": { zh: "浅蓝表头", en: "Light blue header" },
  "legend.computed": {
    zh: "计算列：由程序填写，每次计算都会重写，请勿手动填写。每列的含义见其表头批注。",
    en: "Computed column: filled in by the program and rewritten by every recalculation; do not type there. Each header's note says what the column means.",
  },
  "legend.red.name": { zh: "红色", en: "Red" },
  "legend.red": {
    zh: "宿舍表：学期等级不合格。党员表：年度考核或预备期考察不合格。检查记录表：该次检查不合格。",
    en: "Dorms: graded fail this semester. Members: annual assessment or probation review unqualified. Inspections: a failing inspection.",
  },
  "legend.orange.name": { zh: "橙色", en: "Orange" },
  "legend.orange": { zh: "党员表：取消评奖评优资格。", en: "Members: award eligibility revoked." },
  "legend.green.name": { zh: "绿色", en: "Green" },
  "legend.green": {
    zh: "宿舍表：学期等级优秀。党员表：评优优先。",
    en: "Dorms: graded excellent this semester. Members: award priority.",
  },
  "legend.yellow.name": { zh: "黄色", en: "Yellow" },
  "legend.yellow": {
    zh: "这一行的数据有问题，见本行“校验”列；问题改正前，这一行不计入结果（或只部分计入）。",
    en: "This row's data has a problem, shown in its Check column; until corrected the row is not counted (or only in part).",
  },
  "legend.order": {
    zh: "一行同时符合几种情况时只显示一种颜色：检查记录表中黄色优先，其他表中按上表从上到下的顺序。",
    en: "A row that meets several of these shows one colour: yellow first on Inspections, elsewhere the first from the top of this list.",
  },
} as const satisfies Record<string, Label>;
