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
 * Every worksheet as a plain grid (row 1 = headers), up to the last row and column in use.
 *
 * @example
 * gridsOf(workbook)[0]?.values[0] //=> ["宿舍号", "楼栋", …]
 */
export function gridsOf(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map((sheet) => {
    const values: unknown[][] = [];
    const rows = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
    const columns = sheet.columnCount;
    for (let r = 1; r <= rows; r++) {
      const row = sheet.getRow(r);
      const cells: unknown[] = [];
      for (let c = 1; c <= columns; c++) cells.push(plainValue(row.getCell(c).value));
      values.push(cells);
    }
    // Trailing empty rows are not data.
    while (values.length > 0 && values.at(-1)?.every((v) => v === "")) values.pop();
    return {
      name: sheet.name,
      values,
      hidden: sheet.state !== "visible",
    };
  });
}

/**
 * Writes blocks into a worksheet: only those cells. A new output header takes the style of the
 * header to its left, so it looks like the user's own.
 */
export function writeBlocks(sheet: ExcelJS.Worksheet, blocks: readonly Block[]): void {
  for (const block of blocks) {
    block.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = sheet.getCell(block.row + r, block.column + c);
        if (block.row + r === 1 && cell.value === null && block.column + c > 1) {
          // A copy: exceljs cells that share a style object change together.
          cell.style = JSON.parse(JSON.stringify(sheet.getCell(1, block.column + c - 1).style ?? {}));
        }
        cell.value = value === "" ? null : value;
      });
    });
  }
}

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
  rules.forEach((rule, i) => {
    sheet.addConditionalFormatting({
      ref: `${columnLetter(rule.firstColumn)}2:${columnLetter(rule.lastColumn)}${rows}`,
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
