import { DOCUMENT_LABELS } from "../documents/labels.ts";
import { LABELS, type Label, translator } from "../engine/labels.ts";

/** The command line's own words, beside the shared table: usage, flags and file messages. */
export const CLI_LABELS = {
  "cli.usage": {
    zh: `dorm-plaque：离线计算党员寝室挂牌工作簿（.xlsx）

用法：
  dorm-plaque grade <工作簿.xlsx> --out <结果.xlsx> [--today YYYY-MM-DD] [--semester 2025-2026-1]
  dorm-plaque grade <工作簿.xlsx> --in-place [...]
      读取各表，写入输出列（等级、处理结果、校验）和高亮，其他单元格、工作表、样式和列保持不变。
      对结果再次运行不会改变任何值。结果写入 --out 指定的新文件；--in-place 改写原文件，
      并先把原文件备份为 <工作簿.xlsx>.bak。
  dorm-plaque init <新工作簿.xlsx> [--lang zh|en] [--sample] [--force]
      生成含全部表格、表头说明和下拉选项的空白模板，或（--sample）含示例数据的工作簿。
      文件已存在时不覆盖，除非加 --force。
  dorm-plaque report <工作簿.xlsx> --out <报告.html|报告.pdf> [--public]
        [--from YYYY-MM-DD --to YYYY-MM-DD [--appendix]] [--today YYYY-MM-DD] [--semester 2025-2026-1] [--lang zh|en]
      生成学期报告；带 --from/--to 时生成该时段的通报（含首尾两天），--appendix 附检查记录明细。
      --public 生成公示版：只有宿舍和数字，不含姓名、党内处理和自由填写的文字。
      生成 PDF 需要 Chromium（apt-get install chromium，或设置 CHROME_PATH）。
  dorm-plaque import <导出文件.csv|.xlsx> --into <工作簿.xlsx> [--map "列名=宿舍号；…"] [--apply [--out <新工作簿.xlsx>]]
      把问卷星、腾讯文档收集表、金数据、Google 表单或校园系统导出的检查记录导入“检查记录”表。
      默认只预览：逐行列出将新增、重复（同一宿舍、日期、类别、检查人）和无法读取的行，不写任何文件。
      --apply 追加新行并重新计算，整个工作簿一次写好（原文件另存为 .bak）。编码（UTF-8、GBK/GB18030、
      UTF-16）自动识别；认不出的列用 --map 指定一次，“设置”表会记住。
  dorm-plaque plaques <工作簿.xlsx> --out <挂牌材料.html|.pdf> [--all] [--lang zh|en]
      本学期的挂牌材料：需挂牌和补发宿舍的门牌（--all：所有党员寝室），挂牌决定，撤牌通知，
      每名党员的承诺书。门牌上的二维码指向“设置”表的“检查表单链接”。
  dorm-plaque report <工作簿.xlsx> --out <海报.png|海报.svg> [--month YYYY-MM] [...]
      生成手机竖屏的排名海报（本学期，或 --month 指定的月份），只有宿舍和数字，可直接发到群里。
      PNG 需要 Chromium。
  dorm-plaque rollup <院系1.xlsx> <院系2.xlsx> … --out <全校.xlsx|全校.html|全校.pdf>
        [--semester 2025-2026-1] [--month YYYY-MM] [--today YYYY-MM-DD] [--lang zh|en]
      汇总多个院系的工作簿（各以“院系名称”命名），按学院排出优秀率、不合格率和平均分，
      并列出全校平均分前后 10 名宿舍；只有学院、宿舍和数字，可以公开。
  dorm-plaque archive <工作簿.xlsx> (--out <结果.xlsx> | --in-place) [--semester 2025-2026-1] [--today YYYY-MM-DD]
  dorm-plaque archive <工作簿.xlsx> --undo --reason <理由> (--out <结果.xlsx> | --in-place) [--semester …]
      学期归档：把该学期的结果、所用设置和记录冻结到受保护的“学期归档”表中，此后该学期的计算列、
      报告和年度考核都取自归档，对其记录的修改只在“校验”列中注明。--undo 取消归档（须写明理由），
      两者都记入“变更记录”表。不给 --semester 时为工作簿当前显示的学期。
  dorm-plaque appraisal <工作簿.xlsx> --out <考评.pdf|考评.html|考评.xlsx> [--year 2025-2026] [--student 学号]
      年度考评记录：每名党员、发展对象和入党积极分子本学年两个学期的宿舍情况（等级、不合格、优秀、
      处理、住宿变动、联系宿舍，以及按设置计算的积分），每人一页，或一张表（.xlsx）。
  dorm-plaque --help

退出码：0 完成，1 输入有误或文件无法读写（文件不存在、不是 .xlsx、缺少表格、磁盘已满、没有权限），
2 用法有误。文件总是先写到同一文件夹的临时文件，写完才替换目标：中途出错或按 Ctrl-C 不会留下残缺文件。
提示语言随系统语言（LANG）变化，也可用 DORM_PLAQUE_LANG=zh|en 指定。
`,
    en: `dorm-plaque — grade a dorm-plaque workbook (.xlsx) offline

Usage:
  dorm-plaque grade <workbook.xlsx> --out <graded.xlsx> [--today YYYY-MM-DD] [--semester 2025-2026-1]
  dorm-plaque grade <workbook.xlsx> --in-place [...]
      Reads the tabs, fills the output columns (grades, outcomes, checks) and the highlights.
      Every other cell, sheet, style and column is kept. Running it again changes no value.
      The result goes to a new file (--out); --in-place rewrites the workbook itself after
      copying it to <workbook.xlsx>.bak.
  dorm-plaque init <new.xlsx> [--lang zh|en] [--sample] [--force]
      Writes an empty template with every tab, header notes and dropdowns, or (--sample) one
      filled with sample data. An existing file is never replaced unless --force is given.
  dorm-plaque report <workbook.xlsx> --out <report.html|report.pdf> [--public]
        [--from YYYY-MM-DD --to YYYY-MM-DD [--appendix]] [--today YYYY-MM-DD] [--semester 2025-2026-1] [--lang zh|en]
      Writes the semester report, or with --from/--to the bulletin of that period (both days
      included; --appendix attaches every inspection of it). --public writes the edition to post:
      dorms and figures only, no name, Party-internal consequence or free text. A .pdf needs
      Chromium (apt-get install chromium, or set CHROME_PATH).
  dorm-plaque import <export.csv|.xlsx> --into <workbook.xlsx> [--map "header=Dorm; …"] [--apply [--out <new.xlsx>]]
      Imports the inspections a form tool (问卷星, 腾讯文档, 金数据, Google Forms) or a campus system
      exported into the Inspections tab. By default a dry run: lists each row that would be added, is
      a duplicate (same dorm, date, category and inspector) or cannot be read, and writes nothing.
      --apply appends the new rows and regrades, writing the whole workbook at once (the file as it
      was kept as .bak). Encodings (UTF-8, GBK/GB18030, UTF-16) are detected; name an unknown column
      once with --map and the Settings tab remembers it.
  dorm-plaque plaques <workbook.xlsx> --out <kit.html|kit.pdf> [--all] [--lang zh|en]
      The semester's plaque kit: door cards for the dorms to hang or reissue (--all: every member
      dorm), the 挂牌决定, the 撤牌 notices and a 承诺书 per member. The cards' QR codes open the
      Settings tab's Inspection form URL.
  dorm-plaque report <workbook.xlsx> --out <poster.png|poster.svg> [--month YYYY-MM] [...]
      Writes a phone-sized ranking poster of the semester, or of the month --month names: dorms
      and figures only, for posting in group chats. A .png needs Chromium.
  dorm-plaque rollup <dept1.xlsx> <dept2.xlsx> … --out <school.xlsx|school.html|school.pdf>
        [--semester 2025-2026-1] [--month YYYY-MM] [--today YYYY-MM-DD] [--lang zh|en]
      Rolls several departments' workbooks (each named by its Department setting) up into the
      school's college rankings by excellent rate, fail rate and mean score, with the school's
      top and bottom 10 dorms: colleges, dorms and figures only, fit to publish.
  dorm-plaque archive <workbook.xlsx> (--out <archived.xlsx> | --in-place) [--semester 2025-2026-1] [--today YYYY-MM-DD]
  dorm-plaque archive <workbook.xlsx> --undo --reason <why> (--out <graded.xlsx> | --in-place) [--semester …]
      Archives a semester: its results, the settings used and its records are frozen in a
      protected Archive tab; from then on its computed columns, reports and annual assessment
      come from the archive, and an edit to one of its rows is only noted in the Check column.
      --undo un-archives it (a reason is required); both go into the Change log tab. Without
      --semester, the semester the workbook shows.
  dorm-plaque appraisal <workbook.xlsx> --out <appraisal.pdf|.html|.xlsx> [--year 2025-2026] [--student ID]
      The yearly appraisal record: for every member, candidate and activist, both semesters of
      their dorm (grades, fails, excellents, consequences, moves, contacted dorms, and points when
      the Settings tab gives them), a page each, or one table (.xlsx).
  dorm-plaque --help

Exit codes: 0 done, 1 bad input or a file that cannot be read or written (missing file, not an
.xlsx, missing tab, disk full, no permission), 2 bad usage. Files are written to a temporary file
in the same folder and only then put in place: an error or Ctrl-C never leaves a partial file.
Messages follow the shell's language (LANG); DORM_PLAQUE_LANG=zh|en chooses one.
`,
  },
  "cli.needsValue": { zh: "{flag} 后面需要一个值", en: "{flag} needs a value" },
  "cli.unknownOption": { zh: "未知选项 {flag}", en: "unknown option {flag}" },
  "cli.unknownCommand": { zh: "未知命令 {command}", en: "unknown command {command}" },
  "cli.expectedOneFile": { zh: "需要且只需要一个工作簿文件", en: "expected exactly one workbook file" },
  "cli.needsOut": { zh: "{command} 需要 --out {out}", en: "{command} needs --out {out}" },
  "cli.needsOutOrInPlace": {
    zh: "grade 需要 --out <结果.xlsx>（写到新文件），或 --in-place（改写原文件，先备份为 .bak）",
    en: "grade needs --out <graded.xlsx> (a new file) or --in-place (rewrite the workbook, after a .bak copy)",
  },
  "cli.outAndInPlace": {
    zh: "--out 和 --in-place 只能选一个",
    en: "give either --out or --in-place, not both",
  },
  "cli.outExtension": {
    zh: "{command} 只能写 {allowed} 文件，不能写 {ext}：请把 --out 的文件名改为以 {allowed} 结尾",
    en: "{command} writes {allowed} files, not {ext}: give --out a name ending in {allowed}",
  },
  "cli.pathExtension": {
    zh: "{command} 只能写 {allowed} 文件，不能写 {ext}：请把文件名改为以 {allowed} 结尾",
    en: "{command} writes {allowed} files, not {ext}: give a file name ending in {allowed}",
  },
  "cli.noExtension": { zh: "没有扩展名的文件", en: "a name without an extension" },
  "cli.sameInOut": {
    zh: "--out 指向输入文件 {path} 本身。要改写原文件，请改用 --in-place（会先备份为 {path}.bak）；否则请给 --out 另一个文件名。",
    en: "--out is the input file {path} itself. To rewrite it, use --in-place (which first copies it to {path}.bak); otherwise give --out another name.",
  },
  "cli.exists": {
    zh: "{path} 已存在，init 不会覆盖它。请换一个文件名；确实要覆盖时加 --force。",
    en: "{path} already exists and init does not replace it. Choose another name, or add --force to replace it.",
  },
  "cli.backedUp": { zh: "原文件已备份为 {path}", en: "the original is kept as {path}" },
  "cli.fromTo": { zh: "--from 和 --to 需同时给出", en: "--from and --to go together" },
  "cli.badMonth": {
    zh: "无法识别的月份：{value}（例如 2025-11）",
    en: "unreadable month: {value} (e.g. 2025-11)",
  },
  "cli.noMonth": {
    zh: "{month} 在本学期没有检查记录。可以生成海报的月份：{months}",
    en: "{month} has no inspection this semester. Months a poster can be made of: {months}",
  },
  "cli.rollupFiles": {
    zh: "请给出要汇总的各院系工作簿（.xlsx），至少一个",
    en: "give the departments' workbooks (.xlsx) to roll up, one at least",
  },
  "cli.monthOutside": {
    zh: "{month} 不在 {semester} 学期内",
    en: "{month} is not in the semester {semester}",
  },
  "cli.posterPeriod": {
    zh: "海报按学期或按月（--month YYYY-MM）生成，不用 --from/--to",
    en: "a poster is of the semester or of a month (--month YYYY-MM), not of --from/--to",
  },
  "cli.badYear": {
    zh: "--year 应为 2025-2026 这样的学年，而不是 {value}",
    en: "--year must be an academic year like 2025-2026, not {value}",
  },
  "cli.unknownStudents": {
    zh: "“党员”表中没有这些学号（或他们不是党员、发展对象、入党积极分子）：{ids}",
    en: "No member, candidate or activist with these student IDs on the Members tab: {ids}",
  },
  "cli.reasonWithoutUndo": {
    zh: "--reason 只用于 --undo（取消归档时写明理由）",
    en: "--reason goes with --undo (the reason for un-archiving)",
  },
  "cli.badToday": {
    zh: "--today 应为 2026-01-20 这样的日期，而不是 {value}",
    en: "--today must be a date like 2026-01-20, not {value}",
  },
  "cli.badSemester": {
    zh: "--semester 应为 2025-2026-1 或 2025-2026学年第一学期，而不是 {value}",
    en: "--semester must be like 2025-2026-1 or 2025-2026学年第一学期, not {value}",
  },
  "cli.badLang": { zh: "--lang 只能是 zh 或 en，而不是 {value}", en: "--lang must be zh or en, not {value}" },
  "cli.notFound": { zh: "找不到文件：{path}", en: "file not found: {path}" },
  "cli.notXlsx": {
    zh: "{path} 不是 .xlsx 工作簿（请在 Excel、WPS 或 LibreOffice 中另存为 .xlsx）",
    en: "{path} is not an .xlsx workbook (save it from Excel, WPS or LibreOffice as .xlsx)",
  },
  "cli.lossy": {
    zh: "注意：输出文件不会保留 {path} 中的以下内容（原文件不受影响）：{what}。",
    en: "Note: the output file will not keep these from {path} (the original is untouched): {what}.",
  },
  "cli.lossyOverwrite": {
    zh: "{path} 含有改写后会丢失的内容：{what}。请用 --out 写到另一个文件，原文件保持不变。",
    en: "{path} holds what rewriting it would lose: {what}. Give --out another file, and the original stays whole.",
  },
  "cli.encrypted": {
    zh: "{path} 设有打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开它，去掉打开密码后另存，再运行。",
    en: "{path} is protected by a password (encrypted) and cannot be read. Open it in Excel or WPS, remove the password, save, and run again.",
  },
  "cli.legacyXls": {
    zh: "{path} 是旧的 .xls 格式（Excel 97–2003）。请在 Excel、WPS 或 LibreOffice 中另存为 .xlsx，再运行。",
    en: "{path} is in the old .xls format (Excel 97–2003). Save it as .xlsx from Excel, WPS or LibreOffice, and run again.",
  },
  "loss.chart": { zh: "图表（{count} 个）", en: "charts ({count})" },
  "loss.pivotTable": { zh: "数据透视表（{count} 个）", en: "pivot tables ({count})" },
  "loss.shape": { zh: "图形和文本框（{count} 个表中）", en: "shapes and text boxes (on {count} tabs)" },
  "loss.macro": { zh: "宏（VBA）", en: "macros (VBA)" },
  "loss.slicer": { zh: "切片器", en: "slicers" },
  "loss.timeline": { zh: "日程表筛选器", en: "timeline filters" },
  "loss.threadedComment": { zh: "批注中的讨论回复", en: "the replies of threaded comments" },
  "loss.externalLink": { zh: "指向其他工作簿的链接", en: "links to other workbooks" },
  "loss.dataConnection": { zh: "外部数据连接和查询", en: "data connections and queries" },
  "loss.customXml": { zh: "自定义 XML 数据", en: "custom XML data" },
  "loss.formControl": { zh: "表单控件（按钮、复选框等）", en: "form controls (buttons, check boxes…)" },
  "loss.embeddedObject": { zh: "嵌入的对象", en: "embedded objects" },
  "loss.workbookProtection": { zh: "工作簿结构保护", en: "the workbook's structure protection" },
  "loss.extValidation": {
    zh: "“{sheet}”表中引用其他表的下拉列表或数据验证 {count} 条（Excel 扩展格式）",
    en: "dropdowns or data validations on {sheet} that refer to another tab, an Excel extension ({count})",
  },
  "loss.extConditionalFormat": {
    zh: "“{sheet}”表中引用其他表的条件格式 {count} 条（Excel 扩展格式）",
    en: "conditional formats on {sheet} that refer to another tab, an Excel extension ({count})",
  },
  "loss.sparkline": { zh: "“{sheet}”表中的迷你图 {count} 组", en: "sparklines on {sheet} ({count})" },
  "loss.extension": {
    zh: "“{sheet}”表中的 Excel 扩展内容（extLst）{count} 项",
    en: "Excel extensions (extLst) on {sheet} ({count})",
  },
  "loss.validationOption": {
    zh: "“{sheet}”表中 {count} 条数据验证的“不显示下拉箭头”或输入法设置",
    en: "the hidden-arrow or input-method setting of data validations on {sheet} ({count})",
  },
  "loss.validationReference": {
    zh: "“{sheet}”表中 {count} 条以单元格为上下限的数据验证（数字、日期或长度）",
    en: "data validations on {sheet} whose bounds (number, date or length) refer to cells ({count})",
  },

  // Progress of a slow command, on stderr
  "progress.line": { zh: "[{seconds} 秒] {step}", en: "[{seconds} s] {step}" },
  "progress.reading": { zh: "正在读取 {path}（{size} MB）…", en: "reading {path} ({size} MB)…" },
  "progress.grading": { zh: "正在计算（{rows} 行）…", en: "grading ({rows} rows)…" },
  "progress.rollup": { zh: "正在汇总 {count} 个院系…", en: "rolling up {count} departments…" },
  "progress.writing": { zh: "正在写入 {path}…", en: "writing {path}…" },

  // Files the system refused to read or write: one line, what happened and what to do.
  "file.noSpace": {
    zh: "磁盘空间不足，无法写入 {path}。请腾出空间或写到别处；已有的文件没有改动。",
    en: "Not enough disk space to write {path}. Free some space or write elsewhere; no existing file was changed.",
  },
  "file.tooBig": {
    zh: "{path} 超出了系统允许的文件大小，无法写入；已有的文件没有改动。",
    en: "{path} is larger than the system allows; nothing was written and no existing file was changed.",
  },
  "file.denied": {
    zh: "没有权限写入 {path}。请写到自己有权限的文件夹，或取消该文件的只读属性；已有的文件没有改动。",
    en: "No permission to write {path}. Write to a folder you may write in, or clear the file's read-only flag; no existing file was changed.",
  },
  "file.readOnly": {
    zh: "{path} 所在的磁盘是只读的，无法写入。请写到别处；已有的文件没有改动。",
    en: "{path} is on a read-only disk. Write elsewhere; no existing file was changed.",
  },
  "file.isFolder": {
    zh: "{path} 是一个文件夹。请给出文件名，例如 {path}/结果.xlsx。",
    en: "{path} is a folder. Give a file name, e.g. {path}/graded.xlsx.",
  },
  "file.busy": {
    zh: "{path} 正被其他程序占用（可能在 Excel 或 WPS 中打开着）。请关闭后再试；已有的文件没有改动。",
    en: "{path} is in use by another program (open in Excel or WPS?). Close it and try again; no existing file was changed.",
  },
  "file.nameTooLong": {
    zh: "文件名或路径太长：{path}。请用短一些的名字。",
    en: "The file name or path is too long: {path}. Use a shorter one.",
  },
  "file.readDenied": {
    zh: "没有权限读取 {path}。请检查文件权限，或先把它复制到自己的文件夹。",
    en: "No permission to read {path}. Check its permissions, or copy it to a folder of your own first.",
  },
  "file.readFolder": {
    zh: "{path} 是一个文件夹，不是 .xlsx 工作簿。请给出工作簿文件。",
    en: "{path} is a folder, not an .xlsx workbook. Give the workbook file.",
  },
  "file.parentIsFile": {
    zh: "无法创建文件夹 {path}：同名的文件已存在。请换一个位置。",
    en: "Cannot create the folder {path}: a file of that name is in the way. Choose another place.",
  },
  "file.cannotCreateFolder": {
    zh: "无法在 {parent} 中创建文件夹 {path}。请写到一个普通的文件夹。",
    en: "Cannot create the folder {path} in {parent}. Write to an ordinary folder.",
  },
  "file.folderDenied": {
    zh: "没有权限创建文件夹 {path}。请写到自己有权限的文件夹。",
    en: "No permission to create the folder {path}. Write to a folder you may write in.",
  },
  "file.other.read": {
    zh: "无法读取 {path}（系统错误 {code}）。",
    en: "Cannot read {path} (system error {code}).",
  },
  "file.other.write": {
    zh: "无法写入 {path}（系统错误 {code}）；已有的文件没有改动。",
    en: "Cannot write {path} (system error {code}); no existing file was changed.",
  },
  "file.other.folder": {
    zh: "无法创建文件夹 {path}（系统错误 {code}）。",
    en: "Cannot create the folder {path} (system error {code}).",
  },
} as const satisfies Record<string, Label>;

/** The command line also prints the documents' words (the report command). */
export type CliLabelKey = keyof typeof LABELS | keyof typeof DOCUMENT_LABELS | keyof typeof CLI_LABELS;

const cli = translator<CliLabelKey>({ ...LABELS, ...DOCUMENT_LABELS, ...CLI_LABELS });

/**
 * Looks up a command-line or shared label and fills its placeholders.
 *
 * @example
 * t("en", "cli.notFound", { path: "a.xlsx" }) //=> "file not found: a.xlsx"
 */
export const t = cli.t;
