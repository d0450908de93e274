import { isoOf } from "./day.ts";
import type { Deduction } from "./deductions.ts";
import type { Level } from "./level.ts";
import type { Inspection } from "./records.ts";

/** An inspection named as evidence: enough for a person to find it on the Inspections tab. */
export interface InspectionRef {
  readonly row: number;
  /** ISO date; plain data, so it crosses the sidebar bridge unchanged. */
  readonly date: string;
  readonly dormId: string;
  readonly category: string;
  readonly level: Level;
  /** The score it counted with, when it has one. */
  readonly score?: number;
  /** 拒查: the dorm refused the inspection, which fails. */
  readonly refused?: true;
  /** The scoresheet items found, when the row listed them: why it scored what it did. */
  readonly deductions?: readonly Deduction[];
}

/**
 * The evidence form of an inspection. The score, a refusal and the items found are carried only
 * when there are some, so that a department without scoresheets keeps small records.
 *
 * @example
 * refOf(inspection) //=> { row: 5, date: "2025-09-15", dormId: "3-201", category: "hygiene", level: "fail" }
 */
export function refOf(inspection: Inspection): InspectionRef {
  const ref: { -readonly [K in keyof InspectionRef]: InspectionRef[K] } = {
    row: inspection.row,
    date: isoOf(inspection.day),
    dormId: inspection.dormId,
    category: inspection.category,
    level: inspection.level,
  };
  // Optional fields only when they say something; set in place, not spread (one per inspection).
  const { score, basis, deductions } = inspection;
  if (score !== undefined) ref.score = score;
  if (basis === "refused") ref.refused = true;
  if (deductions?.length) ref.deductions = deductions;
  return ref;
}
