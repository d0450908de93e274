import { LABELS, type Label, translator } from "../engine/labels.ts";
import { RANKING_LABELS } from "../workbook/rankings-labels.ts";

/**
 * The words of the documents (semester report, bulletin, Report tab, export dialog), beside the
 * shared labels they also use (tabs, columns, outcomes). Only the documents' code and its
 * surfaces load this table, so the code every execution parses does not carry it.
 */
export const DOCUMENT_LABELS = {
  "report.asOf": { zh: "数据截至 {date}", en: "data as of {date}" },
  "report.sec.headline": { zh: "概况", en: "At a glance" },
  "report.sec.weeks": { zh: "每周检查与不合格次数", en: "Inspections and fails by week" },
  "report.sec.consequences": { zh: "处理", en: "Consequences" },
  "report.sec.warnings": { zh: "预警", en: "Early warnings" },
  "report.sec.reviews": { zh: "入党积极分子和发展对象考察", en: "Review of activists and candidates" },
  "report.sec.visits": { zh: "联系宿舍", en: "Contact visits" },
  "report.sec.plaques": { zh: "挂牌登记", en: "Plaque re-registration" },
  "report.sec.talks": { zh: "谈话跟进", en: "Talk follow-up" },
  "report.sec.quality": { zh: "数据问题", en: "Data quality" },
  "report.sec.basis": { zh: "计算依据", en: "Settings used" },
  "report.sub.excellentDorms": { zh: "优秀宿舍", en: "Excellent dorms" },
  "report.sub.failDorms": { zh: "不合格宿舍", en: "Failing dorms" },
  "report.sub.priority": { zh: "评优优先", en: "Award priority" },
  "report.sub.praise": { zh: "通报表扬", en: "Public praise" },
  "report.sub.criticism": { zh: "通报批评", en: "Public criticism" },
  "report.sub.revoked": { zh: "取消评奖评优资格", en: "Award eligibility revoked" },
  "report.sub.belowVisits": {
    zh: "联系次数不足 {required} 次的宿舍",
    en: "Dorms visited fewer than {required} times",
  },
  "report.sub.findings": { zh: "发现的问题与跟进事项", en: "Problems raised and follow-up" },
  "report.fig.plaqued": { zh: "挂牌宿舍", en: "Plaqued dorms" },
  "report.fig.memberDorms": { zh: "党员宿舍", en: "Member dorms" },
  "report.fig.inspections": { zh: "检查次数", en: "Inspections" },
  "report.fig.passRate": { zh: "合格率", en: "Pass rate" },
  "report.fig.visits": { zh: "联系宿舍次数", en: "Contact visits" },
  "report.col.members": { zh: "涉及党员", en: "Members named" },
  "report.col.evidence": { zh: "依据（检查日期）", en: "Evidence (inspection dates)" },
  "report.col.deadline": { zh: "整改截止", en: "Correct by" },
  "report.col.dorms": { zh: "宿舍数", en: "Dorms" },
  "report.col.met": { zh: "达标", en: "Met" },
  "report.col.below": { zh: "不足", en: "Below" },
  "report.col.never": { zh: "未联系", en: "Not visited" },
  "report.col.due": { zh: "应谈话截止", en: "Talk due by" },
  "report.col.tab": { zh: "表", en: "Tab" },
  "report.col.row": { zh: "行", en: "Row" },
  "report.col.problem": { zh: "问题", en: "Problem" },
  "report.col.people": { zh: "人数", en: "People" },
  "report.col.figure": { zh: "项目", en: "Figure" },
  "report.col.visitedDorms": { zh: "宿舍（联系日期）", en: "Dorms (visit dates)" },
  "report.dormOnDate": { zh: "{dorm}（{date}）", en: "{dorm} ({date})" },
  "report.col.value": { zh: "数值", en: "Value" },
  "report.col.what": { zh: "处理", en: "What happens" },
  "report.actionsNote": {
    zh: "由支部联系人批评教育，在截止日期前改正。",
    en: "Criticism education by the branch contact, to be corrected by the date shown.",
  },
  "report.empty": { zh: "无", en: "None" },
  "report.sep": { zh: "、", en: ", " },
  "report.rowSkipped": { zh: "未使用", en: "not used" },
  "report.rowNoted": { zh: "已使用", en: "used" },
  "report.year1": { zh: "大一", en: "year 1" },
  "report.year2": { zh: "大二", en: "year 2" },
  "report.year3": { zh: "大三", en: "year 3" },
  "report.year4": { zh: "大四", en: "year 4" },
  "report.yearNone": { zh: "未填年级", en: "no year" },
  "report.talkRule": {
    zh: "党员宿舍每次检查不合格后 {days} 天内，应由本宿舍党员记录一次谈话教育。下列不合格检查没有按时谈话。",
    en: "Each fail of a member dorm should be followed within {days} days by a talk recorded by one of its members. These fails were not.",
  },
  "report.talkPending": {
    zh: "另有 {count} 次不合格仍在谈话期限内。",
    en: "{count} more fails are still within the window.",
  },
  "report.talkCounts": {
    zh: "党员宿舍不合格 {total} 次，按时谈话 {followed} 次。",
    en: "{total} fails of member dorms, {followed} followed by a talk in time.",
  },
  "report.reviewNote": {
    zh: "考察对象不受处理，但其所在宿舍的检查结果作为考察材料。",
    en: "People under review are not sanctioned; their dorm's results are part of their review.",
  },
  "report.reviewCount": { zh: "考察对象共 {count} 人。", en: "{count} people under review." },
  "report.weeksNote": {
    zh: "按周一至周日统计；柱高为当周不合格次数，下方灰色数字为当周检查次数。",
    en: "Monday to Sunday weeks; each bar is the week's fails, the grey number below it the week's inspections.",
  },
  "report.pageOf": { zh: "— {page} —", en: "— {page} —" },
  "report.download.pdf": { zh: "下载 PDF", en: "Download PDF" },
  "report.download.html": {
    zh: "下载网页版（可在浏览器中打印）",
    en: "Download the web page (print it from your browser)",
  },
  "report.dialog.ready": {
    zh: "报告已生成，“学期报告”表已更新。",
    en: "The report is ready and the Report tab is updated.",
  },
  "report.dialog.pdfFailed": {
    zh: "PDF 转换失败：{error}。请稍后重试，或下载网页版并在浏览器中打印为 PDF。",
    en: "PDF conversion failed: {error}. Try again later, or download the web page and print it to PDF from your browser.",
  },
  "report.file.report": { zh: "学期报告", en: "semester-report" },
  "report.file.bulletin": { zh: "通报", en: "bulletin" },
  "report.badRange": {
    zh: "日期范围无效：{from} 至 {to}（应为 YYYY-MM-DD，且开始不晚于结束）",
    en: "invalid date range: {from} to {to} (expected YYYY-MM-DD, start not after end)",
  },
  "report.noChromium": {
    zh: "没有找到 Chromium，无法生成 PDF。请安装（Debian/Ubuntu：sudo apt-get install chromium），或用环境变量 CHROME_PATH 指定 Chrome/Chromium 的路径；也可以用 --out report.html 生成网页版。",
    en: "No Chromium found, so no PDF can be made. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium executable; or write the web page with --out report.html.",
  },
  "report.badChromePath": {
    zh: "CHROME_PATH 指向的文件不存在：{path}。请改为 Chrome/Chromium 的路径，或删除该变量（Debian/Ubuntu：sudo apt-get install chromium）。",
    en: "CHROME_PATH points to no file: {path}. Point it at a Chrome/Chromium executable, or unset it (Debian/Ubuntu: sudo apt-get install chromium).",
  },
  "report.noPlaywright": {
    zh: "生成 PDF 需要 playwright-core：请运行 npm install playwright-core。也可以用 --out report.html 生成网页版。",
    en: "Making a PDF needs playwright-core: run npm install playwright-core. Or write the web page with --out report.html.",
  },

  // Official form
  "doc.mark.internal": { zh: "内部资料　注意保管", en: "Internal: not for posting" },
  "doc.mark.public": { zh: "公示版", en: "Public edition" },
  "doc.ref": { zh: "{number}", en: "Ref. {number}" },
  "doc.seal": { zh: "盖章处", en: "Seal" },
  "doc.attachments": { zh: "附件：", en: "Attachment: " },
  "doc.attachment": { zh: "附件", en: "Attachment" },
  "doc.attachmentN": { zh: "附件{n}", en: "Attachment {n}" },
  "doc.more": { zh: "另有 {count} 项未列出。", en: "{count} more not listed." },
  "doc.moreWhere": {
    zh: "另有 {count} 项未列出，完整名单见工作簿“{tab}”表“{column}”列。",
    en: "{count} more not listed; the full list is in the {column} column of the {tab} tab.",
  },
  "doc.dormNote": { zh: "{dorm}（{note}）", en: "{dorm} ({note})" },
  "doc.personStatus": { zh: "{name}（{status}）", en: "{name} ({status})" },
  "doc.semicolon": { zh: "；", en: "; " },
  "doc.colon": { zh: "：", en: ": " },
  "doc.times": { zh: "{count}次", en: "{count}×" },
  "doc.failTimes": { zh: "不合格{count}次", en: "{count} fails" },
  "doc.category.other": { zh: "其他", en: "other" },
  "doc.neutral.report": { zh: "宿舍检查情况公示", en: "Dorm inspection notice" },
  "doc.neutral.bulletin": { zh: "宿舍检查通报", en: "Dorm inspection bulletin" },
  "doc.publicNote": {
    zh: "本公示只列宿舍和数字，不含任何个人信息；固定类别以外填写的类别一律记为“其他”。",
    en: "This notice lists dorms and figures only, with no personal information; any category outside the fixed list is shown as “other”.",
  },
  "doc.file.internal": { zh: "内部版", en: "internal" },
  "doc.file.public": { zh: "公示版", en: "public" },
  "doc.file.period": { zh: "{from}至{to}", en: "{from}-to-{to}" },

  // Semester report
  "doc.report.title.internal": {
    zh: "关于{semester}学生党员寝室挂牌检查情况的报告",
    en: "Report on the member dorm plaque inspections, {semester}",
  },
  "doc.report.title.public": {
    zh: "{semester}学生党员寝室检查情况公示",
    en: "Public notice: member dorm inspections, {semester}",
  },
  "doc.report.intro.internal": {
    zh: "根据《学生党员寝室挂牌制度》，现将{semester}（{from}至{to}）学生党员寝室检查、处理及联系宿舍情况报告如下（数据截至{asOf}）。",
    en: "Under the member dorm plaque system, this reports the inspections, consequences and contact visits of {semester} ({from} to {to}), with data as of {asOf}.",
  },
  "doc.report.intro.public": {
    zh: "根据《学生党员寝室挂牌制度》，现将{semester}（{from}至{to}）学生党员寝室检查情况公示如下（数据截至{asOf}），请广大同学监督。",
    en: "Under the member dorm plaque system, the dorm inspections of {semester} ({from} to {to}, data as of {asOf}) are made public here for every student to see.",
  },
  "doc.report.overview": {
    zh: "全系共有宿舍 {dorms} 个，其中党员宿舍 {memberDorms} 个、挂牌宿舍 {plaqued} 个。本学期共检查 {inspections} 次，不合格 {fails} 次，合格率 {passRate}；学期评定优秀宿舍 {excellent} 个、合格 {pass} 个、不合格 {fail} 个、未检查 {none} 个。通报批评 {criticisms} 次、通报表扬 {praises} 次，联系宿舍 {visits} 次。",
    en: "The department has {dorms} dorms, {memberDorms} of them member dorms and {plaqued} with a plaque. This semester saw {inspections} inspections and {fails} fails, a pass rate of {passRate}; {excellent} dorms were graded excellent, {pass} pass, {fail} fail and {none} not inspected. There were {criticisms} public criticisms, {praises} public praises and {visits} contact visits.",
  },
  "doc.report.members": {
    zh: "现有正式党员 {full} 人、预备党员 {probationary} 人，发展对象 {candidate} 人、入党积极分子 {activist} 人。",
    en: "Members: {full} full and {probationary} probationary; under review: {candidate} candidates and {activist} activists.",
  },
  "doc.sub.buildings": { zh: "各楼栋检查情况（按合格率排名）", en: "Buildings, ranked by pass rate" },
  "doc.col.rank": { zh: "排名", en: "Rank" },
  "doc.bulletin.sec.awards": { zh: "流动红旗与评分档次", en: "Rotating banner and score bands" },
  "doc.bulletin.banner": {
    zh: "{month}流动红旗授予：{winners}。",
    en: "The rotating banner of {month} goes to {winners}.",
  },
  "doc.bulletin.noBanner": { zh: "{month}流动红旗空缺。", en: "Nobody wins the rotating banner of {month}." },
  "doc.bulletin.bands": {
    zh: "本期受检宿舍按平均分评定档次：{bands}。",
    en: "Dorms inspected this period, by their mean score: {bands}.",
  },
  "doc.bulletin.bandCount": { zh: "{name} {count} 个", en: "{name} {count}" },
  "poster.title": { zh: "宿舍检查排行榜", en: "Dorm inspection rankings" },
  "poster.inspections": { zh: "检查次数", en: "Inspections" },
  "poster.banner.month": { zh: "{month}流动红旗", en: "Rotating banner · {month}" },
  "poster.banner.semester": { zh: "本学期流动红旗", en: "Rotating banner this semester" },
  "poster.months": { zh: "{count} 个月", en: "{count} months" },
  "poster.none": { zh: "本期空缺", en: "Not awarded" },
  "poster.buildings": { zh: "楼栋排名", en: "Buildings" },
  "poster.asOf": { zh: "数据截至 {date}", en: "Data as of {date}" },
  "poster.public": {
    zh: "只列宿舍和数字，不含个人信息",
    en: "Dorms and figures only; no personal information",
  },
  "poster.savePng": { zh: "下载图片（PNG）", en: "Download the picture (PNG)" },
  "poster.saveHtml": { zh: "下载网页", en: "Download the web page" },
  "poster.ready": {
    zh: "海报已生成，可下载图片发到群里。",
    en: "The poster is ready: download the picture to post it.",
  },
  "doc.dialog.poster": { zh: "排名海报（手机竖屏，公开）", en: "Ranking poster (phone-sized, public)" },
  "doc.dialog.posterPeriod": { zh: "时段", en: "Period" },
  "doc.poster.badPeriod": {
    zh: "无法生成 {period} 的海报：本学期这个月没有检查记录。",
    en: "No poster of {period}: that month has no inspection this semester.",
  },
  "report.file.poster": { zh: "排名海报", en: "ranking-poster" },
  "rollup.title": { zh: "{period}各学院学生宿舍检查情况汇总", en: "Dorm inspections by college, {period}" },
  "rollup.intro": {
    zh: "汇总 {count} 个学院的宿舍检查：{names}。优秀率、合格率、不合格率均为占检查次数的比例；各学院按本院设置评定，时段相同。",
    en: "Dorm inspections of {count} colleges: {names}. The rates are shares of the inspections; each college is graded by its own settings, over the same period.",
  },
  "rollup.school": {
    zh: "全校共检查 {inspections} 次，受检宿舍 {inspected} 个，优秀率 {excellent}，合格率 {pass}，不合格率 {fail}，平均分 {mean}。",
    en: "The school: {inspections} inspections of {inspected} dorms; {excellent} excellent, {pass} passed, {fail} failed; mean score {mean}.",
  },
  "rollup.sec.colleges": { zh: "各学院排名", en: "Colleges" },
  "rollup.sec.top": { zh: "全校平均分前 {n} 名宿舍", en: "The school's top {n} dorms by mean score" },
  "rollup.sec.bottom": { zh: "全校平均分后 {n} 名宿舍", en: "The school's bottom {n} dorms by mean score" },
  "rollup.col.college": { zh: "学院", en: "College" },
  "rollup.col.excellentRank": { zh: "优秀率名次", en: "Rank by excellent rate" },
  "rollup.col.failRank": { zh: "不合格率名次", en: "Rank by fail rate" },
  "rollup.col.inspected": { zh: "受检宿舍", en: "Dorms inspected" },
  "rollup.col.excellentDorms": { zh: "优秀宿舍", en: "Excellent dorms" },
  "rollup.col.failDorms": { zh: "不合格宿舍", en: "Failing dorms" },
  "rollup.note": {
    zh: "本汇总只列学院、宿舍和数字，不含任何个人信息，可以公开。",
    en: "This roll-up lists colleges, dorms and figures only, no personal information: it may be made public.",
  },
  "rollup.sheet.colleges": { zh: "学院排名", en: "Colleges" },
  "rollup.sheet.dorms": { zh: "宿舍排名", en: "Dorms" },
  "rollup.col.list": { zh: "名单", en: "List" },
  "rollup.list.top": { zh: "前 {n} 名", en: "top {n}" },
  "rollup.list.bottom": { zh: "后 {n} 名", en: "bottom {n}" },
  "doc.sec.rankings": { zh: "排名与流动红旗", en: "Rankings and the rotating banner" },
  "doc.rankings.intro": {
    zh: "以下排名按本学期全部检查计算，{basis}；优秀率、合格率、不合格率均为占检查次数的比例，无人不计入检查。",
    en: "These rankings count every inspection of the semester, {basis}; the rates are shares of the inspections, and nobody-in visits are not inspections.",
  },
  "doc.rankings.banner": {
    zh: "每月流动红旗授予当月{for}中成绩最好的，名额见计算依据，并列的都授予；当月有不合格的宿舍不参评。",
    en: "Each month's rotating banner goes to the best {for} of the month, as many as the quota in the settings allows, ties included; a dorm that failed that month is out.",
  },
  "doc.rankings.deductions": { zh: "扣分项统计", en: "Deductions found" },
  "doc.col.times": { zh: "次数", en: "Times" },
  "report.detail": { zh: "（{detail}）", en: " ({detail})" },
  "doc.col.inDorms": { zh: "涉及宿舍", en: "Dorms" },
  "doc.sec.honours": { zh: "优秀宿舍与通报表扬", en: "Excellent dorms and public praise" },
  "doc.report.honoursIntro": {
    zh: "本学期评定优秀宿舍 {excellent} 个，予以表彰；党员宿舍每次检查优秀，对所在宿舍党员通报表扬。",
    en: "{excellent} dorms were graded excellent this semester and are commended; each excellent inspection of a member dorm brings its members a public praise.",
  },
  "doc.praiseNote": {
    zh: "党员宿舍，括号内为通报表扬次数。",
    en: "Member dorms; in brackets, the number of public praises.",
  },
  "doc.sec.failures": { zh: "不合格宿舍与通报批评", en: "Failing dorms and public criticism" },
  "doc.report.failuresIntro": {
    zh: "本学期评定不合格宿舍 {fail} 个；党员宿舍检查不合格 {criticisms} 次，均对所在宿舍党员通报批评。",
    en: "{fail} dorms were graded fail this semester; member dorms failed {criticisms} inspections, each bringing their members a public criticism.",
  },
  "doc.report.consequencesIntro": {
    zh: "本学期取消评奖评优资格 {revoked} 人，年度考核不合格 {assessments} 人，预备期考察不合格 {probation} 人。",
    en: "This semester {revoked} members lost award eligibility; {assessments} annual assessments and {probation} probation reviews were made unqualified.",
  },
  "doc.sub.total": {
    zh: "年度考核、预备期考察不合格及限期改正",
    en: "Unqualified assessments and probation reviews, and action items",
  },
  "doc.col.assessment": { zh: "年度考核不合格（正式党员）", en: "Annual assessment unqualified (full)" },
  "doc.col.probation": {
    zh: "预备期考察不合格，建议延长预备期（预备党员）",
    en: "Probation review unqualified; consider extending (probationary)",
  },
  "doc.warningsIntro": {
    zh: "下列党员宿舍再有 1 次不合格即触发处理，请支部提前谈心提醒。",
    en: "One more fail of these member dorms brings a consequence: the branch should talk with them now.",
  },
  "doc.warn.streak": { zh: "再1次即连续{limit}次", en: "1 more makes {limit} in a row" },
  "doc.warn.total": { zh: "已不合格{fails}次", en: "{fails} fails so far" },
  "doc.sub.reviewFailing": {
    zh: "所在宿舍学期评定不合格的考察对象",
    en: "People under review whose dorm was graded fail",
  },
  "doc.report.visitsIntro": {
    zh: "每个宿舍每学期应联系 {required} 次，本学期共联系宿舍 {visits} 次，各年级情况如下。",
    en: "Each dorm is to be visited {required} times a semester; {visits} visits were made, by year as follows.",
  },

  // Bulletin
  "doc.bulletin.title": {
    zh: "关于{period}学生党员寝室检查情况的通报",
    en: "Bulletin on the dorm inspections of {period}",
  },
  "doc.bulletin.intro": {
    zh: "{period}，共检查宿舍 {inspections} 次，涉及宿舍 {dorms} 个，优秀 {excellents} 次，不合格 {fails} 次，合格率 {passRate}。现将有关情况通报如下：",
    en: "In the period {period}, {inspections} inspections of {dorms} dorms were made: {excellents} excellent and {fails} fail, a pass rate of {passRate}. The results are as follows.",
  },
  "doc.bulletin.sec.excellent": { zh: "优秀宿舍（{count} 个）", en: "Excellent dorms ({count})" },
  "doc.bulletin.sec.fail": { zh: "不合格宿舍（{count} 个）", en: "Failing dorms ({count})" },
  "doc.bulletin.praise": {
    zh: "对以下 {count} 个党员宿舍的党员提出通报表扬：",
    en: "The members of these {count} member dorms receive a public praise:",
  },
  "doc.bulletin.criticism": {
    zh: "对其中 {count} 个党员宿舍的党员给予通报批评。",
    en: "The members of {count} of these member dorms receive a public criticism.",
  },
  "doc.col.periodFails": { zh: "本期不合格", en: "Fails in period" },
  "doc.col.semesterFails": { zh: "本学期累计", en: "Semester total" },
  "doc.col.facing": { zh: "党员及处理", en: "Members and what they face" },
  "doc.noMembers": { zh: "（无党员）", en: "(no member lives here)" },
  "doc.correctBy": { zh: "限期改正（截止 {deadline}）", en: "correct by {deadline}" },
  "doc.bulletin.closing.internal": {
    zh: "请各支部联系人督促相关党员限期改正，对预警宿舍提前谈心提醒。特此通报。",
    en: "Branch contacts are to see that the members concerned correct in time, and to talk with the dorms on warning. So notified.",
  },
  "doc.bulletin.closing.public": {
    zh: "请不合格宿舍及时整改，党员宿舍发挥示范带头作用。特此通报。",
    en: "Failing dorms are to put things right promptly, and member dorms to set the example. So notified.",
  },
  "doc.bulletin.appendix": { zh: "本期检查记录明细", en: "Inspections of the period" },
  "doc.bulletin.empty": {
    zh: "{from} 至 {to} 没有检查记录，不能生成通报。请检查日期范围，或先在“检查记录”表中录入该时段的检查。",
    en: "There is no inspection from {from} to {to}, so there is nothing to notify. Check the dates, or enter that period's inspections on the Inspections tab first.",
  },

  // Export dialog
  "doc.dialog.kind": { zh: "导出什么", en: "Document" },
  "doc.dialog.report": { zh: "学期报告（{semester}）", en: "Semester report ({semester})" },
  "doc.dialog.bulletin": { zh: "通报（一个时段，通常为一周）", en: "Bulletin (a period, usually a week)" },
  "doc.dialog.from": { zh: "从", en: "From" },
  "doc.dialog.to": { zh: "至", en: "to" },
  "doc.dialog.appendix": { zh: "附本期检查记录明细", en: "Attach every inspection of the period" },
  "doc.dialog.edition": { zh: "版本", en: "Edition" },
  "doc.dialog.internal": { zh: "内部版", en: "Internal" },
  "doc.dialog.internalHint": {
    zh: "含姓名和处理意见，报送党委或存档，不得张贴",
    en: "names and consequences, for the Party committee or the files; not for posting",
  },
  "doc.dialog.public": { zh: "公示版", en: "Public" },
  "doc.dialog.publicHint": {
    zh: "只有宿舍和数字，不含个人信息，可张贴公示",
    en: "dorms and figures only, no personal information; for the notice board",
  },
  "doc.dialog.number": { zh: "文号（可不填）", en: "Document number (optional)" },
  "doc.dialog.make": { zh: "生成", en: "Make" },
  "doc.dialog.working": { zh: "正在生成，请稍候…", en: "Working…" },
  "doc.dialog.appraisal": {
    zh: "年度考评记录（{year}学年，仅内部版）",
    en: "Yearly appraisal record ({year}, internal only)",
  },

  "report.archived": {
    zh: "本学期已于 {date} 归档，以下数字取自归档。",
    en: "This semester was archived on {date}; the figures below come from the archive.",
  },
  "report.sec.history": { zh: "申诉、清除与住宿变动", en: "Appeals, cleared fails and moves" },
  "report.sub.revokedInspections": {
    zh: "申诉撤销的检查（不计入任何规则）",
    en: "Inspections revoked on appeal (counted by no rule)",
  },
  "report.sub.clearedFails": { zh: "已清除的不合格", en: "Cleared fails" },
  "report.sub.moves": { zh: "本学期住宿变动", en: "Moves this semester" },
  "report.col.reason": { zh: "理由", en: "Reason" },
  "report.col.clearedBy": { zh: "此后的优秀", en: "Later excellents" },
  "report.sub.belowAssignment": {
    zh: "联系分工未达标的党员（每月至少 {required} 次）",
    en: "Members below their contact requirement ({required} a month)",
  },
  "report.col.assigned": { zh: "分工宿舍", en: "Assigned dorms" },
  "report.col.coverage": { zh: "完成情况", en: "Coverage" },

  "appraisal.title": { zh: "{year}学年党员寝室情况年度考评记录", en: "Dorm record for the {year} appraisal" },
  "appraisal.intro": {
    zh: "按照学生党员寝室挂牌制度，评议考核时每名党员应说明本人所在宿舍的安全、卫生情况，入党积极分子和发展对象的宿舍情况作为考察参考。以下为本学年各学期的记录，处理按检查当天所住的宿舍计。",
    en: "Under the member dorm plaque system, each member's appraisal report states their own dorm's safety and hygiene results, and those of activists and candidates are part of their review. Below is each semester of the year; consequences follow the dorm lived in on each inspection's day.",
  },
  "appraisal.archivedNote": {
    zh: "{semester}已于 {date} 归档，其数字取自归档。",
    en: "{semester} was archived on {date}; its figures come from the archive.",
  },
  "appraisal.summary": { zh: "一览", en: "Summary" },
  "appraisal.records": { zh: "个人记录", en: "Records" },
  "appraisal.col.person": { zh: "姓名", en: "Name" },
  "appraisal.col.semester": { zh: "学期", en: "Semester" },
  "appraisal.col.consequences": { zh: "处理", en: "Consequences" },
  "appraisal.col.points": { zh: "积分", en: "Points" },
  "appraisal.moves": { zh: "住宿变动：{stays}", en: "Moves: {stays}" },
  "appraisal.revoked": { zh: "申诉撤销：{list}", en: "Revoked on appeal: {list}" },
  "appraisal.cleared": { zh: "已清除的不合格：{list}", en: "Cleared fails: {list}" },
  "appraisal.contact": { zh: "联系宿舍：{fails}；{coverage}", en: "Contacted dorms: {fails}; {coverage}" },
  "appraisal.points": { zh: "积分：{total}（{lines}）", en: "Points: {total} ({lines})" },
  "appraisal.points.ownFail": {
    zh: "本人宿舍不合格 {count} 次 × {each}",
    en: "{count} own-dorm fails × {each}",
  },
  "appraisal.points.contactFail": {
    zh: "联系宿舍不合格 {count} 次 × {each}",
    en: "{count} contacted-dorm fails × {each}",
  },
  "appraisal.points.ownExcellent": {
    zh: "本人宿舍优秀 {count} 次 × {each}",
    en: "{count} own-dorm excellents × {each}",
  },
  "appraisal.points.gradeExcellent": {
    zh: "学期等级优秀 {count} 次 × {each}",
    en: "{count} semesters graded excellent × {each}",
  },
  "appraisal.points.gradePass": {
    zh: "学期等级合格 {count} 次 × {each}",
    en: "{count} semesters graded pass × {each}",
  },
  "appraisal.points.gradeFail": {
    zh: "学期等级不合格 {count} 次 × {each}",
    en: "{count} semesters graded fail × {each}",
  },
  "appraisal.pointsNote": {
    zh: "积分按“设置”表的积分项计算，各项分值由院系自定，此处仅为示例性的计算。",
    en: "Points follow the Settings tab's points table, whose values each department sets.",
  },
  "appraisal.opinion": {
    zh: "宿舍书面考评意见（{semester}）：{text}",
    en: "Written opinion of the dorm ({semester}): {text}",
  },
  "appraisal.signature": {
    zh: "本人签字：＿＿＿＿＿＿　　支部书记签字：＿＿＿＿＿＿　　日期：＿＿＿＿＿＿",
    en: "Member: ________________   Branch secretary: ________________   Date: ____________",
  },
  "appraisal.none": { zh: "本学年没有需要记录的人员。", en: "Nobody to record this year." },
  "appraisal.file": { zh: "年度考评记录-{year}", en: "appraisal-record-{year}" },
  "appraisal.sheet": { zh: "年度考评 {year}", en: "Appraisal {year}" },
  "doc.dialog.badPeriod": {
    zh: "请填写开始和结束日期，开始不晚于结束。",
    en: "Give a start and an end date, the start not after the end.",
  },
} as const satisfies Record<string, Label>;

export type DocumentLabelKey =
  | keyof typeof LABELS
  | keyof typeof RANKING_LABELS
  | keyof typeof DOCUMENT_LABELS;

const documents = translator<DocumentLabelKey>({ ...LABELS, ...RANKING_LABELS, ...DOCUMENT_LABELS });

/**
 * Looks up a document label (or a shared one) and fills its `{name}` placeholders.
 *
 * @example
 * t("zh", "report.period", { from: "2025-11-10", to: "2025-11-16" }) //=> "2025-11-10 至 2025-11-16"
 */
export const t = documents.t;

/** Both languages' words for a document label. */
export const bothLangs = documents.bothLangs;
