import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import { isBlank } from "./cells.ts";
import type { TabLayout } from "./layout.ts";
import type { OutputCell, TabOutputs } from "./outputs.ts";
import type { TabKey } from "./schema.ts";

/** One rectangular write: `values[0]` goes to (row, column), 1-based like Apps Script ranges. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly values: OutputCell[][];
}

/** What the engine writes to one tab: only its own columns, as few blocks as they allow. */
export interface TabPlan {
  readonly tab: TabKey;
  readonly sheetName: string;
  /** 1-based column of each output, after any appending. */
  readonly columns: ReadonlyMap<LabelKey, number>;
  /** The rightmost column the tab uses once the outputs are in place. */
  readonly lastColumn: number;
  /** Blocks whose values differ from the sheet; empty when nothing changed. */
  readonly blocks: readonly Block[];
}

function sameCell(a: unknown, b: OutputCell): boolean {
  if (isBlank(a)) return b === "";
  return a === b;
}

/**
 * Plans the writes of one tab: finds the output columns by header, appends missing ones to the
 * right of everything the tab uses (an optional one only when it holds a value), and keeps only
 * the blocks whose values changed.
 *
 * @example
 * planTab(layout, outputs, "zh").blocks.length //=> 1 on the first run, 0 when nothing changed
 */
export function planTab(layout: TabLayout, outputs: TabOutputs, lang: Lang): TabPlan {
  const grid = layout.grid.values;
  const used = grid.reduce((max, row) => {
    let last = row.length - 1;
    while (last >= 0 && isBlank(row[last])) last--;
    return Math.max(max, last + 1);
  }, 0);
  const columns = new Map<LabelKey, number>();
  let next = used;
  for (const key of layout.spec.outputs) {
    const found = layout.outputs.get(key);
    columns.set(key, found === undefined ? ++next : found + 1);
  }
  // An optional column comes only once it has something to say, and stays once it is there.
  for (const key of layout.spec.optionalOutputs ?? []) {
    const found = layout.outputs.get(key);
    if (found !== undefined) columns.set(key, found + 1);
    else if ((outputs.get(key) ?? []).some((v) => v !== "")) columns.set(key, ++next);
  }
  const lastColumn = Math.max(used, next);

  // Contiguous runs of output columns become one block each.
  const ordered = [...columns.entries()].sort((a, b) => a[1] - b[1]);
  const runs: [LabelKey, number][][] = [];
  for (const entry of ordered) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last[1] + 1 === entry[1]) run.push(entry);
    else runs.push([entry]);
  }

  const rows = Math.max(grid.length, 1);
  const blocks: Block[] = [];
  for (const run of runs) {
    const values: OutputCell[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push(
        run.map(([key, col]) => {
          if (r > 0) return outputs.get(key)?.[r - 1] ?? "";
          const header = grid[0]?.[col - 1];
          return isBlank(header) ? t(lang, key) : String(header);
        }),
      );
    }
    const changed = values.some((row, r) =>
      row.some((cell, c) => !sameCell(grid[r]?.[(run[c]?.[1] ?? 0) - 1], cell)),
    );
    if (changed) blocks.push({ row: 1, column: run[0]?.[1] ?? 1, values });
  }
  return { tab: layout.spec.key, sheetName: layout.grid.name, columns, lastColumn, blocks };
}
