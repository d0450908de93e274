import { describe, expect, it } from "vitest";
import { monthPeriod } from "../../src/engine/rankings.ts";
import { groupName, periodName, RANKING_LABELS } from "../../src/workbook/rankings-labels.ts";

describe("rankings-labels", () => {
  it("has both languages for every word", () => {
    for (const [key, label] of Object.entries(RANKING_LABELS)) {
      expect(label.zh, key).not.toBe("");
      expect(label.en, key).not.toBe("");
    }
  });

  describe("periodName", () => {
    it("names a month in either language, and a semester", () => {
      expect(periodName(monthPeriod("2026-01"), "zh")).toBe("2026年1月");
      expect(periodName(monthPeriod("2026-01"), "en")).toBe("January 2026");
      expect(periodName({ kind: "semester", id: "2025-2026-2", first: "", last: "" }, "zh")).toBe(
        "2025-2026学年第二学期",
      );
    });
  });

  describe("groupName", () => {
    it("names years as 大一…大四, blanks as such, and anything else as typed", () => {
      expect(groupName("years", "4", "zh")).toBe("大四");
      expect(groupName("years", "2", "en")).toBe("year 2");
      expect(groupName("buildings", "", "zh")).toBe("（未填）");
      expect(groupName("branches", "一支部", "en")).toBe("一支部");
    });
  });
});
