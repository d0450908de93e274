import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.ts";
import {
  inspectedMonths,
  monthPeriod,
  rankings,
  ranksBy,
  semesterPeriod,
} from "../../src/engine/rankings.ts";
import { day, records, settings } from "../support/records.ts";
import { SMALL, small } from "../support/small-department.ts";

const brief = (lines: readonly { key: string; rank: number | undefined; meanScore: number | undefined }[]) =>
  lines.map((l) => [l.key, l.rank, l.meanScore]);

describe("rankings", () => {
  describe("periods", () => {
    it("names the semester and its inspected months", () => {
      const e = small();
      expect(semesterPeriod(e)).toEqual({
        kind: "semester",
        id: "2025-2026-1",
        first: "2025-08-01",
        last: "2026-01-31",
      });
      expect(inspectedMonths(e)).toEqual(["2025-10", "2025-11"]);
      expect(monthPeriod("2024-02")).toEqual({
        kind: "month",
        id: "2024-02",
        first: "2024-02-01",
        last: "2024-02-29",
      });
    });
  });

  describe("ranksBy", () => {
    it("gives equal figures one rank and skips the places they take", () => {
      expect(ranksBy([3, 5, 5, undefined, 1], (x) => x)).toEqual([3, 1, 1, undefined, 4]);
    });
  });

  describe("rankings", () => {
    const semester = rankings(small(), SMALL, semesterPeriod(small()));

    it("gives the whole department's rates and mean score, as computed by hand", () => {
      expect(semester.all).toEqual({
        key: "",
        dorms: 3,
        inspections: 8,
        excellents: 3,
        fails: 1,
        nobodyIn: 1,
        excellentRate: 3 / 8,
        passRate: 7 / 8,
        failRate: 1 / 8,
        meanScore: 81.4,
        rank: undefined,
      });
    });

    it("ranks buildings, years and branches by mean score", () => {
      expect(brief(semester.buildings)).toEqual([
        ["Y", 1, 84],
        ["X", 2, 80.4],
      ]);
      expect(semester.buildings[1]).toMatchObject({
        dorms: 2,
        inspections: 5,
        excellents: 2,
        fails: 1,
        failRate: 0.2,
      });
      expect(brief(semester.years)).toEqual([
        ["1", 1, 86.7],
        ["2", 2, 77.5],
      ]);
      expect(brief(semester.branches)).toEqual([
        ["一支部", 1, 85.6],
        ["二支部", 2, 71],
      ]);
    });

    it("counts a dorm under the branch of its full and probationary members only", () => {
      expect(semester.branches.find((b) => b.key === "二支部")?.inspections).toBe(2);
    });

    it("lists the best and the worst dorms, as many as the setting says, with their bands", () => {
      expect(semester.top.map((d) => [d.label, d.rank, d.meanScore, d.band])).toEqual([
        ["A", 1, 86.7, "红旗"],
        ["C", 2, 84, "蓝旗"],
      ]);
      expect(semester.bottom.map((d) => [d.label, d.rank, d.meanScore, d.band])).toEqual([
        ["B", 3, 71, "黑旗"],
        ["C", 2, 84, "蓝旗"],
      ]);
    });

    it("counts the dorms of each band, leaving out those not inspected", () => {
      expect(semester.bands).toEqual([
        { name: "红旗", dorms: 1 },
        { name: "蓝旗", dorms: 1 },
        { name: "黑旗", dorms: 1 },
      ]);
    });

    it("ranks a month by that month's inspections alone", () => {
      const nov = rankings(small(), SMALL, monthPeriod("2025-11"));
      expect(nov.all).toMatchObject({ inspections: 6, excellents: 2, fails: 1, nobodyIn: 1 });
      expect(nov.top.map((d) => [d.label, d.meanScore])).toEqual([
        ["A", 87.5],
        ["B", 71],
      ]);
    });

    it("ranks by excellents, fails deciding among equals, when the setting says so", () => {
      const r = rankings(small({ rankBy: "excellents" }), SMALL, semesterPeriod(small()));
      expect(r.basis).toBe("excellents");
      expect(r.top.map((d) => [d.label, d.rank])).toEqual([
        ["A", 1],
        ["C", 1],
      ]);
      expect(r.bottom.map((d) => d.label)).toEqual(["B", "C"]);
    });

    it("ranks by excellents when no inspection of the period has a score", () => {
      const unscored = records({
        ...SMALL,
        inspections: SMALL.inspections.map((i) => ({ ...i, score: undefined })),
      });
      const e = evaluate(unscored, settings(), day("2026-01-20"), "2025-2026-1");
      const r = rankings(e, unscored, semesterPeriod(e));
      expect(r.basis).toBe("excellents");
      expect(r.all.meanScore).toBeUndefined();
      expect(r.top[0]?.meanScore).toBeUndefined();
    });
  });
});
