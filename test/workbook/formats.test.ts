import { describe, expect, it } from "vitest";
import type { LabelKey } from "../../src/engine/labels.ts";
import {
  COMPUTED_HEADER,
  displayWidth,
  MAX_WIDTH,
  MIN_WIDTH,
  tabFormat,
} from "../../src/workbook/formats.ts";
import { COLORS } from "../../src/workbook/highlights.ts";
import { layoutOf } from "../../src/workbook/layout.ts";
import type { OutputCell } from "../../src/workbook/outputs.ts";
import { planTab } from "../../src/workbook/plan.ts";
import { type TabKey, tabSpec } from "../../src/workbook/schema.ts";
import { grid, type Row } from "../support/records.ts";

function formatOf(tab: TabKey, header: Row, outputs: [LabelKey, OutputCell[]][], lang: "zh" | "en" = "zh") {
  const layout = layoutOf(grid("表", header), tabSpec(tab));
  const values = new Map(outputs);
  return tabFormat(planTab(layout, values, lang), values, header, lang);
}

describe("formats", () => {
  describe("displayWidth", () => {
    it("counts CJK and full-width characters as two cells", () => {
      expect(displayWidth("3-201")).toBe(5);
      expect(displayWidth("宿舍 3-201")).toBe(10);
      expect(displayWidth("（截止 2026-01-05）")).toBe(19);
      expect(displayWidth(12)).toBe(2);
      expect(displayWidth("")).toBe(0);
    });
  });

  describe("tabFormat", () => {
    it("sizes each output column to its header or its longest value, with room for the filter arrow", () => {
      const f = formatOf(
        "inspections",
        ["日期", "宿舍号", "结果"],
        [["out.check", ["", "宿舍 9-999 不在“宿舍”表中"]]],
      );
      expect(f.columns).toEqual([
        {
          column: 4,
          width: displayWidth("宿舍 9-999 不在“宿舍”表中") + 2,
          wrap: false,
          note: expect.any(String),
        },
      ]);
    });

    it("caps a long column and marks it for wrapping, so that every value is shown whole", () => {
      const action = "由支部联系人刘敏批评教育，限期改正（截止 2026-01-05）";
      const f = formatOf("members", ["学号", "姓名", "政治面貌", "宿舍号"], [["out.action", ["", action]]]);
      const column = f.columns.find((c) => c.column === 10);
      expect(column).toMatchObject({ width: MAX_WIDTH, wrap: true });
      expect(displayWidth(action)).toBeGreaterThan(MAX_WIDTH);
    });

    it("keeps even an empty output column wide enough for its header", () => {
      const f = formatOf("dorms", ["宿舍号"], []);
      for (const column of f.columns) expect(column.width).toBeGreaterThanOrEqual(MIN_WIDTH);
      expect(f.columns.find((c) => c.column === 5)?.width).toBe(displayWidth("最长连续不合格") + 2);
    });

    it("marks every computed header with a note and a fill no highlight uses", () => {
      const f = formatOf("members", ["学号", "姓名", "政治面貌", "宿舍号"], [], "en");
      expect(f.headerBackground).toBe(COMPUTED_HEADER);
      expect(Object.values(COLORS)).not.toContain(COMPUTED_HEADER);
      expect(f.columns.map((c) => c.column)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
      for (const column of f.columns) {
        expect(column.note.split("\n")[0]).toBe(
          "[Computed: do not type here] Every recalculation rewrites this column.",
        );
      }
      expect(f.columns[6]?.note).toContain("not an assessment");
    });

    it("measures a header the user renamed, not the default one", () => {
      const f = formatOf("inspections", ["日期", "宿舍号", "结果", "校验（程序填写，请勿改动）"], []);
      expect(f.columns[0]?.width).toBe(displayWidth("校验（程序填写，请勿改动）") + 2);
    });
  });
});
