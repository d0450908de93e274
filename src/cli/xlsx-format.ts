import type ExcelJS from "exceljs";
import { displayWidth, type TabFormat } from "../workbook/formats.ts";
import type { LegendPlan } from "../workbook/legend.ts";
import { replaceOwnSheet } from "./own-sheet.ts";

/** The defined name that marks the Legend tab as the engine's own, whatever the tab is called. */
export const LEGEND_MARK = "dormPlaque_legend";

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/** A cell's style as a copy of its own, so that changing it never changes a cell that shared it. */
function ownStyle(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>;
}

/**
 * Gives the engine's columns of a worksheet their look: the planned widths, a wrap on each value
 * longer than its column, and on the header a fill and a note saying the column is computed.
 * No other cell is touched.
 *
 * @example
 * writeFormat(workbook.getWorksheet("党员")!, grading.formats[1]!)
 */
export function writeFormat(sheet: ExcelJS.Worksheet, format: TabFormat): void {
  for (const { column, width, wrap, note } of format.columns) {
    sheet.getColumn(column).width = width;
    const header = sheet.getCell(1, column);
    header.style = {
      ...ownStyle(header),
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.headerBackground) } },
      alignment: { ...header.alignment, wrapText: true, vertical: "top" },
    };
    header.note = note;
    if (!wrap) continue;
    sheet.eachRow((row, r) => {
      if (r === 1) return;
      const cell = row.findCell(column);
      const text = displayWidth(cell?.value);
      if (!cell || text + 2 <= width) return;
      cell.style = { ...ownStyle(cell), alignment: { ...cell.alignment, wrapText: true, vertical: "top" } };
      // Readers do not grow a row for wrapped text on opening a file: the row gets the lines' height.
      const lines = Math.ceil(text / (width - 1));
      row.height = Math.max(row.height ?? LINE_HEIGHT, lines * LINE_HEIGHT);
    });
  }
}

/** The height of one line of text at the default 11-point font, in points. */
const LINE_HEIGHT = 15;

/**
 * Print setup for a tab, each piece only where the user left the default: A4 landscape, fitted to
 * the page's width, with the header row repeated on every page.
 *
 * @example
 * writePrintSetup(workbook.getWorksheet("宿舍")!)
 */
export function writePrintSetup(sheet: ExcelJS.Worksheet): void {
  const setup = sheet.pageSetup;
  if (!setup.printTitlesRow) setup.printTitlesRow = "1:1";
  if (setup.paperSize === undefined) {
    setup.paperSize = 9;
    setup.orientation = "landscape";
  }
  if (!setup.fitToPage && (setup.scale ?? 100) === 100) {
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
}

/**
 * Writes the Legend tab: the engine's own, found by its mark (a defined name) and rewritten whole;
 * created at the end the first time, beside (never over) a user's tab of the same name.
 *
 * @example
 * writeLegend(workbook, grading.legend)
 */
export function writeLegend(workbook: ExcelJS.Workbook, legend: LegendPlan): void {
  const sheet = replaceOwnSheet(workbook, LEGEND_MARK, legend.name);
  legend.rows.forEach((row, i) => {
    row.cells.forEach((text, c) => {
      const cell = sheet.getCell(i + 1, c + 1);
      cell.value = text === "" ? null : text;
      cell.alignment = { wrapText: c === 1, vertical: "top" };
      if (row.bold) cell.font = { bold: true };
    });
    if (row.background) {
      sheet.getCell(i + 1, 1).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: argb(row.background) },
      };
    }
  });
  legend.widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  sheet.pageSetup.paperSize = 9;
  sheet.pageSetup.orientation = "landscape";
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0;
}
