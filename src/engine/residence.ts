import type { Day } from "./day.ts";
import type { Member, Move } from "./records.ts";

/** A stretch of time a member lived in one dorm; open-ended on either side when undefined. */
export interface Stay {
  readonly dormId: string;
  /** First day in the dorm (the move's day), or undefined: since before any record. */
  readonly from: Day | undefined;
  /** Last day in the dorm (the day before the next move), or undefined: to this day. */
  readonly to: Day | undefined;
  /** The Moves row that started this stay, if a move did. */
  readonly moveRow: number | undefined;
}

/** A move that does not fit the ones around it: its from dorm, or the last move's to dorm. */
export interface MoveConflict {
  readonly row: number;
  readonly kind: "from" | "last";
  readonly dormId: string;
  /** The dorm the other records say: the previous move's to dorm, or the Members tab's. */
  readonly expected: string;
}

function movesByStudent(moves: readonly Move[]): Map<string, Move[]> {
  const byStudent = new Map<string, Move[]>();
  for (const move of moves) {
    const list = byStudent.get(move.studentId);
    if (list) list.push(move);
    else byStudent.set(move.studentId, [move]);
  }
  for (const list of byStudent.values()) list.sort((a, b) => a.day - b.day || a.row - b.row);
  return byStudent;
}

/**
 * Where each member who moved lived, as stays in date order: before the first move, its from
 * dorm; between moves, the dorm moved into; after the last move, the dorm on the Members tab,
 * which is where the member lives now. Members without a move are left out: they have always
 * lived in their present dorm.
 *
 * @example
 * residences([member("1", "5-402")], [move("2025-11-01", "1", "3-201", "5-402")]).get("1")
 * //=> [{ dormId: "3-201", from: undefined, to: <2025-10-31> }, { dormId: "5-402", from: <2025-11-01>, to: undefined }]
 */
export function residences(members: readonly Member[], moves: readonly Move[]): Map<string, Stay[]> {
  const stays = new Map<string, Stay[]>();
  if (moves.length === 0) return stays;
  const present = new Map(members.map((m) => [m.id, m.dormId]));
  for (const [studentId, list] of movesByStudent(moves)) {
    const dormNow = present.get(studentId);
    if (dormNow === undefined) continue;
    const first = list[0] as Move;
    const out: Stay[] = [
      { dormId: first.fromDormId, from: undefined, to: first.day - 1, moveRow: undefined },
    ];
    list.forEach((move, i) => {
      const next = list[i + 1];
      out.push({
        dormId: next ? move.toDormId : dormNow,
        from: move.day,
        to: next ? next.day - 1 : undefined,
        moveRow: move.row,
      });
    });
    // Two moves on one day leave an empty stay; it holds no inspection and is dropped.
    stays.set(
      studentId,
      out.filter((s) => s.from === undefined || s.to === undefined || s.from <= s.to),
    );
  }
  return stays;
}

/**
 * Moves that contradict the records around them: a from dorm that is not where the previous
 * move went, and a last move whose to dorm is not the Members tab's. Both are still used; the
 * reader says so on the row.
 *
 * @example
 * moveConflicts([move("2025-11-01", "1", "3-201", "5-402")], [member("1", "6-101")])
 * //=> [{ row: 2, kind: "last", dormId: "5-402", expected: "6-101" }]
 */
export function moveConflicts(moves: readonly Move[], members: readonly Member[]): MoveConflict[] {
  if (moves.length === 0) return [];
  const present = new Map(members.map((m) => [m.id, m.dormId]));
  const conflicts: MoveConflict[] = [];
  for (const [studentId, list] of movesByStudent(moves)) {
    list.forEach((move, i) => {
      const previous = list[i - 1];
      if (previous && previous.toDormId !== move.fromDormId) {
        conflicts.push({ row: move.row, kind: "from", dormId: move.fromDormId, expected: previous.toDormId });
      }
    });
    const last = list.at(-1) as Move;
    const now = present.get(studentId);
    if (now !== undefined && now !== last.toDormId) {
      conflicts.push({ row: last.row, kind: "last", dormId: last.toDormId, expected: now });
    }
  }
  return conflicts.sort((a, b) => a.row - b.row);
}

/**
 * The stays of a member that overlap a period, clipped to it.
 *
 * @example
 * staysWithin(stays, semester.first, semester.last).map((s) => s.dormId) //=> ["3-201", "5-402"]
 */
export function staysWithin(stays: readonly Stay[], first: Day, last: Day): Stay[] {
  return stays.flatMap((s) => {
    const from = s.from === undefined || s.from < first ? first : s.from;
    const to = s.to === undefined || s.to > last ? last : s.to;
    return from <= to ? [{ ...s, from, to }] : [];
  });
}

/**
 * The dorm a member lived in on a day: from the stays when the member moved, else the present one.
 *
 * @example
 * dormOn(stays, "5-402", dayOfIso("2025-10-01")!) //=> "3-201"
 */
export function dormOn(stays: readonly Stay[] | undefined, present: string, day: Day): string {
  if (!stays) return present;
  for (const s of stays) {
    if ((s.from === undefined || day >= s.from) && (s.to === undefined || day <= s.to)) return s.dormId;
  }
  return present;
}
