import { statSync } from "node:fs";
import type ExcelJS from "exceljs";
import type { Day } from "../../engine/day.ts";
import type { Lang } from "../../engine/labels.ts";
import { semesterName } from "../../engine/semester.ts";
import { summaryLines } from "../../engine/summary.ts";
import { type Grading, gradeWorkbook, type HistoryInput } from "../../workbook/grade.ts";
import { gradingOpinions } from "../../workbook/opinions.ts";
import { rankingsSheet } from "../../workbook/rankings-sheet.ts";
import { checkExtension, flag, onePath, type Parsed, semesterOf, todayOf, usageError } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../labels.ts";
import { appendChangeLog, historyOf, opinionsGrid, writeOpinions } from "../own-sheets.ts";
import { type Progress, SILENT } from "../progress.ts";
import { isSameFile } from "../same-file.ts";
import { lossWords, readXlsx, writeXlsx } from "../workbook-file.ts";
import { copyFileAtomically } from "../write-file.ts";
import { gridsOf, writeBlocks, writeHighlights } from "../xlsx.ts";
import { writeFormat, writeLegend, writePrintSetup } from "../xlsx-format.ts";
import { writeRankings } from "../xlsx-rankings.ts";

type Print = (line: string) => void;

/** A file's size in MB, one decimal; "?" when it cannot be read (reading will say why). */
function megabytes(path: string): string {
  try {
    return (statSync(path).size / 1024 / 1024).toFixed(1);
  } catch {
    return "?";
  }
}

/** Where the graded workbook goes: `--out`, or the input itself with `--in-place`. */
export function targetOf(
  parsed: Parsed,
  input: string,
  command = "grade",
): { target: string; inPlace: boolean } {
  const { lang } = parsed;
  const out = flag(parsed, "--out");
  const inPlace = parsed.flags.has("--in-place");
  if (out !== undefined && inPlace) throw usageError(lang, t(lang, "cli.outAndInPlace"));
  if (inPlace) return { target: input, inPlace };
  if (out === undefined) throw usageError(lang, t(lang, "cli.needsOutOrInPlace"));
  checkExtension(parsed, command, out, [".xlsx"], "--out");
  if (isSameFile(input, out)) throw new CliError(t(lang, "cli.sameInOut", { path: input }), 2);
  return { target: out, inPlace };
}

/**
 * Grades a workbook in memory: its output columns, highlights, formats, print setup and legend are
 * written into `workbook`, as `grade` writes them. Throws the reasons, in the command line's
 * language `lang`, when it cannot be graded.
 *
 * @example
 * const grading = gradeInto(workbook, today, "zh"); // then writeXlsx(workbook, out)
 */
export function gradeInto(
  workbook: ExcelJS.Workbook,
  today: Day,
  lang: Lang,
  semester?: string,
  cause?: HistoryInput["cause"],
  grids = gridsOf(workbook),
): Grading {
  const grading = gradeWorkbook(
    grids,
    { timeZone: "UTC", today, problemLang: lang, surface: "cli" },
    semester,
    { ...historyOf(workbook), ...(cause ? { cause } : {}) },
  );
  if ("problems" in grading) throw new CliError(grading.problems.join("\n"), 1);
  for (const plan of grading.plans) {
    const sheet = workbook.getWorksheet(plan.sheetName);
    if (!sheet) continue;
    writeBlocks(sheet, plan.blocks);
    const rules = grading.highlights.filter((h) => h.sheetName === plan.sheetName);
    writeHighlights(sheet, rules, Math.max(1000, sheet.rowCount + 500));
    const format = grading.formats.find((f) => f.sheetName === plan.sheetName);
    if (format) writeFormat(sheet, format);
    writePrintSetup(sheet);
  }
  writeOpinions(workbook, gradingOpinions(grading, opinionsGrid(workbook)));
  appendChangeLog(workbook, grading.changes);
  // The Rankings tab, then the Legend, which stays last.
  writeRankings(workbook, rankingsSheet(grading.evaluation, grading.read.records, grading.read.lang));
  writeLegend(workbook, grading.legend);
  return grading;
}

/**
 * What a graded workbook's summary says: the figures, whether the semester comes from its
 * archive, and the changes logged.
 *
 * @example
 * gradingLines(grading)[0] //=> "2025-2026学年第一学期 计算完成"
 */
export function gradingLines(grading: Grading): string[] {
  const lang = grading.read.lang;
  const lines = summaryLines(grading.summary, grading.badRows, lang);
  if (grading.archived) lines.push(t(lang, "summary.archived", { date: grading.archived.archivedOn }));
  for (const [semester, count] of grading.archiveEdits)
    lines.push(t(lang, "summary.archiveEdits", { semester: semesterName(semester, lang), count }));
  if (grading.changes.rows.length > 0)
    lines.push(t(lang, "summary.changes", { count: grading.changes.rows.length }));
  return lines;
}

/**
 * `dorm-plaque grade`: fills the output columns and highlights of a workbook into a copy, or
 * with `--in-place` into the workbook itself after keeping it as `.bak`.
 *
 * @example
 * await grade(parseArgs(["grade", "in.xlsx", "--out", "out.xlsx"], "zh"), console.log, console.error)
 */
export async function grade(
  parsed: Parsed,
  print: Print,
  warn: Print,
  steps: Progress = SILENT,
): Promise<void> {
  const { lang } = parsed;
  const input = onePath(parsed);
  const { target, inPlace } = targetOf(parsed, input);
  const semester = semesterOf(parsed);
  const today = todayOf(parsed);
  steps.step("progress.reading", { path: input, size: megabytes(input) });
  const { workbook, losses } = await readXlsx(input, lang);
  if (losses.length > 0) {
    const what = lossWords(losses, lang);
    if (inPlace) throw new CliError(t(lang, "cli.lossyOverwrite", { path: input, what }), 1);
    warn(t(lang, "cli.lossy", { path: input, what }));
  }
  const summary = gradedSummary(workbook, today, lang, semester, steps);
  steps.step("progress.writing", { path: target });
  if (inPlace) {
    const backup = `${input}.bak`;
    await copyFileAtomically(input, backup);
    print(t(lang, "cli.backedUp", { path: backup }));
  }
  await writeXlsx(workbook, target);
  for (const line of summary) print(line);
  print(`→ ${target}`);
}

/**
 * Grades the workbook in place and gives the summary lines. The grading is let go on return,
 * before the file is written, when exceljs needs the most memory.
 */
function gradedSummary(
  workbook: ExcelJS.Workbook,
  today: Day,
  lang: Lang,
  semester: string | undefined,
  steps: Progress,
): string[] {
  const grids = gridsOf(workbook);
  steps.step("progress.grading", { rows: grids.reduce((n, g) => n + Math.max(0, g.values.length - 1), 0) });
  const grading = gradeInto(workbook, today, lang, semester, undefined, grids);
  return gradingLines(grading);
}
