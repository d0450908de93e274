import { LABELS, type Label, translator } from "../engine/labels.ts";
import { INTAKE_LABELS } from "../intake/labels.ts";
import { CLI_LABELS } from "./labels.ts";

/** The words of `dorm-plaque import`, beside the import's own (the listing) and the command line's. */
export const IMPORT_LABELS = {
  "import.needsInto": {
    zh: "import 需要 --into <工作簿.xlsx>：导入到哪个工作簿",
    en: "import needs --into <workbook.xlsx>: the workbook to import into",
  },
  "import.kind": {
    zh: "{path} 不是 .csv、.txt 或 .xlsx 文件（.xls 请先另存为 .xlsx 或 CSV）",
    en: "{path} is not a .csv, .txt or .xlsx file (save an .xls as .xlsx or CSV first)",
  },
  "import.outOnlyWithApply": {
    zh: "--out 只和 --apply 一起使用：预览不写任何文件",
    en: "--out goes with --apply: a dry run writes no file",
  },
  "import.heading": {
    zh: "导入预览：{source}（{how}），表头在第 {header} 行，数据 {rows} 行",
    en: "Import preview: {source} ({how}), header on row {header}, {rows} data rows",
  },
  "import.enc.utf-8": { zh: "UTF-8 编码", en: "UTF-8" },
  "import.enc.utf-8-bom": { zh: "UTF-8 编码，带 BOM", en: "UTF-8 with BOM" },
  "import.enc.utf-16le": { zh: "UTF-16 编码", en: "UTF-16" },
  "import.enc.utf-16be": { zh: "UTF-16（大端）编码", en: "UTF-16 big-endian" },
  "import.enc.gb18030": { zh: "GBK/GB18030 编码", en: "GBK/GB18030" },
  "import.sheet": { zh: "工作表“{sheet}”", en: "sheet {sheet}" },
  "import.columns": { zh: "列对应：{pairs}", en: "Columns: {pairs}" },
  "import.pair": { zh: "{header} → {field}", en: "{header} → {field}" },
  "import.pairHow": { zh: "{header} → {field}（{how}）", en: "{header} → {field} ({how})" },
  "import.unused": { zh: "未使用的列：{columns}", en: "Columns not used: {columns}" },
  "import.head.row": { zh: "行", en: "Row" },
  "import.head.status": { zh: "处理", en: "Action" },
  "import.head.result": { zh: "结果/分数", en: "Result/score" },
  "import.head.reason": { zh: "说明", en: "Why" },
  "import.total": { zh: "合计：{counts}", en: "Total: {counts}" },
  "import.mapHint": {
    zh: '请用 --map 指明对应的列，例如 --map "{example}"；导入时这一对应会记入“设置”表的“导入列对应”，下次不必再写。',
    en: 'Name the column with --map, e.g. --map "{example}"; on import the choice is kept in the Settings tab\'s Import columns, so next time it is not needed.',
  },
  "import.dryRun": {
    zh: "这是预览，工作簿未改动。确认无误后加 --apply，把 {count} 行新记录追加到 {path} 的“{tab}”表并重新计算。",
    en: "This is a preview: the workbook is unchanged. Add --apply to append the {count} new rows to the {tab} tab of {path} and regrade.",
  },
  "import.nothingNew": {
    zh: "没有新记录可导入，工作簿未改动。",
    en: "Nothing new to import: the workbook is unchanged.",
  },
  "import.willRemember": {
    zh: "导入时将在“设置”表记住列对应：{value}",
    en: "On import the Settings tab will remember the columns: {value}",
  },
  "import.remembered": {
    zh: "已在“设置”表记住列对应：{value}",
    en: "The Settings tab now remembers the columns: {value}",
  },
  "import.appended": {
    zh: "已追加 {count} 行到“{tab}”表（第 {first}–{last} 行），并已重新计算：",
    en: "Appended {count} rows to {tab} (rows {first}–{last}) and regraded:",
  },
  "import.appendedOne": {
    zh: "已追加 1 行到“{tab}”表（第 {first} 行），并已重新计算：",
    en: "Appended 1 row to {tab} (row {first}) and regraded:",
  },
  "import.backedUp": { zh: "原工作簿已备份为 {path}", en: "The workbook as it was is kept as {path}" },
} as const satisfies Record<string, Label>;

const words = translator<
  keyof typeof LABELS | keyof typeof INTAKE_LABELS | keyof typeof CLI_LABELS | keyof typeof IMPORT_LABELS
>({ ...LABELS, ...INTAKE_LABELS, ...CLI_LABELS, ...IMPORT_LABELS });

/**
 * Looks up a word of the import command (or of the import, the command line, the shared table).
 *
 * @example
 * t("en", "import.nothingNew") //=> "Nothing new to import: the workbook is unchanged."
 */
export const t = words.t;
