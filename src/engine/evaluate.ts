import { isRevoked, type RevokedInspection, splitAppeals } from "./appeals.ts";
import { type ClearedFail, clearFails } from "./clearing.ts";
import { coverageOf, type MemberCoverage } from "./coverage.ts";
import { type Day, dayOfIso } from "./day.ts";
import { type DormResult, dormResult, sortByDateThenRow, type TotalLimit } from "./dorm-result.ts";
import { type DormSemester, DormSemesterOf } from "./dorm-semester.ts";
import type { InspectionRef } from "./evidence.ts";
import { type DormGroup, groupByDorm } from "./group-by-dorm.ts";
import { meanScore } from "./mean-score.ts";
import { type MemberOutcome, memberOutcome } from "./member-outcome.ts";
import { memberRecord } from "./member-record.ts";
import { plaqueAction } from "./plaque-check.ts";
import { type Inspection, isSanctioned, type Member, type Records } from "./records.ts";
import { residences, type Stay, staysWithin } from "./residence.ts";
import { type Semester, semesterById, semesterOf } from "./semester.ts";
import type { Settings } from "./settings.ts";
import { type TalkFollowUp, talkFollowUps } from "./talk-follow-up.ts";

export type { DormSemester } from "./dorm-semester.ts";

/** Everything the regime concludes for one semester. */
export interface Evaluation {
  readonly semester: Semester;
  readonly settings: Settings;
  readonly today: Day;
  readonly dorms: readonly DormSemester[];
  readonly members: readonly MemberOutcome[];
  readonly talkFollowUps: readonly TalkFollowUp[];
  /** Where each member who moved lived during the semester, in date order. */
  readonly stays: ReadonlyMap<string, readonly Stay[]>;
  /** Contact assignments: each assigned member's coverage (empty without an Assignments tab). */
  readonly coverage: readonly MemberCoverage[];
  /**
   * Each member's own record: their dorm's, or for a member who moved, that of each stay. Made
   * when first read (a recalculation does not need it by student).
   */
  readonly memberRecords: ReadonlyMap<string, DormResult>;
}

/** R4 of the first semester of an academic year, by dorm and by member, for its second semester. */
export interface YearEarlier {
  readonly dorms: ReadonlyMap<string, TotalLimit>;
  readonly members: ReadonlyMap<string, TotalLimit>;
}

/** What an evaluation may take from elsewhere: the first semester's R4 when it is archived. */
export interface EvaluateOptions {
  readonly earlier?: YearEarlier;
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

/** A dorm's inspections of a semester: in order, then split by appeals and fail clearing. */
interface DormRecord {
  /** What the rules count, by date then row: no revoked inspection, no cleared fail. */
  readonly record: readonly Inspection[];
  readonly revoked: readonly RevokedInspection[];
  readonly cleared: readonly ClearedFail[];
}

const NO_RECORD: DormRecord = { record: [], revoked: [], cleared: [] };
const NONE_REVOKED: readonly RevokedInspection[] = Object.freeze([]);
const NONE_CLEARED: readonly InspectionRef[] = Object.freeze([]);

function dormRecords(records: Records, settings: Settings, semester: Semester): Map<string, DormRecord> {
  const byDormId = new Map<string, DormRecord>();
  groupByDorm(records.inspections, semester, isRevoked).forEach((group, dormId) => {
    // Most dorms have no appeal: their list is not walked again to find none.
    const { counted, revoked } = group.flagged
      ? splitAppeals(inOrder(group))
      : { counted: inOrder(group), revoked: NONE_REVOKED };
    const { record, cleared } = clearFails(counted, settings);
    byDormId.set(dormId, { record, revoked, cleared });
  });
  return byDormId;
}

/** A dorm's records by date, then row; the list as given when it is in that order already (most sheets). */
function inOrder<T extends { day: Day; row: number }>(group: DormGroup<T> | undefined): T[] {
  if (!group) return [];
  return group.inOrder ? group.items : sortByDateThenRow(group.items);
}

/**
 * Each member's own record for a semester, in the order of `members` (undefined where the
 * member's dorm has none): their dorm's, or, for a member who moved, the record of the dorm they
 * lived in on each inspection's day (`memberRecord`).
 */
function memberResults(
  members: readonly Member[],
  stays: ReadonlyMap<string, readonly Stay[]>,
  byDorm: ReadonlyMap<string, DormRecord>,
  dormResultOf: (dormId: string) => DormResult | undefined,
  settings: Settings,
  semester: Semester,
): (DormResult | undefined)[] {
  const results = new Array<DormResult | undefined>(members.length);
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as Member;
    // Most semesters nobody moved: no lookup per member then.
    const moved = stays.size === 0 ? undefined : stays.get(m.id);
    const within = moved && staysWithin(moved, semester.first, semester.last);
    results[i] =
      within && !(within.length === 1 && within[0]?.dormId === m.dormId)
        ? memberRecord(within, (id) => byDorm.get(id)?.record ?? [], settings)
        : dormResultOf(m.dormId);
  }
  return results;
}

/** The members' records by student ID, made when first asked for (see `Evaluation.memberRecords`). */
function byStudent(
  members: readonly Member[],
  results: readonly (DormResult | undefined)[],
): () => ReadonlyMap<string, DormResult> {
  let map: Map<string, DormResult> | undefined;
  return () => {
    if (map) return map;
    map = new Map();
    members.forEach((m, i) => {
      const result = results[i];
      if (result) map?.set(m.id, result);
    });
    return map;
  };
}

/**
 * R4 of the first semester of the academic year a second semester belongs to, by dorm and by
 * member (whose record follows their moves): the annual assessment is for the year.
 *
 * @example
 * yearEarlier(records, settings, semesterById("2025-2026-2", settings))?.members.get("2022010001")
 */
export function yearEarlier(
  records: Records,
  settings: Settings,
  semester: Semester,
): YearEarlier | undefined {
  if (semester.term !== 2) return undefined;
  const first = semesterById(`${semester.startYear}-${semester.startYear + 1}-1`, settings);
  const byDorm = dormRecords(records, settings, first);
  const dormResults = new Map(
    [...byDorm].map(([dormId, r]) => [dormId, dormResult(dormId, r.record, settings)] as const),
  );
  const dorms = new Map<string, TotalLimit>();
  for (const [dormId, result] of dormResults) if (result.totalLimit) dorms.set(dormId, result.totalLimit);
  const stays = residences(records.members, records.moves ?? []);
  const members = new Map<string, TotalLimit>();
  const own = memberResults(records.members, stays, byDorm, (id) => dormResults.get(id), settings, first);
  records.members.forEach((m, i) => {
    const limit = own[i]?.totalLimit;
    if (limit) members.set(m.id, limit);
  });
  return { dorms, members };
}

/** A cleared fail stays a public criticism (R1): it is added back to the member's criticisms. */
function withClearedCriticisms(outcome: MemberOutcome, cleared: readonly InspectionRef[]): MemberOutcome {
  if (cleared.length === 0 || outcome.criticisms.length + cleared.length === 0) return outcome;
  if (outcome.status !== "full" && outcome.status !== "probationary") return outcome;
  const criticisms = [...outcome.criticisms, ...cleared].sort(
    (a, b) => a.date.localeCompare(b.date) || a.row - b.row,
  );
  // The praises are read by a getter, which a spread does not copy.
  return { ...outcome, criticisms, praises: outcome.praises };
}

/**
 * Applies rules R1–R11 to one semester. Pure: `today` is passed in, nothing is read or written.
 * Inspections revoked on appeal count for nothing; cleared fails leave the dorm's record; each
 * member answers for the dorm they lived in on each inspection's day.
 *
 * @example
 * evaluate(records, DEFAULT_SETTINGS, today).dorms[0].grade //=> "pass"
 */
export function evaluate(
  records: Records,
  settings: Settings,
  today: Day,
  semesterId?: string,
  options: EvaluateOptions = {},
): Evaluation {
  const semester = semesterId
    ? semesterById(semesterId, settings)
    : currentSemester(records, settings, today);
  const byDorm = dormRecords(records, settings, semester);
  const visitsByDorm = groupByDorm(records.visits, semester);
  const nobodyInByDorm = groupByDorm(records.nobodyIn ?? [], semester);
  const memberDorms = new Set<string>();
  for (let i = 0; i < records.members.length; i++) {
    const m = records.members[i] as Member;
    if (isSanctioned(m.status)) memberDorms.add(m.dormId);
  }

  const earlier = options.earlier ?? yearEarlier(records, settings, semester);
  const dorms = records.dorms.map((dorm): DormSemester => {
    const memberDorm = memberDorms.has(dorm.id);
    const { record, revoked, cleared } = byDorm.get(dorm.id) ?? NO_RECORD;
    const result = dormResult(dorm.id, record, settings, { inOrder: true });
    return new DormSemesterOf(result, {
      // Warnings matter only where someone would bear the consequence.
      warnings: memberDorm ? result.warnings : [],
      dorm,
      row: dorm.row,
      memberDorm,
      plaque: plaqueAction(dorm, memberDorm),
      visits: inOrder(visitsByDorm.get(dorm.id)),
      visitsRequired: settings.visitsPerSemester,
      earlierTotalLimit: earlier?.dorms.get(dorm.id),
      meanScore: meanScore(record),
      nobodyIn: nobodyInByDorm.get(dorm.id)?.items.length ?? 0,
      revoked,
      cleared,
    });
  });

  const dormById = new Map(dorms.map((d) => [d.dormId, d]));
  const allStays = residences(records.members, records.moves ?? []);
  const stays = new Map<string, Stay[]>();
  const presentDorm = allStays.size > 0 ? new Map(records.members.map((m) => [m.id, m.dormId])) : undefined;
  for (const [id, list] of allStays) {
    const within = staysWithin(list, semester.first, semester.last);
    if (within.length > 1 || within[0]?.dormId !== presentDorm?.get(id)) stays.set(id, within);
  }
  const own = memberResults(records.members, allStays, byDorm, (id) => dormById.get(id), settings, semester);
  const memberRecords = byStudent(records.members, own);
  const anyCleared = dorms.some((d) => d.cleared.length > 0);
  const clearedIn = (studentId: string, dormId: string): readonly InspectionRef[] => {
    // Fail clearing is off by default: then no member has a cleared fail to carry.
    if (!anyCleared) return NONE_CLEARED;
    const list = stays.get(studentId) ?? [{ dormId, from: undefined, to: undefined, moveRow: undefined }];
    return list.flatMap((s) =>
      (byDorm.get(s.dormId)?.cleared ?? [])
        .map((c) => c.fail)
        .filter((f) => {
          const day = dayOfIso(f.date) as Day;
          return (s.from === undefined || day >= s.from) && (s.to === undefined || day <= s.to);
        }),
    );
  };
  const members: MemberOutcome[] = [];
  for (let i = 0; i < records.members.length; i++) {
    const m = records.members[i] as Member;
    const result = own[i];
    if (!result || !dormById.has(m.dormId)) continue;
    members.push(
      withClearedCriticisms(memberOutcome(m, result, earlier?.members.get(m.id)), clearedIn(m.id, m.dormId)),
    );
  }

  const memberDormFails: InspectionRef[] = [];
  for (const d of dorms) if (d.memberDorm) for (const fail of d.failedInspections) memberDormFails.push(fail);
  const followUps = talkFollowUps(
    memberDormFails,
    records.members,
    records.talks,
    settings.talkFollowUpDays,
    today,
  );
  const coverage = coverageOf(
    records,
    settings,
    semester,
    today,
    (dormId) => dormById.get(dormId)?.failedInspections ?? [],
  );

  return {
    semester,
    settings,
    today,
    dorms,
    members,
    talkFollowUps: followUps,
    stays,
    coverage,
    get memberRecords() {
      return memberRecords();
    },
  };
}
