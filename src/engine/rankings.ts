import { bandOf } from "./bands.ts";
import { isoOf } from "./day.ts";
import type { Evaluation } from "./evaluate.ts";
import type { InspectionRef } from "./evidence.ts";
import { meanScore } from "./mean-score.ts";
import { isSanctioned, type Member, type NobodyIn } from "./records.ts";
import type { RankBy } from "./settings.ts";

/** A stretch of time rankings are made for: the semester, a calendar month, or any days (a bulletin's). */
export interface Period {
  readonly kind: "semester" | "month" | "range";
  /** `2025-2026-1`, `2025-11`, or `2025-11-10/2025-11-16`. */
  readonly id: string;
  /** ISO dates, both included. */
  readonly first: string;
  readonly last: string;
}

/** What a group of dorms (a building, a year, a branch, or all) did in a period. */
export interface RateLine {
  /** The building's or branch's name, the year's number as text; blank for dorms without one. */
  readonly key: string;
  /** Dorms of the group inspected in the period. */
  readonly dorms: number;
  readonly inspections: number;
  readonly excellents: number;
  readonly fails: number;
  /** 无人: visits that found nobody in, counted apart. */
  readonly nobodyIn: number;
  /** Shares of the inspections: excellent, not failed (excellent or pass), failed. */
  readonly excellentRate: number | undefined;
  readonly passRate: number | undefined;
  readonly failRate: number | undefined;
  readonly meanScore: number | undefined;
  /** 1 for the best; equal figures share a rank; groups without inspections come last, unranked. */
  readonly rank: number | undefined;
}

/** One dorm in a top or bottom list. */
export interface DormRank {
  readonly dormId: string;
  readonly label: string;
  readonly building: string;
  readonly inspections: number;
  readonly excellents: number;
  readonly fails: number;
  readonly meanScore: number | undefined;
  /** Its score band by its mean score in the period, when the settings name bands. */
  readonly band: string | undefined;
  readonly rank: number;
}

/** The rankings of one period: rates by group, the best and the worst dorms, the bands. */
export interface Rankings {
  readonly period: Period;
  /** What dorms were ordered by: the setting, or excellents when no inspection had a score. */
  readonly basis: RankBy;
  readonly all: RateLine;
  readonly buildings: readonly RateLine[];
  readonly years: readonly RateLine[];
  /** Party branches: Party-internal, never in a public edition. */
  readonly branches: readonly RateLine[];
  readonly top: readonly DormRank[];
  readonly bottom: readonly DormRank[];
  /** How many dorms fall in each band, from the highest; empty without bands. */
  readonly bands: readonly { readonly name: string; readonly dorms: number }[];
}

/** One dorm's inspections in a period, and what it adds up to. */
export interface DormPeriod {
  readonly dormId: string;
  readonly label: string;
  readonly building: string;
  readonly year: number | undefined;
  readonly branches: readonly string[];
  readonly inspections: readonly InspectionRef[];
  readonly excellents: number;
  readonly fails: number;
  readonly nobodyIn: number;
  readonly meanScore: number | undefined;
}

/**
 * The semester an evaluation is of, as a period.
 *
 * @example
 * semesterPeriod(evaluation) //=> { kind: "semester", id: "2025-2026-1", first: "2025-08-01", last: "2026-01-31" }
 */
export function semesterPeriod(evaluation: Evaluation): Period {
  const { semester } = evaluation;
  return { kind: "semester", id: semester.id, first: isoOf(semester.first), last: isoOf(semester.last) };
}

/**
 * The period of a calendar month, `YYYY-MM`.
 *
 * @example
 * monthPeriod("2026-02") //=> { kind: "month", id: "2026-02", first: "2026-02-01", last: "2026-02-28" }
 */
export function monthPeriod(month: string): Period {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return {
    kind: "month",
    id: month,
    first: `${month}-01`,
    last: `${month}-${String(last).padStart(2, "0")}`,
  };
}

/**
 * The months of the semester in which some dorm was inspected, in order.
 *
 * @example
 * inspectedMonths(evaluation) //=> ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01"]
 */
export function inspectedMonths(evaluation: Evaluation): string[] {
  const months = new Set<string>();
  for (const d of evaluation.dorms) for (const i of d.inspections) months.add(i.date.slice(0, 7));
  return [...months].sort();
}

/**
 * Each dorm's inspections of a period, with what they add up to; its branches are those of the
 * full and probationary members living there (a dorm housing two branches counts in both).
 *
 * @example
 * dormPeriods(evaluation, records, monthPeriod("2025-11"))[0] //=> { dormId: "3-201", inspections: [...], fails: 1, meanScore: 82.5, … }
 */
export function dormPeriods(
  evaluation: Evaluation,
  records: { readonly members: readonly Member[]; readonly nobodyIn?: readonly NobodyIn[] },
  period: Period,
): DormPeriod[] {
  const branches = new Map<string, Set<string>>();
  for (const m of records.members) {
    if (!isSanctioned(m.status) || m.branch === "") continue;
    const set = branches.get(m.dormId) ?? new Set<string>();
    set.add(m.branch);
    branches.set(m.dormId, set);
  }
  const absent = new Map<string, number>();
  for (const n of records.nobodyIn ?? []) {
    const date = isoOf(n.day);
    if (date >= period.first && date <= period.last) absent.set(n.dormId, (absent.get(n.dormId) ?? 0) + 1);
  }
  return evaluation.dorms.map((d) => {
    const inspections = d.inspections.filter((i) => i.date >= period.first && i.date <= period.last);
    let excellents = 0;
    let fails = 0;
    for (const i of inspections) {
      if (i.level === "excellent") excellents++;
      else if (i.level === "fail") fails++;
    }
    return {
      dormId: d.dormId,
      label: d.dorm.label,
      building: d.dorm.building,
      year: d.dorm.year,
      branches: [...(branches.get(d.dormId) ?? [])],
      inspections,
      excellents,
      fails,
      nobodyIn: absent.get(d.dormId) ?? 0,
      meanScore: meanScore(inspections),
    };
  });
}

function rate(count: number, of: number): number | undefined {
  return of === 0 ? undefined : count / of;
}

function lineOf(key: string, dorms: readonly DormPeriod[]): Omit<RateLine, "rank"> {
  let inspections = 0;
  let excellents = 0;
  let fails = 0;
  let nobodyIn = 0;
  let inspected = 0;
  const all: InspectionRef[] = [];
  for (const d of dorms) {
    inspections += d.inspections.length;
    excellents += d.excellents;
    fails += d.fails;
    nobodyIn += d.nobodyIn;
    if (d.inspections.length > 0) inspected++;
    for (const i of d.inspections) all.push(i);
  }
  return {
    key,
    dorms: inspected,
    inspections,
    excellents,
    fails,
    nobodyIn,
    excellentRate: rate(excellents, inspections),
    passRate: rate(inspections - fails, inspections),
    failRate: rate(fails, inspections),
    meanScore: meanScore(all),
  };
}

/**
 * Competition ranks (1, 2, 2, 4) of items by a key, best first; items without a key get none.
 *
 * @example
 * ranksBy([3, 5, 5, undefined], (x) => x) //=> [3, 1, 1, undefined]
 */
export function ranksBy<T>(
  items: readonly T[],
  key: (item: T) => number | undefined,
): (number | undefined)[] {
  const values = items.map(key);
  const sorted = values.filter((v): v is number => v !== undefined).sort((a, b) => b - a);
  // Each figure's first place in the order: one pass, not a search per item.
  const first = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!first.has(v)) first.set(v, i + 1);
  });
  return values.map((v) => (v === undefined ? undefined : first.get(v)));
}

/** A group's figure to rank by: its mean score, or its share of excellents (fewest fails first among equals). */
function groupKey(basis: RankBy): (line: Omit<RateLine, "rank">) => number | undefined {
  return basis === "score"
    ? (line) => line.meanScore
    : (line) =>
        line.excellentRate === undefined ? undefined : line.excellentRate * 1000 - (line.failRate ?? 0);
}

function ranked(lines: Omit<RateLine, "rank">[], basis: RankBy): RateLine[] {
  const ranks = ranksBy(lines, groupKey(basis));
  return lines
    .map((line, i) => ({ ...line, rank: ranks[i] }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.key.localeCompare(b.key));
}

function groupsBy(
  dorms: readonly DormPeriod[],
  keys: (d: DormPeriod) => readonly string[],
  basis: RankBy,
): RateLine[] {
  const groups = new Map<string, DormPeriod[]>();
  for (const d of dorms) {
    for (const key of keys(d)) {
      const group = groups.get(key);
      if (group) group.push(d);
      else groups.set(key, [d]);
    }
  }
  return ranked(
    [...groups].map(([key, members]) => lineOf(key, members)),
    basis,
  );
}

/**
 * A dorm's figure to rank by, higher is better: its mean score, or its excellents less its fails
 * (an excellent outweighs nothing a fail does: fails first decide among equal excellents).
 */
function dormKey(basis: RankBy): (d: DormPeriod) => number | undefined {
  return basis === "score"
    ? (d) => (d.inspections.length === 0 ? undefined : d.meanScore)
    : (d) => (d.inspections.length === 0 ? undefined : d.excellents * 1000 - d.fails);
}

/**
 * The dorms of a period ranked best first by `basis`, each with its rank (equal figures share
 * one), leaving out dorms without the figure (not inspected, or without a score).
 *
 * @example
 * rankDorms(dorms, "score", bands)[0]?.rank //=> 1
 */
export function rankDorms(
  dorms: readonly DormPeriod[],
  basis: RankBy,
  bands: Evaluation["settings"]["bands"],
): DormRank[] {
  const key = dormKey(basis);
  const ranks = ranksBy(dorms, key);
  return (
    dorms
      .flatMap((d, i): DormRank[] => {
        const rank = ranks[i];
        if (rank === undefined) return [];
        return [
          {
            dormId: d.dormId,
            label: d.label,
            building: d.building,
            inspections: d.inspections.length,
            excellents: d.excellents,
            fails: d.fails,
            meanScore: d.meanScore,
            band: bandOf(d.meanScore, bands),
            rank,
          },
        ];
      })
      // Among equals, the dorm with more inspections behind its figure first.
      .sort(
        (a, b) =>
          a.rank - b.rank ||
          b.inspections - a.inspections ||
          b.excellents - a.excellents ||
          a.fails - b.fails ||
          a.label.localeCompare(b.label),
      )
  );
}

/**
 * The rankings of a period (R: rankings): 优秀率 / 合格率 / 不合格率 and mean score by building, by
 * year and by branch, with the whole department's; the best and the worst `rankingSize` dorms;
 * and how many dorms each score band holds. Dorms are ordered by the Rank by setting, their mean
 * score or their excellents (fails deciding among equals); by excellents when no inspection of
 * the period carries a score. Made from the evaluation's own inspections, so it counts exactly
 * what the grades count.
 *
 * @example
 * const r = rankings(evaluation, records, monthPeriod("2025-11"));
 * r.buildings[0] //=> { key: "东区3号楼", dorms: 40, inspections: 160, excellentRate: 0.2, …, rank: 1 }
 */
export function rankings(
  evaluation: Evaluation,
  records: { readonly members: readonly Member[]; readonly nobodyIn?: readonly NobodyIn[] },
  period: Period,
): Rankings {
  const { settings } = evaluation;
  const dorms = dormPeriods(evaluation, records, period);
  const scored = dorms.some((d) => d.meanScore !== undefined);
  const basis: RankBy = settings.rankBy === "score" && !scored ? "excellents" : settings.rankBy;
  const order = rankDorms(dorms, basis, settings.bands);
  const n = settings.rankingSize;
  const bottom = [...order].reverse().slice(0, n);
  // The worst first: among equal figures, the one with more fails.
  bottom.sort(
    (a, b) =>
      b.rank - a.rank || b.fails - a.fails || b.inspections - a.inspections || a.label.localeCompare(b.label),
  );
  const bands = settings.bands.map((band) => ({
    name: band.name,
    dorms: dorms.filter((d) => d.inspections.length > 0 && bandOf(d.meanScore, settings.bands) === band.name)
      .length,
  }));
  return {
    period,
    basis,
    all: { ...lineOf("", dorms), rank: undefined },
    buildings: groupsBy(dorms, (d) => [d.building], basis),
    years: groupsBy(dorms, (d) => [d.year === undefined ? "" : String(d.year)], basis),
    branches: groupsBy(dorms, (d) => d.branches, basis),
    top: order.slice(0, n),
    bottom,
    bands,
  };
}
