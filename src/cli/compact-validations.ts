import type ExcelJS from "exceljs";
import { columnLetter } from "../workbook/highlights.ts";

/** exceljs keeps data validations on the worksheet, one entry per cell once read, outside its types. */
interface WithValidations {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
}

/**
 * Folds the validations exceljs read back into column ranges. exceljs expands each rule to one
 * entry per cell on reading (all sharing the rule's object) and, on writing, merges them again
 * with a deep comparison per cell: a template's dropdowns over thousands of rows cost more to
 * write than the data. Runs of one rule down a column become one `C2:C5000` entry, which it
 * writes as it is.
 *
 * @example
 * compactValidations(sheet) // { C2: rule, C3: rule, …, C5000: rule } → { "C2:C5000": rule }
 */
export function compactValidations(sheet: ExcelJS.Worksheet): void {
  const holder = sheet as unknown as Partial<WithValidations>;
  const model = holder.dataValidations?.model;
  if (!model) return;
  const cells: { rule: ExcelJS.DataValidation; column: number; row: number }[] = [];
  const kept: Record<string, ExcelJS.DataValidation> = {};
  for (const [address, rule] of Object.entries(model)) {
    if (!rule) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) {
      kept[address] = rule;
      continue;
    }
    let column = 0;
    for (const ch of m[1] as string) column = column * 26 + ch.charCodeAt(0) - 64;
    cells.push({ rule, column, row: Number(m[2]) });
  }
  cells.sort((a, b) => a.column - b.column || a.row - b.row);
  for (let i = 0; i < cells.length; ) {
    const first = cells[i] as (typeof cells)[number];
    let j = i + 1;
    while (
      j < cells.length &&
      cells[j]?.rule === first.rule &&
      cells[j]?.column === first.column &&
      cells[j]?.row === first.row + (j - i)
    )
      j++;
    const letter = columnLetter(first.column);
    const last = first.row + (j - i - 1);
    kept[last === first.row ? `${letter}${first.row}` : `${letter}${first.row}:${letter}${last}`] =
      first.rule;
    i = j;
  }
  (holder as WithValidations).dataValidations.model = kept;
}
