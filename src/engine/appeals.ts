import { type InspectionRef, refOf } from "./evidence.ts";
import type { Inspection } from "./records.ts";

/** An inspection revoked on appeal: still on the sheet, counted by no rule, shown with its reason. */
export interface RevokedInspection {
  readonly inspection: InspectionRef;
  readonly reason: string;
}

/**
 * Whether an appeal revoked the inspection (申诉结果 撤销). An upheld appeal changes nothing.
 *
 * @example
 * isRevoked({ ...inspection, appeal: { outcome: "revoked", reason: "复查有误" } }) //=> true
 */
export function isRevoked(inspection: Inspection): boolean {
  return inspection.appeal?.outcome === "revoked";
}

/**
 * Splits inspections into those the rules count and those revoked on appeal, keeping their order.
 *
 * @example
 * splitAppeals(inspections).revoked[0]?.reason //=> "复查确认记录有误"
 */
export function splitAppeals(inspections: readonly Inspection[]): {
  counted: readonly Inspection[];
  revoked: RevokedInspection[];
} {
  // Most dorms have no appeal at all: their list is used as it is, not copied.
  if (!inspections.some(isRevoked)) return { counted: inspections, revoked: [] };
  const counted: Inspection[] = [];
  const revoked: RevokedInspection[] = [];
  for (const i of inspections) {
    if (isRevoked(i)) revoked.push({ inspection: refOf(i), reason: i.appeal?.reason ?? "" });
    else counted.push(i);
  }
  return { counted, revoked };
}
