import { isRevoked } from "../../engine/appeals.ts";
import { type Day, dayOfIso, isoOf } from "../../engine/day.ts";
import { byDateThenRow, dormResult } from "../../engine/dorm-result.ts";
import { refOf } from "../../engine/evidence.ts";
import type { Level } from "../../engine/level.ts";
import { monthPeriod } from "../../engine/rankings.ts";
import type { Inspection, Member } from "../../engine/records.ts";
import { semesterOf } from "../../engine/semester.ts";
import type { Settings } from "../../engine/settings.ts";
import { type RankingsPart, rankingsPart } from "../rankings-part.ts";
import {
  categoryFor,
  type DocumentHeader,
  type DormRef,
  dormLookup,
  type Edition,
  headerOf,
  type Notice,
  noticesOf,
  type PersonRef,
  passRate,
  personOf,
  type ReportSource,
  residentsOn,
} from "../source.ts";

export interface BulletinOptions {
  readonly edition: Edition;
  /** First day of the period, ISO, inclusive. */
  readonly from: string;
  /** Last day of the period, ISO, inclusive. */
  readonly to: string;
  /** Add every inspection of the period as an appendix. */
  readonly appendix?: boolean;
}

/** One inspection row of the period, for the optional appendix. */
export interface BulletinInspection {
  readonly date: string;
  readonly dorm: DormRef;
  /** A known category; "other" for free text in the public edition. */
  readonly category: string;
  readonly level: Level;
  readonly score: number | undefined;
  /** Internal edition only: the row on the Inspections tab, the inspector and the notes. */
  readonly row?: number;
  readonly inspector?: string;
  readonly notes?: string;
}

/** What the members of a failing dorm face at the end of the period (internal edition). */
export interface Facing {
  /** R3 reached in the semester by the end of the period. */
  readonly revoked: boolean;
  /** R4 reached by the end of the period, with its action deadline. */
  readonly total: { readonly deadline: string } | undefined;
  /** R8 as of the end of the period, when nothing after it is recorded yet. */
  readonly warnings: readonly {
    readonly kind: "streak" | "total";
    readonly limit: number;
    readonly fails: number;
  }[];
  readonly members: readonly PersonRef[];
}

export interface FailDorm {
  readonly dorm: DormRef;
  /** Fails in the period. */
  readonly fails: number;
  /** Fails in the semester up to the end of the period. */
  readonly semesterFails: number;
  readonly categories: readonly string[];
  /** Internal edition only, and only for dorms where full or probationary members live. */
  readonly facing?: Facing;
}

/** A bulletin (通报) of any period, a week as a rule: plain data, no `Date`, no words. */
export interface BulletinModel {
  readonly kind: "bulletin";
  readonly edition: Edition;
  readonly header: DocumentHeader;
  readonly department: string;
  readonly from: string;
  readonly to: string;
  readonly today: string;
  readonly totals: {
    readonly inspections: number;
    readonly dorms: number;
    readonly excellents: number;
    readonly fails: number;
    readonly passRate: number | undefined;
  };
  readonly excellentDorms: readonly { readonly dorm: DormRef; readonly excellents: number }[];
  readonly failDorms: readonly FailDorm[];
  readonly praise: readonly Notice[];
  readonly criticism: readonly Notice[];
  /**
   * The period's rankings: its score bands, and the rotating banner of every month that ends within
   * it (a month's banner is announced once its last day has passed).
   */
  readonly rankings: RankingsPart;
  /** Only when asked for: every inspection of the period. */
  readonly inspections?: readonly BulletinInspection[];
}

/**
 * Checks a period and gives its days; undefined when it is not two `YYYY-MM-DD` dates in order.
 *
 * @example
 * periodOf("2025-09-07", "2025-09-01") //=> undefined
 */
export function periodOf(from: string, to: string): { first: Day; last: Day } | undefined {
  const first = dayOfIso(from);
  const last = dayOfIso(to);
  return first === undefined || last === undefined || first > last ? undefined : { first, last };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * What a failing dorm's members face at the end of the period: its semester's inspections up to
 * that day, added up by the regime itself (R3, R4, R8).
 */
function facingOf(
  dormId: string,
  inspections: readonly Inspection[],
  last: Day,
  settings: Settings,
  members: readonly Member[],
): { semesterFails: number; facing: Facing } {
  const semester = semesterOf(last, settings);
  const upTo = inspections.filter((i) => i.day >= semester.first && i.day <= last);
  const result = dormResult(dormId, upTo, settings);
  // A warning is about the next inspection: only while none after the period is recorded yet.
  const later = inspections.some((i) => i.day > last && i.day <= semester.last);
  return {
    semesterFails: result.fails,
    facing: {
      revoked: result.streakLimit !== undefined,
      total: result.totalLimit ? { deadline: result.totalLimit.deadline } : undefined,
      warnings: later ? [] : result.warnings.map((w) => ({ kind: w.kind, limit: w.limit, fails: w.fails })),
      members: members.map(personOf),
    },
  };
}

/**
 * The bulletin of the period [from, to], both days included: a notice, not a list. It names the
 * excellent and the failing dorms (each with its fails in the semester so far), the praise and
 * criticism notices (R1, R2) and a count of inspections. The internal edition adds, for each
 * failing member dorm, its members and what they now face (R3, R4, R8 at the end of the period);
 * the public one gives dorms only, categories from the fixed list. Every inspection of the period
 * comes only as an appendix, when asked for. Throws on a period that is not two ISO dates in order.
 *
 * @example
 * bulletinModel(grading, { edition: "internal", from: "2025-09-01", to: "2025-09-07" }).totals.inspections //=> 72
 */
export function bulletinModel(source: ReportSource, options: BulletinOptions): BulletinModel {
  const { edition, from, to } = options;
  const period = periodOf(from, to);
  if (!period) throw new RangeError(`invalid period ${from} … ${to}`);
  const { records } = source.read;
  const { settings } = source.evaluation;
  const dormOf = dormLookup(records.dorms);
  // An inspection revoked on appeal is no notice and counts for nothing.
  const counted = records.inspections.filter((i) => !isRevoked(i));
  const inPeriod = counted.filter((i) => i.day >= period.first && i.day <= period.last).sort(byDateThenRow);
  const refs = inPeriod.map(refOf);
  const byDorm = groupBy(counted, (i) => i.dormId);
  const residents = residentsOn(records.members, source.evaluation.stays);

  const excellent = groupBy(
    inPeriod.filter((i) => i.level === "excellent"),
    (i) => i.dormId,
  );
  const failing = groupBy(
    inPeriod.filter((i) => i.level === "fail"),
    (i) => i.dormId,
  );
  const failDorms = [...failing].map(([id, list]): FailDorm => {
    // Who faces it: the full and probationary members living there at the end of the period.
    const members = [...residents(id, isoOf(period.last))];
    const { semesterFails, facing } = facingOf(id, byDorm.get(id) ?? [], period.last, settings, members);
    const line = {
      dorm: dormOf(id),
      fails: list.length,
      semesterFails,
      categories: [...new Set(list.map((i) => categoryFor(edition, i.category)))],
    };
    return edition === "internal" && members.length > 0 ? { ...line, facing } : line;
  });

  const fails = inPeriod.filter((i) => i.level === "fail").length;
  const today = isoOf(source.evaluation.today);
  const model: BulletinModel = {
    kind: "bulletin",
    edition,
    header: headerOf(settings, today),
    department: settings.department,
    from,
    to,
    today,
    totals: {
      inspections: inPeriod.length,
      dorms: new Set(inPeriod.map((i) => i.dormId)).size,
      excellents: inPeriod.filter((i) => i.level === "excellent").length,
      fails,
      passRate: passRate(inPeriod.length, fails),
    },
    excellentDorms: [...excellent].map(([id, list]) => ({ dorm: dormOf(id), excellents: list.length })),
    failDorms,
    praise: noticesOf(
      refs.filter((i) => i.level === "excellent"),
      residents,
      dormOf,
      edition,
    ),
    criticism: noticesOf(
      refs.filter((i) => i.level === "fail"),
      residents,
      dormOf,
      edition,
    ),
    rankings: rankingsPart(
      source,
      { kind: "range", id: `${from}/${to}`, first: from, last: to },
      edition,
      monthsEnding(source, from, to),
    ),
  };
  if (!options.appendix) return model;
  return {
    ...model,
    inspections: inPeriod.map((i): BulletinInspection => {
      const line = {
        date: isoOf(i.day),
        dorm: dormOf(i.dormId),
        category: categoryFor(edition, i.category),
        level: i.level,
        score: i.score,
      };
      return edition === "internal" ? { ...line, row: i.row, inspector: i.inspector, notes: i.notes } : line;
    }),
  };
}

/** The inspected months of the semester whose last day falls within [from, to]. */
function monthsEnding(source: ReportSource, from: string, to: string): string[] {
  const months = new Set<string>();
  for (const d of source.evaluation.dorms) for (const i of d.inspections) months.add(i.date.slice(0, 7));
  return [...months].sort().filter((m) => {
    const last = monthPeriod(m).last;
    return last >= from && last <= to;
  });
}
