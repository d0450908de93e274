import type { Grade } from "./dorm-result.ts";
import type { Settings } from "./settings.ts";

/** The optional appraisal points table of the Settings tab: points per fail, per excellent, per grade. */
export interface PointsTable {
  readonly ownFail?: number;
  readonly contactFail?: number;
  readonly ownExcellent?: number;
  readonly gradeExcellent?: number;
  readonly gradePass?: number;
  readonly gradeFail?: number;
}

/** What one semester of a member's record brings into the points. */
export interface SemesterFacts {
  readonly grade: Grade;
  /** Fails and excellents of the dorm(s) the member lived in, while they lived there. */
  readonly fails: number;
  readonly excellents: number;
  /** Fails of the dorms the member contacts, while they were assigned. */
  readonly contactFails: number;
}

/** One line of a member's points: what, how many, how much each, how much in all. */
export interface PointsLine {
  readonly kind: "ownFail" | "contactFail" | "ownExcellent" | "gradeExcellent" | "gradePass" | "gradeFail";
  readonly count: number;
  readonly each: number;
  readonly points: number;
}

export interface Points {
  readonly total: number;
  readonly lines: readonly PointsLine[];
}

/**
 * The points table a Settings tab gives, or undefined when it gives none (every entry blank).
 *
 * @example
 * pointsTable({ ...DEFAULT_SETTINGS, pointsOwnFail: -5 }) //=> { ownFail: -5 }
 */
export function pointsTable(settings: Settings): PointsTable | undefined {
  const table: Record<string, number> = {};
  const entries: [keyof PointsTable, number | undefined][] = [
    ["ownFail", settings.pointsOwnFail],
    ["contactFail", settings.pointsContactFail],
    ["ownExcellent", settings.pointsOwnExcellent],
    ["gradeExcellent", settings.pointsGradeExcellent],
    ["gradePass", settings.pointsGradePass],
    ["gradeFail", settings.pointsGradeFail],
  ];
  for (const [kind, value] of entries) if (value !== undefined) table[kind] = value;
  return Object.keys(table).length > 0 ? table : undefined;
}

const GRADE_KIND = { excellent: "gradeExcellent", pass: "gradePass", fail: "gradeFail" } as const;

/**
 * A member's points over the semesters of a year: each fail and excellent of their own dorm,
 * each fail of a dorm they contact, and each semester's grade, by the table; lines only for what
 * the table prices and the record holds.
 *
 * @example
 * pointsOf({ ownFail: -5, gradePass: 10 }, [{ grade: "pass", fails: 1, excellents: 0, contactFails: 0 }])
 * //=> { total: 5, lines: [{ kind: "ownFail", count: 1, each: -5, points: -5 }, { kind: "gradePass", count: 1, each: 10, points: 10 }] }
 */
export function pointsOf(table: PointsTable, semesters: readonly SemesterFacts[]): Points {
  const counts: Record<PointsLine["kind"], number> = {
    ownFail: 0,
    contactFail: 0,
    ownExcellent: 0,
    gradeExcellent: 0,
    gradePass: 0,
    gradeFail: 0,
  };
  for (const s of semesters) {
    counts.ownFail += s.fails;
    counts.ownExcellent += s.excellents;
    counts.contactFail += s.contactFails;
    if (s.grade !== "none") counts[GRADE_KIND[s.grade]]++;
  }
  const lines: PointsLine[] = [];
  for (const kind of Object.keys(counts) as PointsLine["kind"][]) {
    const each = table[kind];
    if (each === undefined || counts[kind] === 0) continue;
    lines.push({ kind, count: counts[kind], each, points: counts[kind] * each });
  }
  return { total: lines.reduce((n, l) => n + l.points, 0), lines };
}
