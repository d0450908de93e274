import type { Day } from "../engine/day.ts";
import type { Lang } from "../engine/labels.ts";
import { readCategory, readDay } from "../workbook/cells.ts";
import type { Grid, TabLayout } from "../workbook/layout.ts";
import { normalizeId, normalizeName, textOf } from "../workbook/normalize.ts";
import { type ReadOptions, readWorkbook } from "../workbook/read.ts";
import { type Choice, readChoices } from "./choices.ts";
import { type DormIndex, dormIndex } from "./values.ts";

/** What an import checks its rows against: the workbook as it is now. */
export interface IntakeBook {
  readonly lang: Lang;
  readonly today: Day;
  readonly dorms: DormIndex;
  /** The Inspections tab, where new rows go. */
  readonly inspections: TabLayout;
  /** The Settings tab, where column choices are remembered; undefined when there is none. */
  readonly settings: TabLayout | undefined;
  /** Each inspection already on the tab, by its duplicate key, with its sheet row. */
  readonly existing: ReadonlyMap<string, number>;
  /** The column choices the Settings tab remembers (导入列对应 / Import columns). */
  readonly remembered: readonly Choice[];
}

/**
 * What makes two inspections the same one: dorm, day, category and inspector, compared as the
 * workbook compares them (dorm numbers and words folded, categories in either language).
 *
 * @example
 * duplicateKey("3-201", 20404, "卫生", " 张三 ") === duplicateKey("3-201", 20404, "hygiene", "张三") //=> true
 */
export function duplicateKey(dormId: string, day: Day, category: unknown, inspector: unknown): string {
  return [normalizeId(dormId), day, folded(readCategory(category)), folded(textOf(inspector))].join("\u0001");
}

/** Names repeat (a few inspectors, four categories): each is folded once. */
const foldings = new Map<string, string>();

function folded(text: string): string {
  let name = foldings.get(text);
  if (name === undefined) {
    name = normalizeName(text);
    if (foldings.size > 10_000) foldings.clear();
    foldings.set(text, name);
  }
  return name;
}

/**
 * Reads what an import needs of a workbook given as grids; the problems instead when the workbook
 * cannot be graded (a missing tab or column), in the workbook's language.
 *
 * @example
 * const book = intakeBook(grids, { timeZone: "UTC", today });
 * if ("problems" in book) console.log(book.problems);
 */
export function intakeBook(
  grids: readonly Grid[],
  options: ReadOptions,
): IntakeBook | { readonly problems: readonly string[] } {
  const read = readWorkbook(grids, options);
  const inspections = read.layouts.inspections;
  if (read.problems.length > 0 || !inspections) return { problems: read.problems };
  const existing = new Map<string, number>();
  const keep = (key: string, row: number) => {
    const seen = existing.get(key);
    if (seen === undefined || row < seen) existing.set(key, row);
  };
  // The rows the workbook uses are read already; only the others (a check message) are read here.
  for (const i of read.records.inspections)
    keep(duplicateKey(i.dormId, i.day, i.category, i.inspector), i.row);
  const at = (key: "col.date" | "col.dorm" | "col.category" | "col.inspector") =>
    inspections.columns.get(key);
  const [date, dorm, category, inspector] = [
    at("col.date"),
    at("col.dorm"),
    at("col.category"),
    at("col.inspector"),
  ];
  const checks = read.checks.inspections ?? [];
  checks.forEach((check, i) => {
    if (check === "" || date === undefined || dorm === undefined) return;
    const row = inspections.grid.values[i + 1] ?? [];
    const day = readDay(row[date], options.timeZone, read.lang);
    const id = normalizeId(row[dorm]);
    if (day.error !== undefined || day.value === undefined || id === "") return;
    const c = category === undefined ? "" : row[category];
    keep(duplicateKey(id, day.value, c, inspector === undefined ? "" : row[inspector]), i + 2);
  });
  return {
    lang: read.lang,
    today: options.today,
    dorms: dormIndex(read.records.dorms),
    inspections,
    settings: read.layouts.settings,
    existing,
    remembered: readChoices(read.settings.importColumns).choices,
  };
}
