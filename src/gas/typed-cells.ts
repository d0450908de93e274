import type { LabelKey } from "../engine/labels.ts";

/**
 * Cells of a new row as Sheets should keep them. Text goes in with a leading apostrophe, so Sheets
 * keeps it as typed: a dorm `3-12` stays text instead of becoming a date, and `=…` in a note never
 * becomes a formula. Not into a cell formatted as plain text, which keeps an apostrophe as a
 * character. The date goes in as ISO text, which Sheets reads as a date in the spreadsheet's zone.
 *
 * @example
 * asTyped(["col.date", "col.dorm"], ["2025-09-15", "3-12"], ["", ""]) //=> ["2025-09-15", "'3-12"]
 */
export function asTyped(
  keys: readonly LabelKey[],
  values: readonly (string | number)[],
  formats: readonly string[],
): (string | number)[] {
  return values.map((value, i) =>
    keys[i] !== "col.date" && typeof value === "string" && value !== "" && formats[i] !== "@"
      ? `'${value}`
      : value,
  );
}
