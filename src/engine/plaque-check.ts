import type { Dorm } from "./records.ts";

/** R10: what the start-of-semester re-registration does with a dorm's plaque. */
export type PlaqueAction = "hang" | "takeDown" | "reissue" | "ok" | "none";

/**
 * The plaque action for a dorm, given whether full or probationary members live there.
 *
 * @example
 * plaqueAction({ plaque: false, plaqueCondition: "ok" }, true) //=> "hang"
 */
export function plaqueAction(
  dorm: Pick<Dorm, "plaque" | "plaqueCondition">,
  hasMembers: boolean,
): PlaqueAction {
  if (hasMembers && !dorm.plaque) return "hang";
  if (!hasMembers) return dorm.plaque ? "takeDown" : "none";
  return dorm.plaqueCondition === "ok" ? "ok" : "reissue";
}
