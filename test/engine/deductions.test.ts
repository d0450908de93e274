import { describe, expect, it } from "vitest";
import { deductedScore, deductionsLine, scoreDetail } from "../../src/engine/deductions.ts";
import { deduction } from "../support/records.ts";

const bedding = deduction("B1", { name: "被子未叠", unit: "bed", count: 2, points: 10 });
const appliance = deduction("S1", { name: "违章电器", points: 100, veto: true, remark: "热得快" });

describe("deductions", () => {
  describe("deductedScore", () => {
    it("takes each item's points times its count from 100", () => {
      expect(deductedScore([bedding, deduction("F1", { points: 5 })])).toEqual({ score: 75, vetoed: false });
    });

    it("floors the score at 0", () => {
      expect(deductedScore([deduction("F1", { points: 40, count: 3 })])).toEqual({ score: 0, vetoed: false });
    });

    it("sets the score to 0 with a veto item, whatever its points", () => {
      expect(deductedScore([deduction("S1", { points: 0, veto: true })])).toEqual({ score: 0, vetoed: true });
    });

    it("adds up half points as a person would", () => {
      expect(deductedScore([deduction("A", { points: 0.1, count: 3 })]).score).toBe(99.7);
    });

    it("gives full marks without any item", () => {
      expect(deductedScore([])).toEqual({ score: 100, vetoed: false });
    });
  });

  describe("deductionsLine", () => {
    it("names each item with its points, its beds, its remark and its veto (zh)", () => {
      expect(deductionsLine([bedding, appliance], "zh")).toBe(
        "−10 被子未叠 ×2床；−100 违章电器：热得快（一票否决）",
      );
    });

    it("says the same in English", () => {
      const en = [
        { ...bedding, name: "bedding not folded" },
        { ...appliance, name: "banned appliance", remark: "kettle" },
      ];
      expect(deductionsLine(en, "en")).toBe(
        "−10 bedding not folded ×2 beds; −100 banned appliance: kettle (veto)",
      );
    });

    it("counts items only when more than one, and a bed even when one", () => {
      expect(deductionsLine([deduction("F1", { name: "地面不洁" })], "zh")).toBe("−10 地面不洁");
      expect(deductionsLine([deduction("F1", { name: "地面不洁", count: 3 })], "zh")).toBe("−10 地面不洁 ×3");
      expect(deductionsLine([{ ...bedding, count: 1 }], "zh")).toBe("−10 被子未叠 ×1床");
    });
  });

  describe("scoreDetail", () => {
    it("gives the score, then the items that made it", () => {
      expect(scoreDetail({ score: 0, deductions: [appliance] }, "zh")).toBe(
        "0分：−100 违章电器：热得快（一票否决）",
      );
      expect(scoreDetail({ score: 80, deductions: [bedding] }, "en")).toBe("80 points: −10 被子未叠 ×2 beds");
    });

    it("gives the score alone, or nothing, when there is nothing more", () => {
      expect(scoreDetail({ score: 85 }, "zh")).toBe("85分");
      expect(scoreDetail({}, "zh")).toBe("");
    });
  });
});
