import { LABELS, type Label, translator } from "../engine/labels.ts";

/**
 * The words of an import (the dry-run listing, the command line's messages about it and the
 * Sheets dialog), beside the shared labels they also use (tabs, columns, check messages).
 */
export const INTAKE_LABELS = {
  "intake.ignore": { zh: "忽略", en: "ignore" },
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
  "intake.how.named": { zh: "按列名", en: "by name" },
  "intake.how.remembered": { zh: "按“设置”表记住的对应", en: "as the Settings tab remembers" },
  "intake.how.given": { zh: "按本次指定", en: "as chosen now" },
  "intake.counts": {
    zh: "新增 {new} 行，重复 {duplicate} 行，无法读取 {unreadable} 行",
    en: "{new} new, {duplicate} duplicates, {unreadable} unreadable",
  },
  "intake.sep": { zh: "；", en: "; " },
  "intake.list": { zh: "、", en: ", " },
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
