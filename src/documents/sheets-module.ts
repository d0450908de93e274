/**
 * What the Sheets add-on needs of the documents, as the module Apps Script loads on demand
 * (dist/DocumentsCode.html, through src/gas/on-demand.ts) when a report or bulletin is exported.
 * Pure: the add-on passes the grading in and makes every service call itself.
 */
import { type Day, isoOf } from "../engine/day.ts";
import type { Lang } from "../engine/labels.ts";
import { type RankingsBoard, rankingsBoard } from "../engine/rankings-board.ts";
import { semesterName } from "../engine/semester.ts";
import type { Grading } from "../workbook/grade.ts";
import type { Grid } from "../workbook/layout.ts";
import { periodName } from "../workbook/rankings-labels.ts";
import { type RankingsSheet, rankingsSheet } from "../workbook/rankings-sheet.ts";
import { appraisalModel } from "./appraisal/model.ts";
import { type AppraisalSheet, appraisalSheet } from "./appraisal/sheet.ts";
import { renderAppraisal } from "./appraisal/template.ts";
import { yearOf, yearSemesters } from "./appraisal/year.ts";
import { bulletinModel, periodOf } from "./bulletin/model.ts";
import { renderBulletin } from "./bulletin/template.ts";
import { type DocumentRequest, documentFileName } from "./file-name.ts";
import { t } from "./labels.ts";
import { posterModel, posterPeriods } from "./poster/model.ts";
import { posterPage, renderPosterSvg } from "./poster/template.ts";
import { type ReportSheet, reportSheet } from "./report/grid.ts";
import { mondayOf, reportModel } from "./report/model.ts";
import { renderReport } from "./report/template.ts";

export type { AppraisalSheet, DocumentRequest, RankingsSheet, ReportSheet };

/** A document ready to hand over: its file name and its two renderings. */
export interface PreparedDocument {
  readonly lang: Lang;
  /** The file name without extension, naming the kind, the period and the edition. */
  readonly baseName: string;
  /** For Apps Script's HTML → PDF converter: charts as coloured text bars. */
  readonly pdfHtml: string;
  /** For browsers: SVG charts. */
  readonly webHtml: string;
  /** A poster's image, which the dialog turns into a PNG. */
  readonly svg?: string;
}

/** What the export dialog opens with: the workbook's language and sensible defaults. */
export interface ExportChoices {
  readonly lang: Lang;
  readonly title: string;
  readonly semester: string;
  /** The Monday and Sunday of the week of the latest inspection: last week's bulletin, as a rule. */
  readonly from: string;
  readonly to: string;
  readonly documentNumber: string;
  /** The periods a poster can be made of: the semester first, then each inspected month. */
  readonly posterPeriods: readonly { readonly id: string; readonly name: string }[];
  /** The kind the dialog opens with. */
  readonly kind: DocumentRequest["kind"];
  /** The academic year shown, for the appraisal record: `2025-2026`. */
  readonly year: string;
}

/**
 * The export dialog's defaults for a graded workbook.
 *
 * @example
 * exportChoices(grading) //=> { lang: "zh", semester: "2025-2026学年第一学期", from: "2026-01-12", to: "2026-01-18", … }
 */
export function exportChoices(grading: Grading, kind: DocumentRequest["kind"] = "report"): ExportChoices {
  const lang = grading.read.lang;
  const { evaluation } = grading;
  const today = evaluation.today;
  // A loop, not Math.max(...days): 200,000 arguments overflow the stack.
  let latest: Day | undefined;
  for (const i of grading.read.records.inspections) {
    if (i.day <= today && (latest === undefined || i.day > latest)) latest = i.day;
  }
  const monday = mondayOf(latest ?? today);
  return {
    lang,
    title: t(lang, "menu.exportReport"),
    semester: semesterName(evaluation.semester.id, lang),
    from: isoOf(monday),
    to: isoOf(monday + 6),
    documentNumber: evaluation.settings.documentNumber,
    posterPeriods: posterPeriods(grading).map((p) => ({
      id: p.kind === "semester" ? "" : p.id,
      name: periodName(p, lang),
    })),
    kind,
    year: yearOf(grading),
  };
}

/**
 * The requested document of a graded workbook, in the workbook's language. Throws an Error whose
 * message a secretary can act on for a period that is not two dates in order, or one without any
 * inspection.
 *
 * @example
 * prepareDocument(grading, { kind: "report", edition: "public" }).baseName //=> "学期报告-2025-2026-1-公示版"
 */
export function prepareDocument(
  grading: Grading,
  request: DocumentRequest,
  opinions?: Grid,
): PreparedDocument {
  const lang = grading.read.lang;
  if (request.kind === "appraisal") {
    const model = appraisalOf(grading, request.year, opinions);
    return {
      lang,
      baseName: documentFileName(lang, { ...request, year: model.year }, grading.evaluation.semester.id),
      pdfHtml: renderAppraisal(model, lang, { charts: "html" }),
      webHtml: renderAppraisal(model, lang, { charts: "svg" }),
    };
  }
  const number = request.documentNumber?.trim();
  // An archived semester's documents are made from its archive (`source`), as it was frozen.
  const base = grading.source;
  const source =
    number === undefined
      ? base
      : {
          ...base,
          evaluation: {
            ...base.evaluation,
            settings: { ...base.evaluation.settings, documentNumber: number },
          },
        };
  const baseName = documentFileName(lang, request, grading.evaluation.semester.id);
  if (request.kind === "poster") {
    const period = posterPeriods(grading).find(
      (p) => (p.kind === "semester" ? "" : p.id) === (request.period ?? ""),
    );
    if (!period) throw new Error(t(lang, "doc.poster.badPeriod", { period: request.period ?? "" }));
    const svg = renderPosterSvg(posterModel(grading, period), lang);
    const page = posterPage(svg, lang);
    return { lang, baseName, pdfHtml: page, webHtml: page, svg };
  }
  if (request.kind === "bulletin") {
    const from = request.from ?? "";
    const to = request.to ?? "";
    if (!periodOf(from, to)) throw new Error(t(lang, "report.badRange", { from, to }));
    const model = bulletinModel(source, { edition: request.edition, from, to, appendix: request.appendix });
    if (model.totals.inspections === 0) throw new Error(t(lang, "doc.bulletin.empty", { from, to }));
    return {
      lang,
      baseName,
      pdfHtml: renderBulletin(model, lang, { charts: "html" }),
      webHtml: renderBulletin(model, lang, { charts: "svg" }),
    };
  }
  const model = reportModel(source, { edition: request.edition });
  return {
    lang,
    baseName,
    pdfHtml: renderReport(model, lang, { charts: "html" }),
    webHtml: renderReport(model, lang, { charts: "svg" }),
  };
}

/** The yearly appraisal record of a graded workbook, for a year (the one shown by default). */
function appraisalOf(grading: Grading, year: string | undefined, opinions: Grid | undefined) {
  const theYear = year && /^\d{4}-\d{4}$/.test(year) ? year : yearOf(grading);
  return appraisalModel(
    theYear,
    yearSemesters(grading, theYear, opinions),
    grading.read.settings,
    grading.read.records.members,
    { today: isoOf(grading.today) },
  );
}

/**
 * The Appraisal tab of a graded workbook: the yearly record as one table.
 *
 * @example
 * appraisalTab(grading, "2025-2026").rows[0]?.[0] //=> "学号"
 */
export function appraisalTab(grading: Grading, year?: string, opinions?: Grid): AppraisalSheet {
  return appraisalSheet(appraisalOf(grading, year, opinions), grading.read.lang);
}

/**
 * The Report tab of a graded workbook: the internal semester report laid out as a sheet.
 *
 * @example
 * reportTab(grading).values[0]?.[0] //=> "关于2025-2026学年第一学期学生党员寝室挂牌检查情况的报告"
 */
export function reportTab(grading: Grading): ReportSheet {
  return reportSheet(reportModel(grading.source, { edition: "internal" }), grading.read.lang);
}

/**
 * The export dialog's page: the built dialog (dist/Report.html) with its choices in a JSON block
 * that the page reads on load. `<` is escaped, so no value can close the script element.
 *
 * @example
 * dialogPage(html, exportChoices(grading)).includes('id="export-choices"') //=> true
 */
export function dialogPage(page: string, choices: ExportChoices): string {
  const json = JSON.stringify(choices).replace(/</g, "\\u003c");
  return page.replace(
    "<!-- CHOICES -->",
    () => `<script type="application/json" id="export-choices">${json}</script>`,
  );
}

/**
 * The Rankings tab of a graded workbook: the semester's and each month's rankings and banner.
 *
 * @example
 * rankingsTab(grading).name //=> "排名"
 */
export function rankingsTab(grading: Grading): RankingsSheet {
  return rankingsSheet(grading.evaluation, grading.read.records, grading.read.lang);
}

/**
 * The sidebar's rankings of a graded workbook: the semester and each month, with its banner.
 *
 * @example
 * sidebarRankings(grading).periods[0]?.rankings.period.kind //=> "semester"
 */
export function sidebarRankings(grading: Grading): RankingsBoard {
  return rankingsBoard(grading.evaluation, grading.read.records);
}
