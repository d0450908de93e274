import type { Evaluation } from "./evaluate.ts";
import { type Lang, t } from "./labels.ts";
import { semesterName } from "./semester.ts";

/** The headline numbers of a recalculation. */
export interface Summary {
  readonly semesterId: string;
  readonly grades: {
    readonly excellent: number;
    readonly pass: number;
    readonly fail: number;
    readonly none: number;
  };
  readonly revoked: number;
  readonly unqualified: number;
  readonly priority: number;
  readonly warnings: number;
  /** Members who moved during the semester, inspections revoked on appeal, fails cleared. */
  readonly moved: number;
  readonly revokedOnAppeal: number;
  readonly cleared: number;
  /** Members with contact assignments, and those of them below their requirement. */
  readonly assigned: number;
  readonly contactBelow: number;
}

/**
 * Counts what a semester's evaluation concluded.
 *
 * @example
 * summarize(evaluation).grades.fail //=> 7
 */
export function summarize(evaluation: Evaluation): Summary {
  const grades = { excellent: 0, pass: 0, fail: 0, none: 0 };
  let warnings = 0;
  let revokedOnAppeal = 0;
  let cleared = 0;
  for (const d of evaluation.dorms) {
    grades[d.grade]++;
    if (d.warnings.length > 0) warnings++;
    revokedOnAppeal += d.revoked.length;
    cleared += d.cleared.length;
  }
  let revoked = 0;
  let unqualified = 0;
  let priority = 0;
  for (const m of evaluation.members) {
    if (m.eligibility === "revoked") revoked++;
    if (m.assessment !== undefined) unqualified++;
    if (m.priority) priority++;
  }
  let contactBelow = 0;
  for (const c of evaluation.coverage) if (c.below) contactBelow++;
  return {
    semesterId: evaluation.semester.id,
    grades,
    revoked,
    unqualified,
    priority,
    warnings,
    moved: evaluation.stays.size,
    revokedOnAppeal,
    cleared,
    assigned: evaluation.coverage.length,
    contactBelow,
  };
}

/**
 * The summary in words, one line a figure.
 *
 * @example
 * summaryLines(summary, 0, "en")[0] //=> "2025-2026 semester 1 recalculated"
 */
export function summaryLines(summary: Summary, badRows: number, lang: Lang): string[] {
  const lines = [
    t(lang, "summary.title", { semester: semesterName(summary.semesterId, lang) }),
    t(lang, "summary.grades", { ...summary.grades }),
    t(lang, "summary.members", {
      revoked: summary.revoked,
      unqualified: summary.unqualified,
      priority: summary.priority,
    }),
    t(lang, "summary.warnings", { warnings: summary.warnings }),
  ];
  if (summary.moved + summary.revokedOnAppeal + summary.cleared > 0) {
    lines.push(
      t(lang, "summary.history", {
        moved: summary.moved,
        revoked: summary.revokedOnAppeal,
        cleared: summary.cleared,
      }),
    );
  }
  if (summary.assigned > 0)
    lines.push(t(lang, "summary.contact", { assigned: summary.assigned, below: summary.contactBelow }));
  if (badRows > 0) lines.push(t(lang, "summary.checks", { rows: badRows }));
  return lines;
}
