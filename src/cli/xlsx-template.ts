import type ExcelJS from "exceljs";
import { columnLetter } from "../workbook/highlights.ts";
import type { TabKey } from "../workbook/schema.ts";
import type { TabTemplate, ValidationRule } from "../workbook/template.ts";

/**
 * How far down a tab's dropdowns reach in a new file: what a department types in a year or two.
 * exceljs reads a validation back one entry per cell, so every later `grade` pays for each row
 * covered; past the reach a secretary copies a row's format down (the reader takes any value).
 */
export const TEMPLATE_ROWS: Readonly<Record<TabKey, number>> = {
  dorms: 1000,
  members: 1000,
  inspections: 5000,
  visits: 2000,
  talks: 2000,
  moves: 500,
  assignments: 500,
  settings: 0,
  scoresheet: 100,
};

/** exceljs keeps data validations on the worksheet but leaves them out of its types. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** A template rule as Excel stores it: lists inform, numbers and dates warn; none refuses. */
function validationOf(rule: ValidationRule, help: string): ExcelJS.DataValidation {
  const message = { showErrorMessage: true, error: help, allowBlank: true };
  switch (rule.kind) {
    case "list":
      return {
        type: "list",
        formulae: [`"${rule.values.join(",")}"`],
        errorStyle: "information",
        ...message,
      };
    case "date":
      return {
        type: "date",
        operator: "greaterThan",
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        errorStyle: "warning",
        ...message,
      };
    case "number":
      return {
        type: rule.whole ? "whole" : "decimal",
        operator: "between",
        formulae: [rule.min, rule.max],
        errorStyle: "warning",
        ...message,
      };
  }
}

/**
 * Writes a tab's template guides into a worksheet: a note on each header, and its dropdowns and
 * number and date rules, down to the tab's `TEMPLATE_ROWS`.
 *
 * @example
 * writeTemplate(workbook.getWorksheet("检查记录")!, templateWorkbook("zh")[2]!)
 */
export function writeTemplate(sheet: ExcelJS.Worksheet, template: TabTemplate): void {
  template.notes.forEach((note, c) => {
    if (note !== "") sheet.getCell(1, c + 1).note = note;
  });
  for (const { column, width } of template.wide ?? []) {
    sheet.getColumn(column).width = width;
    sheet.getColumn(column).eachCell((cell) => {
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
    });
  }
  const validations = (sheet as unknown as WithValidations).dataValidations;
  for (const { column, fromRow, toRow, rule, help } of template.validations) {
    const letter = columnLetter(column);
    const last = toRow ?? TEMPLATE_ROWS[template.tab];
    const address = fromRow === last ? `${letter}${fromRow}` : `${letter}${fromRow}:${letter}${last}`;
    validations.add(address, validationOf(rule, help));
  }
}
