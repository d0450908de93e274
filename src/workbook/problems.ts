import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import { isBlank } from "./cells.ts";
import type { Grid, TabLayout } from "./layout.ts";
import type { TabSpec } from "./schema.ts";

/** Where the user will read a problem: it decides which fix to suggest. */
export type Surface = "sheets" | "cli";

const other = (lang: Lang): Lang => (lang === "zh" ? "en" : "zh");

function list(lang: Lang, words: readonly string[]): string {
  return words.length === 0 ? t(lang, "check.noneFound") : words.join(lang === "zh" ? "、" : ", ");
}

/**
 * Why a required tab is missing, the tabs that are there, and the fix on this surface: the
 * Sheets menu item, or the command line's `init`.
 *
 * @example
 * missingTabProblem(tabSpec("members"), [{ name: "Sheet1", values: [] }], "en", "cli")
 * //=> "the Members tab is missing (it may also be named 党员). Tabs found: Sheet1. Rename an existing tab, or run dorm-plaque init …"
 */
export function missingTabProblem(
  spec: TabSpec,
  grids: readonly Grid[],
  lang: Lang,
  surface: Surface,
): string {
  return t(lang, "check.missingTab", {
    tab: t(lang, spec.label),
    alt: t(other(lang), spec.label),
    found: list(
      lang,
      grids.map((g) => g.name),
    ),
    fix: t(lang, surface === "cli" ? "fix.cli" : "fix.sheets"),
  });
}

/**
 * Why a required column is missing, with its other spelling and the headers that are there;
 * for Inspections, that a Result or a Score column will do.
 *
 * @example
 * missingColumnProblem(layout, "col.dorm", "en") //=> "the Dorms tab has no Dorm column (it may also be headed 宿舍号). Columns found: 楼栋"
 */
export function missingColumnProblem(layout: TabLayout, column: LabelKey, lang: Lang): string {
  const found = list(lang, (layout.grid.values[0] ?? []).filter((h) => !isBlank(h)).map(String));
  if (layout.spec.key === "inspections" && column === "col.result")
    return t(lang, "check.missingResultColumn", { tab: layout.grid.name, found });
  return t(lang, "check.missingColumn", {
    tab: layout.grid.name,
    column: t(lang, column),
    alt: t(other(lang), column),
    found,
  });
}
