import { describe, expect, it } from "vitest";
import { memberRecord } from "../../src/engine/member-record.ts";
import type { Inspection } from "../../src/engine/records.ts";
import type { Stay } from "../../src/engine/residence.ts";
import { day, inspection, series, settings } from "../support/records.ts";

const stay = (dormId: string, from?: string, to?: string): Stay => ({
  dormId,
  from: from === undefined ? undefined : day(from),
  to: to === undefined ? undefined : day(to),
  moveRow: undefined,
});

function recordOf(byDorm: Record<string, Inspection[]>) {
  return (dormId: string) => byDorm[dormId] ?? [];
}

describe("member-record", () => {
  describe("memberRecord", () => {
    it("takes each dorm's inspections only while the member lived there", () => {
      const byDorm = {
        A: series("A", "2025-09-01", "ffpf", { firstRow: 2 }),
        B: series("B", "2025-09-01", "ffee", { firstRow: 10 }),
      };
      // Moved on 2025-09-16: A's first three inspections (to 09-15), then B's of 09-22.
      const result = memberRecord(
        [stay("A", "2025-08-01", "2025-09-15"), stay("B", "2025-09-16", "2026-01-31")],
        recordOf(byDorm),
        settings(),
      );
      expect(result.inspections.map((i) => [i.dormId, i.row])).toEqual([
        ["A", 2],
        ["A", 3],
        ["A", 4],
        ["B", 13],
      ]);
      expect(result.fails).toBe(2);
      expect(result.streakLimit?.evidence.map((i) => [i.dormId, i.date])).toEqual([
        ["A", "2025-09-01"],
        ["A", "2025-09-08"],
      ]);
    });

    it("never runs a failing streak across a move", () => {
      const byDorm = {
        A: [inspection("2025-10-27", "A", "fail", 2)],
        B: [inspection("2025-10-30", "B", "pass", 3), inspection("2025-11-03", "B", "fail", 4)],
      };
      const result = memberRecord(
        [stay("A", "2025-08-01", "2025-10-31"), stay("B", "2025-11-01", "2026-01-31")],
        recordOf(byDorm),
        settings(),
      );
      expect(result.fails).toBe(2);
      expect(result.streakLimit).toBeUndefined();
      expect(result.longestStreak).toBe(1);
      expect(result.grade).toBe("pass");
    });

    it("adds up the semester's fails over both dorms for R4", () => {
      const byDorm = {
        A: series("A", "2025-09-01", "fpf", { firstRow: 2 }),
        B: series("B", "2025-11-03", "fpf", { firstRow: 10 }),
      };
      const result = memberRecord(
        [stay("A", "2025-08-01", "2025-10-31"), stay("B", "2025-11-01", "2026-01-31")],
        recordOf(byDorm),
        settings(),
      );
      expect(result.totalLimit?.evidence.map((i) => i.dormId)).toEqual(["A", "A", "B", "B"]);
      expect(result.totalLimit?.trigger).toMatchObject({ dormId: "B", date: "2025-11-17" });
      expect(result.grade).toBe("fail");
    });
  });
});
