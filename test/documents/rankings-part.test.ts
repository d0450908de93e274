import { describe, expect, it } from "vitest";
import { deductionLines, rankingsPart } from "../../src/documents/rankings-part.ts";
import { evaluate } from "../../src/engine/evaluate.ts";
import { monthPeriod, semesterPeriod } from "../../src/engine/rankings.ts";
import { day, deduction, inspection, records, settings } from "../support/records.ts";
import { SMALL, small } from "../support/small-department.ts";

const source = (e = small()) => ({ read: { records: SMALL, checks: {} }, evaluation: e });

describe("rankings-part", () => {
  describe("rankingsPart", () => {
    it("ranks by branch in the internal edition only: the public one is built without members", () => {
      const e = small();
      expect(rankingsPart(source(e), semesterPeriod(e), "internal").rankings.branches).toHaveLength(2);
      const pub = rankingsPart(source(e), semesterPeriod(e), "public");
      expect(pub.rankings.branches).toEqual([]);
      expect(JSON.stringify(pub)).not.toContain("支部");
    });

    it("gives the banner of each month within the period, and none outside", () => {
      const e = small();
      const semester = rankingsPart(source(e), semesterPeriod(e), "public");
      expect(semester.banners.map((b) => b.month)).toEqual(["2025-10", "2025-11"]);
      expect(rankingsPart(source(e), monthPeriod("2025-11"), "public").banners.map((b) => b.month)).toEqual([
        "2025-11",
      ]);
    });
  });

  describe("deductionLines", () => {
    it("counts each item's inspections and dorms, most often first", () => {
      const bedding = deduction("B1", { name: "被子未叠" });
      const appliance = deduction("S1", { name: "违章电器", veto: true });
      const withItems = records({
        ...SMALL,
        inspections: [
          inspection("2025-11-03", "A", "fail", 2, { deductions: [bedding, appliance] }),
          inspection("2025-11-10", "A", "pass", 3, { deductions: [bedding] }),
          inspection("2025-11-10", "B", "pass", 4, { deductions: [bedding] }),
          inspection("2025-03-10", "B", "pass", 5, { deductions: [appliance] }),
        ],
      });
      const e = evaluate(withItems, settings(), day("2026-01-20"), "2025-2026-1");
      expect(deductionLines(e).map((l) => [l.code, l.name, l.veto, l.times, l.dorms])).toEqual([
        ["B1", "被子未叠", false, 3, 2],
        ["S1", "违章电器", true, 1, 1],
      ]);
    });
  });
});
