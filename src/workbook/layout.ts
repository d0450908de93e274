import { bothLangs, type LabelKey } from "../engine/labels.ts";
import { isBlank } from "./cells.ts";
import { normalizeName } from "./normalize.ts";
import { allOutputs, type TabSpec } from "./schema.ts";

/** One tab of a workbook as plain values, row-major; row 1 holds the headers. */
export interface Grid {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  /** A hidden tab: it is chosen only when no visible tab has a fitting name. */
  readonly hidden?: boolean;
}

/** Which tab holds a kind of record: one, none, or several equally good candidates. */
export type TabChoice =
  | { readonly grid: Grid }
  | { readonly ambiguous: readonly Grid[] }
  | { readonly none: true };

/** Where a tab's columns are (0-based indexes), found by header. */
export interface TabLayout {
  readonly spec: TabSpec;
  readonly grid: Grid;
  readonly columns: ReadonlyMap<LabelKey, number>;
  readonly outputs: ReadonlyMap<LabelKey, number>;
  /** Required input columns with no header. */
  readonly missing: readonly LabelKey[];
  /**
   * How many grid rows the engine reads and writes: the header and every row down to the last
   * one with a value in an input or output column. A stray value further down, in a column of
   * the user's own, adds nothing to read or write.
   */
  readonly rows: number;
}

function matches(text: unknown, key: LabelKey): boolean {
  const name = normalizeName(text);
  return name !== "" && bothLangs(key).some((word) => normalizeName(word) === name);
}

/** The name ignoring case, full width and spaces, but keeping a bracketed note. */
function plainName(text: unknown): string {
  return String(text ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .toLowerCase();
}

/**
 * How well a tab's name fits a kind of record, lower is better; undefined when it does not fit.
 * Visible before hidden, then the exact name before a name with a bracketed note.
 */
function rank(grid: Grid, key: LabelKey): number | undefined {
  if (!matches(grid.name, key)) return undefined;
  const exact = bothLangs(key).some((word) => plainName(word) === plainName(grid.name));
  return (grid.hidden ? 2 : 0) + (exact ? 0 : 1);
}

/**
 * Chooses the tab that holds a kind of record, by its zh or en name (any case, spaces, bracketed
 * note): a visible tab wins over a hidden one, then the exact name over one with a note, so a
 * hidden backup `党员（2024备份）` never replaces `党员`. Two tabs that fit equally well are
 * ambiguous: the caller reports them instead of guessing.
 *
 * @example
 * chooseTab([{ name: "党员（旧）", values: [] }, { name: "党员", values: [] }], tabSpec("members"))
 * //=> { grid: { name: "党员", values: [] } }
 */
export function chooseTab(grids: readonly Grid[], spec: TabSpec): TabChoice {
  let best: Grid[] = [];
  let bestRank = Number.POSITIVE_INFINITY;
  for (const grid of grids) {
    const r = rank(grid, spec.label);
    if (r === undefined || r > bestRank) continue;
    if (r < bestRank) best = [];
    bestRank = r;
    best.push(grid);
  }
  if (best.length === 0) return { none: true };
  if (best.length > 1) return { ambiguous: best };
  return { grid: best[0] as Grid };
}

/**
 * The tab of a workbook that holds a kind of record (see `chooseTab`); undefined when there is
 * none or when the choice is ambiguous.
 *
 * @example
 * findTab([{ name: " dorms ", values: [] }], tabSpec("dorms"))?.name //=> " dorms "
 */
export function findTab(grids: readonly Grid[], spec: TabSpec): Grid | undefined {
  const choice = chooseTab(grids, spec);
  return "grid" in choice ? choice.grid : undefined;
}

/**
 * Finds a tab's input and output columns by header, in any order. Input columns are matched
 * first, so a header is never claimed twice.
 *
 * @example
 * layoutOf({ name: "Dorms", values: [["楼栋", "宿舍号（必填）"]] }, tabSpec("dorms")).columns.get("col.dorm") //=> 1
 */
export function layoutOf(grid: Grid, spec: TabSpec): TabLayout {
  const header = grid.values[0] ?? [];
  const taken = new Set<number>();
  const claim = (key: LabelKey): number | undefined => {
    const index = header.findIndex((text, i) => !taken.has(i) && matches(text, key));
    if (index < 0) return undefined;
    taken.add(index);
    return index;
  };
  const columns = new Map<LabelKey, number>();
  for (const column of spec.columns) {
    const index = claim(column.label);
    if (index !== undefined) columns.set(column.label, index);
  }
  const outputs = new Map<LabelKey, number>();
  for (const output of allOutputs(spec)) {
    const index = claim(output);
    if (index !== undefined) outputs.set(output, index);
  }
  const missing = spec.columns.filter((c) => c.required && !columns.has(c.label)).map((c) => c.label);
  // Inspections need a result or a score column: either one will do.
  if (spec.key === "inspections" && !columns.has("col.result") && !columns.has("col.score")) {
    missing.push("col.result");
  }
  const known = [...columns.values(), ...outputs.values()];
  let rows = grid.values.length;
  while (rows > 1 && known.every((c) => isBlank(grid.values[rows - 1]?.[c]))) rows--;
  return { spec, grid, columns, outputs, missing, rows: Math.max(rows, 1) };
}
