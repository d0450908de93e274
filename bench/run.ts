// Speed and memory of grading, on the sample department scaled up. Targets, not tests: a
// recalculation of 10× the sample must stay well inside Apps Script's 30 s simple-trigger limit.
import { performance } from "node:perf_hooks";
import { dayOfIso } from "../src/engine/day.ts";
import { gradeWorkbook } from "../src/workbook/grade.ts";
import type { Grid } from "../src/workbook/layout.ts";
import { sampleWorkbook } from "../src/workbook/sample.ts";

const today = dayOfIso("2026-01-20") as number;

/** The sample with its inspections repeated `times` times: the same dorms, `times`× the rows. */
function scaled(times: number): Grid[] {
  return sampleWorkbook("zh").map((grid, i) => {
    if (i !== 2) return grid;
    const [header, ...rows] = grid.values;
    return { name: grid.name, values: [header ?? [], ...Array.from({ length: times }, () => rows).flat()] };
  });
}

function measure(label: string, times: number, runs = 5): void {
  const grids = scaled(times);
  const rows = grids.reduce((n, g) => n + g.values.length - 1, 0);
  gradeWorkbook(grids, { timeZone: "Asia/Shanghai", today });
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  for (let i = 0; i < runs; i++) gradeWorkbook(grids, { timeZone: "Asia/Shanghai", today });
  const ms = (performance.now() - start) / runs;
  const mb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  console.log(
    `${label.padEnd(14)} ${String(rows).padStart(7)} rows  ${ms.toFixed(1).padStart(8)} ms/grade  heap +${mb.toFixed(1)} MB`,
  );
}

console.log("gradeWorkbook (read → evaluate → plan), Asia/Shanghai date cells");
measure("sample", 1);
measure("sample ×10", 10);
measure("sample ×40", 40, 2);

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
  const again = performance.now();
  addOn.call("menuRecalculate");
  const second = performance.now() - again;
  console.log(
    `sample ×${String(times).padEnd(3)} first run ${calls} calls ${first.toFixed(0)} ms; unchanged re-run ${addOn.fake.calls.total()} calls, ${addOn.fake.calls.writes} writes, ${second.toFixed(0)} ms`,
  );
}
