import { planArchive, planUnarchive } from "../../workbook/archive.ts";
import { gradeWorkbook } from "../../workbook/grade.ts";
import { t as sheetT } from "../../workbook/history-labels.ts";
import { gradingOpinions } from "../../workbook/opinions.ts";
import { flag, onePath, type Parsed, semesterOf, todayOf, usageError } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../labels.ts";
import {
  appendChangeLog,
  historyOf,
  opinionsGrid,
  removeArchive,
  writeArchive,
  writeOpinions,
} from "../own-sheets.ts";
import { lossWords, readXlsx, writeXlsx } from "../workbook-file.ts";
import { copyFileAtomically } from "../write-file.ts";
import { gridsOf } from "../xlsx.ts";
import { gradeInto, gradingLines, targetOf } from "./grade.ts";

type Print = (line: string) => void;

/**
 * `dorm-plaque archive`: freezes a semester (the one the workbook shows, or `--semester`) into
 * the engine's own protected sheets, records it in the Change log and grades the workbook again;
 * with `--undo --reason …` takes the archive away, records why, and grades from the records as
 * they are. Written to `--out`, or with `--in-place` into the workbook after a `.bak` copy.
 *
 * @example
 * await archive(parseArgs(["archive", "dept.xlsx", "--in-place"], "zh"), console.log, console.error)
 */
export async function archive(parsed: Parsed, print: Print, warn: Print): Promise<void> {
  const { lang } = parsed;
  const input = onePath(parsed);
  const { target, inPlace } = targetOf(parsed, input, "archive");
  const undo = parsed.flags.has("--undo");
  const reason = flag(parsed, "--reason") ?? "";
  if (!undo && reason !== "") throw usageError(lang, t(lang, "cli.reasonWithoutUndo"));
  const semester = semesterOf(parsed);
  const today = todayOf(parsed);
  const { workbook, losses } = await readXlsx(input, lang);
  if (losses.length > 0) {
    const what = lossWords(losses, lang);
    if (inPlace) throw new CliError(t(lang, "cli.lossyOverwrite", { path: input, what }), 1);
    warn(t(lang, "cli.lossy", { path: input, what }));
  }
  const grading = gradeWorkbook(
    gridsOf(workbook),
    { timeZone: "UTC", today, problemLang: lang, surface: "cli" },
    semester,
    historyOf(workbook),
  );
  if ("problems" in grading) throw new CliError(grading.problems.join("\n"), 1);
  const sheetLang = grading.read.lang;
  const changeLog = (event: readonly string[]) => ({ ...grading.changes, rows: [event] });

  let message: string;
  let regraded: ReturnType<typeof gradeInto>;
  if (undo) {
    const id = semester ?? grading.evaluation.semester.id;
    const plan = planUnarchive(grading.archive, id, reason, today, sheetLang);
    if ("problem" in plan) throw new CliError(plan.problem, 1);
    removeArchive(workbook, id);
    appendChangeLog(workbook, changeLog(plan.event));
    regraded = gradeInto(workbook, today, lang, semester, { kind: "unarchived", note: reason.trim() });
    message = plan.message;
  } else {
    const opinions = gradingOpinions(grading, opinionsGrid(workbook));
    const plan = planArchive(grading, opinions.effective, "UTC", today);
    if ("problem" in plan) throw new CliError(plan.problem, 1);
    writeOpinions(workbook, opinions);
    writeArchive(workbook, plan, sheetT(sheetLang, "archive.dataTab"));
    appendChangeLog(workbook, changeLog(plan.event));
    regraded = gradeInto(workbook, today, lang, semester);
    message = plan.message;
  }
  if (inPlace) {
    const backup = `${input}.bak`;
    await copyFileAtomically(input, backup);
    print(t(lang, "cli.backedUp", { path: backup }));
  }
  await writeXlsx(workbook, target);
  print(message);
  for (const line of gradingLines(regraded)) print(line);
  print(`→ ${target}`);
}
