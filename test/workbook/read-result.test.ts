import { describe, expect, it } from "vitest";
import { readResult } from "../../src/workbook/read-result.ts";

describe("read-result", () => {
  describe("readResult", () => {
    it.each([
      ["无人", "nobodyIn"],
      ["Nobody in", "nobodyIn"],
      ["不在", "nobodyIn"],
      ["拒查", "refused"],
      [" REFUSED ", "refused"],
      ["拒绝检查", "refused"],
      ["优秀", "excellent"],
      ["fail", "fail"],
    ] as const)("reads %j as %s", (cell, value) => {
      expect(readResult(cell, "zh")).toEqual({ value });
    });

    it("gives nothing for a blank cell", () => {
      expect(readResult("", "zh")).toEqual({ value: undefined });
    });

    it("names the statuses among what it expects", () => {
      expect(readResult("良好", "zh")).toEqual({
        error: "无法识别的结果：良好（应为 优秀/合格/不合格/无人/拒查）",
      });
      expect(readResult("good", "en")).toEqual({
        error: "unreadable result: good (expected excellent/pass/fail/nobody in/refused)",
      });
    });
  });
});
