import type { LabelKey, Lang } from "../engine/labels.ts";
import { isBlank } from "./cells.ts";
import { t } from "./labels.ts";
import type { OutputCell, TabOutputs } from "./outputs.ts";
import type { TabPlan } from "./plan.ts";
import type { TabKey } from "./schema.ts";

/** The header fill of the engine's own columns: a hue no highlight uses. */
export const COMPUTED_HEADER = "#cfe2f3";

/** Output columns are at least this wide and at most this wide, in character cells (a CJK character is two). */
export const MIN_WIDTH = 6;
export const MAX_WIDTH = 36;

/** How one output column looks: sized to its content, wrapped past the cap, its header marked. */
export interface ColumnFormat {
  /** 1-based, like the plan's columns. */
  readonly column: number;
  /** In character cells: exceljs takes it as it is; Sheets at about 7 pixels each. */
  readonly width: number;
  /** Whether some value is longer than the width, so that its cell must wrap. */
  readonly wrap: boolean;
  /** The header's note: that the column is computed, then what it means. */
  readonly note: string;
}

/** How the engine's columns of one tab look, decided once for both adapters. */
export interface TabFormat {
  readonly tab: TabKey;
  readonly sheetName: string;
  readonly headerBackground: string;
  readonly columns: readonly ColumnFormat[];
}

/**
 * Width in character cells: CJK characters and full-width forms take two.
 *
 * @example
 * displayWidth("宿舍 3-201") //=> 10
 */
export function displayWidth(value: unknown): number {
  // A number is ASCII: one cell a character. (A tab of 200,000 rows sizes its columns from every value.)
  if (typeof value === "number") return String(value).length;
  const text = String(value ?? "");
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x1100) {
      width++;
      continue;
    }
    const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      // A character beyond the BMP, as one: wide from U+20000 to U+3FFFD.
      const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      width += point >= 0x20000 && point <= 0x3fffd ? 2 : 1;
      i++;
      continue;
    }
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** East Asian wide and full-width characters of the BMP: Hangul, CJK, full-width forms. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/**
 * The width and wrap of each of a tab's output columns, from its header and its values, and the
 * note that marks its header as computed.
 *
 * @example
 * tabFormat(plan, outputs, "zh").columns[0] //=> { column: 7, width: 10, wrap: false, note: "【计算结果…" }
 */
export function tabFormat(
  plan: TabPlan,
  outputs: TabOutputs,
  headers: readonly unknown[],
  lang: Lang,
): TabFormat {
  const columns: ColumnFormat[] = [];
  for (const [key, column] of plan.columns) {
    const header = headers[column - 1];
    const headerWidth = displayWidth(isBlank(header) ? t(lang, key) : header);
    let widest = 0;
    // Indexed: a loop that runs once per recalculation over 200,000 cells would otherwise make
    // an iterator step per cell before the function is optimised.
    const values = outputs.get(key) ?? [];
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as OutputCell;
      if (value === "") continue;
      const w = displayWidth(value);
      if (w > widest) widest = w;
    }
    // Two cells of room: the filter arrow on the header, and air around the text.
    const wanted = Math.max(headerWidth, widest) + 2;
    columns.push({
      column,
      width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, wanted)),
      wrap: wanted > MAX_WIDTH,
      note: `${t(lang, "note.computed")}\n${t(lang, `note.${key}` as `note.${LabelKey & `out.${string}`}`)}`,
    });
  }
  columns.sort((a, b) => a.column - b.column);
  return { tab: plan.tab, sheetName: plan.sheetName, headerBackground: COMPUTED_HEADER, columns };
}
