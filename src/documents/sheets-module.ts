/**
 * What the Sheets add-on needs of the documents, as the module Apps Script loads on demand
 * (dist/DocumentsCode.html, through src/gas/on-demand.ts) when a report is exported. Pure: the
 * add-on passes the grading in and does every service call itself.
 */
import type { Lang } from "../engine/labels.ts";
import type { Grading } from "../workbook/grade.ts";
import { bulletinModel, periodOf } from "./bulletin/model.ts";
import { renderBulletin } from "./bulletin/template.ts";
import { type DownloadFile, downloadDialog } from "./download-dialog.ts";
import { t } from "./labels.ts";
import { type Cell, reportGrid } from "./report/grid.ts";
import { reportModel } from "./report/model.ts";
import { renderReport } from "./report/template.ts";
import type { Edition } from "./source.ts";

export type { Cell, DownloadFile };

/** What the sidebar may ask for: the semester report (default) or, with from/to, a bulletin. */
export interface ReportRequest {
  readonly edition?: Edition;
  /** ISO dates of a bulletin's period, both included. */
  readonly from?: string;
  readonly to?: string;
  /** Also return the web page, for a preview or an HTML download. */
  readonly html?: boolean;
}

/** A document ready to hand over: its file name and its two renderings. */
export interface PreparedDocument {
  readonly lang: Lang;
  /** The file name without extension. */
  readonly baseName: string;
  /** For Apps Script's HTML → PDF converter: charts as coloured text bars. */
  readonly pdfHtml: string;
  /** For browsers: SVG charts. */
  readonly webHtml: string;
}

/**
 * The requested document of a graded workbook, in the workbook's language. Throws a readable
 * Error on a period that is not two ISO dates in order.
 *
 * @example
 * prepareDocument(grading, { edition: "public" }).baseName //=> "学期报告-2025-2026-1-公开版"
 */
export function prepareDocument(grading: Grading, request: ReportRequest): PreparedDocument {
  const lang = grading.read.lang;
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

/**
 * The Report tab of a graded workbook: the internal report's key tables as one rectangle.
 *
 * @example
 * reportTab(grading)[0]?.[0] //=> "党员寝室挂牌制度学期报告"
 */
export function reportTab(grading: Grading): Cell[][] {
  return reportGrid(reportModel(grading, { edition: "internal" }), grading.read.lang);
}

/**
 * The download dialog's page and title.
 *
 * @example
 * exportDialog("zh", { html }).title //=> "导出学期报告"
 */
export function exportDialog(
  lang: Lang,
  files: { readonly pdf?: DownloadFile; readonly html?: DownloadFile; readonly error?: string },
): { readonly title: string; readonly page: string } {
  return { title: t(lang, "menu.exportReport"), page: downloadDialog(lang, files) };
}
