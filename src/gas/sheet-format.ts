import { fingerprint } from "../engine/fingerprint.ts";
import type { TabFormat } from "../workbook/formats.ts";
import type { Grading } from "../workbook/grade.ts";
import type { LegendPlan } from "../workbook/legend.ts";
import { ownTab } from "./own-tab.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Pixels per character cell of the plan's widths, at Sheets' default 10-point font. */
const PIXELS_PER_CELL = 7;

/** Runs of adjacent columns, so that each run is one range (one call) whatever its length. */
function runsOf<T extends { readonly column: number }>(columns: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const c of [...columns].sort((a, b) => a.column - b.column)) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.column + 1 === c.column) run.push(c);
    else runs.push([c]);
  }
  return runs;
}

/**
 * Gives the engine's columns of a sheet their look, through the same plan as the command line:
 * widths, wrapping (Sheets then grows the rows itself), and a filled header with its note.
 * Calls: a constant number per tab, whatever the row count.
 */
export function writeFormat(sheet: Sheet, format: TabFormat): void {
  if (format.columns.length === 0) return;
  const maxRows = sheet.getMaxRows();
  for (const run of runsOf(format.columns)) {
    const start = run[0]?.column ?? 1;
    const header = sheet.getRange(1, start, 1, run.length);
    header.setNotes([run.map((c) => c.note)]);
    header.setBackground(format.headerBackground);
    sheet.getRange(1, start, maxRows, run.length).setWrap(true);
  }
  // One call per column, not per run of equal widths: the count must not depend on the data.
  for (const { column, width } of format.columns) sheet.setColumnWidth(column, width * PIXELS_PER_CELL);
}

/**
 * Writes the looks of a grading (each tab's format, the Legend tab) that differ from those last
 * written, as `previous` (a digest from the document's state) records them; returns the digest
 * to keep. An unchanged recalculation thus costs no call here; the first one, or one after a
 * change of language, a column moved or a width changed, writes what changed.
 */
export function writeLooks(
  ss: Spreadsheet,
  sheets: ReadonlyMap<string, Sheet>,
  grading: Grading,
  previous: string,
): string {
  let done: Looks = { tabs: {}, legend: "" };
  try {
    done = { ...done, ...(JSON.parse(previous || "{}") as Partial<Looks>) };
  } catch {
    // A digest from another version: everything is written again.
  }
  const next: Looks = { tabs: {}, legend: fingerprint(grading.legend) };
  for (const format of grading.formats) {
    const sheet = sheets.get(format.sheetName);
    if (!sheet) continue;
    const digest = fingerprint(format);
    next.tabs[format.sheetName] = digest;
    if (done.tabs?.[format.sheetName] !== digest) writeFormat(sheet, format);
  }
  if (done.legend !== next.legend) writeLegend(ss, grading.legend);
  return JSON.stringify(next);
}

/** The digests of the looks last written: each tab's format by sheet name, and the legend. */
interface Looks {
  tabs: Record<string, string>;
  legend: string;
}

/**
 * Writes the Legend tab whole: the add-on's own, found by its mark (see `ownTab`), renamed to the
 * workbook's language when that name is free.
 */
export function writeLegend(ss: Spreadsheet, legend: LegendPlan): void {
  const sheet = ownTab(ss, "legend", legend.name);
  const rows = legend.rows.map((row) => [...row.cells]);
  if (sheet.getName() !== legend.name && ss.getSheetByName(legend.name) === null) sheet.setName(legend.name);
  sheet.clear();
  const range = sheet.getRange(1, 1, rows.length, 2);
  range.setValues(rows);
  range.setBackgrounds(legend.rows.map((row) => [row.background ?? null, null]));
  range.setFontWeights(legend.rows.map((row) => (row.bold ? ["bold", "bold"] : ["normal", "normal"])));
  range.setVerticalAlignment("top");
  sheet.getRange(1, 2, rows.length, 1).setWrap(true);
  legend.widths.forEach((width, c) => {
    sheet.setColumnWidth(c + 1, width * PIXELS_PER_CELL);
  });
}
