import { describe, expect, it } from "vitest";
import { banner, quotaOf } from "../../src/engine/banner.ts";
import { evaluate } from "../../src/engine/evaluate.ts";
import { day, inspection, records, settings } from "../support/records.ts";
import { SMALL, small } from "../support/small-department.ts";

const winners = (b: ReturnType<typeof banner>) => b.winners.map((w) => [w.label, w.rank, w.meanScore]);

describe("banner", () => {
  describe("quotaOf", () => {
    it.each([
      [{ kind: "count", value: 3 }, 10, 3],
      [{ kind: "count", value: 3 }, 2, 2],
      [{ kind: "share", value: 0.05 }, 201, 11],
      [{ kind: "share", value: 0.05 }, 200, 10],
      [{ kind: "share", value: 0.05 }, 4, 1],
      [{ kind: "share", value: 0.05 }, 0, 0],
    ] as const)("gives %j of %d places %d", (quota, candidates, places) => {
      expect(quotaOf(quota, candidates)).toBe(places);
    });
  });

  describe("banner", () => {
    it("goes to the best dorms of the month by mean score, leaving out any that failed that month", () => {
      const b = banner(small({ bannerQuota: { kind: "count", value: 1 } }), SMALL, "2025-11");
      expect(winners(b)).toEqual([["A", 1, 87.5]]);
      expect([b.candidates, b.quota, b.basis, b.for]).toEqual([2, 1, "score", "dorms"]);
    });

    it("grants as many as a share of those in the running allows, rounded up", () => {
      const b = banner(small({ bannerQuota: { kind: "share", value: 0.5 } }), SMALL, "2025-11");
      expect(winners(b)).toEqual([["A", 1, 87.5]]);
      const all = banner(small({ bannerQuota: { kind: "share", value: 1 } }), SMALL, "2025-11");
      expect(winners(all)).toEqual([
        ["A", 1, 87.5],
        ["C", 2, 70],
      ]);
    });

    it("goes to buildings when the setting says so, failing dorms and all", () => {
      const b = banner(
        small({ bannerFor: "buildings", bannerQuota: { kind: "count", value: 1 } }),
        SMALL,
        "2025-11",
      );
      expect(b.winners.map((w) => [w.label, w.meanScore, w.inspections])).toEqual([["X", 79.3, 4]]);
    });

    it("goes by excellents when the setting says so; a dorm needs one at least", () => {
      const b = banner(
        small({ rankBy: "excellents", bannerQuota: { kind: "count", value: 5 } }),
        SMALL,
        "2025-11",
      );
      expect(b.winners.map((w) => [w.label, w.excellents])).toEqual([["A", 1]]);
      expect(b.candidates).toBe(1);
    });

    it("gives every dorm tied with the last place the banner too", () => {
      const tied = records({
        ...SMALL,
        inspections: [
          inspection("2025-12-01", "A", "excellent", 2, { score: 95 }),
          inspection("2025-12-01", "C", "excellent", 3, { score: 95 }),
          inspection("2025-12-01", "B", "pass", 4, { score: 80 }),
        ],
      });
      const e = evaluate(
        tied,
        settings({ bannerQuota: { kind: "count", value: 1 } }),
        day("2026-01-20"),
        "2025-2026-1",
      );
      expect(winners(banner(e, tied, "2025-12"))).toEqual([
        ["A", 1, 95],
        ["C", 1, 95],
      ]);
    });

    it("goes to nobody in a month without inspections", () => {
      const b = banner(small(), SMALL, "2025-12");
      expect([b.candidates, b.quota, b.winners]).toEqual([0, 0, []]);
    });
  });
});
