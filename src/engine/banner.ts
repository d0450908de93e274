import type { Evaluation } from "./evaluate.ts";
import type { InspectionRef } from "./evidence.ts";
import { meanScore } from "./mean-score.ts";
import { type DormPeriod, dormPeriods, monthPeriod, ranksBy } from "./rankings.ts";
import type { Member, NobodyIn } from "./records.ts";
import type { Quota, RankBy } from "./settings.ts";

/** One winner of a month's rotating banner: a dorm, or a building. */
export interface BannerWinner {
  /** The dorm's id, or the building's name. */
  readonly key: string;
  readonly label: string;
  /** The dorm's building; blank for a building. */
  readonly building: string;
  readonly inspections: number;
  readonly excellents: number;
  readonly meanScore: number | undefined;
  readonly rank: number;
}

/** The monthly 流动红旗 of one month: who won it, out of how many in the running. */
export interface Banner {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly for: "dorms" | "buildings";
  readonly basis: RankBy;
  /** How many the quota allows; ties at the last place all win, so the winners may be more. */
  readonly quota: number;
  /** Dorms or buildings in the running. */
  readonly candidates: number;
  readonly winners: readonly BannerWinner[];
}

/**
 * The places a quota gives among `candidates`: a number as it is, a share rounded up, at least
 * one when anyone is in the running, never more than there are.
 *
 * @example
 * quotaOf({ kind: "share", value: 0.05 }, 201) //=> 11
 */
export function quotaOf(quota: Quota, candidates: number): number {
  if (candidates === 0) return 0;
  const places = quota.kind === "count" ? quota.value : Math.ceil(quota.value * candidates - 1e-9);
  return Math.min(candidates, Math.max(1, places));
}

interface Contender {
  readonly key: string;
  readonly label: string;
  readonly building: string;
  readonly inspections: readonly InspectionRef[];
  readonly excellents: number;
  readonly fails: number;
}

/** The figure a banner goes by, higher is better; undefined out of the running. */
function figure(basis: RankBy, c: Contender): number | undefined {
  if (c.inspections.length === 0) return undefined;
  if (basis === "score") return meanScore(c.inspections);
  return c.excellents === 0 ? undefined : c.excellents;
}

function buildingsOf(dorms: readonly DormPeriod[]): Contender[] {
  const byBuilding = new Map<string, DormPeriod[]>();
  for (const d of dorms) {
    if (d.building === "") continue;
    byBuilding.set(d.building, [...(byBuilding.get(d.building) ?? []), d]);
  }
  return [...byBuilding].map(([building, list]) => {
    const inspections = list.flatMap((d) => d.inspections);
    return {
      key: building,
      label: building,
      building: "",
      inspections,
      excellents: list.reduce((n, d) => n + d.excellents, 0),
      fails: list.reduce((n, d) => n + d.fails, 0),
    };
  });
}

/**
 * The rotating banner (流动红旗) of one month: the best dorms, or buildings, of the month by mean
 * score or by excellents (the Rank by setting; by excellents when no inspection of the month has
 * a score), as many as the quota allows among those in the running, and every one tied with the
 * last. A dorm with a fail (a refusal included) that month is out of the running; a building is in
 * whenever it was inspected. By excellents, a dorm or building needs one at least.
 *
 * @example
 * banner(evaluation, records, "2025-11").winners.map((w) => w.label) //=> ["3-305", "7-212", …]
 */
export function banner(
  evaluation: Evaluation,
  records: { readonly members: readonly Member[]; readonly nobodyIn?: readonly NobodyIn[] },
  month: string,
): Banner {
  const { settings } = evaluation;
  const dorms = dormPeriods(evaluation, records, monthPeriod(month));
  const scored = dorms.some((d) => d.meanScore !== undefined);
  const basis: RankBy = settings.rankBy === "score" && !scored ? "excellents" : settings.rankBy;
  const contenders: Contender[] =
    settings.bannerFor === "buildings"
      ? buildingsOf(dorms)
      : dorms
          .filter((d) => d.fails === 0)
          .map((d) => ({
            key: d.dormId,
            label: d.label,
            building: d.building,
            inspections: d.inspections,
            excellents: d.excellents,
            fails: d.fails,
          }));
  const running = contenders.filter((c) => figure(basis, c) !== undefined);
  const ranks = ranksBy(running, (c) => figure(basis, c));
  const quota = quotaOf(settings.bannerQuota, running.length);
  const winners = running
    .map((c, i) => ({ c, rank: ranks[i] as number }))
    .filter(({ rank }) => rank <= quota)
    .sort((a, b) => a.rank - b.rank || a.c.label.localeCompare(b.c.label))
    .map(({ c, rank }) => ({
      key: c.key,
      label: c.label,
      building: c.building,
      inspections: c.inspections.length,
      excellents: c.excellents,
      meanScore: meanScore(c.inspections),
      rank,
    }));
  return { month, for: settings.bannerFor, basis, quota, candidates: running.length, winners };
}
