import type { Cell, DownloadFile, PreparedDocument, ReportRequest } from "../documents/sheets-module.ts";
import { type Lang, t } from "../engine/labels.ts";
import { documents } from "./on-demand.ts";
import { ownTab } from "./own-tab.ts";
import { gradeActive } from "./recalculate.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { ReportRequest };

/** A report as plain data for the sidebar: the PDF in base64, ready for a `data:` link. */
export interface ReportExport {
  readonly fileName: string;
  readonly base64: string;
  readonly html?: string;
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
function build(request: ReportRequest): PreparedDocument {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { grading } = gradeActive(ss);
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  const module = documents();
  // The tab lives inside the workbook, where names are already on every other tab.
  writeReportTab(ss, module.reportTab(grading), grading.read.lang);
  return module.prepareDocument(grading, request);
}

/** Apps Script's own HTML → PDF conversion: no Drive file, no extra scope. */
function pdfOf(built: PreparedDocument): DownloadFile {
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
  let built: PreparedDocument;
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
  const dialog = documents().exportDialog(built.lang, { pdf, html, error });
  const page = HtmlService.createHtmlOutput(dialog.page).setWidth(460).setHeight(200);
  ui.showModalDialog(page, dialog.title);
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
