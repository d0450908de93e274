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
  /** R2: one public praise per excellent inspection. */
  readonly praises: readonly InspectionRef[];
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
  // Plain literals of one shape, no spread: a recalculation makes one of these per member.
  if (!isSanctioned(member.status)) {
    const reviewed = isReviewed(member.status);
    return {
      studentId: member.id,
      row: member.row,
      name: member.name,
      status: member.status,
      dormId: member.dormId,
      contact: member.contact,
      criticisms: NONE,
      praises: NONE,
      eligibility: reviewed ? "kept" : undefined,
      eligibilityEvidence: NONE,
      priority: false,
      assessment: undefined,
      assessmentEvidence: NONE,
      action: undefined,
      review: reviewed ? { grade: dorm.grade, fails: dorm.fails, excellents: dorm.excellents } : undefined,
    };
  }
  const total = dorm.totalLimit;
  // The assessment is yearly; the action item belongs to the semester whose fails caused it.
  const yearly = total ?? earlier;
  return {
    studentId: member.id,
    row: member.row,
    name: member.name,
    status: member.status,
    dormId: member.dormId,
    contact: member.contact,
    // Shared by everyone in the dorm: one list per dorm, not one per member.
    criticisms: dorm.failedInspections,
    praises: dorm.excellentInspections,
    eligibility: dorm.streakLimit ? "revoked" : "kept",
    eligibilityEvidence: dorm.streakLimit?.evidence ?? NONE,
    priority: dorm.grade === "excellent",
    assessment: yearly ? (member.status === "full" ? "fullUnqualified" : "probationUnqualified") : undefined,
    assessmentEvidence: yearly?.evidence ?? NONE,
    action: total ? { deadline: total.deadline, contact: member.contact } : undefined,
    review: undefined,
  };
}
