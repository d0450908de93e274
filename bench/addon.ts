// The add-on itself, built, in a vm over the fake services: service calls are the cost that
// matters in Apps Script, and they must not grow with the rows. The fake's clock charges each
// call and each cell by Google's published figures (COST in test/support/fake-gas.ts) and adds
// the script's own time, so "Apps Script time" below is that estimate; "in Node" is wall time here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { gradeWorkbook } from "../src/workbook/grade.ts";
import { COST } from "../test/support/fake-gas.ts";
import { type LoadedAddOn, loadAddOn, sheetsOf } from "../test/support/gas-vm.ts";
import { scaled } from "./scaled.ts";
import { check } from "./targets.ts";
import { UNIVERSITY_TODAY, universityWorkbook } from "./university.ts";

const CODE = join(import.meta.dirname, "../dist/Code.js");

/**
 * A first recalculation and an unchanged one. The first also writes the looks once (the computed
 * columns' widths, header fills and notes, and the Legend tab) and the Rankings tab, calls that
 * later runs spend only when they change: its budget counts them. The calls grow with the tabs,
 * not the rows: a 检查细则 / Scoresheet tab (the sample) reads one tab more, about ten calls a
 * run; the Moves and Assignments tabs cost about 12 calls each a run (read, check column,
 * highlight rule), finding the engine's own tabs and reading the Opinions tab about 13; the first
 * run also writes those tabs' looks and creates the Opinions tab (about 50 more). The sample,
 * which has every optional tab, the score columns and appeals, measures 416 and 170; loading the
 * on-demand words and actions costs two calls each time one is needed.
 */
const BUDGET = { firstRun: 440, unchanged: 180 };
function recalculate(addOn: LoadedAddOn, label: string, budget: { calls: number; seconds: number }): void {
  addOn.fake.calls.reset();
  const start = performance.now();
  addOn.call("menuRecalculate");
  const wall = performance.now() - start;
  const run = addOn.fake.lastExecution("run");
  check(`${label}: first run, service calls`, run?.calls ?? 0, budget.calls, "calls");
  check(`${label}: first run, Apps Script time`, (run?.ms ?? 0) / 1000, budget.seconds, "s");
  console.log(`  (${label}: first run in Node ${(wall / 1000).toFixed(1)} s)`);
  addOn.fake.calls.reset();
  addOn.call("menuRecalculate");
  check(
    `${label}: unchanged re-run, service calls`,
    addOn.fake.lastExecution("run")?.calls ?? 0,
    BUDGET.unchanged,
    "calls",
  );
  check(`${label}: unchanged re-run, writes`, addOn.fake.calls.writes, 0, "writes");
}

/** One custom-function execution: the formula typed into a cell, as a user would. */
function formula(addOn: LoadedAddOn, a1: string, text: string): { seconds: number; error: string | null } {
  addOn.fake.setCell("看板", a1, text);
  return {
    seconds: (addOn.fake.lastExecution("custom")?.ms ?? 0) / 1000,
    error: addOn.fake.formulaError("看板", a1),
  };
}

function customFunctions(addOn: LoadedAddOn, label: string): void {
  const dormTab = addOn.fake.sheet("宿舍");
  const dorms = dormTab.length - 1;
  const dorm = `"${dormTab[1]?.[0]}"`;
  const member = `"${addOn.fake.sheet("党员")[1]?.[0]}"`;
  const range = `=DORMGRADE(宿舍!A2:A${dorms + 1})`;
  const fromCache = [
    formula(addOn, "A1", range),
    formula(addOn, "B1", `=DORMGRADE(${dorm})`),
    formula(addOn, "C1", `=MEMBEROUTCOME(${member})`),
  ];
  check(`${label}: =DORMGRADE over ${dorms} dorms, from the cache`, fromCache[0]?.seconds ?? 99, 5, "s");
  check(`${label}: =DORMGRADE of one dorm, from the cache`, fromCache[1]?.seconds ?? 99, 1, "s");
  check(`${label}: =MEMBEROUTCOME of one member, from the cache`, fromCache[2]?.seconds ?? 99, 1, "s");
  // Six hours later the cache is gone: the output columns answer.
  const cache = (
    addOn.context as { CacheService: GoogleAppsScript.Cache.CacheService }
  ).CacheService.getDocumentCache();
  cache?.removeAll([...addOn.fake.documentCache().keys()]);
  const fromColumns = [
    formula(addOn, "D1", range),
    formula(addOn, "E1", `=DORMGRADE(${dorm})`),
    formula(addOn, "F1", `=MEMBEROUTCOME(${member})`),
  ];
  check(
    `${label}: =DORMGRADE over ${dorms} dorms, from the output columns`,
    fromColumns[0]?.seconds ?? 99,
    10,
    "s",
  );
  check(`${label}: =DORMGRADE of one dorm, from the output columns`, fromColumns[1]?.seconds ?? 99, 5, "s");
  check(
    `${label}: =MEMBEROUTCOME of one member, from the output columns`,
    fromColumns[2]?.seconds ?? 99,
    5,
    "s",
  );
  // =DORMSCORE over every dorm, from the output columns too (the cache is still gone).
  const scores = formula(addOn, "H1", `=DORMSCORE(宿舍!A2:A${dorms + 1})`);
  check(`${label}: =DORMSCORE over ${dorms} dorms, from the output columns`, scores.seconds, 10, "s");
  const errors = [...fromCache, ...fromColumns, scores].map((f) => f.error).filter((e) => e !== null);
  check(`${label}: custom functions in error`, errors.length, 0, "cells");
  const miss = formula(addOn, "G1", `=DORMGRADE(${dorm}, "2024-2025-2")`);
  console.log(
    `  (${label}: another semester, no cache: ${miss.seconds.toFixed(1)} s, ${miss.error ? `"${miss.error.slice(0, 40)}…"` : "answered"})`,
  );
}

/** What a formula grading the tabs itself would cost: every input cell read, then the engine. */
function missCost(grids: ReturnType<typeof universityWorkbook>, label: string): void {
  const cells = grids.reduce((n, g) => n + g.values.reduce((m, row) => m + row.length, 0), 0);
  const start = performance.now();
  gradeWorkbook(grids, { timeZone: "UTC", today: UNIVERSITY_TODAY });
  const node = performance.now() - start;
  console.log(
    `  (${label}: grading the tabs inside a formula would read ${cells} cells, about ${((cells * COST.cellMs) / 1000).toFixed(0)} s, plus ${(node / 1000).toFixed(1)} s of engine in Node: past the 30 s of a custom function, hence the cache and the output columns)`,
  );
}

function bundle(): void {
  const code = readFileSync(CODE, "utf8");
  check("dist/Code.js size", Buffer.byteLength(code) / 1024, 120, "KB");
  const runs = 20;
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const script = new vm.Script(code, { filename: `Code${i}.js` });
    script.runInContext(vm.createContext({}));
  }
  check("dist/Code.js parse and load, per execution", (performance.now() - start) / runs, 30, "ms");
}

export function benchAddOn(): void {
  console.log("\nThe add-on, dist/Code.js over the fake services");
  bundle();
  for (const times of [1, 10]) {
    const addOn = loadAddOn({ sheets: { ...sheetsOf(scaled(times)), 看板: [[]] } });
    recalculate(addOn, `sample ×${times}`, { calls: BUDGET.firstRun, seconds: 60 * times });
    customFunctions(addOn, `sample ×${times}`);
  }
  const grids = universityWorkbook();
  const university = loadAddOn({ sheets: { ...sheetsOf(grids), 看板: [[]] } });
  recalculate(university, "university", { calls: BUDGET.firstRun, seconds: 300 });
  customFunctions(university, "university");
  missCost(grids, "university");
}
