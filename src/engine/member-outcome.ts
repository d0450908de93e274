import type { DormResult, Grade, TotalLimit } from "./dorm-result.ts";
import type { InspectionRef } from "./evidence.ts";
import { isReviewed, isSanctioned, type Member, type Status } from "./records.ts";

/** What the regime does to one member this semester, each consequence with the inspections behind it. */
export interface MemberOutcome {
  readonly studentId: string;
  /** The member's row on the Members tab, where the outcome is written. */
  readonly row: number;
  readonly name: string;
  readonly status: Status;
  readonly dormId: string;
  readonly contact: string;
  /** R1: one public criticism per failing inspection of the member's dorm. */
  readonly criticisms: readonly InspectionRef[];
  /**
   * R2: one public praise per excellent inspection. Read by a getter: a spread (`{ ...outcome }`)
   * does not copy it, so name it when copying an outcome.
   */
  readonly praises: readonly InspectionRef[];
  /** R2: how many praises (the length of `praises`, known without making that list). */
  readonly praiseCount: number;
  /** R3: undefined for people the regime does not sanction or review. */
  readonly eligibility: "kept" | "revoked" | undefined;
  readonly eligibilityEvidence: readonly InspectionRef[];
  /** R6: the dorm was graded excellent. */
  readonly priority: boolean;
  /** R4: the annual assessment (full) or probation review (probationary) is unqualified. */
  readonly assessment: "fullUnqualified" | "probationUnqualified" | undefined;
  readonly assessmentEvidence: readonly InspectionRef[];
  /** R4: the action item and its deadline (ISO). */
  readonly action: { readonly deadline: string; readonly contact: string } | undefined;
  /** R7: what candidates' and activists' review shows of their dorm. */
  readonly review: { readonly grade: Grade; readonly fails: number; readonly excellents: number } | undefined;
}

/** No inspections: one frozen empty list serves every outcome that has none. */
const NONE: readonly InspectionRef[] = Object.freeze([]);

/**
 * Applies a dorm's results to one person living in it (R1–R4, R6, R7). `earlier` is the dorm's
 * R4 of the first semester of the same academic year, when this is the second: an annual
 * assessment or probation review made unqualified there stays unqualified for the year.
 *
 * @example
 * memberOutcome(fullMember, dormWithTwoFailsInARow).eligibility //=> "revoked"
 */
export function memberOutcome(member: Member, dorm: DormResult, earlier?: TotalLimit): MemberOutcome {
  return new Outcome(member, dorm, earlier);
}

/**
 * A member's outcome. Every field is its own except the praises, which are the dorm's list,
 * read when asked for: a recalculation needs only their count, and making the evidence of every
 * excellent inspection of a university costs more than the rest of a member's outcome.
 */
class Outcome implements MemberOutcome {
  readonly studentId: string;
  readonly row: number;
  readonly name: string;
  readonly status: Status;
  readonly dormId: string;
  readonly contact: string;
  readonly criticisms: readonly InspectionRef[];
  readonly praiseCount: number;
  readonly eligibility: "kept" | "revoked" | undefined;
  readonly eligibilityEvidence: readonly InspectionRef[];
  readonly priority: boolean;
  readonly assessment: "fullUnqualified" | "probationUnqualified" | undefined;
  readonly assessmentEvidence: readonly InspectionRef[];
  readonly action: { readonly deadline: string; readonly contact: string } | undefined;
  readonly review: { readonly grade: Grade; readonly fails: number; readonly excellents: number } | undefined;
  /** The dorm whose excellent inspections are the praises; undefined for no praise at all. */
  readonly #praisedBy: DormResult | undefined;

  constructor(member: Member, dorm: DormResult, earlier: TotalLimit | undefined) {
    this.studentId = member.id;
    this.row = member.row;
    this.name = member.name;
    this.status = member.status;
    this.dormId = member.dormId;
    this.contact = member.contact;
    if (!isSanctioned(member.status)) {
      const reviewed = isReviewed(member.status);
      this.criticisms = NONE;
      this.praiseCount = 0;
      this.#praisedBy = undefined;
      this.eligibility = reviewed ? "kept" : undefined;
      this.eligibilityEvidence = NONE;
      this.priority = false;
      this.assessment = undefined;
      this.assessmentEvidence = NONE;
      this.action = undefined;
      this.review = reviewed
        ? { grade: dorm.grade, fails: dorm.fails, excellents: dorm.excellents }
        : undefined;
      return;
    }
    const total = dorm.totalLimit;
    // The assessment is yearly; the action item belongs to the semester whose fails caused it.
    const yearly = total ?? earlier;
    // Shared by everyone in the dorm: one list per dorm, not one per member.
    this.criticisms = dorm.failedInspections;
    this.praiseCount = dorm.excellents;
    this.#praisedBy = dorm;
    this.eligibility = dorm.streakLimit ? "revoked" : "kept";
    this.eligibilityEvidence = dorm.streakLimit?.evidence ?? NONE;
    this.priority = dorm.grade === "excellent";
    this.assessment = yearly
      ? member.status === "full"
        ? "fullUnqualified"
        : "probationUnqualified"
      : undefined;
    this.assessmentEvidence = yearly?.evidence ?? NONE;
    this.action = total ? { deadline: total.deadline, contact: member.contact } : undefined;
    this.review = undefined;
  }

  get praises(): readonly InspectionRef[] {
    return this.#praisedBy ? this.#praisedBy.excellentInspections : NONE;
  }
}
