import { type Day, dayOfIso, isoOf } from "../../engine/day.ts";
import { byDateThenRow } from "../../engine/dorm-result.ts";
import { type Evaluation, evaluate } from "../../engine/evaluate.ts";
import { refOf } from "../../engine/evidence.ts";
import type { Level } from "../../engine/level.ts";
import { semesterOf } from "../../engine/semester.ts";
import {
  type DormRef,
  dormLookup,
  type Edition,
  type Notice,
  noticesOf,
  passRate,
  type ReportSource,
  sanctionedByDorm,
} from "../source.ts";

export interface BulletinOptions {
  readonly edition: Edition;
  /** First day of the period, ISO, inclusive. */
  readonly from: string;
  /** Last day of the period, ISO, inclusive. */
  readonly to: string;
}

/** One inspection row of the period. */
export interface BulletinInspection {
  /** The row on the Inspections tab. */
  readonly row: number;
  readonly date: string;
  readonly dorm: DormRef;
  readonly category: string;
  readonly level: Level;
  readonly score: number | undefined;
  /** A person's name: blank in the public edition. */
  readonly inspector: string;
  /** Free text that may name someone: blank in the public edition. */
  readonly notes: string;
}

/** R3 or R4 reached by an inspection of the period. */
export interface ReachedLine {
  readonly dorm: DormRef;
  readonly kind: "streak" | "total";
  /** The date of the inspection that reached the limit. */
  readonly date: string;
  readonly limit: number;
  readonly deadline: string | undefined;
  /** The full and probationary members it reaches. */
  readonly count: number;
}

/** A weekly bulletin (通报), or one for any period: plain data, no `Date`, no words. */
export interface BulletinModel {
  readonly kind: "bulletin";
  readonly edition: Edition;
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
  readonly inspections: readonly BulletinInspection[];
  readonly excellentDorms: readonly { readonly dorm: DormRef; readonly excellents: number }[];
  readonly failDorms: readonly {
    readonly dorm: DormRef;
    readonly fails: number;
    readonly categories: readonly string[];
  }[];
  readonly praise: readonly Notice[];
  readonly criticism: readonly Notice[];
  readonly reached: readonly ReachedLine[];
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

/** The evaluations of every semester the period touches, reusing the source's own. */
function evaluationsOver(source: ReportSource, first: Day, last: Day): Evaluation[] {
  const { evaluation } = source;
  const evaluations: Evaluation[] = [];
  for (let day = first; day <= last; ) {
    const semester = semesterOf(day, evaluation.settings);
    evaluations.push(
      semester.id === evaluation.semester.id
        ? evaluation
        : evaluate(source.read.records, evaluation.settings, evaluation.today, semester.id),
    );
    day = semester.last + 1;
  }
  return evaluations;
}

function groupCount<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * The bulletin of the period [from, to], both days included: its inspections, its excellent and
 * failing dorms, the praise and criticism notices (R1, R2) they bring, and any R3/R4 consequence
 * an inspection of the period reached. The internal edition names the members of each notice;
 * the public one gives dorms and counts, and drops inspectors (names) and notes (free text).
 * Throws on a period that is not two ISO dates in order.
 *
 * @example
 * bulletinModel(grading, { edition: "internal", from: "2025-09-01", to: "2025-09-07" }).totals.inspections //=> 72
 */
export function bulletinModel(source: ReportSource, options: BulletinOptions): BulletinModel {
  const { edition, from, to } = options;
  const period = periodOf(from, to);
  if (!period) throw new RangeError(`invalid period ${from} … ${to}`);
  const { records } = source.read;
  const dormOf = dormLookup(records.dorms);
  const sanctioned = sanctionedByDorm(records.members);
  const inPeriod = records.inspections
    .filter((i) => i.day >= period.first && i.day <= period.last)
    .sort(byDateThenRow);
  const refs = inPeriod.map(refOf);

  const excellent = groupCount(
    inPeriod.filter((i) => i.level === "excellent"),
    (i) => i.dormId,
  );
  const failing = groupCount(
    inPeriod.filter((i) => i.level === "fail"),
    (i) => i.dormId,
  );

  const reached = evaluationsOver(source, period.first, period.last).flatMap((evaluation) =>
    evaluation.dorms.flatMap((d): ReachedLine[] => {
      const count = sanctioned.get(d.dormId)?.length ?? 0;
      const lines: ReachedLine[] = [];
      const evidence = d.streakLimit?.evidence ?? [];
      const streakEnd = evidence[evidence.length - 1];
      if (d.streakLimit && streakEnd && streakEnd.date >= from && streakEnd.date <= to && count > 0) {
        lines.push({
          dorm: dormOf(d.dormId),
          kind: "streak",
          date: streakEnd.date,
          limit: evaluation.settings.consecutiveFailLimit,
          deadline: undefined,
          count,
        });
      }
      const total = d.totalLimit;
      if (total && total.trigger.date >= from && total.trigger.date <= to && count > 0) {
        lines.push({
          dorm: dormOf(d.dormId),
          kind: "total",
          date: total.trigger.date,
          limit: evaluation.settings.semesterFailLimit,
          deadline: total.deadline,
          count,
        });
      }
      return lines;
    }),
  );

  const fails = inPeriod.filter((i) => i.level === "fail").length;
  return {
    kind: "bulletin",
    edition,
    department: source.evaluation.settings.department,
    from,
    to,
    today: isoOf(source.evaluation.today),
    totals: {
      inspections: inPeriod.length,
      dorms: new Set(inPeriod.map((i) => i.dormId)).size,
      excellents: inPeriod.filter((i) => i.level === "excellent").length,
      fails,
      passRate: passRate(inPeriod.length, fails),
    },
    inspections: inPeriod.map((i) => ({
      row: i.row,
      date: isoOf(i.day),
      dorm: dormOf(i.dormId),
      category: i.category,
      level: i.level,
      score: i.score,
      inspector: edition === "internal" ? i.inspector : "",
      notes: edition === "internal" ? i.notes : "",
    })),
    excellentDorms: [...excellent].map(([id, list]) => ({ dorm: dormOf(id), excellents: list.length })),
    failDorms: [...failing].map(([id, list]) => ({
      dorm: dormOf(id),
      fails: list.length,
      categories: [...new Set(list.map((i) => i.category))],
    })),
    praise: noticesOf(
      refs.filter((i) => i.level === "excellent"),
      sanctioned,
      dormOf,
      edition,
    ),
    criticism: noticesOf(
      refs.filter((i) => i.level === "fail"),
      sanctioned,
      dormOf,
      edition,
    ),
    reached: reached.sort((a, b) => a.date.localeCompare(b.date)),
  };
}
