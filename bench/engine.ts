// Speed and memory of grading (read → evaluate → plan) in Node.
import { performance } from "node:perf_hooks";
import { dayOfIso } from "../src/engine/day.ts";
import { gradeWorkbook } from "../src/workbook/grade.ts";
import type { Grid } from "../src/workbook/layout.ts";
import { scaled } from "./scaled.ts";
import { check } from "./targets.ts";
import { fastestTimes } from "./timing.ts";
import { UNIVERSITY_TODAY, universityWorkbook } from "./university.ts";

const today = dayOfIso("2026-01-20") as number;
const MS_PER_DAY = 86_400_000;

/** Grading time and heap growth; the targets leave room for Apps Script being several times slower. */
function measure(label: string, times: number, targetMs: number, targetMb: number, runs = 5): void {
  const grids = scaled(times);
  const rows = grids.reduce((n, g) => n + g.values.length - 1, 0);
  gradeWorkbook(grids, { timeZone: "Asia/Shanghai", today });
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  for (let i = 0; i < runs; i++) gradeWorkbook(grids, { timeZone: "Asia/Shanghai", today });
  const ms = (performance.now() - start) / runs;
  const mb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  console.log(`${label}: ${rows} rows`);
  check("grade", ms, targetMs, "ms");
  check("heap growth", mb, targetMb, "MB");
}

/**
 * The baseline the engine is held to: every cell of every tab converted to its typed value (a
 * number stays a number, text is trimmed, a date cell becomes its calendar day, as an .xlsx gives
 * it in UTC), into a new grid. Any reading of the workbook does at least this much.
 */
export function typedPass(grids: readonly Grid[]): unknown[][][] {
  return grids.map((grid) =>
    grid.values.map((row) =>
      row.map((cell) =>
        typeof cell === "string"
          ? cell.trim()
          : cell instanceof Date
            ? Math.floor(cell.getTime() / MS_PER_DAY)
            : cell,
      ),
    ),
  );
}

/** gradeWorkbook on a whole university's workbook, against the typed pass over the same grids. */
function measureUniversity(runs = 15): void {
  const grids = universityWorkbook();
  const cells = grids.reduce((n, g) => n + g.values.reduce((m, row) => m + row.length, 0), 0);
  const rows = grids.map((g) => `${g.values.length - 1} ${g.name}`).join(", ");
  const options = { timeZone: "UTC", today: UNIVERSITY_TODAY };
  const [typed, graded] = fastestTimes(
    [() => typedPass(grids), () => gradeWorkbook(grids, options)],
    runs,
  ) as [number, number];
  console.log(`university: ${rows}; ${cells} cells; fastest of ${runs} runs`);
  console.log(`  typed pass: ${typed.toFixed(1)} ms; gradeWorkbook: ${graded.toFixed(1)} ms`);
  check("gradeWorkbook ÷ typed pass", graded / typed, 3, "×");
}

export function benchEngine(): void {
  // The university first, on a heap no other measurement has filled yet.
  console.log("gradeWorkbook at university scale, .xlsx date cells (UTC)");
  measureUniversity();
  console.log("\ngradeWorkbook (read → evaluate → plan), Asia/Shanghai date cells");
  measure("sample", 1, 200, 50);
  measure("sample ×10", 10, 1500, 200);
  measure("sample ×40", 40, 6000, 600, 2);
}
