import type { Day } from "./day.ts";
import { dayOfIso } from "./day.ts";
import { sortByDateThenRow } from "./dorm-result.ts";
import type { InspectionRef } from "./evidence.ts";
import { isSanctioned, type Member, type Talk } from "./records.ts";

export interface TalkFollowUp {
  readonly inspection: InspectionRef;
  /** followed: a member of the dorm recorded a talk in time; pending: the window is still open. */
  readonly status: "followed" | "pending" | "missed";
  readonly talkRow: number | undefined;
}

/** Each dorm's talks held by its full or probationary members, earliest first, then topmost row. */
function talksByDorm(members: readonly Member[], talks: readonly Talk[]): Map<string, Talk[]> {
  const dormOf = new Map(members.filter((m) => isSanctioned(m.status)).map((m) => [m.id, m.dormId]));
  const byDorm = new Map<string, Talk[]>();
  for (const talk of talks) {
    const dormId = dormOf.get(talk.studentId);
    if (dormId === undefined) continue;
    const list = byDorm.get(dormId);
    if (list) list.push(talk);
    else byDorm.set(dormId, [talk]);
  }
  for (const list of byDorm.values()) sortByDateThenRow(list);
  return byDorm;
}

/** The first talk of an ordered list held on or after `from` (binary search). */
function firstFrom(ordered: readonly Talk[], from: Day): Talk | undefined {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ordered[middle] as Talk).day < from) low = middle + 1;
    else high = middle;
  }
  return ordered[low];
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
  const byDorm = talksByDorm(members, talks);
  return fails.map((inspection) => {
    const from = dayOfIso(inspection.date) as Day;
    // The earliest talk in the window (then the topmost row), so the answer does not depend on
    // the order the talks are listed in.
    const first = firstFrom(byDorm.get(inspection.dormId) ?? [], from);
    const talk = first && first.day <= from + days ? first : undefined;
    const status = talk ? "followed" : today <= from + days ? "pending" : "missed";
    return { inspection, status, talkRow: talk?.row };
  });
}
