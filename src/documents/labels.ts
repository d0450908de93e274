import { LABELS, type Label, translator } from "../engine/labels.ts";

/**
 * The words of the documents (semester report, bulletin, Report tab, export dialog), beside the
 * shared labels they also use (tabs, columns, outcomes). Only the documents' code and its
 * surfaces load this table, so the code every execution parses does not carry it.
 */
export const DOCUMENT_LABELS = {
  "report.title": { zh: "党员寝室挂牌制度学期报告", en: "Member dorm plaque semester report" },
  "report.bulletinTitle": { zh: "宿舍检查通报", en: "Dorm inspection bulletin" },
  "report.period": { zh: "{from} 至 {to}", en: "{from} to {to}" },
  "report.semesterPeriod": { zh: "{semester}（{from} 至 {to}）", en: "{semester} ({from} to {to})" },
  "report.asOf": { zh: "数据截至 {date}", en: "data as of {date}" },
  "report.edition.internal": {
    zh: "内部版：含姓名，仅供党支部和学院使用",
    en: "Internal edition: names included, for the branch and the department only",
  },
  "report.edition.public": {
    zh: "公开版：只列宿舍和数字，不含个人信息",
    en: "Public edition: dorms and figures only, no personal information",
  },
  "report.sec.headline": { zh: "概况", en: "At a glance" },
  "report.sec.buildings": { zh: "各楼栋宿舍等级", en: "Dorm grades by building" },
  "report.sec.weeks": { zh: "每周检查与不合格次数", en: "Inspections and fails by week" },
  "report.sec.honours": { zh: "表彰", en: "Honours" },
  "report.sec.consequences": { zh: "处理", en: "Consequences" },
  "report.sec.warnings": { zh: "预警", en: "Early warnings" },
  "report.sec.reviews": { zh: "入党积极分子和发展对象考察", en: "Review of activists and candidates" },
  "report.sec.visits": { zh: "联系宿舍", en: "Contact visits" },
  "report.sec.plaques": { zh: "挂牌登记", en: "Plaque re-registration" },
  "report.sec.talks": { zh: "谈话跟进", en: "Talk follow-up" },
  "report.sec.quality": { zh: "数据问题", en: "Data quality" },
  "report.sec.basis": { zh: "计算依据", en: "Settings used" },
  "report.sec.inspections": { zh: "检查记录", en: "Inspections" },
  "report.sec.reached": { zh: "本期触发的处理", en: "Consequences reached in this period" },
  "report.sub.excellentDorms": { zh: "优秀宿舍", en: "Excellent dorms" },
  "report.sub.failDorms": { zh: "不合格宿舍", en: "Failing dorms" },
  "report.sub.priority": { zh: "评优优先", en: "Award priority" },
  "report.sub.praise": { zh: "通报表扬", en: "Public praise" },
  "report.sub.criticism": { zh: "通报批评", en: "Public criticism" },
  "report.sub.revoked": { zh: "取消评奖评优资格", en: "Award eligibility revoked" },
  "report.sub.assessment": { zh: "年度考核不合格", en: "Annual assessment unqualified" },
  "report.sub.probation": {
    zh: "预备期考察不合格（建议延长预备期）",
    en: "Probation review unqualified (consider extending probation)",
  },
  "report.sub.actions": { zh: "限期改正", en: "Action items" },
  "report.sub.coverage": { zh: "各年级联系情况", en: "Coverage by year" },
  "report.sub.belowVisits": {
    zh: "联系次数不足 {required} 次的宿舍",
    en: "Dorms visited fewer than {required} times",
  },
  "report.sub.findings": { zh: "发现的问题与跟进事项", en: "Problems raised and follow-up" },
  "report.sub.visitCounts": { zh: "各宿舍联系次数", en: "Visits per dorm" },
  "report.fig.plaqued": { zh: "挂牌宿舍", en: "Plaqued dorms" },
  "report.fig.memberDorms": { zh: "党员宿舍", en: "Member dorms" },
  "report.fig.dorms": { zh: "宿舍 {count} 个", en: "{count} dorms" },
  "report.fig.members": { zh: "党员与考察对象", en: "Members and people under review" },
  "report.fig.inspections": { zh: "检查次数", en: "Inspections" },
  "report.fig.passRate": { zh: "合格率", en: "Pass rate" },
  "report.fig.passRateNote": { zh: "不合格 {fails} 次", en: "{fails} fails" },
  "report.fig.excellentDorms": { zh: "优秀宿舍", en: "Excellent dorms" },
  "report.fig.failDorms": { zh: "不合格宿舍 {count} 个", en: "{count} failing dorms" },
  "report.fig.notices": { zh: "通报", en: "Notices" },
  "report.fig.noticesNote": {
    zh: "批评 {criticisms} 次，表扬 {praises} 次",
    en: "{criticisms} criticism, {praises} praise",
  },
  "report.fig.visits": { zh: "联系宿舍次数", en: "Contact visits" },
  "report.fig.visitsNote": { zh: "未达标宿舍 {count} 个", en: "{count} dorms below requirement" },
  "report.fig.warnings": { zh: "预警宿舍", en: "Dorms on early warning" },
  "report.fig.dormsInspected": { zh: "受检宿舍", en: "Dorms inspected" },
  "report.col.members": { zh: "涉及党员", en: "Members named" },
  "report.col.memberCount": { zh: "涉及党员人数", en: "Members concerned" },
  "report.col.evidence": { zh: "依据（检查日期）", en: "Evidence (inspection dates)" },
  "report.col.deadline": { zh: "整改截止", en: "Correct by" },
  "report.col.dorms": { zh: "宿舍数", en: "Dorms" },
  "report.col.met": { zh: "达标", en: "Met" },
  "report.col.below": { zh: "不足", en: "Below" },
  "report.col.never": { zh: "未联系", en: "Not visited" },
  "report.col.weekOf": { zh: "周（周一）", en: "Week of" },
  "report.col.due": { zh: "应谈话截止", en: "Talk due by" },
  "report.col.tab": { zh: "表", en: "Tab" },
  "report.col.row": { zh: "行", en: "Row" },
  "report.col.problem": { zh: "问题", en: "Problem" },
  "report.col.skipped": { zh: "未使用的行", en: "Rows not used" },
  "report.col.noted": { zh: "已使用但有提示的行", en: "Rows used with a note" },
  "report.col.people": { zh: "人数", en: "People" },
  "report.col.dates": { zh: "日期", en: "Dates" },
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
  "report.legend.met": { zh: "达标（≥{required} 次）", en: "met (≥{required})" },
  "report.legend.below": { zh: "不足", en: "fewer" },
  "report.legend.never": { zh: "未联系", en: "none" },
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
  "report.publicNote": {
    zh: "公开版不列出姓名、学号、支部联系人、带队教师、检查人，也不含备注、情况记录等文字。",
    en: "The public edition names no member, student ID, branch contact, teacher or inspector, and leaves out notes and written findings.",
  },
  "report.reviewNote": {
    zh: "考察对象不受处理，但其所在宿舍的检查结果作为考察材料。",
    en: "People under review are not sanctioned; their dorm's results are part of their review.",
  },
  "report.reviewCount": { zh: "考察对象共 {count} 人。", en: "{count} people under review." },
  "report.reached.streak": {
    zh: "连续 {limit} 次不合格：党员取消评奖评优资格",
    en: "{limit} fails in a row: members lose award eligibility",
  },
  "report.reached.total": {
    zh: "本学期第 {limit} 次不合格：年度考核/预备期考察不合格，限期改正（截止 {deadline}）",
    en: "fail number {limit} this semester: assessment / probation review unqualified; correct by {deadline}",
  },
  "report.weeksNote": {
    zh: "按周一至周日统计；柱高为当周不合格次数，下方灰色数字为当周检查次数。",
    en: "Monday to Sunday weeks; each bar is the week's fails, the grey number below it the week's inspections.",
  },
  "report.pageOf": { zh: "第 {page} 页 / 共 {pages} 页", en: "page {page} of {pages}" },
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
  "report.file.bulletin": { zh: "检查通报", en: "bulletin" },
  "report.file.public": { zh: "公开版", en: "public" },
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
} as const satisfies Record<string, Label>;

export type DocumentLabelKey = keyof typeof LABELS | keyof typeof DOCUMENT_LABELS;

const documents = translator<DocumentLabelKey>({ ...LABELS, ...DOCUMENT_LABELS });

/**
 * Looks up a document label (or a shared one) and fills its `{name}` placeholders.
 *
 * @example
 * t("zh", "report.period", { from: "2025-11-10", to: "2025-11-16" }) //=> "2025-11-10 至 2025-11-16"
 */
export const t = documents.t;

/** Both languages' words for a document label. */
export const bothLangs = documents.bothLangs;
