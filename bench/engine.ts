// Speed and memory of grading (read → evaluate → plan) in Node.
import { performance } from "node:perf_hooks";
import { dayOfIso } from "../src/engine/day.ts";
import { gradeWorkbook } from "../src/workbook/grade.ts";
import { scaled } from "./scaled.ts";
import { check } from "./targets.ts";

const today = dayOfIso("2026-01-20") as number;

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

export function benchEngine(): void {
  console.log("gradeWorkbook (read → evaluate → plan), Asia/Shanghai date cells");
  measure("sample", 1, 200, 50);
  measure("sample ×10", 10, 1500, 200);
  measure("sample ×40", 40, 6000, 600, 2);
}
