import { resolve } from "node:path";
import { t } from "../engine/labels.ts";
import { summaryLines } from "../engine/summary.ts";
import { gradeWorkbook } from "../workbook/grade.ts";
import { emptyWorkbook, sampleWorkbook } from "../workbook/sample.ts";
import { flag, langOf, onePath, type Parsed, parseArgs, semesterOf, todayOf, usageError } from "./args.ts";
import { CliError } from "./cli-error.ts";
import { cliLang } from "./lang.ts";
import { report } from "./report.ts";
import { readXlsx, writeXlsx } from "./workbook-file.ts";
import { gridsOf, workbookOf, writeBlocks, writeHighlights } from "./xlsx.ts";

type Print = (line: string) => void;

/** `dorm-plaque grade`: fills the output columns and highlights of a workbook into a copy. */
async function grade(parsed: Parsed, print: Print, warn: Print): Promise<void> {
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

/** `dorm-plaque init`: an empty workbook with every tab and header, or the sample department. */
async function init(parsed: Parsed, print: Print): Promise<void> {
  const path = onePath(parsed);
  const lang = langOf(parsed) ?? "zh";
  const grids = parsed.flags.get("--sample") ? sampleWorkbook(lang) : emptyWorkbook(lang);
  await writeXlsx(workbookOf(grids), path);
  print(`→ ${path}`);
}

/**
 * Runs the command line; returns the exit code. Messages are in the shell's language (see
 * `cliLang`); output goes through `print` and `printError` so that tests can read it.
 */
export async function main(
  args: readonly string[],
  print: Print = console.log,
  printError: Print = console.error,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const lang = cliLang(env);
  try {
    const parsed = parseArgs(args, lang);
    const command = parsed.positional[0];
    if (parsed.flags.has("--help") || parsed.flags.has("-h") || command === "help") {
      print(t(lang, "cli.usage"));
      return 0;
    }
    if (command === "grade") await grade(parsed, print, printError);
    else if (command === "init") await init(parsed, print);
    else if (command === "report") await report(parsed, print);
    else if (command) throw usageError(lang, t(lang, "cli.unknownCommand", { command }));
    else throw new CliError(t(lang, "cli.usage"), 2);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      printError(error.message);
      return error.exitCode;
    }
    throw error;
  }
}
