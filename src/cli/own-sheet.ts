import type ExcelJS from "exceljs";

/**
 * The worksheet a mark (a defined name pointing at its A1) names, if the workbook has one.
 *
 * @example
 * markedSheet(workbook, MARKS.changeLog)?.name //=> "变更记录"
 */
export function markedSheet(workbook: ExcelJS.Workbook, mark: string): ExcelJS.Worksheet | undefined {
  const ranges = workbook.definedNames.getRanges(mark)?.ranges ?? [];
  const sheetName = /^'?(.*?)'?!/.exec(ranges[0] ?? "")?.[1]?.replace(/''/g, "'");
  return sheetName === undefined ? undefined : workbook.getWorksheet(sheetName);
}

/** A sheet name no tab has yet, ignoring case: `name`, else `name 2`, `name 3`… */
export function freeName(workbook: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((s) => s.name.trim().toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} ${n}`;
  return name;
}

/**
 * A fresh, empty worksheet of the engine's own, at the end of the workbook: the one its mark (a
 * defined name) pointed at is removed first, so it is rewritten whole; a user's tab that merely
 * has the name is never touched (the new one becomes `name 2`).
 *
 * @example
 * const sheet = replaceOwnSheet(workbook, "dormPlaque_legend", "图例");
 */
export function replaceOwnSheet(workbook: ExcelJS.Workbook, mark: string, name: string): ExcelJS.Worksheet {
  const old = markedSheet(workbook, mark);
  for (const range of workbook.definedNames.getRanges(mark)?.ranges ?? [])
    workbook.definedNames.remove(range, mark);
  if (old) workbook.removeWorksheet(old.id);
  const free = freeName(workbook, name);
  const sheet = workbook.addWorksheet(free);
  workbook.definedNames.add(`'${free.replace(/'/g, "''")}'!$A$1`, mark);
  return sheet;
}
