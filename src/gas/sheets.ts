import { bothLangs } from "../engine/labels.ts";
import { columnLetter, type Highlight, isOwnRule } from "../workbook/highlights.ts";
import { chooseTab, type Grid } from "../workbook/layout.ts";
import { normalizeName } from "../workbook/normalize.ts";
import type { TabPlan } from "../workbook/plan.ts";
import { TABS } from "../workbook/schema.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TAB_NAMES = new Set(TABS.flatMap((tab) => bothLangs(tab.label).map(normalizeName)));

/** Whether a sheet name is one of the workbook contract's tabs. */
export function isContractTab(name: string): boolean {
  return TAB_NAMES.has(normalizeName(name));
}

/**
 * The name and visibility of every contract-named tab, without reading any cell: what the
 * tab-choice rule (`chooseTab`) needs.
 */
export function tabStubs(ss: Spreadsheet): { stubs: Grid[]; sheets: Map<string, Sheet> } {
  const sheets = new Map<string, Sheet>();
  const stubs: Grid[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!isContractTab(name)) continue;
    sheets.set(name, sheet);
    stubs.push({ name, values: [], hidden: sheet.isSheetHidden() });
  }
  return { stubs, sheets };
}

/**
 * Reads the contract's tabs as grids: one getValues per chosen tab, whatever the row count. A
 * tab the choice rule passes over (a hidden backup, an unrelated tab) is not read at all; when
 * the choice is ambiguous the candidates come back empty, so that reading reports them.
 */
export function readGrids(ss: Spreadsheet): { grids: Grid[]; sheets: Map<string, Sheet> } {
  const { stubs, sheets } = tabStubs(ss);
  const grids: Grid[] = [];
  for (const spec of TABS) {
    const choice = chooseTab(stubs, spec);
    if ("ambiguous" in choice) grids.push(...choice.ambiguous);
    if (!("grid" in choice)) continue;
    const sheet = sheets.get(choice.grid.name) as Sheet;
    grids.push({ ...choice.grid, values: sheet.getDataRange().getValues() });
  }
  return { grids, sheets };
}

/** Writes a tab's planned blocks, one setValues each, growing the grid when outputs are appended. */
export function writePlan(sheet: Sheet, plan: TabPlan): void {
  if (plan.blocks.length === 0) return;
  const maxColumns = sheet.getMaxColumns();
  if (plan.lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, plan.lastColumn - maxColumns);
  for (const block of plan.blocks) {
    const rows = block.values.length;
    const columns = block.values[0]?.length ?? 0;
    sheet.getRange(block.row, block.column, rows, columns).setValues(block.values);
  }
}

interface RuleShape {
  readonly formula: string;
  readonly background: string;
  readonly range: string;
}

/**
 * Replaces our conditional-format rules on a sheet, keeping the user's; writes nothing when our
 * rules are already as wanted. Rules reach the sheet's last row, so new rows are covered.
 */
export function writeHighlights(sheet: Sheet, highlights: readonly Highlight[]): void {
  const maxRows = sheet.getMaxRows();
  const wanted: RuleShape[] = highlights.map((h) => ({
    formula: h.formula,
    background: h.background,
    range: `${columnLetter(h.firstColumn)}2:${columnLetter(h.lastColumn)}${maxRows}`,
  }));
  const existing = sheet.getConditionalFormatRules();
  const ours: RuleShape[] = [];
  const theirs: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const rule of existing) {
    const condition = rule.getBooleanCondition();
    const formula = condition ? String(condition.getCriteriaValues()[0] ?? "") : "";
    if (!isOwnRule(formula)) {
      theirs.push(rule);
      continue;
    }
    ours.push({
      formula,
      background: String(condition?.getBackground() ?? "").toLowerCase(),
      range: rule
        .getRanges()
        .map((r) => r.getA1Notation())
        .join(","),
    });
  }
  const same =
    ours.length === wanted.length &&
    ours.every(
      (o, i) =>
        o.formula === wanted[i]?.formula &&
        o.background === wanted[i]?.background &&
        o.range === wanted[i]?.range,
    );
  if (same) return;
  const built = wanted.map((w) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(w.formula)
      .setBackground(w.background)
      .setRanges([sheet.getRange(w.range)])
      .build(),
  );
  // The user's rules first: where both match, the user's formatting is the one shown.
  sheet.setConditionalFormatRules([...theirs, ...built]);
}
