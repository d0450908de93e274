import { byDateThenRow, type DormResult, dormResult, type Grade, resultWith } from "./dorm-result.ts";
import type { Inspection } from "./records.ts";
import type { Stay } from "./residence.ts";
import type { Settings } from "./settings.ts";

/**
 * The record a member who moved answers for in a semester: the inspections of the dorm they
 * lived in on each inspection's day (`stays`, clipped to the semester), each dorm's taken from
 * `recordOf` (that dorm's semester record, after appeals and clearing). The rules apply as to a
 * dorm, with one difference: a failing streak never runs across a move, since R3 counts one
 * dorm's fails in a row. Fails counted for R4 add up over the whole semester, whichever dorm.
 *
 * @example
 * memberRecord([{ dormId: "3-201", from, to: moveDay - 1 }, { dormId: "5-402", from: moveDay, to }], recordOf, settings).fails //=> 3
 */
export function memberRecord(
  stays: readonly Stay[],
  recordOf: (dormId: string) => readonly Inspection[],
  settings: Settings,
): DormResult {
  const segments = stays.map((stay) =>
    recordOf(stay.dormId).filter(
      (i) => (stay.from === undefined || i.day >= stay.from) && (stay.to === undefined || i.day <= stay.to),
    ),
  );
  const dormId = stays.at(-1)?.dormId ?? "";
  const whole = dormResult(dormId, segments.flat().sort(byDateThenRow), settings);
  const parts = segments.map((segment, i) => dormResult(stays[i]?.dormId ?? dormId, segment, settings));
  const streakLimit = parts.find((p) => p.streakLimit)?.streakLimit;
  const grade: Grade =
    streakLimit || whole.totalLimit ? "fail" : whole.grade === "fail" ? "pass" : whole.grade;
  return resultWith(whole, {
    streakLimit,
    grade,
    longestStreak: Math.max(0, ...parts.map((p) => p.longestStreak)),
    currentStreak: parts.at(-1)?.currentStreak ?? 0,
    // Early warnings are for dorms, where the branch acts; a member's record gives none.
    warnings: [],
  });
}
