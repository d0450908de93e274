import { isoOf } from "../engine/day.ts";
import { deductedScore, deductionsLine } from "../engine/deductions.ts";
import { resultWith } from "../engine/dorm-result.ts";
import type { DormSemester, Evaluation } from "../engine/evaluate.ts";
import { contactedLine, countingWords, coverageLine, staysLine } from "../engine/history-words.ts";
import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import type { Inspection } from "../engine/records.ts";
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
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as T;
    cells[record.row - 2] = value(record);
  }
  return cells;
}

/**
 * The row of a record by its id, now: the row it carries (when given) if that row still holds it
 * (always, unless the records come from an archived semester), else the row the id is on now.
 */
function rowFinder(
  current: readonly { readonly id: string; readonly row: number }[],
  rows: number,
): (id: string, row?: number) => number | undefined {
  // An array by row, not a map by id: tens of thousands of members are looked up at once.
  const idAt = new Array<string | undefined>(rows).fill(undefined);
  for (const record of current) idAt[record.row - 2] = record.id;
  let rowOfId: Map<string, number> | undefined;
  return (id, row) => {
    if (row !== undefined && idAt[row - 2] === id) return row;
    rowOfId ??= new Map(current.map((r) => [r.id, r.row]));
    return rowOfId.get(id);
  };
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
  // By dorm ID: an archived semester's dorms carry the rows they had when it was archived.
  const dormRowOf = rowFinder(read.records.dorms, dormRows);
  const dorms: DormSemester[] = [];
  for (const d of evaluation.dorms) {
    const row = dormRowOf(d.dormId, d.row);
    // Most often the row it already carries: no copy of the dorm's record.
    if (row !== undefined) dorms.push(row === d.row ? d : resultWith(d, { row }));
  }
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
  const rowOf = rowFinder(read.records.members, memberRows);
  // The outcome columns in one pass over the members, each field read by its name: a field
  // read by a key held in a variable is a slow lookup, and there are 140,000 of these cells.
  const blanks = () => new Array<OutputCell>(memberRows).fill("");
  const criticisms = blanks();
  const praises = blanks();
  const eligibility = blanks();
  const priority = blanks();
  const assessment = blanks();
  const action = blanks();
  const review = blanks();
  for (const m of evaluation.members) {
    const row = rowOf(m.studentId, m.row);
    if (row === undefined) continue;
    const cells = memberOutcomeCells(m, lang);
    const i = row - 2;
    criticisms[i] = cells.criticisms;
    praises[i] = cells.praises;
    eligibility[i] = cells.eligibility;
    priority[i] = cells.priority;
    assessment[i] = cells.assessment;
    action[i] = cells.action;
    review[i] = cells.review;
  }
  // Made only for members who moved or have contact duties: most semesters have few.
  let dormLabels: Map<string, string> | undefined;
  const labelOf = (id: string) => {
    dormLabels ??= new Map(evaluation.dorms.map((d) => [d.dormId, d.dorm.label]));
    return dormLabels.get(id) ?? id;
  };
  const placed = <T>(items: Iterable<[string, T]>) =>
    [...items].flatMap(([id, value]) => {
      const row = rowOf(id);
      return row === undefined ? [] : [{ row, value }];
    });
  const stays = placed(evaluation.stays);
  const coverage = placed(evaluation.coverage.map((c) => [c.studentId, c] as [string, typeof c]));
  result.set(
    "members",
    new Map<LabelKey, OutputCell[]>([
      ["out.criticisms", criticisms],
      ["out.praises", praises],
      ["out.eligibility", eligibility],
      ["out.priority", priority],
      ["out.assessment", assessment],
      ["out.action", action],
      ["out.review", review],
      ["out.stays", column(memberRows, stays, (s) => staysLine(s.value, labelOf, lang))],
      ["out.coverage", column(memberRows, coverage, (c) => coverageLine(c.value, lang))],
      ["out.contactedFails", column(memberRows, coverage, (c) => contactedLine(c.value, labelOf, lang))],
      ["out.check", checks("members")],
    ]),
  );

  // How each inspection of the semester counts: revoked on appeal, or cleared. An archived
  // semester names its rows as they were: a row is marked only while it still holds that inspection.
  let onRow: Map<number, Inspection> | undefined;
  const still = (ref: { row: number; date: string; dormId: string }) => {
    // Built only when something was revoked or cleared: most semesters have nothing of the kind.
    onRow ??= new Map(read.records.inspections.map((i) => [i.row, i]));
    const now = onRow.get(ref.row);
    return now !== undefined && now.dormId === ref.dormId && isoOf(now.day) === ref.date;
  };
  const counting: { row: number; text: string }[] = [];
  for (const d of evaluation.dorms) {
    for (const revoked of d.revoked)
      if (still(revoked.inspection))
        counting.push({ row: revoked.inspection.row, text: countingWords({ revoked }, lang) });
    for (const cleared of d.cleared)
      if (still(cleared.fail))
        counting.push({ row: cleared.fail.row, text: countingWords({ cleared }, lang) });
  }
  const inspectionTab = inspectionOutputs(read, checks("inspections"));
  // Optional: a tab gets it once something counts otherwise, and keeps it up to date after.
  if (counting.length > 0 || read.layouts.inspections?.outputs.has("out.counting"))
    inspectionTab.set(
      "out.counting",
      column(rowsOf(read, "inspections"), counting, (c) => c.text),
    );
  result.set("inspections", inspectionTab);
  for (const tab of ["visits", "talks", "moves", "assignments", "settings", "scoresheet"] as const) {
    result.set(tab, new Map([["out.check", checks(tab)]]));
  }
  return result;
}

/**
 * The Inspections tab's outputs: the check column, and on a tab that lists deductions the score
 * they give and the items in words, on each row whose level they decided or could have.
 */
function inspectionOutputs(read: WorkbookRead, checks: OutputCell[]): Map<LabelKey, readonly OutputCell[]> {
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
