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
  return String(value ?? "")
    .normalize("NFKC")
    .trim()
    .replace(/\s+/g, " ")
    .toUpperCase();
}

/**
 * The text of a cell, trimmed; blank for empty cells.
 *
 * @example
 * textOf("  张三 ") //=> "张三"
 */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && Number.isInteger(value)) return String(value);
  return String(value).trim();
}
