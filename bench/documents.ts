// The documents at the sizes departments have: the internal semester report of the sample and of
// a 5,000-dorm university, and a normal week's bulletin of the sample, as HTML (time, size) and,
// where Chromium is installed, as A4 PDFs whose pages pdfinfo counts. The PDFs are left in
// out/bench/ for a person to look at (pdftoppm turns them into PNG pages).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { findChromium, htmlToPdf } from "../src/cli/commands/report.ts";
import { bulletinModel } from "../src/documents/bulletin/model.ts";
import { renderBulletin } from "../src/documents/bulletin/template.ts";
import { reportModel } from "../src/documents/report/model.ts";
import { renderReport } from "../src/documents/report/template.ts";
import type { Day } from "../src/engine/day.ts";
import { dayOfIso } from "../src/engine/day.ts";
import type { Lang } from "../src/engine/labels.ts";
import { type Grading, gradeWorkbook } from "../src/workbook/grade.ts";
import type { Grid } from "../src/workbook/layout.ts";
import { sampleWorkbook } from "../src/workbook/sample.ts";
import { check } from "./targets.ts";
import { UNIVERSITY_TODAY, universityWorkbook } from "./university.ts";

const OUT = join(import.meta.dirname, "../out/bench");

function grade(grids: readonly Grid[], today: Day): Grading {
  const grading = gradeWorkbook(grids, { timeZone: "UTC", today });
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  return grading;
}

async function pages(name: string, html: string, lang: Lang, target: number): Promise<void> {
  const found = findChromium({ ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" });
  if (!("path" in found)) {
    console.log(`  skip ${name}: no Chromium to print the PDF with`);
    return;
  }
  const started = performance.now();
  const pdf = await htmlToPdf(html, found.path, lang);
  const ms = performance.now() - started;
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  check(`${name}, PDF pages`, Number(/Pages:\s+(\d+)/.exec(info)?.[1]), target, "pages");
  check(`${name}, print to PDF`, ms, 60_000, "ms");
}

export async function benchDocuments(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log("\ndocuments: semester report and bulletin");
  const sample = grade(sampleWorkbook("zh"), dayOfIso("2026-01-20") as Day);
  const week = renderBulletin(
    bulletinModel(sample, { edition: "internal", from: "2025-11-10", to: "2025-11-16" }),
    "zh",
  );
  await pages("sample, a normal week's internal bulletin", week, "zh", 2);
  await pages(
    "sample, internal report",
    renderReport(reportModel(sample, { edition: "internal" }), "zh"),
    "zh",
    12,
  );

  const university = grade(universityWorkbook(), UNIVERSITY_TODAY);
  let started = performance.now();
  const model = reportModel(university, { edition: "internal" });
  check("university, internal report model", performance.now() - started, 3000, "ms");
  started = performance.now();
  const html = renderReport(model, "zh");
  check("university, internal report HTML", performance.now() - started, 2000, "ms");
  check("university, internal report HTML size", Buffer.byteLength(html) / 1024, 1024, "KB");
  await pages("university, internal report", html, "zh", 40);
  await pages(
    "university, public report",
    renderReport(reportModel(university, { edition: "public" }), "zh"),
    "zh",
    40,
  );
}
