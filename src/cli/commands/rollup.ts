import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import ExcelJS from "exceljs";
import { t as docT } from "../../documents/labels.ts";
import { type RollupModel, type RollupSource, rollupModel } from "../../documents/rollup/model.ts";
import { collegeTable, renderRollup, rollupTitle } from "../../documents/rollup/template.ts";
import { currentSemester, evaluate } from "../../engine/evaluate.ts";
import type { Lang } from "../../engine/labels.ts";
import { monthPeriod, type Period, semesterPeriod } from "../../engine/rankings.ts";
import type { Grid } from "../../workbook/layout.ts";
import { readWorkbook } from "../../workbook/read.ts";
import { checkExtension, flag, langOf, type Parsed, semesterOf, todayOf, usageError } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../labels.ts";
import { type Progress, SILENT } from "../progress.ts";
import { readXlsx, writeXlsx } from "../workbook-file.ts";
import { writeFileAtomically } from "../write-file.ts";
import { gridsOf } from "../xlsx.ts";
import { xlsxValues } from "../xlsx-values.ts";
import { findChromium, htmlToPdf } from "./report.ts";

type Print = (line: string) => void;

/** A department's workbook, read and ready to evaluate for any semester. */
interface Department {
  readonly file: string;
  readonly read: ReturnType<typeof readWorkbook>;
}

/** A file's size in MB, one decimal; "?" when it cannot be read (reading will say why). */
function megabytes(path: string): string {
  try {
    return (statSync(path).size / 1024 / 1024).toFixed(1);
  } catch {
    return "?";
  }
}

/**
 * A workbook's grids, read straight from its XML when it can be (thirty workbooks in seconds),
 * else through exceljs, which also says what is wrong with a file that cannot be read.
 */
async function gridsIn(file: string, lang: Lang): Promise<Grid[]> {
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(file);
  } catch {
    // readXlsx names the problem.
  }
  const fast = bytes === undefined ? undefined : xlsxValues(bytes);
  return fast ?? gridsOf((await readXlsx(file, lang)).workbook);
}

/** The name a college goes by: its 院系名称, else its 发文单位, else its file's name. */
function nameOf(department: Department): string {
  const { settings } = department.read;
  return settings.department || settings.issuer || basename(department.file, extname(department.file));
}

/** The roll-up as a workbook: the colleges on one sheet, the school's best and worst dorms on another. */
function rollupWorkbook(model: RollupModel, lang: Lang): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const colleges = workbook.addWorksheet(docT(lang, "rollup.sheet.colleges"), {
    views: [{ state: "frozen", ySplit: 2 }],
  });
  const { columns } = collegeTable(model, lang);
  colleges.addRow([rollupTitle(model, lang)]).font = { bold: true, size: 14 };
  colleges.addRow(columns.map((c) => c.label)).font = { bold: true };
  const semester = model.period.kind === "semester";
  for (const c of model.colleges) {
    colleges.addRow([
      c.excellentRank ?? "",
      c.name,
      c.dorms,
      c.inspected,
      c.inspections,
      c.excellentRate ?? "",
      c.passRate ?? "",
      c.failRate ?? "",
      c.failRank ?? "",
      c.meanScore ?? "",
      ...(semester ? [c.grades?.excellent ?? 0, c.grades?.fail ?? 0] : []),
    ]);
  }
  for (const column of [6, 7, 8]) colleges.getColumn(column).numFmt = "0.0%";
  colleges.getColumn(10).numFmt = "0.0";
  colleges.getColumn(2).width = 24;
  const dorms = workbook.addWorksheet(docT(lang, "rollup.sheet.dorms"), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  dorms.addRow([
    docT(lang, "rollup.col.list"),
    docT(lang, "rank.col.rank"),
    docT(lang, "rollup.col.college"),
    docT(lang, "col.dorm"),
    docT(lang, "col.building"),
    docT(lang, "out.inspections"),
    docT(lang, "out.meanScore"),
  ]).font = { bold: true };
  for (const [list, label] of [
    [model.top, docT(lang, "rollup.list.top", { n: model.top.length })],
    [model.bottom, docT(lang, "rollup.list.bottom", { n: model.bottom.length })],
  ] as const) {
    for (const d of list)
      dorms.addRow([label, d.rank, d.college, d.label, d.building, d.inspections, d.meanScore ?? ""]);
  }
  dorms.getColumn(7).numFmt = "0.0";
  dorms.getColumn(3).width = 24;
  return workbook;
}

/**
 * `dorm-plaque rollup`: several departments' workbooks, each named by its 院系名称 (or 发文单位),
 * rolled up into the school's college-level rates and rankings for a semester (the latest any
 * of them shows, or `--semester`) or a month of it (`--month`), as a workbook, a web page or a
 * PDF. Public: colleges, dorms and figures only.
 *
 * @example
 * await rollup(parseArgs(["rollup", "a.xlsx", "b.xlsx", "--out", "school.xlsx"], "zh"), console.log)
 */
export async function rollup(parsed: Parsed, print: Print, steps: Progress = SILENT): Promise<void> {
  const cli = parsed.lang;
  const files = parsed.positional.slice(1);
  if (files.length === 0) throw usageError(cli, t(cli, "cli.rollupFiles"));
  const out = flag(parsed, "--out");
  if (!out)
    throw usageError(cli, t(cli, "cli.needsOut", { command: "rollup", out: "<school.xlsx|html|pdf>" }));
  checkExtension(parsed, "rollup", out, [".xlsx", ".html", ".htm", ".pdf"], "--out");
  const month = flag(parsed, "--month");
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new CliError(t(cli, "cli.badMonth", { value: month }), 2);
  const today = todayOf(parsed);
  const lang: Lang = langOf(parsed) ?? cli;

  const departments: Department[] = [];
  for (const file of files) {
    steps.step("progress.reading", { path: file, size: megabytes(file) });
    const read = readWorkbook(await gridsIn(file, cli), {
      timeZone: "UTC",
      today,
      problemLang: cli,
      surface: "cli",
    });
    if (read.problems.length > 0) throw new CliError(`${file}: ${read.problems.join("\n")}`, 1);
    departments.push({ file, read });
  }

  // One period for every college: the semester asked for, or the latest any of them shows.
  const semesterId =
    semesterOf(parsed) ??
    departments
      .map((d) => currentSemester(d.read.records, d.read.settings, today).id)
      .sort()
      .at(-1) ??
    "";
  steps.step("progress.rollup", { count: departments.length });
  const taken = new Map<string, number>();
  const sources: RollupSource[] = departments.map((d) => {
    const name = nameOf(d);
    const twice = (taken.get(name) ?? 0) > 0;
    taken.set(name, (taken.get(name) ?? 0) + 1);
    const evaluation = evaluate(d.read.records, d.read.settings, today, semesterId);
    // Two files of one name: each is told apart by its file.
    return { name: twice ? `${name}（${basename(d.file)}）` : name, source: { read: d.read, evaluation } };
  });
  const first = sources[0]?.source.evaluation;
  if (!first) throw usageError(cli, t(cli, "cli.rollupFiles"));
  const semester = semesterPeriod(first);
  const period: Period = month === undefined ? semester : monthPeriod(month);
  if (period.first < semester.first || period.last > semester.last)
    throw new CliError(t(cli, "cli.monthOutside", { month: month ?? "", semester: semester.id }), 2);
  const model = rollupModel(sources, period);

  steps.step("progress.writing", { path: out });
  const kind = extname(out).toLowerCase();
  if (kind === ".xlsx") await writeXlsx(rollupWorkbook(model, lang), out);
  else {
    const html = renderRollup(model, lang);
    let bytes: Buffer | string = html;
    if (kind === ".pdf") {
      const found = findChromium(process.env);
      if (!("path" in found)) {
        throw new CliError(
          found.missing === "chromePath"
            ? t(cli, "report.badChromePath", { path: found.chromePath ?? "" })
            : t(cli, "report.noChromium"),
          1,
        );
      }
      bytes = await htmlToPdf(html, found.path, lang);
    }
    await writeFileAtomically(out, bytes);
  }
  print(`${rollupTitle(model, lang)} · ${model.colleges.length}`);
  print(`→ ${out}`);
}
