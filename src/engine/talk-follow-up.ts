import type { Day } from "./day.ts";
import { dayOfIso } from "./day.ts";
import type { InspectionRef } from "./evidence.ts";
import { isSanctioned, type Member, type Talk } from "./records.ts";

export interface TalkFollowUp {
  readonly inspection: InspectionRef;
  /** followed: a member of the dorm recorded a talk in time; pending: the window is still open. */
  readonly status: "followed" | "pending" | "missed";
  readonly talkRow: number | undefined;
}

/**
 * R9: each failing inspection of a member dorm should be followed within `days` by a talk
 * held by one of the dorm's full or probationary members.
 *
 * @example
 * talkFollowUps([failRef], members, talks, 7, today)[0].status //=> "missed"
 */
export function talkFollowUps(
  fails: readonly InspectionRef[],
  members: readonly Member[],
  talks: readonly Talk[],
  days: number,
  today: Day,
): TalkFollowUp[] {
  const dormOf = new Map(members.filter((m) => isSanctioned(m.status)).map((m) => [m.id, m.dormId]));
  return fails.map((inspection) => {
    const from = dayOfIso(inspection.date) as Day;
    // The earliest talk in the window (then the topmost row), so the answer does not depend on
    // the order the talks are listed in.
    const talk = talks
      .filter((t) => dormOf.get(t.studentId) === inspection.dormId && t.day >= from && t.day <= from + days)
      .reduce<Talk | undefined>(
        (best, t) => (!best || (t.day - best.day || t.row - best.row) < 0 ? t : best),
        undefined,
      );
    const status = talk ? "followed" : today <= from + days ? "pending" : "missed";
    return { inspection, status, talkRow: talk?.row };
  });
}
