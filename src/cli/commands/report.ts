import { accessSync, constants, existsSync, statSync } from "node:fs";
import { delimiter, extname, join } from "node:path";
import { bulletinModel, periodOf } from "../../documents/bulletin/model.ts";
import { periodWords, renderBulletin } from "../../documents/bulletin/template.ts";
import { esc, FONT_STACK } from "../../documents/html.ts";
import { posterModel, posterPeriods } from "../../documents/poster/model.ts";
import { posterPage, renderPosterSvg } from "../../documents/poster/template.ts";
import { reportModel } from "../../documents/report/model.ts";
import { renderReport, reportTitle } from "../../documents/report/template.ts";
import type { Edition } from "../../documents/source.ts";
import type { Lang } from "../../engine/labels.ts";
import { type Grading, gradeWorkbook } from "../../workbook/grade.ts";
import { periodName } from "../../workbook/rankings-labels.ts";
import {
  checkExtension,
  flag,
  langOf,
  onePath,
  type Parsed,
  semesterOf,
  todayOf,
  usageError,
} from "../args.ts";
import { CliError } from "../cli-error.ts";
import { t } from "../labels.ts";
import { historyOf } from "../own-sheets.ts";
import { posterPng } from "../poster-png.ts";
import { readXlsx } from "../workbook-file.ts";
import { writeFileAtomically } from "../write-file.ts";
import { gridsOf } from "../xlsx.ts";

/** The names Chromium goes by on Linux, macOS Homebrew and Windows-like PATHs. */
const BROWSERS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

/** Flags for a short-lived, offline, headless run: no sandbox (containers), no updates, no sync. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Where Chromium is: `CHROME_PATH` when set, else the first of chromium, chromium-browser or
 * google-chrome on PATH. A `CHROME_PATH` that points nowhere is an error of its own, so that a
 * typo is not silently replaced by some other browser.
 *
 * @example
 * findChromium({ PATH: "/usr/bin" }) //=> { path: "/usr/bin/chromium" }
 */
export function findChromium(
  env: Record<string, string | undefined>,
): { readonly path: string } | { readonly missing: "chromePath" | "none"; readonly chromePath?: string } {
  const chromePath = env.CHROME_PATH;
  if (chromePath)
    return isExecutable(chromePath) ? { path: chromePath } : { missing: "chromePath", chromePath };
  for (const dir of (env.PATH ?? "").split(delimiter).filter((d) => d !== "")) {
    for (const name of BROWSERS) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return { path: candidate };
    }
  }
  return { missing: "none" };
}

/** The page footer Chromium prints: "— 3 —", as official documents number their pages (GB/T 9704). */
function footerTemplate(lang: Lang): string {
  const text = esc(t(lang, "report.pageOf", { page: "\u0001", pages: "\u0002" }))
    .replace("\u0001", '<span class="pageNumber"></span>')
    .replace("\u0002", '<span class="totalPages"></span>');
  return `<div style="width:100%;text-align:center;font-size:10px;color:#000;font-family:${esc(FONT_STACK)}">${text}</div>`;
}

/**
 * Prints an HTML document to an A4 PDF with headless Chromium, page numbers in the footer (unless
 * `pageNumbers` is false: then the page size and margins are the document's own).
 * playwright-core is loaded only here, so that writing HTML needs no browser tooling at all.
 *
 * @example
 * const pdf = await htmlToPdf(html, "/usr/bin/chromium", "zh");
 */
export async function htmlToPdf(
  html: string,
  executablePath: string,
  lang: Lang,
  options: { readonly pageNumbers?: boolean } = {},
): Promise<Buffer> {
  let chromium: typeof import("playwright-core").chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch {
    throw new CliError(t(lang, "report.noPlaywright"), 1);
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    // Pages without numbers (door cards, notices) keep the margins their own CSS gives them.
    if (options.pageNumbers === false)
      return await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: footerTemplate(lang),
      margin: { top: "25mm", right: "20mm", bottom: "22mm", left: "20mm" },
    });
  } finally {
    await browser.close();
  }
}

/**
 * `dorm-plaque report`: the semester report, or with --from/--to the bulletin of that period, as
 * an HTML page or (through headless Chromium) a PDF.
 *
 * @example
 * await report(parseArgs(["report", "examples/sample.xlsx", "--out", "out/report.pdf"]), console.log)
 */
export async function report(parsed: Parsed, print: (line: string) => void): Promise<void> {
  const cli = parsed.lang;
  const input = onePath(parsed);
  const out = flag(parsed, "--out");
  if (!out) {
    throw usageError(cli, t(cli, "cli.needsOut", { command: "report", out: "<report.html|report.pdf>" }));
  }
  checkExtension(parsed, "report", out, [".html", ".htm", ".pdf", ".png", ".svg"], "--out");
  const kind = extname(out).toLowerCase();
  const from = flag(parsed, "--from");
  const to = flag(parsed, "--to");
  if ((from === undefined) !== (to === undefined)) throw usageError(cli, t(cli, "cli.fromTo"));
  const poster = kind === ".png" || kind === ".svg";
  if (poster && from !== undefined) throw usageError(cli, t(cli, "cli.posterPeriod"));
  const month = flag(parsed, "--month");
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new CliError(t(cli, "cli.badMonth", { value: month }), 2);
  const langFlag = langOf(parsed);
  const today = todayOf(parsed);
  const semester = semesterOf(parsed);

  const { workbook } = await readXlsx(input, cli);
  const grading = gradeWorkbook(
    gridsOf(workbook),
    { timeZone: "UTC", today, problemLang: cli, surface: "cli" },
    semester,
    historyOf(workbook),
  );
  if ("problems" in grading) throw new CliError(grading.problems.join("\n"), 1);
  const lang: Lang = langFlag ?? grading.read.lang;
  if (poster) {
    await writePoster(grading, { out, month, lang, cli, png: kind === ".png" }, print);
    return;
  }
  const edition: Edition = parsed.flags.has("--public") ? "public" : "internal";

  let html: string;
  let title: string;
  if (from !== undefined && to !== undefined) {
    if (!periodOf(from, to)) throw new CliError(t(lang, "report.badRange", { from, to }), 2);
    const model = bulletinModel(grading.source, {
      edition,
      from,
      to,
      appendix: parsed.flags.has("--appendix"),
    });
    if (model.totals.inspections === 0) throw new CliError(t(lang, "doc.bulletin.empty", { from, to }), 1);
    html = renderBulletin(model, lang);
    title = t(lang, "doc.bulletin.title", { period: periodWords(from, to, lang) });
  } else {
    html = renderReport(reportModel(grading.source, { edition }), lang);
    title = reportTitle(lang, edition, grading.evaluation.semester.id);
  }

  let bytes: Buffer | string = html;
  if (kind === ".pdf") {
    const found = findChromium(process.env);
    if (!("path" in found)) {
      throw new CliError(
        found.missing === "chromePath"
          ? t(lang, "report.badChromePath", { path: found.chromePath ?? "" })
          : t(lang, "report.noChromium"),
        1,
      );
    }
    bytes = await htmlToPdf(html, found.path, lang);
  }
  await writeFileAtomically(out, bytes);
  print(`${title} · ${t(lang, `doc.file.${edition}`)}`);
  print(`→ ${out}${existsSync(out) ? ` (${Math.round(statSync(out).size / 1024)} KB)` : ""}`);
}

/** Where a poster goes and what of: the semester, or a month of it. */
interface PosterRequest {
  readonly out: string;
  readonly month: string | undefined;
  /** The poster's language, and the command line's own for its messages. */
  readonly lang: Lang;
  readonly cli: Lang;
  readonly png: boolean;
}

/**
 * Writes the ranking poster of the semester, or of a month with an inspection in it, as an SVG
 * image or (photographed by headless Chromium) a PNG 1080 pixels wide. Always public.
 */
async function writePoster(
  grading: Grading,
  request: PosterRequest,
  print: (line: string) => void,
): Promise<void> {
  const { lang, month, out } = request;
  const periods = posterPeriods(grading);
  const period = month === undefined ? periods[0] : periods.find((p) => p.id === month);
  if (!period) {
    const months = periods.filter((p) => p.kind === "month").map((p) => p.id);
    const cli = request.cli;
    throw new CliError(t(cli, "cli.noMonth", { month: month ?? "", months: months.join(", ") }), 1);
  }
  const svg = renderPosterSvg(posterModel(grading, period), lang);
  let bytes: Buffer | string = svg;
  if (request.png) {
    const found = findChromium(process.env);
    if (!("path" in found)) {
      throw new CliError(
        found.missing === "chromePath"
          ? t(lang, "report.badChromePath", { path: found.chromePath ?? "" })
          : t(lang, "report.noChromium"),
        1,
      );
    }
    bytes = await posterPng(posterPage(svg, lang), found.path, lang);
  }
  await writeFileAtomically(out, bytes);
  print(`${t(lang, "poster.title")} · ${periodName(period, lang)} · ${t(lang, "doc.file.public")}`);
  print(`→ ${out}${existsSync(out) ? ` (${Math.round(statSync(out).size / 1024)} KB)` : ""}`);
}
