import type { Day } from "./day.ts";
import { byDateThenRow, type DormResult, dormResult, type TotalLimit } from "./dorm-result.ts";
import type { InspectionRef } from "./evidence.ts";
import { meanScore } from "./mean-score.ts";
import { type MemberOutcome, memberOutcome } from "./member-outcome.ts";
import { type PlaqueAction, plaqueAction } from "./plaque-check.ts";
import { type Dorm, isSanctioned, type Records, type Visit } from "./records.ts";
import { type Semester, semesterById, semesterOf } from "./semester.ts";
import type { Settings } from "./settings.ts";
import { type TalkFollowUp, talkFollowUps } from "./talk-follow-up.ts";

/** One dorm's semester: its inspections' result, its plaque and its contact visits. */
export interface DormSemester extends DormResult {
  readonly dorm: Dorm;
  /** The dorm's row on the Dorms tab (`dorm.row`), where its outputs go. */
  readonly row: number;
  /** Full or probationary members live here: a member dorm. */
  readonly memberDorm: boolean;
  readonly plaque: PlaqueAction;
  /** R11: the contact visits of this semester, in date order. */
  readonly visits: readonly Visit[];
  readonly visitsRequired: number;
  /** In a second semester: R4 as reached in the first semester of the same academic year. */
  readonly earlierTotalLimit: TotalLimit | undefined;
  /** The mean score of its inspections that carry one, to one decimal (see `meanScore`). */
  readonly meanScore: number | undefined;
  /** 无人: the times inspectors found nobody in, which are no inspection. */
  readonly nobodyIn: number;
}

/** Everything the regime concludes for one semester. */
export interface Evaluation {
  readonly semester: Semester;
  readonly settings: Settings;
  readonly today: Day;
  readonly dorms: readonly DormSemester[];
  readonly members: readonly MemberOutcome[];
  readonly talkFollowUps: readonly TalkFollowUp[];
}

/**
 * The semester the sheet shows (R0): the setting, or the latest semester with an inspection,
 * or today's when there is none.
 *
 * @example
 * currentSemester(records, DEFAULT_SETTINGS, today).id //=> "2025-2026-1"
 */
export function currentSemester(
  records: Pick<Records, "inspections">,
  settings: Settings,
  today: Day,
): Semester {
  if (settings.currentSemester) return semesterById(settings.currentSemester, settings);
  const latest = records.inspections.reduce<Day | undefined>(
    (max, i) => (max === undefined || i.day > max ? i.day : max),
    undefined,
  );
  return semesterOf(latest ?? today, settings);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The records of a semester, by dorm, in the order given. Two passes (count, then place), so that
 * each dorm's list is made once at its size instead of regrown as records come.
 */
function byDormIn<T extends { day: Day; dormId: string }>(
  items: readonly T[],
  semester: Semester,
): Map<string, T[]> {
  const slotOf = new Map<string, number>();
  const counts: number[] = [];
  const slots = new Int32Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (item.day < semester.first || item.day > semester.last) continue;
    let slot = slotOf.get(item.dormId);
    if (slot === undefined) {
      slot = counts.length;
      slotOf.set(item.dormId, slot);
      counts.push(0);
    }
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
  const groups = new Map<string, T[]>();
  for (const [dormId, slot] of slotOf) groups.set(dormId, lists[slot] as T[]);
  return groups;
}

/** By date, then row; the rows as given when they are in that order already (most sheets). */
function inOrder<T extends { day: Day; row: number }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) {
    if (byDateThenRow(items[i - 1] as T, items[i] as T) > 0) return items.sort(byDateThenRow);
  }
  return items;
}

/**
 * In a second semester, each dorm's result in the first semester of the same academic year: R4's
 * annual assessment is for the year. Members are taken to have lived in their present dorm.
 */
function earlierInYear(
  records: Records,
  settings: Settings,
  semester: Semester,
): Map<string, DormResult> | undefined {
  if (semester.term !== 2) return undefined;
  const first = semesterById(`${semester.startYear}-${semester.startYear + 1}-1`, settings);
  const byDorm = groupBy(
    records.inspections.filter((i) => i.day >= first.first && i.day <= first.last),
    (i) => i.dormId,
  );
  return new Map(
    [...byDorm].map(([dormId, inspections]) => [dormId, dormResult(dormId, inspections, settings)]),
  );
}

/**
 * Applies rules R1–R11 to one semester. Pure: `today` is passed in, nothing is read or written.
 *
 * @example
 * evaluate(records, DEFAULT_SETTINGS, today).dorms[0].grade //=> "pass"
 */
export function evaluate(records: Records, settings: Settings, today: Day, semesterId?: string): Evaluation {
  const semester = semesterId
    ? semesterById(semesterId, settings)
    : currentSemester(records, settings, today);
  const inspectionsByDorm = byDormIn(records.inspections, semester);
  const visitsByDorm = byDormIn(records.visits, semester);
  const nobodyInByDorm = byDormIn(records.nobodyIn ?? [], semester);
  const memberDorms = new Set<string>();
  for (const m of records.members) if (isSanctioned(m.status)) memberDorms.add(m.dormId);

  const earlier = earlierInYear(records, settings, semester);
  const dorms = records.dorms.map((dorm): DormSemester => {
    const memberDorm = memberDorms.has(dorm.id);
    const result = dormResult(dorm.id, inspectionsByDorm.get(dorm.id) ?? [], settings);
    // Every field by name, no spread: one literal shape, cheap to make for thousands of dorms.
    return {
      dormId: result.dormId,
      inspections: result.inspections,
      failedInspections: result.failedInspections,
      excellentInspections: result.excellentInspections,
      count: result.count,
      fails: result.fails,
      excellents: result.excellents,
      longestStreak: result.longestStreak,
      currentStreak: result.currentStreak,
      streakLimit: result.streakLimit,
      totalLimit: result.totalLimit,
      grade: result.grade,
      // Warnings matter only where someone would bear the consequence.
      warnings: memberDorm ? result.warnings : [],
      dorm,
      row: dorm.row,
      memberDorm,
      plaque: plaqueAction(dorm, memberDorm),
      visits: inOrder(visitsByDorm.get(dorm.id) ?? []),
      visitsRequired: settings.visitsPerSemester,
      earlierTotalLimit: earlier?.get(dorm.id)?.totalLimit,
      meanScore: meanScore(result.inspections),
      nobodyIn: nobodyInByDorm.get(dorm.id)?.length ?? 0,
    };
  });

  const dormById = new Map(dorms.map((d) => [d.dormId, d]));
  const members = new Array<MemberOutcome>(records.members.length);
  let outcomes = 0;
  for (const m of records.members) {
    const dorm = dormById.get(m.dormId);
    if (dorm) members[outcomes++] = memberOutcome(m, dorm, dorm.earlierTotalLimit);
  }
  members.length = outcomes;

  const memberDormFails: InspectionRef[] = [];
  for (const d of dorms) if (d.memberDorm) for (const fail of d.failedInspections) memberDormFails.push(fail);
  const followUps = talkFollowUps(
    memberDormFails,
    records.members,
    records.talks,
    settings.talkFollowUpDays,
    today,
  );

  return { semester, settings, today, dorms, members, talkFollowUps: followUps };
}
