import ExcelJS from "exceljs";
import { columnLetter, type Highlight, isOwnRule } from "../workbook/highlights.ts";
import type { Grid } from "../workbook/layout.ts";
import type { Block } from "../workbook/plan.ts";

/** The plain value of an exceljs cell: formulas give their cached result, rich text its text. */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return plainValue((value as ExcelJS.CellFormulaValue).result ?? "");
  if ("hyperlink" in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text);
  if ("error" in value) return String(value.error);
  return String(value);
}

/**
 * Every worksheet as a plain grid (row 1 = headers), down to the last row that holds a value.
 * Only cells that hold a value are visited, so a stray value far away (say at `XFD1048576`)
 * costs one cell, not the rows × columns it declares. Each row is as wide as the header row,
 * or as its own last cell where that lies further right; a row with no value shares one blank row.
 *
 * @example
 * gridsOf(workbook)[0]?.values[0] //=> ["宿舍号", "楼栋", …]
 */
export function gridsOf(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    values: valuesOf(sheet),
    hidden: sheet.state !== "visible",
  }));
}

function valuesOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const values: unknown[][] = [];
  let width = 0;
  let blankRow: readonly unknown[] = [];
  let lastRow = 0;
  // exceljs keeps rows and cells sparse; eachRow and eachCell skip the empty ones.
  sheet.eachRow((row, number) => {
    const cells: unknown[] = [];
    row.eachCell((cell, column) => {
      const value = plainValue(cell.value);
      cells[column - 1] = value;
      if (value !== "") lastRow = number;
    });
    if (number === 1) {
      width = cells.length;
      blankRow = Object.freeze(new Array(width).fill(""));
    }
    // Blank up to the header's width, as a sheet shows it; further right only the cells there are.
    for (let c = 0; c < width; c++) cells[c] ??= "";
    while (values.length < number - 1) values.push(blankRow as unknown[]);
    values.push(cells);
  });
  values.length = lastRow;
  return values;
}

/**
 * Writes blocks into a worksheet: only those cells. A new output header takes the style of the
 * header to its left, so it looks like the user's own.
 */
export function writeBlocks(sheet: ExcelJS.Worksheet, blocks: readonly Block[]): void {
  // A new cell gets a style object of its own, which exceljs turns into XML on writing to find
  // its style's number: hundreds of thousands of new output cells would each pay for it. New
  // cells without any style share one (nothing changes a cell's style in place; it is replaced).
  const unstyled: Partial<ExcelJS.Style> = {};
  for (const block of blocks) {
    block.values.forEach((row, r) => {
      row.forEach((value, c) => {
        // A blank for a cell that does not exist is already there: creating it costs memory.
        if (value === "" && !sheet.findRow(block.row + r)?.findCell(block.column + c)) return;
        const cell = sheet.getCell(block.row + r, block.column + c);
        if (block.row + r === 1 && cell.value === null && block.column + c > 1) {
          // A copy: exceljs cells that share a style object change together.
          cell.style = JSON.parse(JSON.stringify(sheet.getCell(1, block.column + c - 1).style ?? {}));
        }
        if (isUnstyled(cell.style)) cell.style = unstyled;
        cell.value = value === "" ? null : value;
      });
    });
  }
}

function isUnstyled(style: Partial<ExcelJS.Style> | undefined): boolean {
  if (!style) return true;
  for (const _ in style) return false;
  return true;
}

const MAX_ROWS = 1_048_576;

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/**
 * Replaces our conditional-format rules on a worksheet and keeps every rule of the user's.
 * Rules cover `rows` rows, so rows added later are highlighted too.
 */
export function writeHighlights(sheet: ExcelJS.Worksheet, rules: readonly Highlight[], rows: number): void {
  sheet.removeConditionalFormatting(
    (cf: ExcelJS.ConditionalFormattingOptions) =>
      !cf.rules.every((rule) => "formulae" in rule && isOwnRule(String(rule.formulae?.[0] ?? ""))),
  );
  // An .xlsx sheet ends at row 1,048,576: a range past it makes the file unreadable to Excel.
  const lastRow = Math.min(rows, MAX_ROWS);
  rules.forEach((rule, i) => {
    sheet.addConditionalFormatting({
      ref: `${columnLetter(rule.firstColumn)}2:${columnLetter(rule.lastColumn)}${lastRow}`,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [rule.formula.replace(/^=/, "")],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.background) } } },
        },
      ],
    });
  });
}

/**
 * A new workbook from grids, laid out as a secretary would: bold frozen headers, readable
 * widths, dates shown as dates.
 */
export function workbookOf(grids: readonly Grid[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name, { views: [{ state: "frozen", ySplit: 1 }] });
    grid.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === "" || value === undefined || value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value as ExcelJS.CellValue;
        if (value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      });
    });
    sheet.getRow(1).font = { bold: true };
    const widths = grid.values[0]?.map((_, c) =>
      Math.min(40, Math.max(8, ...grid.values.slice(0, 200).map((row) => displayWidth(row[c])))),
    );
    widths?.forEach((width, c) => {
      sheet.getColumn(c + 1).width = width + 2;
    });
  }
  return workbook;
}

/** Width in character cells: CJK characters take two. */
function displayWidth(value: unknown): number {
  if (value instanceof Date) return 10;
  let width = 0;
  for (const ch of String(value ?? "")) width += /[\u1100-\uffff]/u.test(ch) ? 2 : 1;
  return width;
}
