import { type Banner, banner } from "./banner.ts";
import type { Evaluation } from "./evaluate.ts";
import { inspectedMonths, monthPeriod, type Rankings, rankings, semesterPeriod } from "./rankings.ts";
import type { Member, NobodyIn } from "./records.ts";

/** The rankings of the semester and of each inspected month, each month with its banner. */
export interface RankingsBoard {
  readonly periods: readonly { readonly rankings: Rankings; readonly banner?: Banner }[];
}

/**
 * Every period the sidebar offers: the semester first, then each inspected month with its
 * rotating banner. Plain data, to cross google.script.run.
 *
 * @example
 * rankingsBoard(evaluation, records).periods.map((p) => p.rankings.period.id) //=> ["2025-2026-1", "2025-09", …]
 */
export function rankingsBoard(
  evaluation: Evaluation,
  records: { readonly members: readonly Member[]; readonly nobodyIn?: readonly NobodyIn[] },
): RankingsBoard {
  const months = inspectedMonths(evaluation);
  return {
    periods: [
      { rankings: rankings(evaluation, records, semesterPeriod(evaluation)) },
      ...months.map((month) => ({
        rankings: rankings(evaluation, records, monthPeriod(month)),
        banner: banner(evaluation, records, month),
      })),
    ],
  };
}
