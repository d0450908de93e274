import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import { levelReader, readRowLevel } from "../../src/workbook/read-level.ts";
import { indexScoresheet } from "../../src/workbook/read-scoresheet.ts";
import { scoresheetItem } from "../support/records.ts";

const SHEET = indexScoresheet([
  scoresheetItem("F1", { name: "地面不洁", points: 15 }),
  scoresheetItem("S1", { name: "违章电器", points: 100, veto: true }),
]);
const context = { lang: "zh" as const, settings: DEFAULT_SETTINGS, scoresheet: SHEET, beds: undefined };
const level = (result: unknown, score: unknown, deductions: unknown) =>
  readRowLevel({ result, score, deductions }, context);

describe("read-level", () => {
  describe("readRowLevel", () => {
    it("decides from the items alone: 100 minus their points", () => {
      expect(level("", "", "F1×2")).toMatchObject({ decided: { level: "pass", score: 70, basis: "items" } });
    });

    it("fails a veto item with 0", () => {
      expect(level("", "", "F1, S1")).toMatchObject({ decided: { level: "fail", score: 0, basis: "items" } });
    });

    it("keeps 无人 apart, even beside items", () => {
      expect(level("无人", "", "S1")).toEqual({ nobodyIn: true });
    });

    it("fails 拒查 with a score of 0", () => {
      expect(level("拒查", "", "")).toMatchObject({ decided: { level: "fail", score: 0, basis: "refused" } });
    });

    it("reads a score typed in Result as the score", () => {
      expect(level("95", "", "")).toMatchObject({
        decided: { level: "excellent", score: 95, basis: "score" },
      });
    });

    it("lets a typed result win and notes that the items say otherwise", () => {
      expect(level("合格", "", "S1")).toEqual({
        decided: expect.objectContaining({ level: "pass", score: 0, basis: "result" }),
        deductions: [expect.objectContaining({ code: "S1" })],
        note: "扣分项计算为 0 分（不合格），与所填的结果不一致：以所填为准",
      });
    });

    it("lets a typed score win and notes that the items say otherwise", () => {
      expect(level("", 92, "F1×3")).toMatchObject({
        decided: { level: "excellent", score: 92, basis: "score" },
        note: "扣分项计算为 55 分（不合格），与所填的分数不一致：以所填为准",
      });
    });

    it("adds no note when the items agree with what was typed", () => {
      expect(level("合格", "", "F1")).not.toHaveProperty("note");
    });

    it("stops a row whose level rests on an unknown item", () => {
      expect(level("", "", "Q9")).toEqual({ error: "无法识别的扣分项：Q9（“检查细则”表中没有这个代码）" });
    });

    it("only notes an unknown item beside a typed result", () => {
      expect(level("不合格", "", "Q9")).toMatchObject({
        decided: { level: "fail", basis: "result" },
        note: "无法识别的扣分项：Q9（“检查细则”表中没有这个代码）",
      });
    });

    it("stops a row with neither result, score nor items", () => {
      expect(level("", "", "")).toEqual({ error: "缺少结果、分数或扣分项" });
    });

    it("stops on an unreadable result, and on a bad score without a result", () => {
      expect(level("良好", "", "F1")).toEqual({
        error: "无法识别的结果：良好（应为 优秀/合格/不合格/无人/拒查）",
      });
      expect(level("", 120, "F1")).toEqual({ error: "分数应为 0–100 的数字：120" });
    });
  });
});

describe("levelReader", () => {
  const cellValue = fc.constantFrom<unknown>(
    "",
    "  ",
    undefined,
    "合格",
    " 优秀 ",
    "不合格",
    "fail",
    "无人",
    "拒查",
    "良好",
    "95",
    85,
    59.5,
    120,
    -3,
  );
  const deductionsValue = fc.constantFrom<unknown>("", undefined, "F1", "F1×2", "S1", "Q9");

  it("reads every row as readRowLevel reads it, whatever came before", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cellValue, cellValue, deductionsValue), { maxLength: 40 }), (rows) => {
        const levelOf = levelReader(context);
        for (const [result, score, deductions] of rows) {
          expect(levelOf({ result, score, deductions })).toEqual(level(result, score, deductions));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("decides a Result spelling once, then gives the same reading", () => {
    const levelOf = levelReader(context);
    const first = levelOf({ result: "合格", score: "", deductions: "" });
    expect(levelOf({ result: "合格", score: "", deductions: "" })).toBe(first);
    expect(levelOf({ result: "", score: 85, deductions: "" })).toBe(
      levelOf({ result: "", score: 85, deductions: "" }),
    );
  });

  it("reads afresh a row that lists deductions, since they weigh by the dorm's beds", () => {
    const levelOf = levelReader(context);
    const a = levelOf({ result: "", score: "", deductions: "F1" });
    expect(levelOf({ result: "", score: "", deductions: "F1" })).not.toBe(a);
    expect(levelOf({ result: "", score: "", deductions: "F1" })).toEqual(a);
  });
});
