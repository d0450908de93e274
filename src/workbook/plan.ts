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

type Rows = readonly (readonly unknown[])[];

/** How many columns rows `from` to `to` (exclusive) use: up to their last non-blank cell. */
function usedColumns(grid: Rows, from: number, to: number): number {
  let used = 0;
  for (let r = from; r < to; r++) {
    const row = grid[r] ?? [];
    // A row no longer than the columns found so far cannot add one.
    if (row.length <= used) continue;
    let last = row.length - 1;
    while (last >= used && isBlank(row[last])) last--;
    used = Math.max(used, last + 1);
  }
  return used;
}

/** Whether `count` columns from `column` (0-based) are blank in every row from `from` down. */
function blankBelow(grid: Rows, from: number, column: number, count: number): boolean {
  for (let r = from; r < grid.length; r++) {
    const row = grid[r] ?? [];
    for (let c = column; c < column + count && c < row.length; c++) if (!isBlank(row[c])) return false;
  }
  return true;
}

/**
 * The first and last rows (0-based, the header row 0) where a planned cell differs from what the
 * sheet holds in its column; undefined when none does.
 */
function changedRows(
  grid: Rows,
  rows: number,
  indexes: readonly number[],
  cellAt: (r: number, c: number) => OutputCell,
): { first: number; last: number } | undefined {
  const differs = (r: number): boolean => {
    const row = grid[r];
    for (let c = 0; c < indexes.length; c++) {
      if (!sameCell(row?.[indexes[c] as number], cellAt(r, c))) return true;
    }
    return false;
  };
  let first = 0;
  while (first < rows && !differs(first)) first++;
  if (first === rows) return undefined;
  let last = rows - 1;
  while (last > first && !differs(last)) last--;
  return { first, last };
}

/**
 * Plans the writes of one tab: finds the output columns by header, appends missing ones to the
 * right of everything the tab uses (an optional one only when it holds a value), and keeps only
 * the blocks whose values changed, each from its first changed row to its last.
 *
 * @example
 * planTab(layout, outputs, "zh").blocks.length //=> 1 on the first run, 0 when nothing changed
 */
export function planTab(layout: TabLayout, outputs: TabOutputs, lang: Lang): TabPlan {
  const grid = layout.grid.values;
  const rows = layout.rows;
  const covered = usedColumns(grid, 0, rows);
  const used = Math.max(covered, usedColumns(grid, rows, grid.length));
  const appended = layout.spec.outputs.filter((key) => !layout.outputs.has(key)).length;
  // New outputs go right of everything the tab uses; or right of the rows we write, when the
  // columns they take are blank all the way down (a stray far cell must not push them off the sheet).
  const columns = new Map<LabelKey, number>();
  let next = blankBelow(grid, rows, covered, appended) ? covered : used;
  for (const key of layout.spec.outputs) {
    const found = layout.outputs.get(key);
    columns.set(key, found === undefined ? ++next : found + 1);
  }
  // An optional column (the score columns of a tab that lists deductions, appeals' counting)
  // comes only once it has something to say, and stays once it is there.
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

  const blocks: Block[] = [];
  for (const run of runs) {
    const indexes = run.map(([, col]) => col - 1);
    const header = run.map(([key, col]) => {
      const text = grid[0]?.[col - 1];
      return isBlank(text) ? t(lang, key) : String(text);
    });
    const cells = run.map(([key]) => outputs.get(key) ?? []);
    const cellAt = (r: number, c: number): OutputCell => (r === 0 ? header[c] : cells[c]?.[r - 1]) ?? "";
    // Only the rows from the first change to the last: a new check column over 200,000 rows
    // that are all fine is its header alone.
    const changed = changedRows(grid, rows, indexes, cellAt);
    if (!changed) continue;
    const { first, last } = changed;
    // Built only when something changed: an unchanged recalculation allocates nothing here.
    // Rows with nothing to say share one frozen blank row (most check cells are blank).
    const blankRow = Object.freeze(new Array<OutputCell>(cells.length).fill("")) as OutputCell[];
    const values = new Array<OutputCell[]>(last - first + 1);
    for (let r = first; r <= last; r++) {
      if (r === 0) {
        values[0] = header;
        continue;
      }
      let row: OutputCell[] | undefined;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c]?.[r - 1] ?? "";
        if (cell === "") continue;
        row ??= new Array<OutputCell>(cells.length).fill("");
        row[c] = cell;
      }
      values[r - first] = row ?? blankRow;
    }
    blocks.push({ row: first + 1, column: run[0]?.[1] ?? 1, values });
  }
  return { tab: layout.spec.key, sheetName: layout.grid.name, columns, lastColumn, blocks };
}
