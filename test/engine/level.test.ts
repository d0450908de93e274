import { describe, expect, it } from "vitest";
import { decideLevel, levelOf } from "../../src/engine/level.ts";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import { deduction, settings } from "../support/records.ts";

describe("level", () => {
  describe("levelOf", () => {
    it("takes the result when there is one", () => {
      expect(levelOf("pass", undefined, DEFAULT_SETTINGS)).toBe("pass");
    });

    it("lets the result win over a score that says otherwise", () => {
      expect(levelOf("fail", 95, DEFAULT_SETTINGS)).toBe("fail");
      expect(levelOf("excellent", 10, DEFAULT_SETTINGS)).toBe("excellent");
    });

    it.each([
      [100, "excellent"],
      [90, "excellent"],
      [89.5, "pass"],
      [60, "pass"],
      [59.9, "fail"],
      [0, "fail"],
    ] as const)("reads a score of %d as %s with the default cut-offs", (score, level) => {
      expect(levelOf(undefined, score, DEFAULT_SETTINGS)).toBe(level);
    });

    it("uses the cut-offs from settings", () => {
      const strict = settings({ excellentScore: 95, passScore: 70 });
      expect(levelOf(undefined, 92, strict)).toBe("pass");
      expect(levelOf(undefined, 65, strict)).toBe("fail");
      expect(levelOf(undefined, 95, strict)).toBe("excellent");
    });

    it("has no level without a result or a score", () => {
      expect(levelOf(undefined, undefined, DEFAULT_SETTINGS)).toBeUndefined();
    });
  });
  describe("decideLevel", () => {
    const none = { result: undefined, score: undefined, deductions: undefined };
    const items = (...points: number[]) => points.map((p, i) => deduction(`X${i}`, { points: p }));

    it("takes 无人 for no inspection at all, whatever else the row says", () => {
      expect(decideLevel({ ...none, result: "nobodyIn", score: 40 }, DEFAULT_SETTINGS)).toEqual({
        nobodyIn: true,
      });
    });

    it("fails 拒查 with a score of 0, even when a score or good items are given", () => {
      const decided = decideLevel({ result: "refused", score: 95, deductions: items(5) }, DEFAULT_SETTINGS);
      expect(decided).toMatchObject({ level: "fail", score: 0, basis: "refused" });
    });

    it("computes 100 minus the deductions when nothing else is typed", () => {
      expect(decideLevel({ ...none, deductions: items(10, 5) }, DEFAULT_SETTINGS)).toMatchObject({
        level: "pass",
        score: 85,
        basis: "items",
        computedLevel: "pass",
      });
    });

    it("reads the computed score with the settings' cut-offs", () => {
      const strict = settings({ excellentScore: 95, passScore: 90 });
      expect(decideLevel({ ...none, deductions: items(15) }, strict)).toMatchObject({
        level: "fail",
        score: 85,
      });
      expect(decideLevel({ ...none, deductions: items(5) }, strict)).toMatchObject({ level: "excellent" });
    });

    it("fails a veto item whatever the pass mark, with a score of 0", () => {
      const lenient = settings({ passScore: 0, excellentScore: 90 });
      const veto = [deduction("S1", { points: 0, veto: true })];
      expect(decideLevel({ ...none, deductions: veto }, lenient)).toMatchObject({
        level: "fail",
        score: 0,
        basis: "items",
        computed: { score: 0, vetoed: true },
      });
    });

    it("lets a result typed by hand win over the items, and keeps the items' score to count with", () => {
      const decided = decideLevel({ ...none, result: "pass", deductions: items(50) }, DEFAULT_SETTINGS);
      expect(decided).toMatchObject({ level: "pass", score: 50, basis: "result", computedLevel: "fail" });
    });

    it("lets a score typed by hand win over the items", () => {
      const decided = decideLevel({ ...none, score: 92, deductions: items(50) }, DEFAULT_SETTINGS);
      expect(decided).toMatchObject({ level: "excellent", score: 92, basis: "score", computedLevel: "fail" });
    });

    it("lets a result win over a typed score, counting with the typed score", () => {
      expect(decideLevel({ ...none, result: "fail", score: 95 }, DEFAULT_SETTINGS)).toMatchObject({
        level: "fail",
        score: 95,
        basis: "result",
      });
    });

    it("decides nothing from a row without result, score or items", () => {
      expect(decideLevel(none, DEFAULT_SETTINGS)).toBeUndefined();
    });

    it("gives full marks to an inspection that found nothing", () => {
      expect(decideLevel({ ...none, deductions: [] }, DEFAULT_SETTINGS)).toMatchObject({
        level: "excellent",
        score: 100,
        basis: "items",
      });
    });
  });
});
