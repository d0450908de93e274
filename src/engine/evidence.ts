import { isoOf } from "./day.ts";
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
}

/**
 * The evidence form of an inspection.
 *
 * @example
 * refOf(inspection) //=> { row: 5, date: "2025-09-15", dormId: "3-201", category: "hygiene", level: "fail" }
 */
export function refOf(inspection: Inspection): InspectionRef {
  return {
    row: inspection.row,
    date: isoOf(inspection.day),
    dormId: inspection.dormId,
    category: inspection.category,
    level: inspection.level,
  };
}
