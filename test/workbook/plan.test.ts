import { describe, expect, it } from "vitest";
import type { LabelKey } from "../../src/engine/labels.ts";
import { layoutOf } from "../../src/workbook/layout.ts";
import type { OutputCell } from "../../src/workbook/outputs.ts";
import { type Block, planTab, type TabPlan } from "../../src/workbook/plan.ts";
import { type TabKey, tabSpec } from "../../src/workbook/schema.ts";
import { applyBlocks, grid, type Row } from "../support/records.ts";

/** Plans a tab from its rows (row 1 the header) and the output values given per key. */
function plan(
  tab: TabKey,
  rows: Row[],
  outputs: Partial<Record<LabelKey, OutputCell[]>> = {},
  lang: "zh" | "en" = "zh",
) {
  const g = grid("Tab", ...rows);
  return { g, plan: planTab(layoutOf(g, tabSpec(tab)), new Map(Object.entries(outputs)) as never, lang) };
}

/** Every 1-based column some block writes. */
function writtenColumns(p: TabPlan): number[] {
  return [...new Set(p.blocks.flatMap((b: Block) => (b.values[0] ?? []).map((_, c) => b.column + c)))].sort(
    (a, b) => a - b,
  );
}

const INSPECTION_ROWS: Row[] = [
  ["日期", "宿舍号", "结果"],
  ["2025-09-15", "3-201", "合格"],
  ["2025-09-16", "3-202", "x"],
];

describe("plan", () => {
  describe("planTab", () => {
    it("appends a missing output column right after the last used column", () => {
      const { plan: p } = plan("inspections", INSPECTION_ROWS, { "out.check": ["", "无法识别的结果：x"] });
      expect(p.columns.get("out.check")).toBe(4);
      expect(p.lastColumn).toBe(4);
      expect(p.blocks).toEqual([{ row: 1, column: 4, values: [["校验"], [""], ["无法识别的结果：x"]] }]);
    });

    it("appends an optional output column only once it holds a value, and keeps it after", () => {
      const none = plan("inspections", INSPECTION_ROWS, { "out.check": ["", ""], "out.counting": ["", ""] });
      expect(none.plan.columns.has("out.counting")).toBe(false);
      const some = plan("inspections", INSPECTION_ROWS, {
        "out.check": ["", ""],
        "out.counting": ["申诉撤销，不计入：记录有误", ""],
      });
      expect(some.plan.columns.get("out.counting")).toBe(5);
      const after = applyBlocks(some.g, some.plan.blocks);
      const again = planTab(
        layoutOf(after, tabSpec("inspections")),
        new Map([
          ["out.check", ["", ""]],
          ["out.counting", ["", ""]],
        ]) as never,
        "zh",
      );
      expect(again.columns.get("out.counting")).toBe(5);
      expect(applyBlocks(after, again.blocks).values.map((r) => r[4] ?? "")).toEqual(["计入情况", "", ""]);
    });

    it("appends past a data cell that lies beyond the last header", () => {
      const { plan: p } = plan("inspections", [
        ["日期", "宿舍号", "结果"],
        ["2025-09-15", "3-201", "合格", "", "", "a note out here"],
        ["2025-09-16", "3-201", "合格"],
      ]);
      expect(p.columns.get("out.check")).toBe(7);
      expect(writtenColumns(p)).toEqual([7]);
    });

    it("writes down to the last row with a value in the tab's columns, whatever lies below", () => {
      const below: Row[] = Array.from({ length: 2000 }, () => []);
      below[1999] = ["", "", "", "", "a stray note"];
      const { plan: p } = plan("inspections", [...INSPECTION_ROWS, ...below], { "out.check": ["", "x?"] });
      expect(p.blocks).toEqual([{ row: 1, column: 4, values: [["校验"], [""], ["x?"]] }]);
    });

    it("appends beside the data when only a stray cell far right lies below it", () => {
      const below: Row[] = Array.from({ length: 2000 }, () => []);
      below[1999] = Object.assign([], { 16383: "stray" });
      const { plan: p } = plan("inspections", [...INSPECTION_ROWS, ...below]);
      expect(p.columns.get("out.check")).toBe(4);
      // Every check is blank, as the sheet's cells are: the new column's header alone is written.
      expect(p.blocks).toEqual([{ row: 1, column: 4, values: [["校验"]] }]);
    });

    it("appends past a cell below the data that lies in a column it would take", () => {
      const { plan: p } = plan("inspections", [...INSPECTION_ROWS, [], ["", "", "", "my total"]]);
      expect(p.columns.get("out.check")).toBe(5);
      expect(writtenColumns(p)).toEqual([5]);
    });

    it("ignores trailing blank cells when finding the last used column", () => {
      const { plan: p } = plan("inspections", [["日期", "宿舍号", "结果", "", "  ", null]]);
      expect(p.columns.get("out.check")).toBe(4);
    });

    it("appends all of a tab's output columns in order, as one block, with headers in the workbook's language", () => {
      const { plan: p } = plan("members", [["学号", "姓名", "政治面貌", "宿舍号"]], {}, "en");
      expect([...p.columns.entries()]).toEqual([
        ["out.criticisms", 5],
        ["out.praises", 6],
        ["out.eligibility", 7],
        ["out.priority", 8],
        ["out.assessment", 9],
        ["out.action", 10],
        ["out.review", 11],
        ["out.check", 12],
      ]);
      expect(p.blocks).toHaveLength(1);
      expect(p.blocks[0]?.values[0]).toEqual([
        "Criticisms",
        "Praises",
        "Award eligibility",
        "Award priority",
        "Assessment",
        "Action",
        "Review",
        "Check",
      ]);
    });

    it("finds existing output columns by header in either language and keeps the user's header", () => {
      const { plan: p } = plan(
        "dorms",
        [
          ["宿舍号", "grade", "我的备注", "不合格次数 "],
          ["A", "", "", ""],
        ],
        {
          "out.grade": ["合格"],
          "out.fails": [0],
        },
      );
      expect(p.columns.get("out.grade")).toBe(2);
      expect(p.columns.get("out.fails")).toBe(4);
      // The user's header stays as typed: the block starts below it.
      expect(p.blocks.find((b) => b.column === 2)).toEqual({ row: 2, column: 2, values: [["合格"]] });
      expect(p.columns.get("out.inspections")).toBe(5);
    });

    it("never puts a user column that lies between or after output columns in a block", () => {
      const { plan: p } = plan(
        "dorms",
        [
          ["宿舍号", "学期等级", "我的备注", "检查次数", "不合格次数", "另一列"],
          ["A", "", "keep me", "", "", "me too"],
        ],
        { "out.grade": ["合格"], "out.inspections": [3], "out.fails": [1] },
      );
      const written = writtenColumns(p);
      expect(written).not.toContain(3);
      expect(written).not.toContain(6);
      expect(written).not.toContain(1);
      expect(written.slice(0, 3)).toEqual([2, 4, 5]);
      expect(p.blocks.map((b) => b.column)).toEqual([2, 4, 7]);
    });

    it("has no blocks when a second plan runs on the grid the first one wrote", () => {
      const outputs = {
        "out.grade": ["合格", "不合格", ""],
        "out.inspections": [3, 4, ""],
        "out.fails": [0, 4, ""],
        "out.check": ["", "", "缺少必填项：宿舍号"],
      };
      const first = plan(
        "dorms",
        [
          ["宿舍号", "楼栋", "我的备注"],
          ["A", "1", "x"],
          ["B", "1", ""],
          ["", "1", "no dorm"],
        ],
        outputs,
      );
      expect(first.plan.blocks.length).toBeGreaterThan(0);
      const written = applyBlocks(first.g, first.plan.blocks);
      const second = planTab(
        layoutOf(written, tabSpec("dorms")),
        new Map(Object.entries(outputs)) as never,
        "zh",
      );
      expect(second.blocks).toEqual([]);
      expect(second.columns).toEqual(first.plan.columns);
    });

    it("has no blocks when a second plan runs in the other language", () => {
      const outputs = { "out.check": ["", "无法识别的结果：x"] };
      const first = plan("inspections", INSPECTION_ROWS, outputs, "zh");
      const written = applyBlocks(first.g, first.plan.blocks);
      const second = planTab(
        layoutOf(written, tabSpec("inspections")),
        new Map(Object.entries(outputs)) as never,
        "en",
      );
      expect(second.blocks).toEqual([]);
    });

    it("rewrites only what changed: one changed value, its row alone", () => {
      const first = plan("inspections", INSPECTION_ROWS, { "out.check": ["", "x"] });
      const written = applyBlocks(first.g, first.plan.blocks);
      const again = planTab(
        layoutOf(written, tabSpec("inspections")),
        new Map([["out.check", ["", ""]]]),
        "zh",
      );
      expect(again.blocks).toEqual([{ row: 3, column: 4, values: [[""]] }]);
    });

    it("clears stale output values below the data", () => {
      const { plan: p, g } = plan(
        "inspections",
        [
          ["日期", "宿舍号", "结果", "校验"],
          ["2025-09-15", "3-201", "合格", ""],
          ["", "", "", "缺少必填项：日期"],
          ["", "", "", "old message"],
        ],
        { "out.check": [""] },
      );
      expect(p.blocks).toEqual([{ row: 3, column: 4, values: [[""], [""]] }]);
      const written = applyBlocks(g, p.blocks);
      expect(written.values.map((r) => r[3])).toEqual(["校验", "", "", ""]);
    });

    it("treats a blank sheet cell and an empty output as the same, but not zero", () => {
      const rows: Row[] = [
        ["日期", "宿舍号", "结果", "校验"],
        ["2025-09-15", "A", "合格", null],
      ];
      expect(plan("inspections", rows, { "out.check": [""] }).plan.blocks).toEqual([]);
      expect(plan("inspections", rows, { "out.check": [0] }).plan.blocks).toEqual([
        { row: 2, column: 4, values: [[0]] },
      ]);
    });

    it("writes the header row even on an empty tab", () => {
      const { plan: p } = plan("talks", []);
      expect(p.blocks).toEqual([{ row: 1, column: 1, values: [["校验"]] }]);
    });

    it("writes from the first changed row to the last, whatever lies between", () => {
      const rows: Row[] = [
        ["日期", "宿舍号", "结果", "校验"],
        ...Array.from({ length: 6 }, (): Row => ["2025-09-15", "A", "合格", ""]),
      ];
      const { plan: p, g } = plan("inspections", rows, { "out.check": ["", "x", "", "", "y", ""] });
      expect(p.blocks).toEqual([{ row: 3, column: 4, values: [["x"], [""], [""], ["y"]] }]);
      expect(applyBlocks(g, p.blocks).values.map((r) => r[3] ?? "")).toEqual([
        "校验",
        "",
        "x",
        "",
        "",
        "y",
        "",
      ]);
    });

    it("names the tab and sheet it plans", () => {
      const { plan: p } = plan("talks", [["日期", "学号"]]);
      expect([p.tab, p.sheetName]).toEqual(["talks", "Tab"]);
    });
  });
});
