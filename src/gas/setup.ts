import { isoOf } from "../engine/day.ts";
import type { Lang } from "../engine/labels.ts";
import { isDate } from "../workbook/cells.ts";
import { chooseTab, type Grid } from "../workbook/layout.ts";
import { TABS } from "../workbook/schema.ts";
import type { TabTemplate, TemplateValidation } from "../workbook/template.ts";
import { sample } from "./on-demand.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Pixels per character cell, as for the computed columns. */
const PIXELS_PER_CELL = 7;

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

/** A template rule as Sheets keeps it: a dropdown or a check that warns and never refuses. */
function ruleOf(validation: TemplateValidation): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  const { rule } = validation;
  if (rule.kind === "list") builder.requireValueInList([...rule.values], true);
  else if (rule.kind === "date") builder.requireDate();
  else builder.requireNumberBetween(rule.min, rule.max);
  return builder.setAllowInvalid(true).setHelpText(validation.help).build();
}

/**
 * Writes a tab's template guides, as `init` does offline: a note on every header, the dropdowns
 * and checks down to the last row of the sheet, and the Settings tab's wide meaning column.
 */
function guide(sheet: Sheet, template: TabTemplate): void {
  if (template.notes.length > 0)
    sheet.getRange(1, 1, 1, template.notes.length).setNotes([[...template.notes]]);
  const maxRows = sheet.getMaxRows();
  for (const validation of template.validations) {
    const last = validation.toRow ?? maxRows;
    sheet
      .getRange(validation.fromRow, validation.column, last - validation.fromRow + 1, 1)
      .setDataValidation(ruleOf(validation));
  }
  for (const { column, width } of template.wide ?? []) {
    sheet.setColumnWidth(column, width * PIXELS_PER_CELL);
    sheet.getRange(1, column, maxRows, 1).setWrap(true);
  }
}

/**
 * Creates each missing tab from the template: headers (required ones marked), a note on each,
 * dropdowns, and the Settings keys with their defaults and meanings. Existing tabs are left
 * exactly as they are. Returns the names created.
 */
export function setupTabs(ss: Spreadsheet, lang: Lang): string[] {
  const existing: Grid[] = ss.getSheets().map((s) => ({ name: s.getName(), values: [] }));
  const created: string[] = [];
  sample()
    .templateWorkbook(lang)
    .forEach((template, i) => {
      const spec = TABS[i];
      // A tab that exists, even ambiguously, is never created twice.
      if (!spec || !("none" in chooseTab(existing, spec))) return;
      const sheet = ss.insertSheet(template.grid.name);
      fill(sheet, template.grid);
      guide(sheet, template);
      created.push(template.grid.name);
    });
  return created;
}

/** Whether every sheet is empty but for, at most, a header row. */
export function isEmptyWorkbook(ss: Spreadsheet): boolean {
  return ss.getSheets().every((s) => s.getLastRow() <= 1);
}

/** Fills an empty workbook with the sample department, on the template's guides. */
export function insertSample(ss: Spreadsheet, lang: Lang): void {
  const existing = ss.getSheets();
  const templates = sample().templateWorkbook(lang);
  sample()
    .sampleWorkbook(lang)
    .forEach((grid, i) => {
      const sheet = existing.find((s) => s.getName() === grid.name) ?? ss.insertSheet(grid.name);
      fill(sheet, grid);
      const template = templates[i];
      if (template) guide(sheet, template);
    });
}
