import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.ts";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import { summarize, summaryLines } from "../../src/engine/summary.ts";
import { day, dorms, members, records, series } from "../support/records.ts";

const evaluation = evaluate(
  records({
    dorms: dorms("A", "B", "C", "D", "E"),
    members: members(
      ["S1", "A"],
      ["S2", "A", "probationary"],
      ["S3", "B"],
      ["S4", "C"],
      ["S5", "D", "activist"],
    ),
    inspections: [
      ...series("A", "2025-09-01", "fpfpfpf"),
      ...series("B", "2025-09-01", "ee", { firstRow: 20 }),
      ...series("C", "2025-09-01", "pf", { firstRow: 30 }),
      ...series("D", "2025-09-01", "p", { firstRow: 40 }),
    ],
  }),
  DEFAULT_SETTINGS,
  day("2026-01-20"),
);

describe("summary", () => {
  describe("summarize", () => {
    it("counts grades, sanctioned members and warned dorms (a failed dorm one fail short of R3 is still warned)", () => {
      expect(summarize(evaluation)).toEqual({
        semesterId: "2025-2026-1",
        grades: { excellent: 1, pass: 2, fail: 1, none: 1 },
        revoked: 0,
        unqualified: 2,
        priority: 1,
        warnings: 2,
        moved: 0,
        revokedOnAppeal: 0,
        cleared: 0,
        assigned: 0,
        contactBelow: 0,
      });
    });
  });

  describe("summaryLines", () => {
    it("writes one line a figure, in the language asked", () => {
      const lines = summaryLines(summarize(evaluation), 0, "en");
      expect(lines).toEqual([
        "2025-2026 semester 1 recalculated",
        "dorm grades: 1 excellent, 2 pass, 1 fail, 1 not inspected",
        "members: 0 lost award eligibility, 2 unqualified, 1 with award priority",
        "2 dorms on early warning",
      ]);
    });

    it("adds a line for moves, appeals and cleared fails only when there are some", () => {
      const lines = summaryLines(
        { ...summarize(evaluation), moved: 1, revokedOnAppeal: 2, cleared: 0 },
        0,
        "zh",
      );
      expect(lines.at(-1)).toBe("住宿变动 1 人，申诉撤销 2 次，清除不合格 0 次");
      expect(summaryLines(summarize(evaluation), 0, "zh")).toHaveLength(4);
    });

    it("adds a line for contact assignments only when the workbook has some", () => {
      const lines = summaryLines({ ...summarize(evaluation), assigned: 8, contactBelow: 1 }, 0, "zh");
      expect(lines.at(-1)).toBe("联系分工 8 人，未达标 1 人");
      expect(summaryLines({ ...summarize(evaluation), assigned: 8, contactBelow: 0 }, 0, "en").at(-1)).toBe(
        "8 members with contact assignments, 0 below their requirement",
      );
    });

    it("adds a line for rows with problems only when there are some", () => {
      const lines = summaryLines(summarize(evaluation), 3, "zh");
      expect(lines[0]).toBe("2025-2026学年第一学期 计算完成");
      expect(lines.at(-1)).toBe("有问题的行 3 行（见“校验”列）");
      expect(lines).toHaveLength(5);
    });
  });
});
