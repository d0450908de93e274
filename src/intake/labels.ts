import { LABELS, type Label, translator } from "../engine/labels.ts";

/**
 * The words of an import (the dry-run listing, the command line's messages about it and the
 * Sheets dialog), beside the shared labels they also use (tabs, columns, check messages).
 */
export const INTAKE_LABELS = {
  "intake.ignore": { zh: "忽略", en: "ignore" },
  "intake.pasted": { zh: "粘贴的表格", en: "pasted table" },
  "intake.status.new": { zh: "新增", en: "new" },
  "intake.status.duplicate": { zh: "重复", en: "duplicate" },
  "intake.status.unreadable": { zh: "无法读取", en: "unreadable" },
  "intake.sameAsTab": { zh: "与“{tab}”表第 {row} 行相同", en: "same as row {row} of {tab}" },
  "intake.sameAsSource": { zh: "与导入表第 {row} 行相同", en: "same as row {row} of the import" },
  "intake.need.date": { zh: "日期", en: "a date" },
  "intake.need.dorm": { zh: "宿舍号", en: "a dorm" },
  "intake.need.level": { zh: "结果或分数", en: "a result or a score" },
  "intake.missing": {
    zh: "导入表中找不到{fields}列。未识别的列：{unknown}。",
    en: "The import has no column for {fields}. Columns not recognised: {unknown}.",
  },
  "intake.noUnknown": { zh: "（无）", en: "(none)" },
  "intake.empty": {
    zh: "导入表是空的：没有表头，也没有数据行。",
    en: "The import is empty: no header and no data row.",
  },
  "intake.badChoices": {
    zh: "看不懂这些列对应：{pairs}（应写成 列名=宿舍号 这样的形式，字段为 日期、宿舍号、楼栋、类别、结果、分数、检查人、备注 或 忽略）",
    en: "These column choices cannot be read: {pairs} (write them as header=Dorm, the field being Date, Dorm, Building, Category, Result, Score, Inspector, Notes or ignore)",
  },
  "intake.unknownHeader": {
    zh: "导入表中没有“{header}”列",
    en: "the import has no column named “{header}”",
  },
  "intake.how.remembered": { zh: "按“设置”表记住的对应", en: "as the Settings tab remembers" },
  "intake.how.given": { zh: "按本次指定", en: "as chosen now" },
  "intake.counts": {
    zh: "新增 {new} 行，重复 {duplicate} 行，无法读取 {unreadable} 行",
    en: "{new} new, {duplicate} duplicates, {unreadable} unreadable",
  },
  "intake.sep": { zh: "；", en: "; " },
  "intake.list": { zh: "、", en: ", " },
  "intake.dialog.source": { zh: "从哪里导入", en: "Import from" },
  "intake.dialog.paste": { zh: "粘贴的表格", en: "A pasted table" },
  "intake.dialog.pasteHint": {
    zh: "从问卷星、腾讯文档、金数据或 Excel 中复制整张表（含表头），粘贴到这里。",
    en: "Copy the whole table (with its header) from a form tool or a spreadsheet and paste it here.",
  },
  "intake.dialog.tab": { zh: "本表格中的工作表", en: "A tab of this spreadsheet" },
  "intake.dialog.noTabs": { zh: "（没有其他工作表）", en: "(no other tab)" },
  "intake.dialog.preview": { zh: "预览", en: "Preview" },
  "intake.dialog.columns": { zh: "列对应", en: "Columns" },
  "intake.dialog.column": { zh: "导入表的列", en: "Column" },
  "intake.dialog.as": { zh: "导入为", en: "Import as" },
  "intake.dialog.action": { zh: "处理", en: "Action" },
  "intake.dialog.rows": { zh: "逐行预览", en: "Row by row" },
  "intake.dialog.import": { zh: "导入 {count} 行新记录", en: "Import {count} new rows" },
  "intake.dialog.nothing": {
    zh: "没有新记录可导入。",
    en: "Nothing new to import.",
  },
  "intake.dialog.working": { zh: "正在处理…", en: "Working…" },
  "intake.dialog.done": {
    zh: "已追加 {count} 行到“{tab}”表（从第 {first} 行起），并已重新计算。",
    en: "Appended {count} rows to {tab} (from row {first}) and recalculated.",
  },
  "intake.dialog.remembered": {
    zh: "“设置”表已记住列对应，下次不必再选。",
    en: "The Settings tab now remembers the columns: no need to choose them again.",
  },
  "intake.dialog.dryRun": {
    zh: "这是预览，表格未改动。",
    en: "This is a preview: nothing has been changed.",
  },
  "intake.badResultExtra": {
    zh: "无法识别的结果：{value}（应为 优秀/合格/不合格，或 及格/不及格）",
    en: "unreadable result: {value} (expected excellent/pass/fail)",
  },
} as const satisfies Record<string, Label>;

export type IntakeLabelKey = keyof typeof LABELS | keyof typeof INTAKE_LABELS;

const intake = translator<IntakeLabelKey>({ ...LABELS, ...INTAKE_LABELS });

/**
 * Looks up an import label (or a shared one) and fills its `{name}` placeholders.
 *
 * @example
 * t("en", "intake.sameAsTab", { tab: "Inspections", row: 12 }) //=> "same as row 12 of Inspections"
 */
export const t = intake.t;

/** Both languages' words for an import label. */
export const bothLangs = intake.bothLangs;
