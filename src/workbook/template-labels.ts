import { LABELS, type Label, translator } from "../engine/labels.ts";
import { SHEET_LABELS } from "./labels.ts";

/**
 * The words of the template a new workbook starts from (`init`, and 初始化表格 in Sheets): the
 * note on each header (what to type, an example, required or not), the meaning of each setting,
 * and the help of each dropdown. Only setting up a workbook needs them.
 */
export const TEMPLATE_LABELS = {
  "template.required": { zh: "（必填）", en: " (required)" },
  "template.oneOf": { zh: "（与分数二选一）", en: " (or Score)" },
  "template.oneOfScore": { zh: "（与结果二选一）", en: " (or Result)" },
  "template.meaning": { zh: "说明", en: "Meaning" },

  "guide.dorms.col.dorm": {
    zh: "必填。宿舍的编号，其他各表用同样的写法引用它，不能重复。例如：3-201",
    en: "Required. The dorm's number; the other tabs refer to it the same way. No duplicates. Example: 3-201",
  },
  "guide.dorms.col.building": {
    zh: "选填。楼栋名称，报告按楼栋统计。例如：东区3号楼",
    en: "Optional. The building; the report counts grades by building. Example: East Block 3",
  },
  "guide.dorms.col.year": {
    zh: "选填。住在这里的学生年级，从下拉中选：大一、大二、大三、大四（也可填 1–4）。联系宿舍按年级统计。",
    en: "Optional. The students' year: pick 1–4 from the list. Contact visits are counted by year.",
  },
  "guide.dorms.col.plaque": {
    zh: "选填。是否已挂党员寝室标志牌：是 / 否。",
    en: "Optional. Whether the member-dorm plaque is on the door: yes / no.",
  },
  "guide.dorms.col.plaqueDate": {
    zh: "选填。挂牌的日期。例如：2025-09-01",
    en: "Optional. When the plaque was hung. Example: 2025-09-01",
  },
  "guide.dorms.col.plaqueCondition": {
    zh: "选填。标牌现状：完好 / 遗失 / 污损；遗失或污损的会提示补发。",
    en: "Optional. The plaque's condition: ok / lost / damaged; lost or damaged ones are listed for reissue.",
  },
  "guide.dorms.col.beds": {
    zh: "选填。宿舍的床位数（1–20），按床计分的扣分项可按房间大小取不同分值（见“检查细则”表）。例如：4",
    en: "Optional. The beds in the room (1–20); per-bed deductions may weigh by room size (see the Scoresheet tab). Example: 4",
  },
  "guide.members.col.studentId": {
    zh: "必填。学号，本表中不能重复。例如：2022010001",
    en: "Required. Student ID, once per member. Example: 2022010001",
  },
  "guide.members.col.name": { zh: "必填。姓名。例如：张三", en: "Required. Name. Example: Zhang San" },
  "guide.members.col.status": {
    zh: "必填。从下拉中选：正式党员、预备党员、发展对象、入党积极分子、群众。",
    en: "Required. Pick from the list: full member, probationary member, candidate, activist, non-member.",
  },
  "guide.members.col.dorm": {
    zh: "必填。所住宿舍号，与“宿舍”表中的写法一致。例如：3-201",
    en: "Required. The dorm the member lives in, as written on the Dorms tab. Example: 3-201",
  },
  "guide.members.col.branch": {
    zh: "选填。所在党支部。例如：本科生第一党支部",
    en: "Optional. The Party branch. Example: Undergraduate Branch 1",
  },
  "guide.members.col.contact": {
    zh: "选填。支部联系人（负责批评教育的老师），会写进处理意见。例如：王老师",
    en: "Optional. The branch contact (the teacher who follows up); named in the action item. Example: Ms Wang",
  },
  "guide.inspections.col.date": {
    zh: "必填。检查日期，不能晚于今天。例如：2025-09-15",
    en: "Required. The day of the inspection, not after today. Example: 2025-09-15",
  },
  "guide.inspections.col.dorm": {
    zh: "必填。被检查的宿舍号，须在“宿舍”表中。例如：3-201",
    en: "Required. The dorm inspected; it must be on the Dorms tab. Example: 3-201",
  },
  "guide.inspections.col.category": {
    zh: "选填。检查类别：卫生、纪律、作息、安全（也可填其他）。同一天查两类就记两行。",
    en: "Optional. hygiene, discipline, schedule or safety (or your own). Two categories on one day are two rows.",
  },
  "guide.inspections.col.result": {
    zh: "结果、分数、扣分项填一项即可。从下拉中选：优秀、合格、不合格；无人（不算检查）、拒查（算不合格）；也可以直接填分数。手填的结果优先。",
    en: "A result, a score or deductions is required. Pick excellent, pass or fail; nobody in (no inspection) or refused (a fail); or type the score here. A result typed by hand wins.",
  },
  "guide.inspections.col.score": {
    zh: "结果、分数、扣分项填一项即可。0–100 的分数：达到优秀分数线为优秀，达到合格分数线为合格（见“设置”表）。填了结果时以结果为准；填了分数时以分数为准，不再按扣分项计算。例如：85",
    en: "A result, a score or deductions is required. A score 0–100: at the excellent score or above is excellent, at the pass score or above a pass (see Settings). A result wins over it; it wins over the deductions. Example: 85",
  },
  "guide.inspections.col.inspector": {
    zh: "选填。检查人或检查单位。例如：生活部 王雪",
    en: "Optional. Who inspected. Example: Student Union, Wang Xue",
  },
  "guide.inspections.col.notes": {
    zh: "选填。情况说明。例如：垃圾未倒",
    en: "Optional. What was found. Example: rubbish not taken out",
  },
  "guide.inspections.col.deductions": {
    zh: "选填。发现的扣分项，填“检查细则”表中的代码，用逗号或顿号隔开；×2 表示 2 项（按床计分的为 2 床），括号里可写备注。例如：B1×2，S1（热得快）。未填结果和分数时，得分＝100－各项扣分，有一票否决项为 0 分。",
    en: "Optional. The deductions found: codes of the Scoresheet tab, separated by commas; ×2 means two items (two beds for a per-bed item); a remark may follow in brackets. Example: B1×2, S1 (kettle). Without a result or score, the score is 100 minus the deductions, 0 with a veto item.",
  },
  "guide.visits.col.date": {
    zh: "必填。联系（走访）宿舍的日期。例如：2025-10-12",
    en: "Required. The day of the visit. Example: 2025-10-12",
  },
  "guide.visits.col.dorm": {
    zh: "必填。走访的宿舍号，须在“宿舍”表中。例如：3-201",
    en: "Required. The dorm visited; it must be on the Dorms tab. Example: 3-201",
  },
  "guide.visits.col.teacher": {
    zh: "必填。带队教师。例如：王建华",
    en: "Required. The teacher who led the visit. Example: Wang Jianhua",
  },
  "guide.visits.col.group": {
    zh: "选填。党员小组。例如：第一党小组",
    en: "Optional. The member group. Example: Group 1",
  },
  "guide.visits.col.findings": {
    zh: "选填。情况记录。例如：有同学晚归",
    en: "Optional. What the visit found. Example: a student came back late",
  },
  "guide.visits.col.followUp": {
    zh: "选填。需要跟进的事项；填了的会列入报告的“发现的问题与跟进事项”。",
    en: "Optional. What needs following up; filled ones are listed in the report's problems raised.",
  },
  "guide.talks.col.date": {
    zh: "必填。谈话日期。例如：2025-09-18",
    en: "Required. The day of the talk. Example: 2025-09-18",
  },
  "guide.talks.col.studentId": {
    zh: "必填。谈话的党员的学号，须在“党员”表中。例如：2022010001",
    en: "Required. The student ID of the member who held the talk; on the Members tab. Example: 2022010001",
  },
  "guide.talks.col.with": {
    zh: "选填。谈话对象。例如：同寝室李四",
    en: "Optional. Who the talk was with. Example: roommate Li Si",
  },
  "guide.talks.col.reason": {
    zh: "选填。事由。例如：宿舍卫生不合格",
    en: "Optional. Why. Example: the dorm failed its hygiene check",
  },
  "guide.talks.col.notes": { zh: "选填。备注。", en: "Optional. Notes." },
  "guide.scoresheet.col.code": {
    zh: "必填。扣分项的代码，检查记录的“扣分项”列填这个代码，不能重复。例如：B1",
    en: "Required. The item's code, which the Inspections tab's Deductions column uses; no duplicates. Example: B1",
  },
  "guide.scoresheet.col.item": {
    zh: "必填。扣分内容，会写进扣分明细和处理依据。例如：被子未叠",
    en: "Required. What the item is; shown in the deduction detail and the evidence. Example: bedding not folded",
  },
  "guide.scoresheet.col.category": {
    zh: "选填。本院系的分类，如 内务、卫生、安全、纪律。",
    en: "Optional. Your own grouping, e.g. tidiness, hygiene, safety, discipline.",
  },
  "guide.scoresheet.col.points": {
    zh: "必填（一票否决项可不填）。每项（或每床）扣的分数，0–100。例如：10",
    en: "Required (optional for a veto item). Points deducted per item (or per bed), 0–100. Example: 10",
  },
  "guide.scoresheet.col.per": {
    zh: "选填。每项（默认）或每床：每床的项目按床位计数，如 B1×2 扣 2 床的分。",
    en: "Optional. per item (the default) or per bed: a per-bed item counts beds, so B1×2 deducts for two beds.",
  },
  "guide.scoresheet.col.pointsByBeds": {
    zh: "选填。按床计分的项目在不同大小房间的每床分值，房间越小每床越重。例如：8:10, 6:15, 4:20, 3:30（8人间每床10分……）。宿舍的床位数见“宿舍”表；没有对应大小时取较大一档的房间。",
    en: "Optional. For a per-bed item, points per bed by room size, heavier in smaller rooms. Example: 8:10, 6:15, 4:20, 3:30. The Dorms tab gives each room's beds; a size not listed takes the next larger room's.",
  },
  "guide.scoresheet.col.veto": {
    zh: "选填。是：一票否决，出现一次即 0 分、不合格。",
    en: "Optional. yes: one-vote veto, found once the score is 0 and the inspection fails.",
  },
  "guide.inspections.col.tier": {
    zh: "选填。检查的级别，例如 院级、校级；“不予清除的级别”中的不合格不会被清除。",
    en: "Optional. Who inspected, e.g. college or school; fails of a level listed under Levels never cleared are never cleared.",
  },
  "guide.inspections.col.appeal": {
    zh: "选填。申诉的结果：维持 / 撤销。撤销的检查保留在表中，但不计入任何规则。",
    en: "Optional. The appeal's outcome: upheld / revoked. A revoked inspection stays on the sheet but counts for no rule.",
  },
  "guide.inspections.col.appealReason": {
    zh: "撤销时必填。申诉的理由和结论。例如：复查确认当日宿舍无人，记录有误",
    en: "Required when revoked. Why, and what was decided. Example: the re-check found the record was wrong",
  },
  "guide.visits.col.visitors": {
    zh: "选填。参加走访的党员学号，用逗号或顿号分开；填写后只计入这些党员的联系分工。例如：2022010001、2022010002",
    en: "Optional. Student IDs of the members who went, separated by commas; when given, only they are credited. Example: 2022010001, 2022010002",
  },
  "guide.moves.col.date": {
    zh: "必填。搬入新宿舍的日期（当天起按新宿舍计）。例如：2025-11-01",
    en: "Required. The day of the move: from this day on, the new dorm counts. Example: 2025-11-01",
  },
  "guide.moves.col.studentId": {
    zh: "必填。搬宿舍的党员学号，与“党员”表一致。",
    en: "Required. The student ID of the member who moved, as on the Members tab.",
  },
  "guide.moves.col.fromDorm": {
    zh: "必填。原来住的宿舍号。例如：3-201",
    en: "Required. The dorm the member moved out of. Example: 3-201",
  },
  "guide.moves.col.toDorm": {
    zh: "必填。新宿舍号；“党员”表中的宿舍号也请改为它。例如：5-402",
    en: "Required. The new dorm; change the Members tab's dorm to it as well. Example: 5-402",
  },
  "guide.moves.col.notes": { zh: "选填。备注。", en: "Optional. Notes." },
  "guide.assignments.col.studentId": {
    zh: "必填。负责联系宿舍的党员学号。",
    en: "Required. The student ID of the member who contacts the dorm.",
  },
  "guide.assignments.col.dorm": {
    zh: "必填。分给该党员联系的宿舍号；一人可有一两个宿舍，每个一行。",
    en: "Required. A dorm the member is assigned to contact; one row per dorm (one or two each).",
  },
  "guide.assignments.col.fromDate": {
    zh: "选填。从哪天起负责；留空表示一直负责。同一党员日期最新的那组分工替代以前的。",
    en: "Optional. From when; blank means always. A member's rows with the latest date replace the earlier ones.",
  },
  "guide.assignments.col.notes": { zh: "选填。备注。", en: "Optional. Notes." },
  "guide.settings.col.key": {
    zh: "设置项目的名称，请勿改动。删掉一行即用该项的默认值。",
    en: "The setting's name; do not change it. Delete a row to use that setting's default.",
  },
  "guide.settings.col.value": {
    zh: "设置的值。已填入默认值，可按本院系的规定修改；留空也表示用默认值。",
    en: "The setting's value, filled in with the default; change it to your department's rules. Blank means the default too.",
  },
  "guide.settings.meaning": {
    zh: "各项的含义和默认值，只供阅读，程序不读取本列。",
    en: "What each setting means and its default; for reading only, the program ignores this column.",
  },

  "meaning.department": {
    zh: "院系名称，写在报告标题中。默认：空。",
    en: "The department's name, shown in the report's title. Default: blank.",
  },
  "meaning.issuer": {
    zh: "发文单位，印在报告和通报的抬头与落款。默认（留空）：院系名称。",
    en: "The issuing body printed at the head and foot of the report and bulletin. Default (blank): the department.",
  },
  "meaning.documentNumber": {
    zh: "文号，印在报告和通报的抬头，例如 电子工程系党委〔2025〕3号。默认：空（不印文号）。",
    en: "The document number printed at the head of the report and bulletin. Default: blank (none).",
  },
  "meaning.currentSemester": {
    zh: "表格显示哪个学期，如 2025-2026-1 或 2025-2026学年第一学期。默认（留空）：最近一个有检查记录的学期。",
    en: "The semester the sheet shows, e.g. 2025-2026-1. Default (blank): the latest semester with an inspection.",
  },
  "meaning.semester1StartMonth": {
    zh: "第一学期从几月开始（1–12）。默认 {default}。",
    en: "The month semester 1 starts (1–12). Default {default}.",
  },
  "meaning.semester2StartMonth": {
    zh: "第二学期从几月开始（1–12）。默认 {default}。",
    en: "The month semester 2 starts (1–12). Default {default}.",
  },
  "meaning.consecutiveFailLimit": {
    zh: "宿舍连续不合格达到几次，宿舍内的党员取消评奖评优资格。默认 {default}。",
    en: "Fails in a row after which the dorm's members lose award eligibility. Default {default}.",
  },
  "meaning.semesterFailLimit": {
    zh: "宿舍一学期不合格达到几次，党员年度考核或预备期考察不合格，并限期改正。默认 {default}。",
    en: "Fails in a semester after which the members' assessment or probation review is unqualified, with an action item. Default {default}.",
  },
  "meaning.correctionDays": {
    zh: "限期改正的天数，从达到上限的那次检查算起。默认 {default}。",
    en: "Days allowed to correct, counted from the inspection that reached the limit. Default {default}.",
  },
  "meaning.excellentMinInspections": {
    zh: "宿舍评为优秀至少需要的检查次数。默认 {default}。",
    en: "Inspections a dorm needs at least to be graded excellent. Default {default}.",
  },
  "meaning.excellentShare": {
    zh: "宿舍评为优秀需要的优秀检查比例，且没有不合格。默认 {default}。",
    en: "The share of excellent inspections a dorm needs, with no fail, to be graded excellent. Default {default}.",
  },
  "meaning.excellentScore": {
    zh: "按分数记录时，达到此分为优秀。默认 {default}。",
    en: "With scores, the score from which an inspection is excellent. Default {default}.",
  },
  "meaning.passScore": {
    zh: "按分数记录时，达到此分为合格，低于此分为不合格；不能高于优秀分数线。默认 {default}。",
    en: "With scores, the score from which an inspection passes (below it fails); not above the excellent score. Default {default}.",
  },
  "meaning.visitsPerSemester": {
    zh: "每个宿舍每学期应联系（走访）的次数。默认 {default}。",
    en: "Contact visits each dorm should have per semester. Default {default}.",
  },
  "meaning.talkFollowUpDays": {
    zh: "党员宿舍检查不合格后，应在几天内由本宿舍党员记录一次谈话。默认 {default}。",
    en: "Days within which a member of a failing member dorm should record a talk. Default {default}.",
  },
  "meaning.rankingSize": {
    zh: "排名中“前几名”和“后几名”宿舍名单各列几个。默认 {default}。",
    en: "How many dorms the top and the bottom lists of the rankings name. Default {default}.",
  },
  "meaning.rankBy": {
    zh: "宿舍排名和流动红旗按什么评比：平均分 或 优秀次数。默认 {default}。",
    en: "What rankings and the banner go by: mean score or excellents. Default {default}.",
  },
  "meaning.bannerQuota": {
    zh: "每月流动红旗的名额：一个数（如 3），或参评宿舍（楼栋）的比例（如 5%，向上取整）。并列的都授予。默认 {default}。",
    en: "The monthly banner's quota: a number (e.g. 3) or a share of those in the running (e.g. 5%, rounded up). Ties all win. Default {default}.",
  },
  "meaning.bannerFor": {
    zh: "流动红旗评给 宿舍 还是 楼栋。默认 {default}。",
    en: "Whether the banner goes to dorms or to buildings. Default {default}.",
  },
  "meaning.bands": {
    zh: "按平均分评的星级或旗帜档次，名称加起评分，用分号隔开，如 红旗 85；蓝旗 75；绿旗 65；黑旗 0。默认：空（不评档次）。",
    en: "Star or flag bands by mean score: each name with its lowest score, separated by semicolons, e.g. red 85; blue 75; green 65; black 0. Default: blank (no bands).",
  },
  "meaning.language": {
    zh: "表格、结果和报告使用的语言：中文 或 English。默认 中文。",
    en: "The language of the sheet, the outputs and the report: 中文 or English. Default 中文.",
  },
  "meaning.formUrl": {
    zh: "院系检查表单（问卷星、腾讯文档、金数据或 Google 表单）的链接，{dorm} 处换成宿舍号，例如 https://www.wjx.cn/vm/xxxx.aspx?dorm={dorm}。门牌上的二维码打开它。默认：空（门牌不印二维码）。",
    en: "The department's inspection form (a 问卷星, 腾讯文档, 金数据 or Google form), with {dorm} where the dorm number goes, e.g. https://forms.example.com/check?dorm={dorm}. Each door card's QR code opens it. Default: blank (no QR code).",
  },
  "meaning.pledge": {
    zh: "印在门牌和承诺书上的一句承诺。默认（留空）：我是共产党员，请大家监督我。",
    en: "The pledge line printed on the door cards and pledges. Default (blank): We are Party members: hold us to our word.",
  },
  "meaning.importColumns": {
    zh: "导入检查记录时，认不出的列对应哪一项，例如 门牌=宿舍号；签到人=检查人。导入时选过一次就会记在这里。默认：空。",
    en: "For an import, which field an unrecognised column holds, e.g. 门牌=Dorm; 签到人=Inspector. Filled in when a column is chosen once. Default: blank.",
  },
  "meaning.clearAfterExcellents": {
    zh: "同一学期内，一次不合格之后每有这么多次优秀，就清除最早的一次不合格（不再计入连续、累计和等级；通报批评不撤回）。0 表示不清除。默认 {default}。",
    en: "In a semester, each time this many excellents follow a fail, the oldest fail leaves the record (no longer counted for streaks, totals or the grade; the criticism stands). 0 is off. Default {default}.",
  },
  "meaning.unclearableTiers": {
    zh: "这些级别（检查记录的“级别”列）的不合格永不清除，多个用逗号分开，例如 校级。默认：空（都可清除）。",
    en: "Fails of these levels (the Inspections tab's Level column) are never cleared; separate several with commas, e.g. school. Default: blank (all may be cleared).",
  },
  "meaning.memberVisitsPerMonth": {
    zh: "有联系分工的党员每月应走访其分工宿舍的次数。默认 {default}。",
    en: "Visits each assigned member owes per month to their assigned dorms. Default {default}.",
  },
  "meaning.pointsOwnFail": {
    zh: "年度考评积分（可选）：本人宿舍每次不合格的分值，例如 -5。留空不计。",
    en: "Appraisal points (optional): per fail of the member's own dorm, e.g. -5. Blank: none.",
  },
  "meaning.pointsContactFail": {
    zh: "年度考评积分（可选）：所联系宿舍每次不合格的分值，例如 -5。留空不计。",
    en: "Appraisal points (optional): per fail of a dorm the member contacts, e.g. -5. Blank: none.",
  },
  "meaning.pointsOwnExcellent": {
    zh: "年度考评积分（可选）：本人宿舍每次优秀的分值，例如 1。留空不计。",
    en: "Appraisal points (optional): per excellent inspection of the member's own dorm, e.g. 1. Blank: none.",
  },
  "meaning.pointsGradeExcellent": {
    zh: "年度考评积分（可选）：每学期宿舍等级为优秀的分值，例如 20。留空不计。",
    en: "Appraisal points (optional): per semester the member's dorm is graded excellent, e.g. 20. Blank: none.",
  },
  "meaning.pointsGradePass": {
    zh: "年度考评积分（可选）：每学期宿舍等级为合格的分值，例如 10。留空不计。",
    en: "Appraisal points (optional): per semester graded pass, e.g. 10. Blank: none.",
  },
  "meaning.pointsGradeFail": {
    zh: "年度考评积分（可选）：每学期宿舍等级为不合格的分值，例如 0。留空不计。",
    en: "Appraisal points (optional): per semester graded fail, e.g. 0. Blank: none.",
  },

  "help.list": {
    zh: "请从下拉中选择（也可按表头批注填写其他写法）。",
    en: "Pick from the list (or see the header's note for other ways to write it).",
  },
  "help.result": {
    zh: "请选择 优秀、合格、不合格，或填 0–100 的分数。",
    en: "Pick excellent, pass or fail, or type a score 0–100.",
  },
  "help.date": { zh: "请填日期，例如 2025-09-15。", en: "Type a date, e.g. 2025-09-15." },
  "help.number": { zh: "请填 {min}–{max} 之间的数。", en: "Type a number from {min} to {max}." },
  "help.language": { zh: "请选择 中文 或 English。", en: "Pick 中文 or English." },
  "help.choice": { zh: "请从下拉中选择。", en: "Pick from the list." },
  "language.zh": { zh: "中文", en: "中文" },
  "language.en": { zh: "English", en: "English" },
} as const satisfies Record<string, Label>;

export type TemplateLabelKey = keyof typeof LABELS | keyof typeof SHEET_LABELS | keyof typeof TEMPLATE_LABELS;

const template = translator<TemplateLabelKey>({ ...LABELS, ...SHEET_LABELS, ...TEMPLATE_LABELS });

/**
 * Looks up a template label and fills its placeholders.
 *
 * @example
 * t("en", "guide.members.col.name") //=> "Required. Name. Example: Zhang San"
 */
export const t = template.t;
