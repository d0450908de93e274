import type { Lang } from "../engine/labels.ts";
import { t } from "./labels.ts";
import type { Edition } from "./source.ts";

/** What a user asks to export: the semester report, the bulletin of a period, or a ranking poster. */
export interface DocumentRequest {
  readonly kind: "report" | "bulletin" | "poster" | "appraisal";
  readonly edition: Edition;
  /** The bulletin's period, ISO dates, both days included. */
  readonly from?: string;
  readonly to?: string;
  /** The bulletin's optional attachment: every inspection of the period. */
  readonly appendix?: boolean;
  /** A document number for this document only, instead of the Settings tab's 文号. */
  readonly documentNumber?: string;
  /** The poster's period: a month `YYYY-MM`, or the semester when absent. */
  readonly period?: string;
  /** The appraisal record's academic year, `2025-2026`: the year shown when absent. */
  readonly year?: string;
}

/**
 * A document's file name without extension: what it is, its semester or period, its edition.
 *
 * @example
 * documentFileName("zh", { kind: "report", edition: "public" }, "2025-2026-1") //=> "学期报告-2025-2026-1-公示版"
 * documentFileName("zh", { kind: "bulletin", edition: "internal", from: "2025-11-10", to: "2025-11-16" }, "2025-2026-1")
 * //=> "通报-2025-11-10至2025-11-16-内部版"
 * documentFileName("zh", { kind: "poster", edition: "public", period: "2025-11" }, "2025-2026-1") //=> "排名海报-2025-11"
 */
export function documentFileName(lang: Lang, request: DocumentRequest, semesterId: string): string {
  if (request.kind === "poster") {
    return `${t(lang, "report.file.poster")}-${request.period || semesterId}`;
  }
  if (request.kind === "appraisal") return t(lang, "appraisal.file", { year: request.year ?? "" });
  const edition = t(lang, `doc.file.${request.edition}`);
  if (request.kind === "bulletin") {
    const period = t(lang, "doc.file.period", { from: request.from ?? "", to: request.to ?? "" });
    return `${t(lang, "report.file.bulletin")}-${period}-${edition}`;
  }
  return `${t(lang, "report.file.report")}-${semesterId}-${edition}`;
}
