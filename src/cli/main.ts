import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { type Day, dayOf, dayOfIso } from "../engine/day.ts";
import type { Lang } from "../engine/labels.ts";
import { parseSemesterId } from "../engine/semester.ts";
import { summaryLines } from "../engine/summary.ts";
import { gradeWorkbook } from "../workbook/grade.ts";
import { emptyWorkbook, sampleWorkbook } from "../workbook/sample.ts";
import { report } from "./report.ts";
import { gridsOf, workbookOf, writeBlocks, writeHighlights } from "./xlsx.ts";

export const USAGE = `dorm-plaque — grade a dorm-plaque workbook (.xlsx) offline

Usage:
  dorm-plaque grade <workbook.xlsx> --out <graded.xlsx> [--today YYYY-MM-DD] [--semester 2025-2026-1]
      Reads the tabs, fills the output columns (grades, outcomes, checks) and the highlights.
      Every other cell, sheet, style and column is kept. Running it again changes no value.
  dorm-plaque init <new.xlsx> [--lang zh|en] [--sample]
      Writes an empty workbook with every tab and header, or one filled with sample data.
  dorm-plaque report <workbook.xlsx> --out <report.html|report.pdf> [--public]
        [--from YYYY-MM-DD --to YYYY-MM-DD] [--today YYYY-MM-DD] [--semester 2025-2026-1] [--lang zh|en]
      Writes the semester report, or with --from/--to the bulletin of that period (both days
      included). --public leaves out every name. A .pdf needs Chromium (apt-get install chromium,
      or set CHROME_PATH).
  dorm-plaque --help

Exit codes: 0 done, 1 bad input (missing file, not an .xlsx, missing tab), 2 bad usage.
`;

/** A failure the user can fix: shown without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export interface Parsed {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(["--out", "--lang", "--today", "--semester", "--from", "--to"]);
const BOOLEAN_FLAGS = new Set(["--sample", "--help", "-h", "--public"]);

export function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (VALUE_FLAGS.has(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith("--"))
        throw new CliError(`${arg} needs a value\n\n${USAGE}`, 2);
      flags.set(arg, value);
    } else if (BOOLEAN_FLAGS.has(arg)) flags.set(arg, true);
    else if (arg.startsWith("-")) throw new CliError(`unknown option ${arg}\n\n${USAGE}`, 2);
    else positional.push(arg);
  }
  return { positional, flags };
}

/** Today's calendar day where the command runs, unless `--today` says otherwise. */
export function todayOf(flag: string | true | undefined): Day {
  if (typeof flag === "string") {
    const day = dayOfIso(flag);
    if (day === undefined) throw new CliError(`--today must be a date like 2026-01-20, not ${flag}`, 2);
    return day;
  }
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new CliError(`file not found: ${path}`, 1);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw new CliError(
      `${path} is not an .xlsx workbook (save it from Excel, WPS or LibreOffice as .xlsx)`,
      1,
    );
  }
  return workbook;
}

async function writeXlsx(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
}

function requireOne(parsed: Parsed, what: string): string {
  const [path, extra] = parsed.positional.slice(1);
  if (!path || extra) throw new CliError(`expected one ${what}\n\n${USAGE}`, 2);
  return path;
}

async function grade(parsed: Parsed, print: (line: string) => void): Promise<void> {
  const input = requireOne(parsed, "workbook");
  const out = parsed.flags.get("--out");
  if (typeof out !== "string") throw new CliError(`grade needs --out <graded.xlsx>\n\n${USAGE}`, 2);
  const semesterFlag = parsed.flags.get("--semester");
  const semester = typeof semesterFlag === "string" ? parseSemesterId(semesterFlag) : undefined;
  if (typeof semesterFlag === "string" && !semester) {
    throw new CliError(
      `--semester must be like 2025-2026-1 or 2025-2026学年第一学期, not ${semesterFlag}`,
      2,
    );
  }
  const workbook = await readXlsx(input);
  const grading = gradeWorkbook(
    gridsOf(workbook),
    { timeZone: "UTC", today: todayOf(parsed.flags.get("--today")) },
    semester,
  );
  if ("problems" in grading) throw new CliError(grading.problems.join("\n"), 1);
  for (const plan of grading.plans) {
    const sheet = workbook.getWorksheet(plan.sheetName);
    if (!sheet) continue;
    writeBlocks(sheet, plan.blocks);
    const rules = grading.highlights.filter((h) => h.sheetName === plan.sheetName);
    writeHighlights(sheet, rules, Math.max(1000, sheet.rowCount + 500));
  }
  await writeXlsx(workbook, out);
  const lang = grading.read.lang;
  for (const line of summaryLines(grading.summary, grading.badRows, lang)) print(line);
  print(`→ ${out}`);
}

async function init(parsed: Parsed, print: (line: string) => void): Promise<void> {
  const path = requireOne(parsed, "new workbook path");
  const lang = parsed.flags.get("--lang") ?? "zh";
  if (lang !== "zh" && lang !== "en") throw new CliError(`--lang must be zh or en, not ${String(lang)}`, 2);
  const grids = parsed.flags.get("--sample") ? sampleWorkbook(lang as Lang) : emptyWorkbook(lang as Lang);
  await writeXlsx(workbookOf(grids), path);
  print(`→ ${path}`);
}

/**
 * Runs the command line; returns the exit code. Output goes through `print` and `printError`
 * so that tests can read it.
 */
export async function main(
  args: readonly string[],
  print: (line: string) => void = console.log,
  printError: (line: string) => void = console.error,
): Promise<number> {
  try {
    const parsed = parseArgs(args);
    const command = parsed.positional[0];
    if (parsed.flags.has("--help") || parsed.flags.has("-h") || command === "help") {
      print(USAGE);
      return 0;
    }
    if (command === "grade") await grade(parsed, print);
    else if (command === "init") await init(parsed, print);
    else if (command === "report") await report(parsed, print);
    else throw new CliError(command ? `unknown command ${command}\n\n${USAGE}` : USAGE, 2);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      printError(error.message);
      return error.exitCode;
    }
    throw error;
  }
}
