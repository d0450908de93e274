/**
 * A record typed into the sidebar's quick entry: one validator shared by the client (to answer at
 * once) and the server (which never trusts the client), and the cells the record puts on its tab.
 */
import { type Day, dayOfIso, isoOf } from "../engine/day.ts";
import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import type { Level } from "../engine/level.ts";
import type { Category } from "../engine/records.ts";
import type { InspectionStatus } from "../engine/statuses.ts";
import { readCategory, readScore } from "./cells.ts";
import type { TabLayout } from "./layout.ts";
import { normalizeId, textOf } from "./normalize.ts";
import { readResult } from "./read-result.ts";

/** The form's values for the statuses, as the reader knows their words. */
const STATUS_KEYS: Readonly<Record<string, string>> = { nobodyIn: "nobody in", refused: "refused" };

/** The label of a result or a status. */
function resultLabel(value: Level | InspectionStatus): LabelKey {
  return value === "nobodyIn" || value === "refused" ? `result.${value}` : `level.${value}`;
}

/** An inspection as the form sends it: every field is the text the user typed or picked. */
export interface InspectionEntry {
  /** ISO date `YYYY-MM-DD`. */
  readonly date: string;
  readonly dorm: string;
  /** A category key (`hygiene`…) or the user's own text; blank allowed. */
  readonly category: string;
  /**
   * `excellent`, `pass`, `fail`, `nobodyIn`, `refused` (or their words in either language); blank
   * for score mode or deductions.
   */
  readonly result: string;
  readonly score: string;
  /** The scoresheet items found, by code (`B1×2, S1`); checked against the scoresheet when the row is read. */
  readonly deductions?: string;
  readonly inspector: string;
  readonly notes: string;
}

/** A contact visit as the form sends it. */
export interface VisitEntry {
  readonly date: string;
  readonly dorm: string;
  readonly teacher: string;
  readonly group: string;
  readonly findings: string;
  readonly followUp: string;
}

/** A message for one field of a form, in the workbook's language. */
export interface FieldError<F extends string> {
  readonly field: F;
  readonly message: string;
}

/** What an entry is checked against. */
export interface EntryContext {
  readonly lang: Lang;
  /** ISO date of today in the spreadsheet's zone: later dates are refused. */
  readonly today: string;
  /** The dorms of the Dorms tab (numbers as written); matched like the workbook matches them. */
  readonly dorms: readonly { readonly id: string; readonly label: string }[];
}

/** An inspection that passed the checks. */
export interface InspectionValue {
  readonly day: Day;
  readonly dormId: string;
  /** The dorm number as the Dorms tab writes it. */
  readonly dormLabel: string;
  readonly category: Category | string;
  readonly level: Level | InspectionStatus | undefined;
  readonly score: number | undefined;
  readonly deductions: string;
  readonly inspector: string;
  readonly notes: string;
}

/** A contact visit that passed the checks. */
export interface VisitValue {
  readonly day: Day;
  readonly dormId: string;
  readonly dormLabel: string;
  readonly teacher: string;
  readonly group: string;
  readonly findings: string;
  readonly followUp: string;
}

export type EntryCheck<T, F extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError<F>[] };

/** Cells of a new row by input column; dates as ISO text, which Sheets reads as a date. */
export type EntryCells = ReadonlyMap<LabelKey, string | number>;

/** The checks both kinds of entry share: a date not after today and a dorm of the Dorms tab. */
function checkDateAndDorm<F extends string>(
  entry: { readonly date: string; readonly dorm: string },
  context: EntryContext,
  errors: FieldError<F | "date" | "dorm">[],
): { day: Day | undefined; dorm: { id: string; label: string } | undefined } {
  const { lang } = context;
  const dateText = textOf(entry.date);
  let day: Day | undefined;
  if (dateText === "") {
    errors.push({ field: "date", message: t(lang, "check.missing", { column: t(lang, "col.date") }) });
  } else {
    day = dayOfIso(dateText);
    const today = dayOfIso(context.today);
    if (day === undefined) {
      errors.push({ field: "date", message: t(lang, "check.badDate", { value: dateText }) });
    } else if (today !== undefined && day > today) {
      errors.push({ field: "date", message: t(lang, "check.futureDate", { value: isoOf(day) }) });
      day = undefined;
    }
  }
  const dormText = textOf(entry.dorm);
  const id = normalizeId(dormText);
  const dorm = context.dorms.find((d) => normalizeId(d.id) === id);
  if (dormText === "") {
    errors.push({ field: "dorm", message: t(lang, "check.missing", { column: t(lang, "col.dorm") }) });
  } else if (!dorm) {
    errors.push({ field: "dorm", message: t(lang, "check.unknownDorm", { value: dormText }) });
  }
  return { day, dorm: dorm && { id, label: dorm.label } };
}

/**
 * Checks an inspection typed into the sidebar: a known dorm, a date not after today, a result
 * or a score (0–100). Every problem is reported, each on its field.
 *
 * @example
 * checkInspection({ date: "2025-09-15", dorm: "3-201", category: "", result: "", score: "", inspector: "", notes: "" },
 *   { lang: "en", today: "2025-09-20", dorms: [{ id: "3-201", label: "3-201" }] })
 * //=> { ok: false, errors: [{ field: "result", message: "missing result, score or deductions" }] }
 */
export function checkInspection(
  entry: InspectionEntry,
  context: EntryContext,
): EntryCheck<InspectionValue, keyof InspectionEntry> {
  const { lang } = context;
  const errors: FieldError<keyof InspectionEntry>[] = [];
  const { day, dorm } = checkDateAndDorm(entry, context, errors);
  const result = readResult(STATUS_KEYS[entry.result] ?? entry.result, lang);
  const score = readScore(entry.score, lang);
  if (result.error !== undefined) errors.push({ field: "result", message: result.error });
  if (score.error !== undefined) errors.push({ field: "score", message: score.error });
  const level = result.error === undefined ? result.value : undefined;
  const points = score.error === undefined ? score.value : undefined;
  const deductions = textOf(entry.deductions);
  if (
    result.error === undefined &&
    score.error === undefined &&
    level === undefined &&
    points === undefined &&
    deductions === ""
  ) {
    errors.push({ field: "result", message: t(lang, "check.noResult") });
  }
  if (errors.length > 0 || day === undefined || !dorm) return { ok: false, errors };
  return {
    ok: true,
    value: {
      day,
      dormId: dorm.id,
      dormLabel: dorm.label,
      category: readCategory(entry.category),
      level,
      score: points,
      deductions,
      inspector: textOf(entry.inspector),
      notes: textOf(entry.notes),
    },
  };
}

/**
 * Checks a contact visit typed into the sidebar: a known dorm, a date not after today and the
 * leading teacher.
 *
 * @example
 * checkVisit({ date: "2025-09-15", dorm: "3-201", teacher: "", group: "", findings: "", followUp: "" }, context)
 * //=> { ok: false, errors: [{ field: "teacher", message: "missing required value: Teacher" }] }
 */
export function checkVisit(
  entry: VisitEntry,
  context: EntryContext,
): EntryCheck<VisitValue, keyof VisitEntry> {
  const { lang } = context;
  const errors: FieldError<keyof VisitEntry>[] = [];
  const { day, dorm } = checkDateAndDorm(entry, context, errors);
  const teacher = textOf(entry.teacher);
  if (teacher === "") {
    errors.push({ field: "teacher", message: t(lang, "check.missing", { column: t(lang, "col.teacher") }) });
  }
  if (errors.length > 0 || day === undefined || !dorm) return { ok: false, errors };
  return {
    ok: true,
    value: {
      day,
      dormId: dorm.id,
      dormLabel: dorm.label,
      teacher,
      group: textOf(entry.group),
      findings: textOf(entry.findings),
      followUp: textOf(entry.followUp),
    },
  };
}

const CATEGORIES: readonly string[] = ["hygiene", "discipline", "schedule", "safety"];

/**
 * The cells of a checked inspection, worded in the workbook's language.
 *
 * @example
 * inspectionCells(value, "zh").get("col.result") //=> "不合格"
 */
export function inspectionCells(value: InspectionValue, lang: Lang): EntryCells {
  const category = CATEGORIES.includes(value.category)
    ? t(lang, `category.${value.category as Category}`)
    : value.category;
  const cells = new Map<LabelKey, string | number>([
    ["col.date", isoOf(value.day)],
    ["col.dorm", value.dormLabel],
    ["col.category", category],
    ["col.result", value.level ? t(lang, resultLabel(value.level)) : ""],
    ["col.score", value.score ?? ""],
    ["col.deductions", value.deductions],
    ["col.inspector", value.inspector],
    ["col.notes", value.notes],
  ]);
  return cells;
}

/**
 * The cells of a checked contact visit.
 *
 * @example
 * visitCells(value).get("col.teacher") //=> "王老师"
 */
export function visitCells(value: VisitValue): EntryCells {
  return new Map<LabelKey, string | number>([
    ["col.date", isoOf(value.day)],
    ["col.dorm", value.dormLabel],
    ["col.teacher", value.teacher],
    ["col.group", value.group],
    ["col.findings", value.findings],
    ["col.followUp", value.followUp],
  ]);
}

/** One contiguous write of a new row: `values[0]` goes to `column` (1-based). */
export interface EntryRun {
  readonly column: number;
  /** The input column of each value. */
  readonly keys: readonly LabelKey[];
  readonly values: readonly (string | number)[];
}

/**
 * Places a new row's cells on their tab by header: one run per block of adjacent input columns,
 * so no output column or unknown column is ever written. Throws, in the workbook's language,
 * when a non-blank value has no column to go to, rather than dropping it.
 *
 * @example
 * entryRuns(layoutOf({ name: "Visits", values: [["Date", "Dorm", "Teacher", "Check"]] }, tabSpec("visits")), cells, "en")
 * //=> [{ column: 1, keys: ["col.date", "col.dorm", "col.teacher"], values: ["2025-09-15", "3-201", "王老师"] }]
 */
export function entryRuns(layout: TabLayout, cells: EntryCells, lang: Lang): EntryRun[] {
  const placed: [number, LabelKey, string | number][] = [];
  for (const [key, value] of cells) {
    const index = layout.columns.get(key);
    if (index !== undefined) placed.push([index + 1, key, value]);
    else if (value !== "") {
      throw new Error(t(lang, "check.missingColumn", { tab: layout.grid.name, column: t(lang, key) }));
    }
  }
  placed.sort((a, b) => a[0] - b[0]);
  const runs: { column: number; keys: LabelKey[]; values: (string | number)[] }[] = [];
  for (const [column, key, value] of placed) {
    const run = runs.at(-1);
    if (run && run.column + run.values.length === column) {
      run.keys.push(key);
      run.values.push(value);
    } else runs.push({ column, keys: [key], values: [value] });
  }
  return runs;
}
