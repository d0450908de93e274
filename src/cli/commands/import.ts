import type ExcelJS from "exceljs";
import { dayOfIso } from "../../engine/day.ts";
import type { Lang } from "../../engine/labels.ts";
import { summaryLines } from "../../engine/summary.ts";
import { appendPlan } from "../../intake/append.ts";
import { intakeBook } from "../../intake/book.ts";
import { readChoices } from "../../intake/choices.ts";
import { planIntake, problemText } from "../../intake/plan.ts";
import { settingWrite } from "../../intake/remember.ts";
import { checkExtension, flag, type Parsed, semesterOf, todayOf, usageError } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../import-labels.ts";
import { listingLines } from "../import-listing.ts";
import { type ExportFile, readExport } from "../import-source.ts";
import { isSameFile } from "../same-file.ts";
import { lossWords, readXlsx, writeXlsx } from "../workbook-file.ts";
import { copyFileAtomically } from "../write-file.ts";
import { gridsOf } from "../xlsx.ts";
import { gradeInto } from "./grade.ts";

type Print = (line: string) => void;

/** How the export was read, for the listing's first line. */
function howRead(file: ExportFile, lang: Lang): string {
  if (file.sheet !== undefined) return t(lang, "import.sheet", { sheet: file.sheet });
  return t(lang, `import.enc.${file.encoding ?? "utf-8"}`);
}

/** The new rows under the Inspections tab's data, and headers for fields the tab lacked. */
function writeRows(sheet: ExcelJS.Worksheet, first: number, plan: ReturnType<typeof appendPlan>): void {
  for (const { column, label } of plan.headers) {
    const cell = sheet.getCell(1, column);
    cell.style = sheet.getCell(1, column - 1).style;
    cell.value = label;
  }
  for (const run of plan.runs) {
    run.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === "") return;
        const cell = sheet.getCell(first + r, run.column + c);
        if (run.keys[c] === "col.date") {
          // A date cell, as the template's dates are: midnight UTC is the day in an .xlsx.
          cell.value = new Date(((dayOfIso(String(value)) ?? 0) as number) * 86_400_000);
          cell.numFmt = "yyyy-mm-dd";
        } else cell.value = value;
      });
    });
  }
}

/** Sets the Settings tab's 导入列对应 / Import columns, creating the tab when there is none. */
function writeSetting(
  workbook: ExcelJS.Workbook,
  settingsTab: string | undefined,
  write: ReturnType<typeof settingWrite>,
): void {
  if ("create" in write) {
    const sheet = workbook.addWorksheet(write.create.name);
    write.create.values.forEach((row, r) => {
      row.forEach((value, c) => {
        sheet.getCell(r + 1, c + 1).value = value;
      });
    });
    sheet.getRow(1).font = { bold: true };
    return;
  }
  const sheet = settingsTab === undefined ? undefined : workbook.getWorksheet(settingsTab);
  for (const cell of write.cells) if (sheet) sheet.getCell(cell.row, cell.column).value = cell.value;
}

/**
 * `dorm-plaque import`: reads an export of a form tool or campus system (CSV in any of the usual
 * encodings, or .xlsx) and lists, row by row, what importing it into a workbook would add, what
 * is already there and what cannot be read. Nothing is written unless `--apply`: then the new rows
 * are appended to the Inspections tab, any column choice given with `--map` is remembered on the
 * Settings tab, and the workbook is regraded and written whole, atomically, in place (the file as
 * it was kept as `.bak`) or to `--out`.
 *
 * @example
 * await importCommand(parseArgs(["import", "问卷星.csv", "--into", "dept.xlsx"], "zh"), console.log, console.error)
 */
export async function importCommand(parsed: Parsed, print: Print, warn: Print): Promise<void> {
  const cli = parsed.lang;
  const [exportPath, extra] = parsed.positional.slice(1);
  if (!exportPath || extra) throw usageError(cli, t(cli, "cli.expectedOneFile"));
  const into = flag(parsed, "--into");
  if (into === undefined) throw usageError(cli, t(cli, "import.needsInto"));
  const apply = parsed.flags.has("--apply");
  const out = flag(parsed, "--out");
  if (out !== undefined && !apply) throw usageError(cli, t(cli, "import.outOnlyWithApply"));
  if (out !== undefined) checkExtension(parsed, "import", out, [".xlsx"], "--out");
  const given = readChoices(flag(parsed, "--map") ?? "");
  if (given.unreadable.length > 0)
    throw usageError(
      cli,
      t(cli, "intake.badChoices", { pairs: given.unreadable.join(t(cli, "intake.sep")) }),
    );
  const today = todayOf(parsed);
  const semester = semesterOf(parsed);
  const target = out ?? into;
  const inPlace = isSameFile(target, into);

  const { workbook, losses } = await readXlsx(into, cli);
  const what = lossWords(losses, cli);
  if (apply && losses.length > 0 && inPlace)
    throw new CliError(t(cli, "cli.lossyOverwrite", { path: into, what }), 1);
  const book = intakeBook(gridsOf(workbook), { timeZone: "UTC", today, problemLang: cli, surface: "cli" });
  if ("problems" in book) throw new CliError(book.problems.join("\n"), 1);
  const lang = book.lang;
  const file = await readExport(exportPath, cli);
  if (file.table.values.length === 0) throw new CliError(t(cli, "intake.empty"), 1);
  const plan = planIntake(file.table, book, given.choices);
  const { preview } = plan;
  for (const line of listingLines(preview, howRead(file, lang), lang)) print(line);
  const problem = problemText(preview, cli);
  if (problem !== undefined) {
    const unknown = preview.columns.find((c) => c.how === "unknown" && c.header !== "")?.header ?? "…";
    const missing = preview.missing[0] === "level" ? "result" : (preview.missing[0] ?? "dorm");
    throw new CliError(
      `${problem}\n${t(cli, "import.mapHint", { example: `${unknown}=${t(cli, `col.${missing}`)}` })}`,
      1,
    );
  }
  const tab = book.inspections.grid.name;
  if (!apply) {
    if (preview.remember !== undefined) print(t(lang, "import.willRemember", { value: preview.remember }));
    print(
      preview.counts.new > 0
        ? t(lang, "import.dryRun", { count: preview.counts.new, path: into, tab })
        : t(lang, "import.nothingNew"),
    );
    return;
  }
  if (preview.counts.new === 0 && preview.remember === undefined) {
    print(t(lang, "import.nothingNew"));
    return;
  }
  if (losses.length > 0) warn(t(cli, "cli.lossy", { path: into, what }));

  const sheet = workbook.getWorksheet(tab) as ExcelJS.Worksheet;
  const first = book.inspections.grid.values.length + 1;
  const append = appendPlan(book.inspections, plan.values, lang);
  writeRows(sheet, first, append);
  if (preview.remember !== undefined) {
    const write = settingWrite(book.settings, "set.importColumns", preview.remember, lang);
    writeSetting(workbook, book.settings?.grid.name, write);
  }
  const grading = gradeInto(workbook, today, cli, semester);
  if (inPlace) {
    const backup = `${into}.bak`;
    await copyFileAtomically(into, backup);
    print(t(lang, "import.backedUp", { path: backup }));
  }
  await writeXlsx(workbook, target);
  if (append.rows === 1) print(t(lang, "import.appendedOne", { tab, first }));
  else if (append.rows > 1)
    print(t(lang, "import.appended", { count: append.rows, tab, first, last: first + append.rows - 1 }));
  if (preview.remember !== undefined) print(t(lang, "import.remembered", { value: preview.remember }));
  for (const line of summaryLines(grading.summary, grading.badRows, grading.read.lang)) print(line);
  print(`→ ${target}`);
}
