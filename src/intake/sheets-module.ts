/**
 * What the Sheets add-on needs of an import, as the module Apps Script loads on demand
 * (dist/IntakeCode.html, through src/gas/on-demand.ts) when the import dialog is used. Pure: the
 * add-on passes the tabs in as grids and makes every service call itself.
 */
import type { Lang } from "../engine/labels.ts";
import type { Grid } from "../workbook/layout.ts";
import type { ReadOptions } from "../workbook/read.ts";
import { type AppendPlan, appendPlan } from "./append.ts";
import { intakeBook } from "./book.ts";
import type { Choice } from "./choices.ts";
import { INTAKE_FIELDS, type IntakeField } from "./fields.ts";
import { t } from "./labels.ts";
import { type IntakePreview, planIntake } from "./plan.ts";
import { type SettingWrite, settingWrite } from "./remember.ts";
import { parseDelimited } from "./table.ts";

export type { IntakePreview };

/** Where the rows come from: a table pasted into the dialog, or another tab of the spreadsheet. */
export type ImportSource =
  | { readonly kind: "paste"; readonly text: string }
  | { readonly kind: "tab"; readonly tab: string };

/** What the dialog sends: the source and the columns the user placed by hand. */
export interface ImportRequest {
  readonly source: ImportSource;
  readonly choices: readonly Choice[];
}

/** An import ready to write: the dry run, the rows to append and the setting to remember. */
export interface ImportWrite {
  readonly preview: IntakePreview;
  readonly tab: string;
  readonly append: AppendPlan;
  /** The Settings tab's name (when it exists) and how to set 导入列对应 / Import columns. */
  readonly remember?: { readonly tab: string | undefined; readonly write: SettingWrite };
}

/** The source as a table: pasted text split into cells, or the tab's values as Sheets gives them. */
function tableOf(
  source: ImportSource,
  values: readonly (readonly unknown[])[] | undefined,
  timeZone: string,
  lang: Lang,
) {
  if (source.kind === "paste")
    return { name: t(lang, "intake.pasted"), values: parseDelimited(source.text), timeZone };
  return { name: source.tab, values: values ?? [], timeZone };
}

/**
 * The import of a source into the workbook given as grids: the dry run and, when something can be
 * imported, the writes. `problems` when the workbook cannot be graded, in its language.
 *
 * @example
 * const r = importWrite(grids, { timeZone, today }, { source: { kind: "paste", text }, choices: [] });
 * if ("preview" in r) r.preview.counts.new //=> 8
 */
export function importWrite(
  grids: readonly Grid[],
  options: ReadOptions,
  request: ImportRequest,
  sourceValues?: readonly (readonly unknown[])[],
): ImportWrite | { readonly problems: readonly string[] } {
  const book = intakeBook(grids, options);
  if ("problems" in book) return book;
  const table = tableOf(request.source, sourceValues, options.timeZone, book.lang);
  if (table.values.length === 0) return { problems: [t(book.lang, "intake.empty")] };
  const plan = planIntake(table, book, request.choices);
  const { preview } = plan;
  const tab = book.inspections.grid.name;
  const append = appendPlan(book.inspections, plan.values, book.lang);
  if (preview.problem !== undefined || preview.remember === undefined) return { preview, tab, append };
  return {
    preview,
    tab,
    append,
    remember: {
      tab: book.settings?.grid.name,
      write: settingWrite(book.settings, "set.importColumns", preview.remember, book.lang),
    },
  };
}

/** What the import dialog opens with. */
export interface ImportChoices {
  readonly lang: Lang;
  /** Tabs the rows may come from: every tab but the workbook's own. */
  readonly tabs: readonly string[];
  /** The tab to offer first: a form's responses tab when there is one. */
  readonly suggested: string;
  /** Each field's name in the workbook's language, for the column choices. */
  readonly fields: readonly { readonly field: IntakeField; readonly label: string }[];
}

const RESPONSES = /表单回复|表单响应|form responses/iu;

/**
 * The dialog's opening choices: the tabs to import from (a Google Form's responses tab first).
 *
 * @example
 * importChoices("zh", ["宿舍", "表单回复 1"], ["宿舍"]).suggested //=> "表单回复 1"
 */
export function importChoices(
  lang: Lang,
  tabs: readonly string[],
  contract: readonly string[],
): ImportChoices {
  const own = new Set(contract);
  const candidates = tabs.filter((name) => !own.has(name));
  return {
    lang,
    tabs: candidates,
    suggested: candidates.find((name) => RESPONSES.test(name)) ?? "",
    fields: INTAKE_FIELDS.map((field) => ({ field, label: t(lang, `col.${field}` as const) })),
  };
}

/**
 * The import dialog's page: the built dialog (dist/Import.html) with its choices in a JSON block
 * that the page reads on load. `<` is escaped, so no value can close the script element.
 *
 * @example
 * importPage(html, importChoices("zh", [], [])).includes('id="import-choices"') //=> true
 */
export function importPage(page: string, choices: ImportChoices): string {
  const json = JSON.stringify(choices).replace(/</g, "\\u003c");
  return page.replace(
    "<!-- CHOICES -->",
    () => `<script type="application/json" id="import-choices">${json}</script>`,
  );
}
