// History at university scale (5,000 dorms, 20,000 members, 200,000 inspections), in Node:
// archiving a semester, grading with an archive (unchanged, and with an edited archived row,
// which loads the frozen semester), the Opinions tab, and the yearly appraisal record. In the
// add-on, an archived semester's recalculation over the fake services (sample ×10).
import { performance } from "node:perf_hooks";
import { appraisalModel } from "../src/documents/appraisal/model.ts";
import { yearSemesters } from "../src/documents/appraisal/year.ts";
import { isoOf } from "../src/engine/day.ts";
import { planArchive } from "../src/workbook/archive.ts";
import { type ArchiveStore, archiveStoreOf } from "../src/workbook/archive-store.ts";
import { type Grading, gradeWorkbook } from "../src/workbook/grade.ts";
import type { Grid } from "../src/workbook/layout.ts";
import { gradingOpinions } from "../src/workbook/opinions.ts";
import { loadAddOn, sheetsOf } from "../test/support/gas-vm.ts";
import { scaled } from "./scaled.ts";
import { check } from "./targets.ts";
import { UNIVERSITY_TODAY, universityWorkbook } from "./university.ts";

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

function graded(grids: Grid[], archive?: ArchiveStore): Grading {
  const g = gradeWorkbook(
    grids,
    { timeZone: "UTC", today: UNIVERSITY_TODAY },
    undefined,
    archive ? { archive } : {},
  );
  if ("problems" in g) throw new Error(g.problems.join("\n"));
  return g;
}

function university(): void {
  console.log("\nHistory at university scale, in Node");
  const grids = universityWorkbook();
  const live = timed(() => graded(grids));
  console.log(`  (grading without an archive: ${live.ms.toFixed(0)} ms)`);
  const opinions = timed(() => gradingOpinions(live.value, undefined));
  check("the Opinions tab: a draft for each member dorm", opinions.ms, 3000, "ms");
  const archived = timed(() => planArchive(live.value, opinions.value.effective, "UTC", UNIVERSITY_TODAY));
  const plan = archived.value;
  if ("problem" in plan) throw new Error(plan.problem);
  check("archive a semester: freeze, key its rows, lay out its tab", archived.ms, 20_000, "ms");
  const chars = plan.column.reduce((n, c) => n + c.length, 0);
  check("archive data: characters kept (in cells of 30,000)", chars / 1_000_000, 60, "M chars");
  console.log(
    `  (${plan.column.length - 2} cells of frozen data; the archive tab has ${plan.sheet.rows.length} rows)`,
  );
  const store = archiveStoreOf([[plan.column[0]], [plan.column[1]]], (_, n, skip) =>
    plan.column.slice(2 + skip, 2 + skip + n),
  );
  const same = timed(() => graded(grids, store));
  check(
    "grading an archived semester whose rows are as archived",
    same.ms,
    Math.round(live.ms * 2 + 2000),
    "ms",
  );
  const edited = grids.map((g) =>
    g.name === "检查记录"
      ? { ...g, values: g.values.map((r, i) => (i === 2 ? [...r.slice(0, 3), "合格"] : r)) }
      : g,
  );
  const fresh = archiveStoreOf([[plan.column[0]], [plan.column[1]]], (_, n, skip) =>
    plan.column.slice(2 + skip, 2 + skip + n),
  );
  const changed = timed(() => graded(edited, fresh));
  check(
    "grading with one archived row edited (loads the frozen semester)",
    changed.ms,
    Math.round(live.ms * 3 + 5000),
    "ms",
  );
  const appraisal = timed(() =>
    appraisalModel(
      "2025-2026",
      yearSemesters(same.value, "2025-2026", undefined),
      same.value.read.settings,
      same.value.read.records.members,
      { today: isoOf(UNIVERSITY_TODAY) },
    ),
  );
  check("the yearly appraisal record of 20,000 people", appraisal.ms, 20_000, "ms");
}

function addOn(): void {
  console.log("\nThe add-on with an archived semester (sample ×10, dist/Code.js over the fake services)");
  const addOn = loadAddOn({ sheets: { ...sheetsOf(scaled(10)) } });
  addOn.call("menuRecalculate");
  addOn.fake.calls.reset();
  addOn.call("menuArchive");
  const archive = addOn.fake.lastExecution("run");
  // The first archive also makes and protects its two tabs and the data tab; it runs from the
  // on-demand actions module (two calls to load it), after a recalculation of every tab.
  check("archive the semester: service calls", archive?.calls ?? 0, 350, "calls");
  check("archive the semester: Apps Script time", (archive?.ms ?? 0) / 1000, 120, "s");
  // The first run after archiving marks the Opinions tab's rows as archived; then nothing changes.
  addOn.call("menuRecalculate");
  addOn.fake.calls.reset();
  addOn.call("menuRecalculate");
  const again = addOn.fake.lastExecution("run");
  check("recalculate an archived semester: service calls", again?.calls ?? 0, 200, "calls");
  check("recalculate an archived semester: writes", addOn.fake.calls.writes, 0, "writes");
}

export function benchHistory(): void {
  university();
  addOn();
}
