import { type Evaluation, evaluate } from "../engine/evaluate.ts";
import { type Summary, summarize } from "../engine/summary.ts";
import { type TabFormat, tabFormat } from "./formats.ts";
import { type Highlight, highlights } from "./highlights.ts";
import type { Grid } from "./layout.ts";
import { type LegendPlan, legendPlan } from "./legend.ts";
import { tabOutputs } from "./outputs.ts";
import { planTab, type TabPlan } from "./plan.ts";
import { type ReadOptions, readWorkbook, type WorkbookRead } from "./read.ts";

/** Everything one recalculation decides: what to write, what to highlight, and the figures. */
export interface Grading {
  readonly read: WorkbookRead;
  readonly evaluation: Evaluation;
  readonly plans: readonly TabPlan[];
  readonly highlights: readonly Highlight[];
  /** How the engine's columns look: widths, wraps, and the notes and fill of their headers. */
  readonly formats: readonly TabFormat[];
  /** The Legend tab that explains the highlights and the computed headers. */
  readonly legend: LegendPlan;
  readonly summary: Summary;
  /** Data rows whose check column has a message. */
  readonly badRows: number;
}

/** A workbook that cannot be graded: the reasons, in the workbook's language. */
export interface GradingProblems {
  readonly problems: readonly string[];
}

/**
 * Grades a workbook given as plain grids: read → evaluate → plan. Shared by the add-on and the
 * command line, so both write the same cells, highlights, formats and legend.
 *
 * @example
 * const grading = gradeWorkbook(grids, { timeZone: "UTC", today });
 * if ("plans" in grading) grading.plans.flatMap((p) => p.blocks) // the writes
 */
export function gradeWorkbook(
  grids: readonly Grid[],
  options: ReadOptions,
  semesterId?: string,
): Grading | GradingProblems {
  const read = readWorkbook(grids, options);
  if (read.problems.length > 0) return { problems: read.problems };
  const evaluation = evaluate(read.records, read.settings, options.today, semesterId);
  const outputs = tabOutputs(read, evaluation);
  const plans = Object.values(read.layouts).map((layout) =>
    planTab(layout, outputs.get(layout.spec.key) ?? new Map(), read.lang),
  );
  const badRows = Object.values(read.checks).reduce(
    (n, checks) => n + checks.filter((c) => c !== "").length,
    0,
  );
  return {
    read,
    evaluation,
    plans,
    formats: plans.map((plan) =>
      tabFormat(
        plan,
        outputs.get(plan.tab) ?? new Map(),
        read.layouts[plan.tab]?.grid.values[0] ?? [],
        read.lang,
      ),
    ),
    legend: legendPlan(read.lang),
    highlights: plans.flatMap((plan) =>
      highlights(plan, { layout: read.layouts[plan.tab], passScore: read.settings.passScore }),
    ),
    summary: summarize(evaluation),
    badRows,
  };
}
