import type ExcelJS from "exceljs";
import { parseSemesterId } from "../engine/semester.ts";
import type { ArchivePlan } from "../workbook/archive.ts";
import { type ArchiveStore, archiveStoreOf, NO_ARCHIVE } from "../workbook/archive-store.ts";
import type { ChangeLogPlan } from "../workbook/change-log-tab.ts";
import type { HistoryInput } from "../workbook/grade.ts";
import { bothLangs as sheetWords } from "../workbook/labels.ts";
import type { Grid } from "../workbook/layout.ts";
import { normalizeName, textOf } from "../workbook/normalize.ts";
import { OPINION_COLUMN, type OpinionsPlan } from "../workbook/opinions.ts";
import { freeName, markedSheet } from "./own-sheet.ts";
import { LEGEND_MARK, writePrintSetup } from "./xlsx-format.ts";

export { markedSheet };

/**
 * The engine's own sheets in an .xlsx (the change log, the archive and its data, the opinions),
 * each marked by a defined name pointing at its A1, as the Legend is: found by the mark, never by
 * the name, so that a user's sheet of the same name is never written.
 */
export const MARKS = {
  changeLog: "dormPlaque_changeLog",
  archiveData: "dormPlaque_archiveData",
  opinions: "dormPlaque_opinions",
} as const;

/** The mark of one semester's archive tab. */
export function archiveMark(semesterId: string): string {
  return `dormPlaque_archive_${semesterId.replace(/-/g, "_")}`;
}

/**
 * The engine's own sheet of a kind: the marked one, or a new one at the end, named `name` (or
 * `name 2`… beside a user's sheet of that name) and marked.
 *
 * @example
 * ownSheet(workbook, MARKS.changeLog, "变更记录").name //=> "变更记录 2" when the user has a 变更记录
 */
export function ownSheet(workbook: ExcelJS.Workbook, mark: string, name: string): ExcelJS.Worksheet {
  const found = markedSheet(workbook, mark);
  if (found) return found;
  const sheet = workbook.addWorksheet(freeName(workbook, name));
  workbook.definedNames.add(`'${sheet.name.replace(/'/g, "''")}'!$A$1`, mark);
  return sheet;
}

/** Removes a marked sheet and its mark. */
export function removeOwnSheet(workbook: ExcelJS.Workbook, mark: string): void {
  const sheet = markedSheet(workbook, mark);
  for (const range of workbook.definedNames.getRanges(mark)?.ranges ?? [])
    workbook.definedNames.remove(range, mark);
  if (sheet) workbook.removeWorksheet(sheet.id);
}

/**
 * Protects a sheet of the engine's without a password (what `Worksheet.protect("")` sets, done
 * here without its promise): Excel, WPS and LibreOffice refuse an edit to a locked cell until the
 * user unprotects the sheet, which needs no password, the closest an .xlsx has to the warning-only
 * protection of Sheets.
 */
function protect(sheet: ExcelJS.Worksheet): void {
  // exceljs keeps the protection on the worksheet but leaves it out of its types.
  (sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection = { sheet: true };
}

/** A sheet's cells as plain values, row by row. */
function valuesOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cell.value ?? "";
    });
    rows[r - 1] = cells;
  });
  return rows;
}

/** The archived semesters of a workbook, from its archive data sheet. */
export function archiveOf(workbook: ExcelJS.Workbook): ArchiveStore {
  const sheet = markedSheet(workbook, MARKS.archiveData);
  if (!sheet) return NO_ARCHIVE;
  const values = valuesOf(sheet);
  return archiveStoreOf(values.slice(0, 2), (column, count, skip) =>
    values.slice(2 + skip, 2 + skip + count).map((row) => row?.[column] ?? ""),
  );
}

const SEMESTER_WORDS = new Set(sheetWords("legend.semester").map(normalizeName));

/** The semester the computed columns showed, as the Legend says; undefined without one. */
export function shownSemesterOf(workbook: ExcelJS.Workbook): string | undefined {
  const legend = markedSheet(workbook, LEGEND_MARK);
  if (!legend) return undefined;
  for (const row of valuesOf(legend)) {
    if (SEMESTER_WORDS.has(normalizeName(textOf(row?.[0])))) return parseSemesterId(textOf(row?.[1]));
  }
  return undefined;
}

/**
 * What a workbook file remembers of its history: its archive and the semester its computed
 * columns showed.
 *
 * @example
 * gradeWorkbook(gridsOf(workbook), options, undefined, historyOf(workbook))
 */
export function historyOf(workbook: ExcelJS.Workbook): HistoryInput {
  const shown = shownSemesterOf(workbook);
  return { archive: archiveOf(workbook), ...(shown ? { shownSemester: shown } : {}) };
}

/** The Opinions sheet as a grid, with the secretary's opinions in it; undefined before the first. */
export function opinionsGrid(workbook: ExcelJS.Workbook): Grid | undefined {
  const sheet = markedSheet(workbook, MARKS.opinions);
  return sheet ? { name: sheet.name, values: valuesOf(sheet) } : undefined;
}

/**
 * Writes the Opinions sheet: every column of every row but the secretary's, which is left as they
 * typed it and left unlocked when the sheet is protected.
 */
export function writeOpinions(workbook: ExcelJS.Workbook, plan: OpinionsPlan): void {
  if (!plan.changed && markedSheet(workbook, MARKS.opinions)) return;
  if (plan.rows.length === 0 && !markedSheet(workbook, MARKS.opinions)) return;
  const sheet = ownSheet(workbook, MARKS.opinions, plan.name);
  sheet.getRow(1).values = [...plan.header];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const { row, cells } of plan.rows) {
    cells.forEach((value, c) => {
      if (c === OPINION_COLUMN) return;
      sheet.getCell(row, c + 1).value = value === "" ? null : value;
    });
    for (const c of [6, 7]) sheet.getCell(row, c).alignment = { wrapText: true, vertical: "top" };
  }
  [12, 10, 12, 16, 8, 60, 60, 20, 16].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  writePrintSetup(sheet);
  const last = Math.max(plan.rows.length + 1, 1000);
  for (let r = 2; r <= last; r++) sheet.getCell(r, OPINION_COLUMN + 1).protection = { locked: false };
  protect(sheet);
}

/** Appends rows to the Change log sheet, creating it with its header the first time. */
export function appendChangeLog(workbook: ExcelJS.Workbook, plan: ChangeLogPlan): void {
  if (plan.rows.length === 0) return;
  const existing = markedSheet(workbook, MARKS.changeLog);
  const sheet = existing ?? ownSheet(workbook, MARKS.changeLog, plan.name);
  if (!existing) {
    sheet.addRow([...plan.header]).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    [12, 12, 14, 10, 14, 22, 22, 80].forEach((width, i) => {
      sheet.getColumn(i + 1).width = width;
    });
    writePrintSetup(sheet);
  }
  for (const row of plan.rows) {
    const added = sheet.addRow([...row]);
    added.getCell(8).alignment = { wrapText: true, vertical: "top" };
  }
  if (!existing) protect(sheet);
}

/** Writes an archive: its column of the data sheet (hidden), its own protected tab. */
export async function writeArchive(
  workbook: ExcelJS.Workbook,
  plan: ArchivePlan,
  dataName: string,
): Promise<void> {
  const data = ownSheet(workbook, MARKS.archiveData, dataName);
  data.state = "hidden";
  let column = 1;
  while (textOf(data.getCell(1, column).value) !== "") column++;
  plan.column.forEach((text, r) => {
    data.getCell(r + 1, column).value = text;
  });
  removeOwnSheet(workbook, archiveMark(plan.semesterId));
  const sheet = ownSheet(workbook, archiveMark(plan.semesterId), plan.sheet.name);
  plan.sheet.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((value, c) => {
      row.getCell(c + 1).value = value;
      row.getCell(c + 1).alignment = { wrapText: true, vertical: "top" };
    });
    if (plan.sheet.bold.includes(r)) row.font = { bold: true };
  });
  plan.sheet.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  writePrintSetup(sheet);
  protect(sheet);
}

/**
 * Removes a semester's archive: its tab, and the cells of its column of the data sheet, which a
 * later archive reuses (the column is cleared, not deleted, so that the sheet keeps its A1 and
 * with it the mark).
 */
export function removeArchive(workbook: ExcelJS.Workbook, semesterId: string): void {
  removeOwnSheet(workbook, archiveMark(semesterId));
  const data = markedSheet(workbook, MARKS.archiveData);
  if (!data) return;
  for (let column = 1; column <= data.columnCount; column++) {
    if (textOf(data.getCell(1, column).value) !== semesterId) continue;
    data.getColumn(column).eachCell((cell) => {
      cell.value = null;
    });
    return;
  }
}
