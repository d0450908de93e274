// Speed and memory of grading, on the sample department scaled up, each against its target.
// Targets, not tests: timings vary by machine, so a miss is reported (and the exit code is 1),
// never asserted in `npm test`. The call and write counts are deterministic and tested there too.
import { performance } from "node:perf_hooks";
import { dayOfIso } from "../src/engine/day.ts";
import { gradeWorkbook } from "../src/workbook/grade.ts";
import type { Grid } from "../src/workbook/layout.ts";
import { sampleWorkbook } from "../src/workbook/sample.ts";

const today = dayOfIso("2026-01-20") as number;
const misses: string[] = [];

/** Prints a measurement beside its target and remembers a miss. */
function check(label: string, value: number, target: number, unit: string): void {
  const ok = value <= target;
  if (!ok) misses.push(label);
  console.log(`  ${ok ? "ok  " : "MISS"} ${label}: ${value.toFixed(1)} ${unit} (target ≤ ${target} ${unit})`);
}

/** The sample with its inspections repeated `times` times: the same dorms, `times`× the rows. */
function scaled(times: number): Grid[] {
  return sampleWorkbook("zh").map((grid, i) => {
    if (i !== 2) return grid;
    const [header, ...rows] = grid.values;
    return { name: grid.name, values: [header ?? [], ...Array.from({ length: times }, () => rows).flat()] };
  });
}

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

console.log("gradeWorkbook (read → evaluate → plan), Asia/Shanghai date cells");
measure("sample", 1, 200, 50);
measure("sample ×10", 10, 1500, 200);
measure("sample ×40", 40, 6000, 600, 2);

// The add-on itself, built, in a vm over the fake services: service calls are the cost that
// matters in Apps Script, and they must not grow with the rows.
const { loadAddOn, sheetsOf } = await import("../test/support/gas-vm.ts");
console.log("\nmenuRecalculate in dist/Code.js over the fake services");
for (const times of [1, 10]) {
  const addOn = loadAddOn({ sheets: sheetsOf(scaled(times)) });
  addOn.fake.calls.reset();
  const start = performance.now();
  addOn.call("menuRecalculate");
  const first = performance.now() - start;
  const calls = addOn.fake.calls.total();
  addOn.fake.calls.reset();
  addOn.call("menuRecalculate");
  console.log(`sample ×${times}: ${addOn.fake.sheet("检查记录").length - 1} inspection rows`);
  check("first run, service calls", calls, 150, "calls");
  check("first run, time in the fake", first, 3000 * times, "ms");
  check("unchanged re-run, service calls", addOn.fake.calls.total(), 100, "calls");
  check("unchanged re-run, writes", addOn.fake.calls.writes, 0, "writes");
}

if (misses.length > 0) {
  console.log(`\n${misses.length} target(s) missed`);
  process.exitCode = 1;
}
