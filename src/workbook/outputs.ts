import { deductedScore, deductionsLine } from "../engine/deductions.ts";
import type { Evaluation } from "../engine/evaluate.ts";
import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import { gradeLabel, memberOutcomeCells } from "../engine/wording.ts";
import type { WorkbookRead } from "./read.ts";
import type { TabKey } from "./schema.ts";

/** A cell the engine writes: text or a count. */
export type OutputCell = string | number;

/** Per tab, the values of each output column, one per data row (index 0 is sheet row 2). */
export type TabOutputs = ReadonlyMap<LabelKey, readonly OutputCell[]>;

function rowsOf(read: WorkbookRead, tab: TabKey): number {
  return (read.layouts[tab]?.rows ?? 1) - 1;
}

/** Fills a column with blanks, then puts each record's value on its row. */
function column<T extends { row: number }>(
  rows: number,
  records: readonly T[],
  value: (record: T) => OutputCell,
): OutputCell[] {
  const cells: OutputCell[] = new Array<OutputCell>(rows).fill("");
  for (const record of records) cells[record.row - 2] = value(record);
  return cells;
}

/**
 * The values of every output column of every tab, in the workbook's language.
 *
 * @example
 * tabOutputs(read, evaluation).get("dorms")?.get("out.grade")?.[0] //=> "合格"
 */
export function tabOutputs(read: WorkbookRead, evaluation: Evaluation): Map<TabKey, TabOutputs> {
  const lang: Lang = read.lang;
  const result = new Map<TabKey, TabOutputs>();
  const checks = (tab: TabKey): OutputCell[] => read.checks[tab] ?? [];

  const dormRows = rowsOf(read, "dorms");
  const dorms = evaluation.dorms;
  result.set(
    "dorms",
    new Map<LabelKey, OutputCell[]>([
      ["out.grade", column(dormRows, dorms, (d) => gradeLabel(d.grade, lang))],
      ["out.inspections", column(dormRows, dorms, (d) => d.count)],
      ["out.fails", column(dormRows, dorms, (d) => d.fails)],
      ["out.longestStreak", column(dormRows, dorms, (d) => d.longestStreak)],
      ["out.currentStreak", column(dormRows, dorms, (d) => d.currentStreak)],
      ["out.excellents", column(dormRows, dorms, (d) => d.excellents)],
      ["out.meanScore", column(dormRows, dorms, (d) => d.meanScore ?? "")],
      ["out.nobodyIn", column(dormRows, dorms, (d) => d.nobodyIn)],
      ["out.visits", column(dormRows, dorms, (d) => d.visits.length)],
      [
        "out.warning",
        column(dormRows, dorms, (d) =>
          d.warnings
            .map((w) =>
              t(lang, w.kind === "streak" ? "warning.streak" : "warning.total", {
                limit: w.limit,
                fails: w.fails,
              }),
            )
            .join(lang === "zh" ? "；" : "; "),
        ),
      ],
      [
        "out.plaqueCheck",
        column(dormRows, dorms, (d) => (d.plaque === "none" ? "" : t(lang, `plaque.${d.plaque}`))),
      ],
      ["out.check", checks("dorms")],
    ]),
  );

  const memberRows = rowsOf(read, "members");
  const members = evaluation.members.map((m) => ({ row: m.row, cells: memberOutcomeCells(m, lang) }));
  result.set(
    "members",
    new Map<LabelKey, OutputCell[]>([
      ["out.criticisms", column(memberRows, members, (m) => m.cells.criticisms)],
      ["out.praises", column(memberRows, members, (m) => m.cells.praises)],
      ["out.eligibility", column(memberRows, members, (m) => m.cells.eligibility)],
      ["out.priority", column(memberRows, members, (m) => m.cells.priority)],
      ["out.assessment", column(memberRows, members, (m) => m.cells.assessment)],
      ["out.action", column(memberRows, members, (m) => m.cells.action)],
      ["out.review", column(memberRows, members, (m) => m.cells.review)],
      ["out.check", checks("members")],
    ]),
  );

  result.set("inspections", inspectionOutputs(read, checks("inspections")));
  for (const tab of ["visits", "talks", "settings", "scoresheet"] as const) {
    result.set(tab, new Map([["out.check", checks(tab)]]));
  }
  return result;
}

/**
 * The Inspections tab's outputs: the check column, and on a tab that lists deductions the score
 * they give and the items in words, on each row whose level they decided or could have.
 */
function inspectionOutputs(read: WorkbookRead, checks: OutputCell[]): TabOutputs {
  const outputs = new Map<LabelKey, OutputCell[]>([["out.check", checks]]);
  if (!read.layouts.inspections?.columns.has("col.deductions")) return outputs;
  const rows = rowsOf(read, "inspections");
  const itemised = read.records.inspections.filter((i) => i.deductions !== undefined);
  outputs.set(
    "out.computedScore",
    column(rows, itemised, (i) => deductedScore(i.deductions ?? []).score),
  );
  outputs.set(
    "out.deductionDetail",
    column(rows, itemised, (i) => deductionsLine(i.deductions ?? [], read.lang)),
  );
  return outputs;
}
