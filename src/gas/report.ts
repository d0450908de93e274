import { bulletinModel, periodOf } from "../engine/bulletin.ts";
import { type Lang, t } from "../engine/labels.ts";
import { reportModel } from "../engine/report.ts";
import { type Cell, reportGrid } from "../engine/report-grid.ts";
import type { Edition } from "../engine/report-source.ts";
import { renderBulletin } from "../ui/report-bulletin.ts";
import { type DownloadFile, downloadDialog } from "../ui/report-dialog.ts";
import { renderReport } from "../ui/report-template.ts";
import { ownTab } from "./own-tab.ts";
import { gradeActive } from "./recalculate.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the sidebar may ask for: the semester report (default) or, with from/to, a bulletin. */
export interface ReportRequest {
  readonly edition?: Edition;
  /** ISO dates of a bulletin's period, both included. */
  readonly from?: string;
  readonly to?: string;
  /** Also return the web page, for a preview or an HTML download. */
  readonly html?: boolean;
}

/** A report as plain data for the sidebar: the PDF in base64, ready for a `data:` link. */
export interface ReportExport {
  readonly fileName: string;
  readonly base64: string;
  readonly html?: string;
}

interface Built {
  readonly lang: Lang;
  /** The file name without extension. */
  readonly baseName: string;
  /** For Apps Script's HTML → PDF converter: charts as coloured text bars. */
  readonly pdfHtml: string;
  /** For browsers: SVG charts. */
  readonly webHtml: string;
}

/**
 * Clears the add-on's own Report tab (created and marked when missing) and writes the grid in one
 * setValues. Only this tab is written: never an input tab, nor a user's tab of the same name.
 */
function writeReportTab(ss: Spreadsheet, grid: Cell[][], lang: Lang): void {
  const sheet = ownTab(ss, "report", t(lang, "tab.report"));
  sheet.clearContents();
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return;
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  // Plain text, so that Sheets takes a student ID, an ISO date or a name starting with "=" as typed.
  sheet.getRange(1, 1, rows, columns).setNumberFormat("@").setValues(grid);
}

/** Grades the workbook as it is, refreshes the Report tab and renders the requested document. */
function build(request: ReportRequest): Built {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { grading } = gradeActive(ss);
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  const lang = grading.read.lang;
  // The tab lives inside the workbook, where names are already on every other tab.
  writeReportTab(ss, reportGrid(reportModel(grading, { edition: "internal" }), lang), lang);

  const edition = request.edition ?? "internal";
  const suffix = edition === "public" ? `-${t(lang, "report.file.public")}` : "";
  if (request.from !== undefined || request.to !== undefined) {
    const from = request.from ?? "";
    const to = request.to ?? "";
    if (!periodOf(from, to)) throw new Error(t(lang, "report.badRange", { from, to }));
    const model = bulletinModel(grading, { edition, from, to });
    return {
      lang,
      baseName: `${t(lang, "report.file.bulletin")}-${from}-${to}${suffix}`,
      pdfHtml: renderBulletin(model, lang, { charts: "html" }),
      webHtml: renderBulletin(model, lang, { charts: "svg" }),
    };
  }
  const model = reportModel(grading, { edition });
  return {
    lang,
    baseName: `${t(lang, "report.file.report")}-${model.semester.id}${suffix}`,
    pdfHtml: renderReport(model, lang, { charts: "html" }),
    webHtml: renderReport(model, lang, { charts: "svg" }),
  };
}

/** Apps Script's own HTML → PDF conversion: no Drive file, no extra scope. */
function pdfOf(built: Built): DownloadFile {
  const fileName = `${built.baseName}.pdf`;
  const blob = Utilities.newBlob(built.pdfHtml, "text/html", `${built.baseName}.html`)
    .getAs("application/pdf")
    .setName(fileName);
  return { fileName, mimeType: "application/pdf", base64: Utilities.base64Encode(blob.getBytes()) };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Menu: refreshes the Report tab and offers the semester report as a PDF download in a dialog,
 * with the web page beside it. When the conversion fails (Apps Script reports passing failures of
 * it), the dialog says so and still offers the web page.
 */
export function menuExportReport(): void {
  const ui = SpreadsheetApp.getUi();
  let built: Built;
  try {
    built = build({});
  } catch (error) {
    ui.alert(errorText(error));
    return;
  }
  const html: DownloadFile = {
    fileName: `${built.baseName}.html`,
    mimeType: "text/html",
    base64: Utilities.base64Encode(built.webHtml, Utilities.Charset.UTF_8),
  };
  let pdf: DownloadFile | undefined;
  let error: string | undefined;
  try {
    pdf = pdfOf(built);
  } catch (e) {
    error = errorText(e);
  }
  const page = HtmlService.createHtmlOutput(downloadDialog(built.lang, { pdf, html, error }))
    .setWidth(460)
    .setHeight(200);
  ui.showModalDialog(page, t(built.lang, "menu.exportReport"));
}

/**
 * Sidebar: refreshes the Report tab and returns the report (or, with from/to, the bulletin) as a
 * base64 PDF, plus the web page when asked. Plain data only, so it crosses google.script.run.
 */
export function exportReport(request: ReportRequest = {}): ReportExport {
  const options = request ?? {};
  const built = build(options);
  const { fileName, base64 } = pdfOf(built);
  return options.html ? { fileName, base64, html: built.webHtml } : { fileName, base64 };
}
