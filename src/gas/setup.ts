import { isoOf } from "../engine/day.ts";
import type { Lang } from "../engine/labels.ts";
import { isDate } from "../workbook/cells.ts";
import { chooseTab, type Grid } from "../workbook/layout.ts";
import { emptyWorkbook } from "../workbook/sample.ts";
import { TABS } from "../workbook/schema.ts";
import { sample } from "./on-demand.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Dates go in as ISO text, which Sheets reads as a date in the spreadsheet's own zone. */
function cellOf(value: unknown): unknown {
  return isDate(value) ? isoOf(Math.floor(value.getTime() / 86_400_000)) : value;
}

/** Writes a grid into a sheet in one setValues, growing the sheet first when needed. */
function fill(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: Grid): void {
  const rows = grid.values.length;
  const columns = Math.max(...grid.values.map((r) => r.length));
  if (rows === 0 || columns === 0) return;
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  const values = grid.values.map((row) => Array.from({ length: columns }, (_, c) => cellOf(row[c] ?? "")));
  sheet.getRange(1, 1, rows, columns).setValues(values);
  sheet.getRange(1, 1, 1, columns).setFontWeight("bold");
  sheet.setFrozenRows(1);
}

/**
 * Creates each missing tab with its headers (and the Settings keys); existing tabs are left
 * exactly as they are. Returns the names created.
 */
export function setupTabs(ss: Spreadsheet, lang: Lang): string[] {
  const existing: Grid[] = ss.getSheets().map((s) => ({ name: s.getName(), values: [] }));
  const created: string[] = [];
  emptyWorkbook(lang).forEach((grid, i) => {
    const spec = TABS[i];
    // A tab that exists, even ambiguously, is never created twice.
    if (!spec || !("none" in chooseTab(existing, spec))) return;
    fill(ss.insertSheet(grid.name), grid);
    created.push(grid.name);
  });
  return created;
}

/** Whether every sheet is empty but for, at most, a header row. */
export function isEmptyWorkbook(ss: Spreadsheet): boolean {
  return ss.getSheets().every((s) => s.getLastRow() <= 1);
}

/** Fills an empty workbook with the sample department. */
export function insertSample(ss: Spreadsheet, lang: Lang): void {
  const existing = ss.getSheets();
  for (const grid of sample().sampleWorkbook(lang)) {
    const sheet = existing.find((s) => s.getName() === grid.name) ?? ss.insertSheet(grid.name);
    fill(sheet, grid);
  }
}
