/**
 * Makes Sheets compute our custom functions afresh after the data changed, although their
 * arguments did not. Sheets recomputes a formula whose text changes, so every formula that calls
 * one of ours is rewritten twice with TextFinder.replaceAllWith, a constant number of calls
 * whatever the number of formulas:
 *   1. `DORMGRADE(` in any case → `dormgrade(`;  2. `dormgrade(` → `DORMGRADE(`.
 * Both spellings are valid calls, since custom-function names ignore case ("Capitalization does
 * not matter", https://developers.google.com/apps-script/guides/sheets/functions#naming), so a
 * run killed between any two calls leaves every formula present and valid.
 *
 * matchFormulaText(true) searches formula text (https://developers.google.com/apps-script/reference/spreadsheet/text-finder#matchformulatexttrue),
 * and plain cells by their value too, so a note such as `按 DORMGRADE(宿舍号) 复核` would be
 * rewritten: cells whose displayed value mentions our functions are found first (without formula
 * text) and the rewrite runs around them, on sheet ranges that do not contain them.
 */
import { CUSTOM_FUNCTIONS } from "./custom-function-names.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Searchable = Spreadsheet | Sheet | Range;

const MENTION = `\\b(${CUSTOM_FUNCTIONS.join("|")})\\s*\\(`;

function replace(scope: Searchable, pattern: string, matchCase: boolean, replacement: string): number {
  return scope
    .createTextFinder(pattern)
    .useRegularExpression(true)
    .matchFormulaText(true)
    .matchCase(matchCase)
    .replaceAllWith(replacement);
}

/** A cell that is not a formula but mentions one of our functions: never to be rewritten. */
interface Protected {
  readonly sheetId: number;
  readonly row: number;
  readonly column: number;
}

/**
 * The rectangles of a sheet that hold none of the protected cells: the bands of rows without
 * any, and, on each row with some, the runs of columns between them.
 *
 * @example
 * rectanglesAround([{ row: 2, column: 3 }], 4, 5)
 * //=> [{ row: 1, column: 1, rows: 1, columns: 5 }, { row: 2, column: 1, rows: 1, columns: 2 },
 * //    { row: 2, column: 4, rows: 1, columns: 2 }, { row: 3, column: 1, rows: 2, columns: 5 }]
 */
export function rectanglesAround(
  cells: readonly { row: number; column: number }[],
  maxRows: number,
  maxColumns: number,
): { row: number; column: number; rows: number; columns: number }[] {
  const byRow = new Map<number, number[]>();
  for (const { row, column } of cells) byRow.set(row, [...(byRow.get(row) ?? []), column]);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const out: { row: number; column: number; rows: number; columns: number }[] = [];
  let top = 1;
  for (const row of [...rows, maxRows + 1]) {
    if (row > top) out.push({ row: top, column: 1, rows: row - top, columns: maxColumns });
    if (row > maxRows) break;
    let left = 1;
    for (const column of [...new Set(byRow.get(row))].sort((a, b) => a - b)) {
      if (column > left) out.push({ row, column: left, rows: 1, columns: column - left });
      left = column + 1;
    }
    if (left <= maxColumns) out.push({ row, column: left, rows: 1, columns: maxColumns - left + 1 });
    top = row + 1;
  }
  return out;
}

/** Cells whose displayed value mentions one of our functions: text, never rewritten. */
function textMentions(ss: Spreadsheet): Range[] {
  return ss
    .createTextFinder(MENTION)
    .useRegularExpression(true)
    .matchFormulaText(false)
    .matchCase(false)
    .findAll();
}

/** Which of our functions some cell mentions: only those need rewriting. */
function mentioned(ss: Spreadsheet): string[] {
  return CUSTOM_FUNCTIONS.filter(
    (name) =>
      ss
        .createTextFinder(`\\b${name}\\s*\\(`)
        .useRegularExpression(true)
        .matchFormulaText(true)
        .matchCase(false)
        .findNext() !== null,
  );
}

/**
 * Where to rewrite: the whole spreadsheet when only formulas mention our functions; otherwise
 * each sheet, or, around the protected cells, rectangles of it.
 */
function scopes(ss: Spreadsheet): Searchable[] {
  const mentions = textMentions(ss);
  if (mentions.length === 0) return [ss];
  const guarded: Protected[] = mentions.map((range) => ({
    sheetId: range.getSheet().getSheetId(),
    row: range.getRow(),
    column: range.getColumn(),
  }));
  return ss.getSheets().flatMap((sheet): Searchable[] => {
    const id = sheet.getSheetId();
    const cells = guarded.filter((g) => g.sheetId === id);
    if (cells.length === 0) return [sheet];
    return rectanglesAround(cells, sheet.getMaxRows(), sheet.getMaxColumns()).map((r) =>
      sheet.getRange(r.row, r.column, r.rows, r.columns),
    );
  });
}

/**
 * Rewrites every formula that calls one of our custom functions, so that Sheets computes it
 * afresh; returns how many rewrites Sheets reported. Touches no other cell.
 */
export function refreshCustomFunctions(ss: Spreadsheet): number {
  const names = mentioned(ss);
  if (names.length === 0) return 0;
  const where = scopes(ss);
  let count = 0;
  for (const name of names) {
    for (const scope of where) count += replace(scope, `\\b${name}\\s*\\(`, false, `${name.toLowerCase()}(`);
  }
  for (const name of names) {
    for (const scope of where) count += replace(scope, `\\b${name.toLowerCase()}\\(`, true, `${name}(`);
  }
  return count;
}
