/**
 * Exports in Sheets: the export dialog (dist/Report.html) offers the semester report or a
 * bulletin, internal or public, and asks `exportReport` for it. The documents are rendered by the
 * on-demand module; this file makes the service calls: the Report tab, the PDF conversion and the
 * dialog.
 */
import type { AppraisalSheet, DocumentRequest, ReportSheet } from "../documents/sheets-module.ts";
import { type Lang, t } from "../engine/labels.ts";
import { asText, opinionsGrid } from "./history.ts";
import { documents } from "./on-demand.ts";
import { newOwnTab, ownTab, ownTabs, protectWithWarning } from "./own-tab.ts";
import { gradeActive } from "./recalculate.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { DocumentRequest };

/**
 * A document as plain data for the dialog: the web page as text, the PDF in base64, or why there
 * is no PDF. The dialog turns each into a Blob and offers it through an object URL, which has no
 * length limit, unlike a `data:` URL (Chromium caps URLs at 2 MB).
 */
export interface ReportExport {
  /** Without extension: the dialog adds .pdf and .html. */
  readonly fileName: string;
  readonly html: string;
  readonly pdf?: string;
  /** Why the conversion failed; the web page is still there to print from a browser. */
  readonly pdfError?: string;
  /** A poster's image (SVG), which the dialog turns into a PNG in the browser. */
  readonly svg?: string;
}

/**
 * Rewrites the add-on's own Report tab (created and marked when missing; never a user's tab of
 * the same name) as a document: cleared, values and number formats in one call each
 * (text as text, counts as numbers, shares as percentages), headings bold, the title merged across
 * the width, column widths set. The number of calls does not depend on the rows.
 */
function writeReportTab(ss: Spreadsheet, tab: ReportSheet, lang: Lang): void {
  const sheet = ownTab(ss, "report", t(lang, "tab.report"));
  const rows = tab.values.length;
  const width = tab.width;
  sheet.clear();
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  sheet.getRange(1, 1, sheet.getMaxRows(), width).breakApart();
  const range = sheet.getRange(1, 1, rows, width);
  // Formats first: a cell formatted as text keeps "2022010001" or "2025-09-15" as typed.
  range.setNumberFormats(tab.formats.map((r) => [...r]));
  range.setValues(tab.values.map((r) => [...r]));
  range.setFontWeights(tab.weights.map((r) => [...r]));
  sheet.getRange(1, 1, 1, width).merge().setFontSize(14).setHorizontalAlignment("center");
  tab.columnWidths.forEach((px, i) => {
    sheet.setColumnWidth(i + 1, px);
  });
}

/**
 * Rewrites the add-on's own Appraisal tab (年度考评): the yearly record as one table, written in
 * one call for the values, text kept as text; marked, and protected with a warning.
 */
function writeAppraisalTab(ss: Spreadsheet, tab: AppraisalSheet): void {
  const tabs = ownTabs(ss);
  let sheet = tabs.get("appraisal");
  if (!sheet) {
    sheet = newOwnTab(ss, "appraisal", tab.name);
    sheet.setFrozenRows(1);
    protectWithWarning(sheet, tab.name);
  }
  sheet.clear();
  const width = Math.max(...tab.rows.map((r) => r.length), 1);
  const rows = tab.rows.map((r) => Array.from({ length: width }, (_, c) => asText(r[c] ?? "")));
  const maxRows = sheet.getMaxRows();
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setValues(rows);
  range.setVerticalAlignment("top").setWrap(true);
  sheet.getRange(1, 1, 1, width).setFontWeight("bold");
  tab.widths.forEach((w, i) => {
    if (i < width) sheet.setColumnWidth(i + 1, w * 7);
  });
}

/** Apps Script's own HTML → PDF conversion, base64: no Drive file, no extra scope. */
function pdfBase64(html: string, baseName: string): string {
  const blob = Utilities.newBlob(html, "text/html", `${baseName}.html`).getAs("application/pdf");
  return Utilities.base64Encode(blob.getBytes());
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function gradedOrThrow(ss: Spreadsheet) {
  const { grading } = gradeActive(ss);
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  return grading;
}

/**
 * Sidebar: opens the export dialog, where the user picks the semester report, a bulletin with its
 * period, or a ranking poster of the semester or a month, and the internal or public edition;
 * `kind` "poster" opens it on the poster. Throws, for the sidebar to show, when the workbook
 * cannot be graded.
 */
export function showExportDialog(kind?: unknown): void {
  const grading = gradedOrThrow(SpreadsheetApp.getActiveSpreadsheet());
  const module = documents();
  const choices = module.exportChoices(grading, kind === "poster" ? "poster" : "report");
  const page = module.dialogPage(HtmlService.createHtmlOutputFromFile("Report").getContent(), choices);
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(page).setWidth(520).setHeight(460),
    choices.title,
  );
}

/** Menu: the export dialog, or an alert saying why the workbook cannot be graded. */
export function menuExportReport(): void {
  try {
    showExportDialog();
  } catch (error) {
    SpreadsheetApp.getUi().alert(errorText(error));
  }
}

/**
 * The export dialog's endpoint: refreshes the Report tab and returns the requested document as
 * its web page and, when Apps Script's converter succeeds, its PDF. A period without inspections
 * or out of order is refused with a message the dialog shows. Plain data only.
 */
export function exportReport(request: DocumentRequest): ReportExport {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const grading = gradedOrThrow(ss);
  const module = documents();
  const asked = request ?? { kind: "report", edition: "internal" };
  // The appraisal record is internal whatever the dialog sent: it names people and consequences.
  const wanted: DocumentRequest = asked.kind === "appraisal" ? { ...asked, edition: "internal" } : asked;
  const opinions = wanted.kind === "appraisal" ? opinionsGrid(ss) : undefined;
  const prepared = module.prepareDocument(grading, wanted, opinions);
  // A poster is an image the dialog draws: no Report tab, no PDF.
  if (prepared.svg !== undefined)
    return { fileName: prepared.baseName, html: prepared.webHtml, svg: prepared.svg };
  // The tab lives inside the workbook, where names are already on every other tab.
  if (wanted.kind === "appraisal") writeAppraisalTab(ss, module.appraisalTab(grading, wanted.year, opinions));
  else writeReportTab(ss, module.reportTab(grading), prepared.lang);
  try {
    return {
      fileName: prepared.baseName,
      html: prepared.webHtml,
      pdf: pdfBase64(prepared.pdfHtml, prepared.baseName),
    };
  } catch (error) {
    return { fileName: prepared.baseName, html: prepared.webHtml, pdfError: errorText(error) };
  }
}
