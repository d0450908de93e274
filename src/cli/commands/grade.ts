import { resolve } from "node:path";
import { summaryLines } from "../../engine/summary.ts";
import { gradeWorkbook } from "../../workbook/grade.ts";
import { flag, onePath, type Parsed, semesterOf, todayOf, usageError } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../labels.ts";
import { readXlsx, writeXlsx } from "../workbook-file.ts";
import { gridsOf, writeBlocks, writeHighlights } from "../xlsx.ts";

type Print = (line: string) => void;

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
  const grading = gradeWorkbook(gridsOf(workbook), { timeZone: "UTC", today }, semester);
  if ("problems" in grading) throw new CliError(grading.problems.join("\n"), 1);
  for (const plan of grading.plans) {
    const sheet = workbook.getWorksheet(plan.sheetName);
    if (!sheet) continue;
    writeBlocks(sheet, plan.blocks);
    const rules = grading.highlights.filter((h) => h.sheetName === plan.sheetName);
    writeHighlights(sheet, rules, Math.max(1000, sheet.rowCount + 500));
  }
  await writeXlsx(workbook, out);
  for (const line of summaryLines(grading.summary, grading.badRows, grading.read.lang)) print(line);
  print(`→ ${out}`);
}
