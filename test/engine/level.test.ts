import { describe, expect, it } from "vitest";
import { levelOf } from "../../src/engine/level.ts";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import { settings } from "../support/records.ts";

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
});
