import { type Banner, banner } from "../engine/banner.ts";
import type { Deduction } from "../engine/deductions.ts";
import type { Evaluation } from "../engine/evaluate.ts";
import { inspectedMonths, type Period, type Rankings, rankings } from "../engine/rankings.ts";
import type { Edition, ReportSource } from "./source.ts";

/**
 * The rankings and awards a document shows for a period: rates by building and year (and, in
 * the internal edition only, by branch: branches are Party-internal), the best and worst dorms
 * with their bands, the bands' counts, and the rotating banner of each month. Dorm-level figures
 * only, so the public edition has them too.
 */
export interface RankingsPart {
  readonly rankings: Rankings;
  readonly banners: readonly Banner[];
}

/**
 * The rankings part of a period, for an edition: the public one is built without branches.
 *
 * @example
 * rankingsPart(grading, semesterPeriod(grading.evaluation), "public").rankings.branches //=> []
 */
export function rankingsPart(
  source: ReportSource,
  period: Period,
  edition: Edition,
  months: readonly string[] = monthsWithin(source.evaluation, period),
): RankingsPart {
  const { records } = source.read;
  // The public edition never sees the members' branches: they are left out before ranking.
  const members = edition === "public" ? [] : records.members;
  const input = { members, nobodyIn: records.nobodyIn };
  return {
    rankings: rankings(source.evaluation, input, period),
    banners: months.map((month) => banner(source.evaluation, input, month)),
  };
}

/** The inspected months of the semester that lie wholly or partly within a period. */
function monthsWithin(evaluation: Evaluation, period: Period): string[] {
  return inspectedMonths(evaluation).filter((m) => `${m}-01` <= period.last && `${m}-31` >= period.first);
}

/** How often one scoresheet item was found in a semester (internal edition). */
export interface DeductionLine {
  readonly code: string;
  readonly name: string;
  readonly category: string;
  readonly veto: boolean;
  /** Inspections that listed it. */
  readonly times: number;
  /** Dorms where it was found. */
  readonly dorms: number;
}

/**
 * The scoresheet items found in the semester's inspections, most often first: what the branch
 * should talk about. Internal: item names are the department's own words.
 *
 * @example
 * deductionLines(evaluation)[0] //=> { code: "B1", name: "被子未叠", times: 212, dorms: 95, … }
 */
export function deductionLines(evaluation: Evaluation): DeductionLine[] {
  const lines = new Map<string, { item: Deduction; times: number; dorms: Set<string> }>();
  for (const d of evaluation.dorms) {
    for (const i of d.inspections) {
      for (const item of i.deductions ?? []) {
        const line = lines.get(item.code) ?? { item, times: 0, dorms: new Set<string>() };
        line.times++;
        line.dorms.add(d.dormId);
        lines.set(item.code, line);
      }
    }
  }
  return [...lines.values()]
    .map(({ item, times, dorms }) => ({
      code: item.code,
      name: item.name,
      category: item.category,
      veto: item.veto,
      times,
      dorms: dorms.size,
    }))
    .sort((a, b) => b.times - a.times || a.code.localeCompare(b.code));
}
