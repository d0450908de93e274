import type ExcelJS from "exceljs";
import type { RankingsSheet } from "../workbook/rankings-sheet.ts";
import { replaceOwnSheet } from "./own-sheet.ts";

/** The defined name that marks the Rankings tab as the engine's own, whatever the tab is called. */
export const RANKINGS_MARK = "dormPlaque_rankings";

/**
 * Writes the Rankings tab: the engine's own, found by its mark and rewritten whole, created
 * beside (never over) a user's tab of the same name; shares as percentages, scores to one
 * decimal, headings bold, printed A4 landscape with the title atop every page.
 *
 * @example
 * writeRankings(workbook, grading.rankings)
 */
export function writeRankings(workbook: ExcelJS.Workbook, rankings: RankingsSheet): void {
  const sheet = replaceOwnSheet(workbook, RANKINGS_MARK, rankings.name);
  rankings.values.forEach((row, r) => {
    const bold = rankings.bold[r] === true;
    row.forEach((value, c) => {
      if (value === "") return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      const format = rankings.formats[r]?.[c];
      if (format && format !== "@") cell.numFmt = format;
      if (bold) cell.font = { bold: true };
    });
  });
  rankings.widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  // The title atop every printed page.
  sheet.pageSetup.printTitlesRow = "1:1";
  sheet.pageSetup.paperSize = 9;
  sheet.pageSetup.orientation = "landscape";
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0;
}
