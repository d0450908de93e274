import { describe, expect, it } from "vitest";
import { dayOfIso } from "../../src/engine/day.ts";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import { rankingsSheet } from "../../src/workbook/rankings-sheet.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import { distFilesWithout, loadAddOn, sheetsOf } from "../support/gas-vm.ts";

type App = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

function gradingOf(lang: "zh" | "en"): Grading {
  const grading = gradeWorkbook(sampleWorkbook(lang), {
    timeZone: "UTC",
    today: dayOfIso("2026-01-20") as number,
  });
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  return grading;
}

function marks(addOn: ReturnType<typeof loadAddOn>, name: string): string[][] {
  const sheet = (addOn.context as App).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  return (sheet?.getDeveloperMetadata() ?? []).map((m) => [m.getKey(), m.getValue() ?? ""]);
}

/** The sheet row of the first inspection dated `iso` (a date cell). */
function rowOn(addOn: ReturnType<typeof loadAddOn>, iso: string): number {
  const i = addOn.fake
    .sheet("检查记录")
    .findIndex((row) => row[0] instanceof Date && row[0].toISOString().startsWith(iso));
  expect(i).toBeGreaterThan(0);
  return i + 1;
}

describe("the add-on's Rankings tab", () => {
  const addOn = loadAddOn({ sheets: sheetsOf(sampleWorkbook("zh")) });
  addOn.call("menuRecalculate");
  const grading = gradingOf("zh");
  const plan = rankingsSheet(grading.evaluation, grading.read.records, "zh");

  it("writes the same rankings as the command line, in its own marked tab", () => {
    expect(addOn.fake.sheet("排名").slice(0, plan.values.length)).toEqual(plan.values);
    expect(marks(addOn, "排名")).toEqual([["dormPlaque.ownTab", "rankings"]]);
  });

  it("holds shares as percentages and scores to one decimal, headings in bold, in one call each", () => {
    const ss = (addOn.context as App).SpreadsheetApp.getActiveSpreadsheet();
    const range = ss.getSheetByName("排名")?.getRange(1, 1, plan.values.length, plan.widths.length);
    expect(range?.getNumberFormats()).toEqual(plan.formats);
    expect(range?.getFontWeights().map((row) => row[0] === "bold")).toEqual(plan.bold);
  });

  it("costs no call when nothing it shows changed, an edit of another semester included", () => {
    addOn.fake.calls.reset();
    addOn.call("menuRecalculate");
    expect(addOn.fake.calls.writes).toBe(0);
    addOn.fake.setCell("检查记录", `D${rowOn(addOn, "2025-06-12")}`, "不合格");
    addOn.fake.calls.reset();
    addOn.call("menuRecalculate");
    expect(addOn.fake.calls.byMethod()["Range.setNumberFormats"]).toBeUndefined();
  });

  it("rewrites it when an inspection of the semester shown changes the rankings", () => {
    const fresh = loadAddOn({ sheets: sheetsOf(sampleWorkbook("zh")) });
    fresh.call("menuRecalculate");
    const before = fresh.fake.sheet("排名");
    fresh.fake.setCell("检查记录", `D${rowOn(fresh, "2025-12-11")}`, "不合格");
    fresh.call("menuRecalculate");
    expect(fresh.fake.sheet("排名")).not.toEqual(before);
    expect(fresh.fake.sheetNames().filter((n) => n.startsWith("排名"))).toEqual(["排名"]);
  });

  it("never writes over a user's tab that happens to be called 排名", () => {
    const sheets = sheetsOf(sampleWorkbook("zh"));
    sheets.排名 = [["我的排名"]];
    const mine = loadAddOn({ sheets });
    mine.call("menuRecalculate");
    expect(mine.fake.sheet("排名")).toEqual([["我的排名"]]);
    expect(mine.fake.sheet("排名 2")[0]?.[0]).toBe(plan.values[0]?.[0]);
  });

  it("still writes the outputs when the rankings cannot be laid out, and writes the tab on a later run", () => {
    const html = loadAddOn({ sheets: sheetsOf(sampleWorkbook("zh")) });
    // Without the on-demand module: as if loading it failed.
    const broken = loadAddOn({
      sheets: sheetsOf(sampleWorkbook("zh")),
      htmlFiles: distFilesWithout("DocumentsCode"),
    });
    broken.call("menuRecalculate");
    expect(broken.fake.sheetNames()).not.toContain("排名");
    html.call("menuRecalculate");
    expect(broken.fake.sheet("宿舍")[1]).toEqual(html.fake.sheet("宿舍")[1]);
  });
});
