import { isoOf } from "../../engine/day.ts";
import { inspectedMonths, monthPeriod, type Period, semesterPeriod } from "../../engine/rankings.ts";
import type { RankBy } from "../../engine/settings.ts";
import { rankingsPart } from "../rankings-part.ts";
import type { ReportSource } from "../source.ts";

/** A dorm as the poster shows it: its number, building and figures; never a person. */
export interface PosterDorm {
  readonly label: string;
  readonly building: string;
  readonly rank: number;
  readonly meanScore: number | undefined;
  readonly excellents: number;
  readonly fails: number;
  readonly band: string | undefined;
}

/** A building's line on the poster. */
export interface PosterBuilding {
  readonly name: string;
  readonly rank: number | undefined;
  readonly meanScore: number | undefined;
  readonly excellentRate: number | undefined;
  readonly failRate: number | undefined;
}

/** A winner of the rotating banner: a dorm or a building, how many months it won. */
export interface PosterWinner {
  readonly label: string;
  readonly building: string;
  readonly meanScore: number | undefined;
  /** Months of the period it won the banner: 1 for a month's poster. */
  readonly months: number;
}

/**
 * A one-page ranking poster of a month or a semester, sized for a phone screen: public by
 * construction, built from dorm-level figures only (the rankings are made without members, so
 * not even a branch is in it). Plain data, no words: the template writes them.
 */
export interface PosterModel {
  readonly kind: "poster";
  /** The issuing body (or the department) that heads the poster, as on the public documents. */
  readonly issuer: string;
  readonly semesterId: string;
  readonly period: Period;
  /** ISO date the figures were computed on. */
  readonly today: string;
  readonly basis: RankBy;
  readonly figures: {
    readonly dorms: number;
    readonly inspections: number;
    readonly excellentRate: number | undefined;
    readonly passRate: number | undefined;
    readonly meanScore: number | undefined;
  };
  /** Dorms or buildings, as the banner setting says. */
  readonly bannerFor: "dorms" | "buildings";
  readonly winners: readonly PosterWinner[];
  readonly buildings: readonly PosterBuilding[];
  readonly top: readonly PosterDorm[];
  readonly bottom: readonly PosterDorm[];
  readonly bands: readonly { readonly name: string; readonly dorms: number }[];
}

/** The most lines of each list a phone screen holds. */
export const POSTER_CAPS = { winners: 12, buildings: 8, dorms: 10 } as const;

/**
 * Which periods a poster can be made of: the semester, and each month with an inspection.
 *
 * @example
 * posterPeriods(grading).map((p) => p.id) //=> ["2025-2026-1", "2025-09", …, "2026-01"]
 */
export function posterPeriods(source: ReportSource): Period[] {
  return [semesterPeriod(source.evaluation), ...inspectedMonths(source.evaluation).map(monthPeriod)];
}

function dormOf(d: {
  label: string;
  building: string;
  rank: number;
  meanScore: number | undefined;
  excellents: number;
  fails: number;
  band: string | undefined;
}): PosterDorm {
  return {
    label: d.label,
    building: d.building,
    rank: d.rank,
    meanScore: d.meanScore,
    excellents: d.excellents,
    fails: d.fails,
    band: d.band,
  };
}

/**
 * The poster of a period: the figures, the rotating banner (the month's winners; for a semester,
 * the dorms or buildings that won it most often, with how many months), the buildings by rank,
 * the best and the worst dorms with their bands, and the bands' counts. Lists are cut to what a
 * phone screen holds.
 *
 * @example
 * posterModel(grading, monthPeriod("2025-11")).winners.map((w) => w.label) //=> ["12-207", "3-308", …]
 */
export function posterModel(source: ReportSource, period: Period): PosterModel {
  const { evaluation } = source;
  const { settings } = evaluation;
  const months = period.kind === "month" ? [period.id] : inspectedMonths(evaluation);
  const { rankings, banners } = rankingsPart(source, period, "public", months);
  const won = new Map<string, PosterWinner>();
  for (const banner of banners) {
    for (const w of banner.winners) {
      const seen = won.get(w.key);
      won.set(w.key, {
        label: w.label,
        building: w.building,
        meanScore: period.kind === "month" ? w.meanScore : undefined,
        months: (seen?.months ?? 0) + 1,
      });
    }
  }
  const winners = [...won.values()]
    .sort(
      (a, b) =>
        b.months - a.months || (b.meanScore ?? 0) - (a.meanScore ?? 0) || a.label.localeCompare(b.label),
    )
    .slice(0, POSTER_CAPS.winners);
  const a = rankings.all;
  return {
    kind: "poster",
    issuer: settings.issuer || settings.department,
    semesterId: evaluation.semester.id,
    period,
    today: isoOf(evaluation.today),
    basis: rankings.basis,
    figures: {
      dorms: a.dorms,
      inspections: a.inspections,
      excellentRate: a.excellentRate,
      passRate: a.passRate,
      meanScore: a.meanScore,
    },
    bannerFor: settings.bannerFor,
    winners,
    buildings: rankings.buildings
      .filter((b) => b.inspections > 0)
      .slice(0, POSTER_CAPS.buildings)
      .map((b) => ({
        name: b.key,
        rank: b.rank,
        meanScore: b.meanScore,
        excellentRate: b.excellentRate,
        failRate: b.failRate,
      })),
    top: rankings.top.slice(0, POSTER_CAPS.dorms).map(dormOf),
    bottom: rankings.bottom.slice(0, POSTER_CAPS.dorms).map(dormOf),
    bands: rankings.bands,
  };
}
