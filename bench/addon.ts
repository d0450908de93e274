// The add-on itself, built, in a vm over the fake services: service calls are the cost that
// matters in Apps Script, and they must not grow with the rows.
import { performance } from "node:perf_hooks";
import { loadAddOn, sheetsOf } from "../test/support/gas-vm.ts";
import { scaled } from "./scaled.ts";
import { check } from "./targets.ts";

export function benchAddOn(): void {
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
    // The first run also writes the looks once (the computed columns' widths, header fills and
    // notes, and the Legend tab); later runs write them only when they change.
    check("first run, service calls", calls, 250, "calls");
    check("first run, time in the fake", first, 3000 * times, "ms");
    // Each highlight rule is compared where it is (five calls a rule); failing inspections added one.
    check("unchanged re-run, service calls", addOn.fake.calls.total(), 110, "calls");
    check("unchanged re-run, writes", addOn.fake.calls.writes, 0, "writes");
  }
}
