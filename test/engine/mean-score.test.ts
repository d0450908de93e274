import { describe, expect, it } from "vitest";
import { meanScore } from "../../src/engine/mean-score.ts";

describe("mean-score", () => {
  describe("meanScore", () => {
    it("averages the inspections that carry a score, leaving the others out", () => {
      expect(meanScore([{ score: 90 }, { score: 85 }, {}, { score: undefined }])).toBe(87.5);
    });

    it("rounds to one decimal, as it is shown", () => {
      expect(meanScore([{ score: 90 }, { score: 85 }, { score: 80.5 }])).toBe(85.2);
    });

    it("counts a refusal's 0", () => {
      expect(meanScore([{ score: 90 }, { score: 0 }])).toBe(45);
    });

    it("has no mean without a score", () => {
      expect(meanScore([{}, {}])).toBeUndefined();
      expect(meanScore([])).toBeUndefined();
    });
  });
});
