import type { RevokedInspection } from "./appeals.ts";
import type { ClearedFail } from "./clearing.ts";
import type { DormResult, Grade, StreakLimit, TotalLimit, Warning } from "./dorm-result.ts";
import type { InspectionRef } from "./evidence.ts";
import type { PlaqueAction } from "./plaque-check.ts";
import type { Dorm, Visit } from "./records.ts";

/** One dorm's semester: its inspections' result, its plaque and its contact visits. */
export interface DormSemester extends DormResult {
  readonly dorm: Dorm;
  /** The dorm's row on the Dorms tab (`dorm.row`), where its outputs go. */
  readonly row: number;
  /** Full or probationary members live here: a member dorm. */
  readonly memberDorm: boolean;
  readonly plaque: PlaqueAction;
  /** R11: the contact visits of this semester, in date order. */
  readonly visits: readonly Visit[];
  readonly visitsRequired: number;
  /** In a second semester: R4 as reached in the first semester of the same academic year. */
  readonly earlierTotalLimit: TotalLimit | undefined;
  /** The mean score of its inspections that carry one, to one decimal (see `meanScore`). */
  readonly meanScore: number | undefined;
  /** 无人: the times inspectors found nobody in, which are no inspection. */
  readonly nobodyIn: number;
  /** This semester's inspections revoked on appeal: on the sheet, counted by no rule. */
  readonly revoked: readonly RevokedInspection[];
  /** Fails taken off the record by later excellents (fail clearing, when it is on). */
  readonly cleared: readonly ClearedFail[];
}

/** What a dorm's semester adds to its result (its warnings may be cleared for a dorm without members). */
type SemesterFields = Omit<DormSemester, Exclude<keyof DormResult, "warnings">>;

/**
 * A dorm's semester made from its result. Every field is its own, by name, except the lists of its
 * excellent and of all its inspections, which are the result's: made when first read (see
 * `dormResult`).
 */
export class DormSemesterOf implements DormSemester {
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
  readonly dorm: Dorm;
  readonly row: number;
  readonly memberDorm: boolean;
  readonly plaque: PlaqueAction;
  readonly visits: readonly Visit[];
  readonly visitsRequired: number;
  readonly earlierTotalLimit: TotalLimit | undefined;
  readonly meanScore: number | undefined;
  readonly nobodyIn: number;
  readonly revoked: readonly RevokedInspection[];
  readonly cleared: readonly ClearedFail[];
  readonly #result: DormResult;

  constructor(result: DormResult, semester: SemesterFields) {
    this.#result = result;
    this.dormId = result.dormId;
    this.failedInspections = result.failedInspections;
    this.count = result.count;
    this.fails = result.fails;
    this.excellents = result.excellents;
    this.longestStreak = result.longestStreak;
    this.currentStreak = result.currentStreak;
    this.streakLimit = result.streakLimit;
    this.totalLimit = result.totalLimit;
    this.grade = result.grade;
    this.warnings = semester.warnings;
    this.dorm = semester.dorm;
    this.row = semester.row;
    this.memberDorm = semester.memberDorm;
    this.plaque = semester.plaque;
    this.visits = semester.visits;
    this.visitsRequired = semester.visitsRequired;
    this.earlierTotalLimit = semester.earlierTotalLimit;
    this.meanScore = semester.meanScore;
    this.nobodyIn = semester.nobodyIn;
    this.revoked = semester.revoked;
    this.cleared = semester.cleared;
  }

  get excellentInspections(): readonly InspectionRef[] {
    return this.#result.excellentInspections;
  }

  get inspections(): readonly InspectionRef[] {
    return this.#result.inspections;
  }
}
