import { type Day, isoOf } from "./day.ts";
import { type InspectionRef, refOf } from "./evidence.ts";
import type { Level } from "./level.ts";
import type { Inspection } from "./records.ts";
import type { Settings } from "./settings.ts";

export type Grade = Level | "none";

/** R3: a failing streak reached the consecutive fail limit. */
export interface StreakLimit {
  readonly evidence: readonly InspectionRef[];
}

/** R4: the semester's fails reached the cumulative limit. */
export interface TotalLimit {
  readonly evidence: readonly InspectionRef[];
  /** The inspection that reached the limit. */
  readonly trigger: InspectionRef;
  /** ISO date by which the members must correct (R4 action item). */
  readonly deadline: string;
}

/** R8: the dorm is one fail short of a consequence. */
export interface Warning {
  readonly kind: "streak" | "total";
  /** The limit the next fail would reach. */
  readonly limit: number;
  readonly fails: number;
  readonly evidence: readonly InspectionRef[];
}

/** One dorm's inspections in one semester and what they add up to (R3–R5, R8). */
export interface DormResult {
  readonly dormId: string;
  /**
   * Every inspection, in date order. Made when first read, by a getter: a spread (`{ ...result }`)
   * does not copy it, so copy a result with `resultWith`.
   */
  readonly inspections: readonly InspectionRef[];
  /** The failing ones among `inspections`, in the same order (R1: one criticism each). */
  readonly failedInspections: readonly InspectionRef[];
  /**
   * The excellent ones among `inspections`, in the same order (R2: one praise each). Made when
   * first read, by a getter, like `inspections`.
   */
  readonly excellentInspections: readonly InspectionRef[];
  readonly count: number;
  readonly fails: number;
  readonly excellents: number;
  readonly longestStreak: number;
  /** The failing streak at the semester's last inspection. */
  readonly currentStreak: number;
  readonly streakLimit: StreakLimit | undefined;
  readonly totalLimit: TotalLimit | undefined;
  readonly grade: Grade;
  readonly warnings: readonly Warning[];
}

/**
 * A copy of a dorm's result (or semester) with some fields changed. A spread alone drops the
 * lists its getters make when first read (`inspections`, `excellentInspections`): this names them.
 *
 * @example
 * resultWith(result, { warnings: [] }).inspections === result.inspections //=> true
 */
export function resultWith<T extends DormResult>(result: T, changes: Partial<T>): T {
  return {
    ...result,
    inspections: result.inspections,
    excellentInspections: result.excellentInspections,
    ...changes,
  };
}

/**
 * Orders inspections by date, then by their row on the sheet (several on one day keep row order).
 *
 * @example
 * byDateThenRow(a, b) < 0 // when a is earlier, or on the same day and higher up
 */
export function byDateThenRow(a: { day: Day; row: number }, b: { day: Day; row: number }): number {
  return a.day - b.day || a.row - b.row;
}

/** Past this length a list is sorted by `Array.prototype.sort`; shorter ones by insertion. */
const SHORT = 32;

/**
 * Sorts a list by date, then row, in place. A dorm's handful of visits or talks is sorted by
 * insertion, which makes no garbage; thousands of such lists are sorted in one recalculation.
 *
 * @example
 * sortByDateThenRow(visits) // the same list, in date order
 */
export function sortByDateThenRow<T extends { day: Day; row: number }>(items: T[]): T[] {
  if (items.length > SHORT) return items.sort(byDateThenRow);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && byDateThenRow(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

function isOrdered(inspections: readonly Inspection[]): boolean {
  for (let i = 1; i < inspections.length; i++) {
    if (byDateThenRow(inspections[i - 1] as Inspection, inspections[i] as Inspection) > 0) return false;
  }
  return true;
}

/**
 * Adds up one dorm's inspections of one semester (the caller passes only that semester's).
 *
 * @example
 * dormResult("3-201", [fail, fail], DEFAULT_SETTINGS).grade //=> "fail"
 */
export function dormResult(
  dormId: string,
  inspections: readonly Inspection[],
  settings: Settings,
  known: { readonly inOrder?: boolean } = {},
): DormResult {
  // Sheets are mostly kept in date order: sort a copy only when the rows are not. A caller that
  // has put them in order says so (`known.inOrder`), and they are not walked to check.
  const ordered =
    known.inOrder || isOrdered(inspections) ? inspections : [...inspections].sort(byDateThenRow);
  // Evidence records of the fails now (limits and warnings name slices of these); those of the
  // other inspections when their lists are first read (see `Evidence`).
  const failed: InspectionRef[] = [];
  let excellents = 0;
  /** The current failing streak: always the last `streak` entries of `failed`. */
  let streak = 0;
  let longestStreak = 0;
  let streakLimit: StreakLimit | undefined;
  let totalLimit: TotalLimit | undefined;

  for (let i = 0; i < ordered.length; i++) {
    const inspection = ordered[i] as Inspection;
    if (inspection.level !== "fail") {
      if (inspection.level === "excellent") excellents++;
      streak = 0;
      continue;
    }
    const ref = refOf(inspection);
    failed.push(ref);
    streak++;
    longestStreak = Math.max(longestStreak, streak);
    if (!streakLimit && streak >= settings.consecutiveFailLimit) {
      streakLimit = { evidence: failed.slice(failed.length - streak) };
    }
    if (!totalLimit && failed.length >= settings.semesterFailLimit) {
      totalLimit = {
        evidence: failed.slice(),
        trigger: ref,
        deadline: isoOf((ordered[i] as Inspection).day + settings.correctionDays),
      };
    }
  }
  const fails = failed.length;

  const count = ordered.length;
  const grade: Grade =
    count === 0
      ? "none"
      : streakLimit || totalLimit
        ? "fail"
        : fails === 0 &&
            count >= settings.excellentMinInspections &&
            excellents / count >= settings.excellentShare
          ? "excellent"
          : "pass";

  const warnings: Warning[] = [];
  const streakWarnAt = settings.consecutiveFailLimit - 1;
  if (!streakLimit && streakWarnAt >= 1 && streak === streakWarnAt) {
    warnings.push({
      kind: "streak",
      limit: settings.consecutiveFailLimit,
      fails,
      evidence: failed.slice(failed.length - streak),
    });
  }
  const totalWarnAt = settings.semesterFailLimit - 1;
  if (!totalLimit && totalWarnAt >= 1 && fails === totalWarnAt) {
    warnings.push({ kind: "total", limit: settings.semesterFailLimit, fails, evidence: failed.slice() });
  }

  return new DormTally(
    {
      dormId,
      failedInspections: failed,
      count,
      fails,
      excellents,
      longestStreak,
      currentStreak: streak,
      streakLimit,
      totalLimit,
      grade,
      warnings,
    },
    new Evidence(ordered, failed),
  );
}

/**
 * The evidence records of a dorm's excellent inspections, and of all its inspections, made when
 * first read: a recalculation reads only counts of them, and a university has hundreds of
 * thousands. A fail's record is the one already made, and an excellent's is made once, so that an
 * inspection is the same record in every list that names it.
 */
class Evidence {
  #all: readonly InspectionRef[] | undefined;
  #excellent: readonly InspectionRef[] | undefined;
  readonly #ordered: readonly Inspection[];
  readonly #failed: readonly InspectionRef[];
  constructor(ordered: readonly Inspection[], failed: readonly InspectionRef[]) {
    this.#ordered = ordered;
    this.#failed = failed;
  }
  excellent(): readonly InspectionRef[] {
    this.#excellent ??= this.#ordered.filter((i) => i.level === "excellent").map(refOf);
    return this.#excellent;
  }
  all(): readonly InspectionRef[] {
    if (this.#all) return this.#all;
    // The fails and excellents come in the same order as in `ordered`.
    const excellent = this.excellent();
    let f = 0;
    let e = 0;
    this.#all = this.#ordered.map((inspection) =>
      inspection.level === "fail"
        ? (this.#failed[f++] as InspectionRef)
        : inspection.level === "excellent"
          ? (excellent[e++] as InspectionRef)
          : refOf(inspection),
    );
    return this.#all;
  }
}

/** A dorm result whose lists of excellent and of all inspections are made when first read (see `Evidence`). */
class DormTally implements DormResult {
  readonly dormId: string;
  readonly failedInspections: readonly InspectionRef[];
  readonly count: number;
  readonly fails: number;
  readonly excellents: number;
  readonly longestStreak: number;
  readonly currentStreak: number;
  readonly streakLimit: StreakLimit | undefined;
  readonly totalLimit: TotalLimit | undefined;
  readonly grade: Grade;
  readonly warnings: readonly Warning[];
  readonly #evidence: Evidence;
  constructor(fields: Omit<DormResult, "inspections" | "excellentInspections">, evidence: Evidence) {
    this.dormId = fields.dormId;
    this.failedInspections = fields.failedInspections;
    this.count = fields.count;
    this.fails = fields.fails;
    this.excellents = fields.excellents;
    this.longestStreak = fields.longestStreak;
    this.currentStreak = fields.currentStreak;
    this.streakLimit = fields.streakLimit;
    this.totalLimit = fields.totalLimit;
    this.grade = fields.grade;
    this.warnings = fields.warnings;
    this.#evidence = evidence;
  }
  get excellentInspections(): readonly InspectionRef[] {
    return this.#evidence.excellent();
  }
  get inspections(): readonly InspectionRef[] {
    return this.#evidence.all();
  }
}
