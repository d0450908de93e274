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

/**
 * What a reader learnt of a list's records while reading them: each one's dorm, as a position in
 * `dormIds`. It lies beside the list, not in the records, which keep their shape.
 */
export interface DormPositions {
  /** The dorms' ids, in the order the positions count. */
  readonly dormIds: readonly string[];
  /** Per record of the list, its dorm's position in `dormIds`. */
  readonly positions: Int32Array;
}

const positionsOf = new WeakMap<readonly object[], DormPositions>();

/**
 * Notes each record's dorm by position, so that `groupByDorm` puts the list's records in their
 * dorms' lists with no lookup by name. Only a hint: a record whose position names another dorm
 * than its `dormId`, or a list whose length has changed since, is grouped by name as any other.
 *
 * @example
 * noteDormPositions(inspections, { dormIds: ["3-201", "3-202"], positions: Int32Array.of(1, 0, 1) })
 */
export function noteDormPositions(list: readonly DormDated[], known: DormPositions): void {
  positionsOf.set(list, known);
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
  // The reader's positions, when they still fit the list: a dorm's slot is then found by position.
  const known = positionsOf.get(items);
  const fits = known !== undefined && known.positions.length === items.length;
  const dormIds = fits ? known.dormIds : [];
  const positions = fits ? known.positions : new Int32Array(0);
  const slotAt = new Int32Array(dormIds.length).fill(-1);
  /** The dorm's slot, made on its first record. */
  const slotFor = (dormId: string, item: T): number => {
    let slot = slotOf.get(dormId);
    if (slot === undefined) {
      slot = counts.length;
      slotOf.set(dormId, slot);
      counts.push(0);
      lastDay.push(item.day);
      lastRow.push(item.row);
      unordered.push(false);
      anyFlagged.push(false);
    }
    return slot;
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (item.day < semester.first || item.day > semester.last) continue;
    let slot: number;
    const at = fits ? (positions[i] as number) : -1;
    if (at >= 0 && at < dormIds.length && dormIds[at] === item.dormId) {
      slot = slotAt[at] as number;
      if (slot < 0) {
        slot = slotFor(item.dormId, item);
        slotAt[at] = slot;
      }
    } else slot = slotFor(item.dormId, item);
    const day = lastDay[slot] as number;
    if (item.day < day || (item.day === day && item.row < (lastRow[slot] as number))) unordered[slot] = true;
    lastDay[slot] = item.day;
    lastRow[slot] = item.row;
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
