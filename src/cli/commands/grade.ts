import { resolve } from "node:path";
import type ExcelJS from "exceljs";
import type { Day } from "../../engine/day.ts";
import { summaryLines } from "../../engine/summary.ts";
import { type Grading, gradeWorkbook } from "../../workbook/grade.ts";
import { flag, onePath, type Parsed, semesterOf, todayOf, usageError } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../labels.ts";
import { readXlsx, writeXlsx } from "../workbook-file.ts";
import { gridsOf, writeBlocks, writeHighlights } from "../xlsx.ts";

type Print = (line: string) => void;

/**
 * Grades a workbook in memory: its output columns and highlights are written into `workbook`, as
 * `grade` writes them. Throws the reasons when it cannot be graded.
 *
 * @example
 * const grading = gradeInto(workbook, today); // then writeXlsx(workbook, out)
 */
export function gradeInto(workbook: ExcelJS.Workbook, today: Day, semester?: string): Grading {
  const grading = gradeWorkbook(gridsOf(workbook), { timeZone: "UTC", today }, semester);
  if ("problems" in grading) throw new CliError(grading.problems.join("\n"), 1);
  for (const plan of grading.plans) {
    const sheet = workbook.getWorksheet(plan.sheetName);
    if (!sheet) continue;
    writeBlocks(sheet, plan.blocks);
    const rules = grading.highlights.filter((h) => h.sheetName === plan.sheetName);
    writeHighlights(sheet, rules, Math.max(1000, sheet.rowCount + 500));
  }
  return grading;
}

/**
 * `dorm-plaque grade`: fills the output columns and highlights of a workbook into a copy.
 *
 * @example
 * await grade(parseArgs(["grade", "in.xlsx", "--out", "out.xlsx"], "zh"), console.log, console.error)
 */
export async function grade(parsed: Parsed, print: Print, warn: Print): Promise<void> {
  const { lang } = parsed;
  const input = onePath(parsed);
  const out = flag(parsed, "--out");
  if (out === undefined)
    throw usageError(lang, t(lang, "cli.needsOut", { command: "grade", out: "<graded.xlsx>" }));
  const semester = semesterOf(parsed);
  const today = todayOf(parsed);
  const { workbook, lossy } = await readXlsx(input, lang);
  if (lossy && resolve(out) === resolve(input))
    throw new CliError(t(lang, "cli.lossyOverwrite", { path: input }), 1);
  if (lossy) warn(t(lang, "cli.lossy", { path: input }));
  const grading = gradeInto(workbook, today, semester);
  await writeXlsx(workbook, out);
  for (const line of summaryLines(grading.summary, grading.badRows, grading.read.lang)) print(line);
  print(`→ ${out}`);
}
