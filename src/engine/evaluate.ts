import type { Day } from "./day.ts";
import { type DormResult, dormResult, type TotalLimit } from "./dorm-result.ts";
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
  const inSemester = (r: { day: Day }) => r.day >= semester.first && r.day <= semester.last;
  const inspectionsByDorm = groupBy(records.inspections.filter(inSemester), (i) => i.dormId);
  const visitsByDorm = groupBy(records.visits.filter(inSemester), (v) => v.dormId);
  const membersByDorm = groupBy(records.members, (m) => m.dormId);
  const nobodyInByDorm = groupBy((records.nobodyIn ?? []).filter(inSemester), (n) => n.dormId);

  const earlier = earlierInYear(records, settings, semester);
  const dorms = records.dorms.map((dorm): DormSemester => {
    const memberDorm = (membersByDorm.get(dorm.id) ?? []).some((m) => isSanctioned(m.status));
    const result = dormResult(dorm.id, inspectionsByDorm.get(dorm.id) ?? [], settings);
    return {
      ...result,
      // Warnings matter only where someone would bear the consequence.
      warnings: memberDorm ? result.warnings : [],
      dorm,
      memberDorm,
      plaque: plaqueAction(dorm, memberDorm),
      visits: [...(visitsByDorm.get(dorm.id) ?? [])].sort((a, b) => a.day - b.day || a.row - b.row),
      visitsRequired: settings.visitsPerSemester,
      earlierTotalLimit: earlier?.get(dorm.id)?.totalLimit,
      meanScore: meanScore(result.inspections),
      nobodyIn: nobodyInByDorm.get(dorm.id)?.length ?? 0,
    };
  });

  const dormById = new Map(dorms.map((d) => [d.dormId, d]));
  const members = records.members.flatMap((m) => {
    const dorm = dormById.get(m.dormId);
    return dorm ? [memberOutcome(m, dorm, dorm.earlierTotalLimit)] : [];
  });

  const memberDormFails = dorms
    .filter((d) => d.memberDorm)
    .flatMap((d) => d.inspections.filter((i) => i.level === "fail"));
  const followUps = talkFollowUps(
    memberDormFails,
    records.members,
    records.talks,
    settings.talkFollowUpDays,
    today,
  );

  return { semester, settings, today, dorms, members, talkFollowUps: followUps };
}
