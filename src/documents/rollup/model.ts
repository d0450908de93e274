import { isoOf } from "../../engine/day.ts";
import type { Grade } from "../../engine/dorm-result.ts";
import { type DormRank, type Period, type RateLine, rankings, ranksBy } from "../../engine/rankings.ts";
import type { ReportSource } from "../source.ts";

/** One department's (college's) workbook, graded for the roll-up, and the name it goes by. */
export interface RollupSource {
  readonly name: string;
  readonly source: ReportSource;
}

/** One college of the school: dorm-level figures only. */
export interface CollegeLine {
  readonly name: string;
  /** Dorms on its Dorms tab, and those inspected in the period. */
  readonly dorms: number;
  readonly inspected: number;
  readonly inspections: number;
  readonly excellents: number;
  readonly fails: number;
  readonly nobodyIn: number;
  readonly excellentRate: number | undefined;
  readonly passRate: number | undefined;
  readonly failRate: number | undefined;
  readonly meanScore: number | undefined;
  /** Semester grades of its dorms; absent for a month. */
  readonly grades: Readonly<Record<Grade, number>> | undefined;
  /** 1 for the highest 优秀率, and for the lowest 不合格率; equal rates share a rank. */
  readonly excellentRank: number | undefined;
  readonly failRank: number | undefined;
  readonly scoreRank: number | undefined;
}

/** A dorm of the school's top or bottom list: its college, number and figures. */
export interface SchoolDorm extends DormRank {
  readonly college: string;
}

/** The school's roll-up of a semester or a month: every college's rates and ranks, and the school's best and worst dorms. */
export interface RollupModel {
  readonly kind: "rollup";
  readonly period: Period;
  readonly semesterId: string;
  readonly today: string;
  readonly colleges: readonly CollegeLine[];
  /** The whole school, every college's inspections together. */
  readonly school: Omit<CollegeLine, "name" | "excellentRank" | "failRank" | "scoreRank" | "grades">;
  readonly top: readonly SchoolDorm[];
  readonly bottom: readonly SchoolDorm[];
}

function rate(count: number, of: number): number | undefined {
  return of === 0 ? undefined : count / of;
}

/** How many dorms the school's top and bottom lists name. */
export const SCHOOL_LIST = 10;

/**
 * The school's roll-up: each college's 优秀率 / 合格率 / 不合格率, mean score and (for a semester)
 * its dorms' grades, ranked by 优秀率 (highest first) and by 不合格率 (lowest first), with the
 * whole school's figures and its ten best and worst dorms by mean score. Each college is graded
 * by its own workbook's settings; the period is the same for all. Built without any member, so
 * public by construction: dorm numbers, buildings and figures.
 *
 * @example
 * rollupModel([{ name: "电子工程系", source: grading }, …], semesterPeriod(grading.evaluation)).colleges[0]?.excellentRank //=> 1
 */
export function rollupModel(departments: readonly RollupSource[], period: Period): RollupModel {
  const lines: Omit<CollegeLine, "excellentRank" | "failRank" | "scoreRank">[] = [];
  const dorms: SchoolDorm[] = [];
  let mean = { sum: 0, count: 0 };
  const totals = { dorms: 0, inspected: 0, inspections: 0, excellents: 0, fails: 0, nobodyIn: 0 };
  for (const { name, source } of departments) {
    const { evaluation } = source;
    // No member goes in: the roll-up is public.
    const r = rankings(evaluation, { members: [], nobodyIn: source.read.records.nobodyIn }, period);
    const all: RateLine = r.all;
    let grades: Record<Grade, number> | undefined;
    if (period.kind === "semester") {
      grades = { excellent: 0, pass: 0, fail: 0, none: 0 };
      for (const d of evaluation.dorms) grades[d.grade]++;
    }
    lines.push({
      name,
      dorms: evaluation.dorms.length,
      inspected: all.dorms,
      inspections: all.inspections,
      excellents: all.excellents,
      fails: all.fails,
      nobodyIn: all.nobodyIn,
      excellentRate: all.excellentRate,
      passRate: all.passRate,
      failRate: all.failRate,
      meanScore: all.meanScore,
      grades,
    });
    totals.dorms += evaluation.dorms.length;
    totals.inspected += all.dorms;
    totals.inspections += all.inspections;
    totals.excellents += all.excellents;
    totals.fails += all.fails;
    totals.nobodyIn += all.nobodyIn;
    for (const d of evaluation.dorms) {
      for (const i of d.inspections) {
        if (i.score === undefined || i.date < period.first || i.date > period.last) continue;
        mean = { sum: mean.sum + i.score, count: mean.count + 1 };
      }
    }
    // Every dorm of the college with a mean score, for the school's lists.
    const every = rankings(
      {
        ...evaluation,
        settings: { ...evaluation.settings, rankBy: "score", rankingSize: evaluation.dorms.length },
      },
      { members: [] },
      period,
    );
    for (const d of every.top) if (d.meanScore !== undefined) dorms.push({ ...d, college: name });
  }
  const excellentRanks = ranksBy(lines, (l) => l.excellentRate);
  const failRanks = ranksBy(lines, (l) => (l.failRate === undefined ? undefined : -l.failRate));
  const scoreRanks = ranksBy(lines, (l) => l.meanScore);
  const colleges = lines
    .map((l, i) => ({
      ...l,
      excellentRank: excellentRanks[i],
      failRank: failRanks[i],
      scoreRank: scoreRanks[i],
    }))
    .sort(
      (a, b) =>
        (a.excellentRank ?? Infinity) - (b.excellentRank ?? Infinity) ||
        (a.failRank ?? Infinity) - (b.failRank ?? Infinity) ||
        a.name.localeCompare(b.name),
    );
  const schoolRanks = ranksBy(dorms, (d) => d.meanScore);
  const ranked = dorms
    .map((d, i) => ({ ...d, rank: schoolRanks[i] as number }))
    .sort((a, b) => a.rank - b.rank || b.inspections - a.inspections || a.label.localeCompare(b.label));
  const first = departments[0]?.source.evaluation;
  return {
    kind: "rollup",
    period,
    semesterId: first?.semester.id ?? "",
    today: first ? isoOf(first.today) : "",
    colleges,
    school: {
      ...totals,
      excellentRate: rate(totals.excellents, totals.inspections),
      passRate: rate(totals.inspections - totals.fails, totals.inspections),
      failRate: rate(totals.fails, totals.inspections),
      meanScore: mean.count === 0 ? undefined : Math.round((mean.sum / mean.count) * 10) / 10,
    },
    top: ranked.slice(0, SCHOOL_LIST),
    bottom: [...ranked]
      .reverse()
      .slice(0, SCHOOL_LIST)
      .sort((a, b) => b.rank - a.rank || b.fails - a.fails || a.label.localeCompare(b.label)),
  };
}
