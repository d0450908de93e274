import type { Day } from "./day.ts";
import type { Semester } from "./semester.ts";

/** A record of a semester that belongs to a dorm, as inspections, visits and 无人 rows do. */
interface DormDated {
  readonly day: Day;
  readonly row: number;
  readonly dormId: string;
}

/** One dorm's records of a semester, in the order given, and what a pass in that order saw of them. */
export interface DormGroup<T> {
  readonly items: T[];
  /** By date, then row, already (most sheets are kept in date order): no sort needed. */
  readonly inOrder: boolean;
  /** Some record answered `flagged` (e.g. an inspection revoked on appeal). */
  readonly flagged: boolean;
}

const never = (): boolean => false;

/**
 * The records of a semester, by dorm, in the order given. Two passes in the order given (count,
 * then place), so that each dorm's list is made once at its size, and so that whether a dorm's
 * records are in date order, or whether any of them is `flagged`, is learnt without visiting
 * them again dorm by dorm: a dorm's records lie far apart in memory, a sheet's rows do not.
 *
 * @example
 * groupByDorm(inspections, semester, isRevoked).get("3-201")?.inOrder //=> true
 */
export function groupByDorm<T extends DormDated>(
  items: readonly T[],
  semester: Pick<Semester, "first" | "last">,
  flagged: (item: T) => boolean = never,
): Map<string, DormGroup<T>> {
  const slotOf = new Map<string, number>();
  const counts: number[] = [];
  const lastDay: number[] = [];
  const lastRow: number[] = [];
  const unordered: boolean[] = [];
  const anyFlagged: boolean[] = [];
  const slots = new Int32Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (item.day < semester.first || item.day > semester.last) continue;
    let slot = slotOf.get(item.dormId);
    if (slot === undefined) {
      slot = counts.length;
      slotOf.set(item.dormId, slot);
      counts.push(0);
      lastDay.push(item.day);
      lastRow.push(item.row);
      unordered.push(false);
      anyFlagged.push(false);
    } else {
      const day = lastDay[slot] as number;
      if (item.day < day || (item.day === day && item.row < (lastRow[slot] as number)))
        unordered[slot] = true;
      lastDay[slot] = item.day;
      lastRow[slot] = item.row;
    }
    if (flagged(item)) anyFlagged[slot] = true;
    counts[slot] = (counts[slot] as number) + 1;
    slots[i] = slot;
  }
  const lists = counts.map((count) => new Array<T>(count));
  const filled = new Int32Array(counts.length);
  for (let i = 0; i < items.length; i++) {
    const slot = slots[i] as number;
    if (slot < 0) continue;
    (lists[slot] as T[])[filled[slot] as number] = items[i] as T;
    filled[slot] = (filled[slot] as number) + 1;
  }
  const groups = new Map<string, DormGroup<T>>();
  slotOf.forEach((slot, dormId) => {
    groups.set(dormId, {
      items: lists[slot] as T[],
      inOrder: !unordered[slot],
      flagged: anyFlagged[slot] as boolean,
    });
  });
  return groups;
}
