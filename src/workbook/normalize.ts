import { memoized } from "../engine/memo.ts";

/**
 * The comparable form of a tab name or header: full-width folded, a trailing bracketed note
 * dropped, spaces removed, lower case. `宿舍号（必填）` and ` 宿舍号 ` both become `宿舍号`.
 *
 * @example
 * normalizeName(" Dorm (required) ") //=> "dorm"
 */
export function normalizeName(text: unknown): string {
  return String(text ?? "")
    .normalize("NFKC")
    .replace(/\s*[([【〔][^()[\]【】〔〕]*[)\]】〕]\s*$/u, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

/**
 * The comparable form of an identifier (dorm number, student ID): trimmed, full-width folded,
 * upper case; whole numbers lose any `.0`.
 *
 * @example
 * normalizeId(" 3-201a ") //=> "3-201A"
 */
export function normalizeId(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === "string") return plainId(value) ?? foldedId(value);
  return foldId(String(value ?? ""));
}

function foldId(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toUpperCase();
}

/** Ids with other characters repeat on every row that names them: fold each spelling once. */
const foldedId = memoized(foldId);

/**
 * The id of printable ASCII text without spaces (`3-201a`, `2022010001`), which NFKC, trimming
 * and collapsing leave as it is; undefined for any other text.
 */
function plainId(text: string): string | undefined {
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f) return undefined;
    if (code >= 0x61 && code <= 0x7a) lower = true;
  }
  return lower ? text.toUpperCase() : text;
}

/**
 * The text of a cell, trimmed; blank for empty cells.
 *
 * @example
 * textOf("  张三 ") //=> "张三"
 */
export function textOf(value: unknown): string {
  if (typeof value === "string") {
    // Most cells have nothing to trim: two character checks instead of a trim each.
    if (value === "") return value;
    if (!isTrimmed(value.charCodeAt(0)) && !isTrimmed(value.charCodeAt(value.length - 1))) return value;
    return value.trim();
  }
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  return String(value).trim();
}

/** Whether `String.prototype.trim` removes the character: JavaScript's white space and line ends. */
function isTrimmed(code: number): boolean {
  if (code < 0xa0) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
