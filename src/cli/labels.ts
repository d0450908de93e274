import { DOCUMENT_LABELS } from "../documents/labels.ts";
import { LABELS, type Label, translator } from "../engine/labels.ts";

/** The command line's own words, beside the shared table: usage, flags and file messages. */
export const CLI_LABELS = {
  "cli.usage": {
    zh: `dorm-plaque：离线计算党员寝室挂牌工作簿（.xlsx）

用法：
  dorm-plaque grade <工作簿.xlsx> --out <结果.xlsx> [--today YYYY-MM-DD] [--semester 2025-2026-1]
      读取各表，写入输出列（等级、处理结果、校验）和高亮，其他单元格、工作表、样式和列保持不变。
      对结果再次运行不会改变任何值。
  dorm-plaque init <新工作簿.xlsx> [--lang zh|en] [--sample]
      生成含全部表格和表头的空白工作簿，或（--sample）含示例数据的工作簿。
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
  dorm-plaque --help

退出码：0 完成，1 输入有误（文件不存在、不是 .xlsx、缺少表格），2 用法有误。
提示语言随系统语言（LANG）变化，也可用 DORM_PLAQUE_LANG=zh|en 指定。
`,
    en: `dorm-plaque — grade a dorm-plaque workbook (.xlsx) offline

Usage:
  dorm-plaque grade <workbook.xlsx> --out <graded.xlsx> [--today YYYY-MM-DD] [--semester 2025-2026-1]
      Reads the tabs, fills the output columns (grades, outcomes, checks) and the highlights.
      Every other cell, sheet, style and column is kept. Running it again changes no value.
  dorm-plaque init <new.xlsx> [--lang zh|en] [--sample]
      Writes an empty workbook with every tab and header, or one filled with sample data.
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
  dorm-plaque --help

Exit codes: 0 done, 1 bad input (missing file, not an .xlsx, missing tab), 2 bad usage.
Messages follow the shell's language (LANG); DORM_PLAQUE_LANG=zh|en chooses one.
`,
  },
  "cli.needsValue": { zh: "{flag} 后面需要一个值", en: "{flag} needs a value" },
  "cli.unknownOption": { zh: "未知选项 {flag}", en: "unknown option {flag}" },
  "cli.unknownCommand": { zh: "未知命令 {command}", en: "unknown command {command}" },
  "cli.expectedOneFile": { zh: "需要且只需要一个工作簿文件", en: "expected exactly one workbook file" },
  "cli.needsOut": { zh: "{command} 需要 --out {out}", en: "{command} needs --out {out}" },
  "cli.fromTo": { zh: "--from 和 --to 需同时给出", en: "--from and --to go together" },
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
    zh: "注意：{path} 含有图表、数据透视表、图形或宏，输出文件中不会保留它们（原文件不受影响）。",
    en: "Note: {path} holds charts, pivot tables, drawings or macros; the output file will not keep them (the original is untouched).",
  },
  "cli.lossyOverwrite": {
    zh: "{path} 含有图表、数据透视表、图形或宏，覆盖它会丢失这些内容：请用 --out 指定另一个文件。",
    en: "{path} holds charts, pivot tables, drawings or macros that overwriting it would lose: give --out another file.",
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
