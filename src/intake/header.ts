import { normalizeName } from "../workbook/normalize.ts";

/**
 * The comparable form of an export's column header: what `normalizeName` does for the workbook
 * (full width folded, a trailing bracketed note dropped, spaces gone, lower case), after dropping
 * what form tools add around a question: its number (`1、`, `Q2.`, `第3题`), a trailing colon or
 * asterisk, and a note such as `（必填）` or `(单选题)`.
 *
 * @example
 * normalizeHeader("3、宿舍号（必填）：") //=> "宿舍号"
 * normalizeHeader("Q2. Room number *") //=> "roomnumber"
 */
export function normalizeHeader(text: unknown): string {
  let name = String(text ?? "")
    .normalize("NFKC")
    .trim()
    .replace(/^(?:第\s*\d+\s*题|q\s*\d+|\d+)\s*[、.:)\]\s]\s*/iu, "")
    .replace(/[\s:*]+$/u, "");
  // A note may come before the colon: 宿舍号（必填）：
  name = normalizeName(name).replace(/[:*]+$/u, "");
  return normalizeName(name);
}
