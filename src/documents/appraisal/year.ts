import { isoOf } from "../../engine/day.ts";
import type { Evaluation } from "../../engine/evaluate.ts";
import type { Records } from "../../engine/records.ts";
import { semesterById } from "../../engine/semester.ts";
import { evaluationOf, type Grading } from "../../workbook/grade.ts";
import type { Grid } from "../../workbook/layout.ts";
import { opinionsPlan } from "../../workbook/opinions.ts";

/** One semester of an academic year, as the appraisal record reads it. */
export interface YearSemester {
  readonly semesterId: string;
  readonly evaluation: Evaluation;
  /** The records it was graded from: frozen when archived. */
  readonly records: Records;
  /** ISO date, when the semester is archived. */
  readonly archivedOn?: string;
  /** The written appraisal opinion of each member dorm, by dorm ID: frozen, or as the Opinions tab has it. */
  readonly opinions: Readonly<Record<string, string>>;
}

/**
 * The academic year a graded workbook shows, as `2025-2026`.
 *
 * @example
 * yearOf(grading) //=> "2025-2026"
 */
export function yearOf(grading: Grading): string {
  const { startYear } = grading.evaluation.semester;
  return `${startYear}-${startYear + 1}`;
}

/**
 * The semesters of an academic year that have begun, each from its archive when archived, else
 * from the records, with the opinions that count for each.
 *
 * @example
 * yearSemesters(grading, "2025-2026", opinionsGrid).map((s) => s.semesterId) //=> ["2025-2026-1", "2025-2026-2"]
 */
export function yearSemesters(grading: Grading, year: string, opinions: Grid | undefined): YearSemester[] {
  const { read, archive, today } = grading;
  const sources: YearSemester[] = [];
  for (const term of [1, 2] as const) {
    const semester = semesterById(`${year}-${term}`, read.settings);
    if (semester.first > today) continue;
    const { evaluation, payload } = evaluationOf(read, archive, today, semester.id);
    const records = payload?.frozen.records ?? read.records;
    sources.push({
      semesterId: semester.id,
      evaluation,
      records,
      ...(payload ? { archivedOn: isoOf(payload.frozen.archivedOn) } : {}),
      opinions: payload
        ? payload.frozen.opinions
        : opinionsPlan(opinions, evaluation, records, undefined, read.lang).effective,
    });
  }
  return sources;
}
