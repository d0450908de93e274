import type { LabelKey, Lang } from "../engine/labels.ts";
import { type InspectionValue, inspectionCells } from "../workbook/entry.ts";
import type { TabLayout } from "../workbook/layout.ts";
import { t } from "./labels.ts";

/** A run of adjacent columns written in one batch: rows × columns. */
export interface AppendRun {
  /** 1-based first column. */
  readonly column: number;
  readonly keys: readonly LabelKey[];
  readonly values: readonly (readonly (string | number)[])[];
}

/** Where and what an import appends to the Inspections tab. */
export interface AppendPlan {
  /** Headers for input columns the tab lacks (an export with inspectors, a tab without 检查人). */
  readonly headers: readonly { readonly column: number; readonly label: string }[];
  /** One run per stretch of adjacent columns: the user's own columns in between are never written. */
  readonly runs: readonly AppendRun[];
  readonly rows: number;
}

/**
 * The cells of new inspection rows, column by column of the Inspections tab (found by header), as
 * the sidebar's quick entry writes one: dates as ISO text, the dorm as the Dorms tab writes it,
 * category and result in the workbook's language, the score as a number. A field the tab has no
 * column for gets a new header right of the tab's last column, so that nothing imported is
 * dropped; columns with nothing to write are left alone.
 *
 * @example
 * appendPlan(layout, plan.values, "zh").runs[0]?.values.length //=> 8
 */
export function appendPlan(layout: TabLayout, values: readonly InspectionValue[], lang: Lang): AppendPlan {
  const cells = values.map((v) => inspectionCells(v, lang));
  const used = new Set<LabelKey>();
  for (const row of cells) for (const [key, value] of row) if (value !== "") used.add(key);
  const width = layout.grid.values[0]?.length ?? 0;
  const headers: { column: number; label: string }[] = [];
  const placed: [number, LabelKey][] = [];
  for (const key of layout.spec.columns.map((c) => c.label)) {
    if (!used.has(key)) continue;
    const index = layout.columns.get(key);
    if (index !== undefined) placed.push([index + 1, key]);
    else {
      const column = width + headers.length + 1;
      headers.push({ column, label: t(lang, key) });
      placed.push([column, key]);
    }
  }
  placed.sort((a, b) => a[0] - b[0]);
  const runs: { column: number; keys: LabelKey[] }[] = [];
  for (const [column, key] of placed) {
    const run = runs.at(-1);
    if (run && run.column + run.keys.length === column) run.keys.push(key);
    else runs.push({ column, keys: [key] });
  }
  return {
    headers,
    runs: runs.map((run) => ({
      ...run,
      values: cells.map((row) => run.keys.map((key) => row.get(key) ?? "")),
    })),
    rows: values.length,
  };
}
