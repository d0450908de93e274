import { existsSync, statSync } from "node:fs";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { appraisalModel } from "../../documents/appraisal/model.ts";
import { appraisalSheet } from "../../documents/appraisal/sheet.ts";
import { appraisalTitle, renderAppraisal } from "../../documents/appraisal/template.ts";
import { yearOf, yearSemesters } from "../../documents/appraisal/year.ts";
import { isoOf } from "../../engine/day.ts";
import type { Lang } from "../../engine/labels.ts";
import { gradeWorkbook } from "../../workbook/grade.ts";
import { normalizeId } from "../../workbook/normalize.ts";
import { checkExtension, flag, langOf, onePath, type Parsed, todayOf, usageError } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../labels.ts";
import { historyOf, opinionsGrid } from "../own-sheets.ts";
import { readXlsx, writeXlsx } from "../workbook-file.ts";
import { writeFileAtomically } from "../write-file.ts";
import { gridsOf } from "../xlsx.ts";
import { findChromium, htmlToPdf } from "./report.ts";

/** The academic year `--year` names, as `2025-2026`; undefined when not given. */
function yearFlag(parsed: Parsed): string | undefined {
  const given = flag(parsed, "--year");
  if (given === undefined) return undefined;
  const m = /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(given.normalize("NFKC").trim());
  if (!m || Number(m[2]) !== Number(m[1]) + 1)
    throw new CliError(t(parsed.lang, "cli.badYear", { value: given }), 2);
  return `${m[1]}-${m[2]}`;
}

/** The record as a workbook of one sheet: a row per person, the semesters side by side. */
function workbookOfSheet(sheet: ReturnType<typeof appraisalSheet>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  for (const row of sheet.rows) ws.addRow([...row]);
  ws.getRow(1).font = { bold: true };
  sheet.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: "top" };
  });
  ws.pageSetup.paperSize = 9;
  ws.pageSetup.orientation = "landscape";
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  ws.pageSetup.printTitlesRow = "1:1";
  return workbook;
}

/**
 * `dorm-plaque appraisal`: the yearly appraisal record of every member, candidate and activist
 * (or of `--student` ones): both semesters of their dorm, from the archive when archived, with
 * moves, appeals, clearing, contact coverage, the dorm's written opinion and points; as printable
 * pages (.pdf, .html) or one table (.xlsx).
 *
 * @example
 * await appraisal(parseArgs(["appraisal", "dept.xlsx", "--out", "appraisal.pdf"], "zh"), console.log)
 */
export async function appraisal(parsed: Parsed, print: (line: string) => void): Promise<void> {
  const cli = parsed.lang;
  const input = onePath(parsed);
  const out = flag(parsed, "--out");
  if (!out)
    throw usageError(
      cli,
      t(cli, "cli.needsOut", { command: "appraisal", out: "<appraisal.pdf|.html|.xlsx>" }),
    );
  checkExtension(parsed, "appraisal", out, [".pdf", ".html", ".htm", ".xlsx"], "--out");
  const year = yearFlag(parsed);
  const today = todayOf(parsed);
  const langFlag = langOf(parsed);
  const { workbook } = await readXlsx(input, cli);
  const grading = gradeWorkbook(
    gridsOf(workbook),
    { timeZone: "UTC", today, problemLang: cli, surface: "cli" },
    year ? `${year}-1` : undefined,
    historyOf(workbook),
  );
  if ("problems" in grading) throw new CliError(grading.problems.join("\n"), 1);
  const lang: Lang = langFlag ?? grading.read.lang;
  const students = (flag(parsed, "--student") ?? "")
    .split(/[,，、\s]+/)
    .map(normalizeId)
    .filter((id) => id !== "");
  const theYear = year ?? yearOf(grading);
  const model = appraisalModel(
    theYear,
    yearSemesters(grading, theYear, opinionsGrid(workbook)),
    grading.read.settings,
    grading.read.records.members,
    {
      today: isoOf(today),
      ...(students.length ? { students } : {}),
    },
  );
  const found = new Set(model.records.map((r) => normalizeId(r.person.studentId)));
  const missing = students.filter((id) => !found.has(id));
  if (missing.length) throw new CliError(t(cli, "cli.unknownStudents", { ids: missing.join(", ") }), 1);

  const kind = extname(out).toLowerCase();
  if (kind === ".xlsx") {
    await writeXlsx(workbookOfSheet(appraisalSheet(model, lang)), out);
  } else {
    const html = renderAppraisal(model, lang);
    let bytes: Buffer | string = html;
    if (kind === ".pdf") {
      const browser = findChromium(process.env);
      if (!("path" in browser)) {
        throw new CliError(
          browser.missing === "chromePath"
            ? t(lang, "report.badChromePath", { path: browser.chromePath ?? "" })
            : t(lang, "report.noChromium"),
          1,
        );
      }
      bytes = await htmlToPdf(html, browser.path, lang);
    }
    await writeFileAtomically(out, bytes);
  }
  print(appraisalTitle(lang, theYear));
  print(`→ ${out}${existsSync(out) ? ` (${Math.round(statSync(out).size / 1024)} KB)` : ""}`);
}
