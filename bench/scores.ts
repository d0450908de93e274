// Scoresheets, rankings and awards at the sizes they are used: the school's roll-up of thirty
// departments of 200 dorms (written as .xlsx files first, then rolled up by the command itself),
// the rankings of a university's semester and months, and the phone poster, as an SVG and, where
// Chromium is installed, as a PNG left in out/bench/ for a person to look at.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { findChromium } from "../src/cli/commands/report.ts";
import { main } from "../src/cli/main.ts";
import { posterPng } from "../src/cli/poster-png.ts";
import { writeXlsx } from "../src/cli/workbook-file.ts";
import { workbookOf } from "../src/cli/xlsx.ts";
import { posterModel, posterPeriods } from "../src/documents/poster/model.ts";
import { posterPage, renderPosterSvg } from "../src/documents/poster/template.ts";
import { rankingsBoard } from "../src/engine/rankings-board.ts";
import { type Grading, gradeWorkbook } from "../src/workbook/grade.ts";
import { rankingsSheet } from "../src/workbook/rankings-sheet.ts";
import { sampleWorkbook } from "../src/workbook/sample.ts";
import { check } from "./targets.ts";
import { UNIVERSITY_TODAY, universityWorkbook } from "./university.ts";

const OUT = join(import.meta.dirname, "../out/bench");

async function rollup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-bench-rollup-"));
  try {
    const files: string[] = [];
    for (let i = 0; i < 30; i++) {
      const grids = sampleWorkbook("zh", { seed: 1000 + i });
      const row = grids.find((g) => g.name === "设置")?.values.find((r) => r[0] === "院系名称");
      if (row) (row as unknown[])[1] = `第${i + 1}学院`;
      const path = join(dir, `college-${i + 1}.xlsx`);
      await writeXlsx(workbookOf(grids), path);
      files.push(path);
    }
    const started = performance.now();
    const code = await main(
      ["rollup", ...files, "--out", join(dir, "school.xlsx"), "--today", "2026-01-20"],
      () => {},
      console.error,
      process.env,
      { progressAfter: undefined },
    );
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`rollup exited ${code}`);
    check("rollup of 30 departments of 200 dorms, to .xlsx", seconds, 10, "s");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function university(): Promise<void> {
  const grading = gradeWorkbook(universityWorkbook(), {
    timeZone: "UTC",
    today: UNIVERSITY_TODAY,
  }) as Grading;
  let started = performance.now();
  rankingsSheet(grading.evaluation, grading.read.records, "zh");
  check("university, the Rankings tab (semester and 5 months)", performance.now() - started, 3000, "ms");
  started = performance.now();
  const board = rankingsBoard(grading.evaluation, grading.read.records);
  check("university, the sidebar's rankings", performance.now() - started, 3000, "ms");
  check(
    "university, the sidebar's rankings as JSON",
    Buffer.byteLength(JSON.stringify(board)) / 1024,
    256,
    "KB",
  );
  started = performance.now();
  const svg = renderPosterSvg(posterModel(grading, posterPeriods(grading)[0] as never), "zh");
  check("university, the semester's poster as SVG", performance.now() - started, 2000, "ms");
  const found = findChromium({ ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" });
  if (!("path" in found)) {
    console.log("  skip the poster's PNG: no Chromium");
    return;
  }
  started = performance.now();
  const png = await posterPng(posterPage(svg, "zh"), found.path, "zh");
  check("university, the semester's poster as PNG", performance.now() - started, 15_000, "ms");
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "university-poster.png"), png);
  check("university, the poster PNG's size", png.length / 1024, 1024, "KB");
}

export async function benchScores(): Promise<void> {
  console.log("\nscores: the school's roll-up, the rankings and the poster");
  await rollup();
  await university();
}
