import { type LabelKey, type Lang, t as sharedT } from "../engine/labels.ts";
import { settingText } from "../engine/setting-text.ts";
import { DEFAULT_SETTINGS, SETTING_SPECS, type Settings } from "../engine/settings.ts";
import { defaultScoresheetRows } from "./default-scoresheet.ts";
import type { Grid } from "./layout.ts";
import { TABS, type TabKey, tabSpec } from "./schema.ts";
import { t } from "./template-labels.ts";

/**
 * The template a new workbook starts from, in `init` and in Sheets' 初始化表格: every tab with
 * its headers (required ones marked), a note on every header, dropdowns for every closed
 * vocabulary, and the Settings tab filled with each default and its meaning. Pure data that
 * both adapters write.
 */

/** What a cell may hold. Every rule only warns: the reader accepts more than any list, and the check column says what it cannot use. */
export type ValidationRule =
  | { readonly kind: "list"; readonly values: readonly string[] }
  | { readonly kind: "date" }
  | { readonly kind: "number"; readonly min: number; readonly max: number; readonly whole: boolean };

/** A rule over a column's cells from `fromRow` down (to the end of the data area when `toRow` is absent). */
export interface TemplateValidation {
  readonly column: number;
  readonly fromRow: number;
  readonly toRow?: number;
  readonly rule: ValidationRule;
  /** Shown when a value does not fit the rule. */
  readonly help: string;
}

/** One tab of the template. */
export interface TabTemplate {
  readonly tab: TabKey;
  /** Headers, and for Settings the rows of keys, values and meanings. */
  readonly grid: Grid;
  /** One note per header cell. */
  readonly notes: readonly string[];
  readonly validations: readonly TemplateValidation[];
  /** Columns given a width (in character cells) and wrapped: the Settings tab's long meanings. */
  readonly wide?: readonly { readonly column: number; readonly width: number }[];
}

/** The closed vocabularies, by column: what the dropdown offers in each language. */
function listOf(column: LabelKey, lang: Lang): readonly string[] | undefined {
  const words = (keys: LabelKey[]) => keys.map((key) => sharedT(lang, key));
  switch (column) {
    case "col.year":
      return lang === "zh" ? ["大一", "大二", "大三", "大四"] : ["1", "2", "3", "4"];
    case "col.plaque":
      return words(["yes", "no"]);
    case "col.plaqueCondition":
      return words(["condition.ok", "condition.lost", "condition.damaged"]);
    case "col.status":
      return words([
        "status.full",
        "status.probationary",
        "status.candidate",
        "status.activist",
        "status.nonMember",
      ]);
    case "col.category":
      return words(["category.hygiene", "category.discipline", "category.schedule", "category.safety"]);
    case "col.result":
      return words(["level.excellent", "level.pass", "level.fail", "result.nobodyIn", "result.refused"]);
    case "col.per":
      return words(["per.item", "per.bed"]);
    case "col.veto":
      return words(["yes", "no"]);
    default:
      return undefined;
  }
}

function columnRule(column: LabelKey, lang: Lang): { rule: ValidationRule; help: string } | undefined {
  const list = listOf(column, lang);
  if (list)
    return {
      rule: { kind: "list", values: list },
      help: t(lang, column === "col.result" ? "help.result" : "help.list"),
    };
  if (column === "col.date" || column === "col.plaqueDate")
    return { rule: { kind: "date" }, help: t(lang, "help.date") };
  if (column === "col.score" || column === "col.points")
    return {
      rule: { kind: "number", min: 0, max: 100, whole: false },
      help: t(lang, "help.number", { min: 0, max: 100 }),
    };
  if (column === "col.beds")
    return {
      rule: { kind: "number", min: 1, max: 20, whole: true },
      help: t(lang, "help.number", { min: 1, max: 20 }),
    };
  return undefined;
}

/** A header as the template writes it: required columns say so; Result and Score name each other. */
function headerOf(tab: TabKey, column: LabelKey, required: boolean, lang: Lang): string {
  const name = sharedT(lang, column);
  if (tab === "inspections" && column === "col.result") return name + t(lang, "template.oneOf");
  if (tab === "inspections" && column === "col.score") return name + t(lang, "template.oneOfScore");
  return required ? name + t(lang, "template.required") : name;
}

/**
 * A setting's default as the Settings tab shows it: numbers as numbers, `50%` for the share,
 * 中文 / English for the language, the words of a choice.
 */
function shownDefault(key: keyof Settings, lang: Lang): string | number {
  const value = DEFAULT_SETTINGS[key];
  return typeof value === "number" && key !== "excellentShare"
    ? value
    : settingText(key, DEFAULT_SETTINGS, lang);
}

/**
 * The Settings tab's rows: every key, its value (the one given, else the default) and what it
 * means. The program reads the first two columns only.
 *
 * @example
 * settingsRows("zh", { language: "zh" })[2] //=> ["第一学期开始月份", 8, "第一学期从几月开始（1–12）。默认 8。"]
 */
export function settingsRows(lang: Lang, values: Partial<Record<keyof Settings, string>>): unknown[][] {
  return SETTING_SPECS.map((spec) => {
    const fallback = shownDefault(spec.key, lang);
    const given = values[spec.key];
    // The language is shown as the word a secretary picks from the dropdown, not as a code.
    const value =
      spec.key === "language" && (given === "zh" || given === "en") ? t(lang, `language.${given}`) : given;
    return [
      sharedT(lang, spec.label),
      value ?? fallback,
      t(lang, `meaning.${spec.key}`, { default: String(fallback) }),
    ];
  });
}

/** The Settings tab's per-row rules: numbers within their range, and the language from a list. */
function settingsValidations(lang: Lang): TemplateValidation[] {
  const rules: TemplateValidation[] = [];
  SETTING_SPECS.forEach((spec, i) => {
    const row = i + 2;
    const number = (min: number, max: number, whole: boolean) =>
      rules.push({
        column: 2,
        fromRow: row,
        toRow: row,
        rule: { kind: "number", min, max, whole },
        help: t(lang, "help.number", { min, max }),
      });
    if (spec.kind === "month") number(1, 12, true);
    else if (spec.kind === "count") number(1, 1000, true);
    else if (spec.kind === "countOrOff") number(0, 1000, true);
    else if (spec.kind === "points") number(-1000, 1000, false);
    else if (spec.kind === "days") number(0, 3650, true);
    else if (spec.kind === "score") number(0, 100, false);
    else if (spec.kind === "lang")
      rules.push({
        column: 2,
        fromRow: row,
        toRow: row,
        rule: { kind: "list", values: [t(lang, "language.zh"), t(lang, "language.en")] },
        help: t(lang, "help.language"),
      });
    else if (spec.kind === "rankBy" || spec.kind === "bannerFor")
      rules.push({
        column: 2,
        fromRow: row,
        toRow: row,
        rule: {
          kind: "list",
          values:
            spec.kind === "rankBy"
              ? [sharedT(lang, "rankBy.score"), sharedT(lang, "rankBy.excellents")]
              : [sharedT(lang, "bannerFor.dorms"), sharedT(lang, "bannerFor.buildings")],
        },
        help: t(lang, "help.choice"),
      });
  });
  return rules;
}

/**
 * The template of every tab, in contract order.
 *
 * @example
 * templateWorkbook("en")[2]?.grid.values[0] //=> ["Date (required)", "Dorm (required)", "Category", "Result (or Score)", …]
 */
export function templateWorkbook(lang: Lang): TabTemplate[] {
  return TABS.map((spec) => {
    if (spec.key === "settings") {
      const header = [sharedT(lang, "col.key"), sharedT(lang, "col.value"), t(lang, "template.meaning")];
      return {
        tab: spec.key,
        grid: {
          name: sharedT(lang, spec.label),
          values: [header, ...settingsRows(lang, { language: lang })],
        },
        notes: [
          t(lang, "guide.settings.col.key"),
          t(lang, "guide.settings.col.value"),
          t(lang, "guide.settings.meaning"),
        ],
        validations: settingsValidations(lang),
        wide: [{ column: 3, width: 60 }],
      };
    }
    const columns = tabSpec(spec.key).columns;
    const validations: TemplateValidation[] = [];
    columns.forEach((column, i) => {
      // A scoresheet's categories are the department's own words (内务, 卫生…): no list.
      if (spec.key === "scoresheet" && column.label === "col.category") return;
      const found = columnRule(column.label, lang);
      if (found) validations.push({ column: i + 1, fromRow: 2, ...found });
    });
    // The Scoresheet tab comes with the default sheet, for the department to edit.
    const rows =
      spec.key === "scoresheet"
        ? defaultScoresheetRows(lang, {
            perItem: sharedT(lang, "per.item"),
            perBed: sharedT(lang, "per.bed"),
            yes: sharedT(lang, "yes"),
            no: sharedT(lang, "no"),
          })
        : [];
    return {
      tab: spec.key,
      grid: {
        name: sharedT(lang, spec.label),
        values: [columns.map((c) => headerOf(spec.key, c.label, c.required, lang)), ...rows],
      },
      notes: columns.map((c) => t(lang, `guide.${spec.key}.${c.label}` as Parameters<typeof t>[1])),
      validations,
    };
  });
}
