import type { Day } from "./day.ts";
import type { TotalLimit } from "./dorm-result.ts";
import { type Evaluation, evaluate, type YearEarlier, yearEarlier } from "./evaluate.ts";
import { fingerprint } from "./fingerprint.ts";
import type { Records } from "./records.ts";
import { semesterById } from "./semester.ts";
import type { Settings } from "./settings.ts";

/**
 * A semester as it was archived: the records it was graded from, the settings used, the day it
 * was archived (the `today` of its evaluation), its first semester's R4 when it is a second
 * semester, and the written appraisal opinions of its member dorms. Plain data, kept as JSON.
 */
export interface FrozenSemester {
  readonly version: 1;
  readonly semesterId: string;
  readonly archivedOn: Day;
  readonly settings: Settings;
  readonly records: Records;
  /** R4 of the first semester of the year, as it stood when this second semester was archived. */
  readonly earlier?: {
    readonly dorms: Readonly<Record<string, TotalLimit>>;
    readonly members: Readonly<Record<string, TotalLimit>>;
  };
  /** The written appraisal opinion of each member dorm, by dorm ID, as the secretary left it. */
  readonly opinions: Readonly<Record<string, string>>;
}

/**
 * Freezes a semester: the dorms and members as they are, every move and assignment, the
 * inspections, visits and talks dated in the semester, the settings, the day, and the opinions.
 * Records of other semesters are left out: they cannot change this one.
 *
 * @example
 * freezeSemester(records, settings, today, "2025-2026-1", {}).records.inspections.length //=> 2517
 */
export function freezeSemester(
  records: Records,
  settings: Settings,
  today: Day,
  semesterId: string,
  opinions: Readonly<Record<string, string>>,
  earlier?: YearEarlier,
): FrozenSemester {
  const semester = semesterById(semesterId, settings);
  const inSemester = (r: { day: Day }) => r.day >= semester.first && r.day <= semester.last;
  const source = earlier ?? yearEarlier(records, settings, semester);
  return {
    version: 1,
    semesterId: semester.id,
    archivedOn: today,
    settings,
    records: {
      dorms: records.dorms,
      members: records.members,
      inspections: records.inspections.filter(inSemester),
      visits: records.visits.filter(inSemester),
      talks: records.talks.filter(inSemester),
      moves: records.moves ?? [],
      assignments: records.assignments ?? [],
    },
    ...(source
      ? {
          earlier: {
            dorms: Object.fromEntries(source.dorms),
            members: Object.fromEntries(source.members),
          },
        }
      : {}),
    opinions,
  };
}

/**
 * The evaluation of an archived semester, from what was frozen: the same figures, whatever has
 * been edited, added or set since.
 *
 * @example
 * thaw(frozen).semester.id //=> "2025-2026-1"
 */
export function thaw(frozen: FrozenSemester): Evaluation {
  const earlier = frozen.earlier
    ? {
        dorms: new Map(Object.entries(frozen.earlier.dorms)),
        members: new Map(Object.entries(frozen.earlier.members)),
      }
    : undefined;
  return evaluate(
    frozen.records,
    frozen.settings,
    frozen.archivedOn,
    frozen.semesterId,
    earlier ? { earlier } : {},
  );
}

/**
 * The first semester's R4, by dorm and by member, from its archive: what a second semester of the
 * same year takes for its annual assessment once the first is archived.
 *
 * @example
 * earlierFrom(frozenAutumn, settings, semesterById("2025-2026-2", settings))?.members.get("2022010001")
 */
export function earlierFrom(frozenFirst: FrozenSemester, secondSemesterId: string): YearEarlier | undefined {
  return yearEarlier(
    frozenFirst.records,
    frozenFirst.settings,
    semesterById(secondSemesterId, frozenFirst.settings),
  );
}

/**
 * A short digest of everything frozen, written beside the archive so that a change to it shows.
 *
 * @example
 * frozenDigest(frozen) //=> "1x2k9a.5m3"
 */
export function frozenDigest(frozen: FrozenSemester): string {
  return fingerprint(frozen);
}
