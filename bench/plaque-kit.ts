// The plaque kit at the sizes departments have: the sample's kit printed through Chromium (pages
// counted by pdfinfo, left in out/bench/), and a university's kit with a card for every member
// dorm, rendered as HTML.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { findChromium, htmlToPdf } from "../src/cli/commands/report.ts";
import { plaqueKitModel } from "../src/documents/plaque-kit/model.ts";
import { renderPlaqueKit } from "../src/documents/plaque-kit/template.ts";
import { type Day, dayOfIso } from "../src/engine/day.ts";
import { gradeWorkbook } from "../src/workbook/grade.ts";
import type { Grid } from "../src/workbook/layout.ts";
import { sampleWorkbook } from "../src/workbook/sample.ts";
import { check } from "./targets.ts";
import { UNIVERSITY_TODAY, universityWorkbook } from "./university.ts";

const OUT = join(import.meta.dirname, "../out/bench");

function graded(grids: readonly Grid[], today: Day) {
  const g = gradeWorkbook(grids, { timeZone: "UTC", today });
  if ("problems" in g) throw new Error(g.problems.join("\n"));
  return g;
}

export async function benchPlaqueKit(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log("\nplaque kit");
  const sample = graded(sampleWorkbook("zh"), dayOfIso("2026-01-20") as Day);
  const html = renderPlaqueKit(plaqueKitModel(sample), "zh");
  const found = findChromium({ ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" });
  if ("path" in found) {
    const started = performance.now();
    const pdf = await htmlToPdf(html, found.path, "zh", { pageNumbers: false });
    const ms = performance.now() - started;
    const file = join(OUT, "sample, plaque kit.pdf");
    writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    // Decision 1, three cards on 2 sheets, one notice on 1, four pledges on 2.
    check("sample, plaque kit, PDF pages", Number(/Pages:\s+(\d+)/.exec(info)?.[1]), 6, "pages");
    check("sample, plaque kit, print to PDF", ms, 30_000, "ms");
  } else console.log("  skip sample, plaque kit: no Chromium to print the PDF with");

  const university = graded(universityWorkbook(), UNIVERSITY_TODAY);
  const started = performance.now();
  const model = plaqueKitModel(university, { all: true });
  const page = renderPlaqueKit(model, "zh");
  check(
    `university, a card for every member dorm (${model.cards.length.toLocaleString("en")} cards, ${model.pledges.length.toLocaleString("en")} 承诺书), model and page`,
    performance.now() - started,
    5_000,
    "ms",
  );
  check("university kit page, size", Buffer.byteLength(page) / 1024 / 1024, 40, "MB");
}
