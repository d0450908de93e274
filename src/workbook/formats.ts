import type { LabelKey, Lang } from "../engine/labels.ts";
import { isBlank } from "./cells.ts";
import { t } from "./labels.ts";
import type { TabOutputs } from "./outputs.ts";
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
  let width = 0;
  for (const ch of String(value ?? "")) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** East Asian wide and full-width characters (Hangul, CJK, full-width forms, and beyond the BMP). */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

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
    for (const value of outputs.get(key) ?? []) {
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
