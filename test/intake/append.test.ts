import { describe, expect, it } from "vitest";
import { type Day, dayOfIso } from "../../src/engine/day.ts";
import { appendPlan } from "../../src/intake/append.ts";
import type { InspectionValue } from "../../src/workbook/entry.ts";
import { layoutOf } from "../../src/workbook/layout.ts";
import { tabSpec } from "../../src/workbook/schema.ts";

const value = (over: Partial<InspectionValue> = {}): InspectionValue => ({
  day: dayOfIso("2025-11-12") as Day,
  dormId: "3-201",
  dormLabel: "3-201",
  category: "hygiene",
  level: "fail",
  score: undefined,
  deductions: "",
  inspector: "李四",
  notes: "",
  ...over,
});

describe("appendPlan", () => {
  it("writes each field under its header, in runs that skip the user's own columns and the check column", () => {
    const layout = layoutOf(
      {
        name: "检查记录",
        values: [["日期", "宿舍号", "我的列", "类别", "结果", "分数", "检查人", "备注", "校验"]],
      },
      tabSpec("inspections"),
    );
    const plan = appendPlan(
      layout,
      [value(), value({ dormLabel: "3-202", level: undefined, score: 85, notes: "整洁" })],
      "zh",
    );
    expect(plan.headers).toEqual([]);
    expect(plan.runs).toEqual([
      {
        column: 1,
        keys: ["col.date", "col.dorm"],
        values: [
          ["2025-11-12", "3-201"],
          ["2025-11-12", "3-202"],
        ],
      },
      {
        column: 4,
        keys: ["col.category", "col.result", "col.score", "col.inspector", "col.notes"],
        values: [
          ["卫生", "不合格", "", "李四", ""],
          ["卫生", "", 85, "李四", "整洁"],
        ],
      },
    ]);
    expect(plan.rows).toBe(2);
  });

  it("adds a header right of the tab for a field the tab lacks, and none for a field with nothing to write", () => {
    const layout = layoutOf(
      { name: "Inspections", values: [["Date", "Dorm", "Result", "Check"]] },
      tabSpec("inspections"),
    );
    const plan = appendPlan(layout, [value()], "en");
    expect(plan.headers).toEqual([
      { column: 5, label: "Category" },
      { column: 6, label: "Inspector" },
    ]);
    expect(plan.runs.map((r) => [r.column, r.keys])).toEqual([
      [1, ["col.date", "col.dorm", "col.result"]],
      [5, ["col.category", "col.inspector"]],
    ]);
    expect(plan.runs[0]?.values).toEqual([["2025-11-12", "3-201", "fail"]]);
  });
});
