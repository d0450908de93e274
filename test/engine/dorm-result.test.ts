import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoOf } from "../../src/engine/day.ts";
import { byDateThenRow, dormResult, sortByDateThenRow } from "../../src/engine/dorm-result.ts";
import { type InspectionRef, refOf } from "../../src/engine/evidence.ts";
import type { Level } from "../../src/engine/level.ts";
import type { Inspection } from "../../src/engine/records.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/engine/settings.ts";
import { inspection, plusDays, series, settings } from "../support/records.ts";

const D = "3-201";
const rowsOf = (refs: readonly { row: number }[] | undefined) => refs?.map((r) => r.row);

/** dormResult as first written (a new streak array per pass, evidence copied per limit), to compare with. */
function firstDormResult(dormId: string, inspections: readonly Inspection[], s: Settings) {
  const ordered = [...inspections].sort(byDateThenRow);
  let fails = 0;
  let excellents = 0;
  let streak: Inspection[] = [];
  let longestStreak = 0;
  let streakLimit: { evidence: InspectionRef[] } | undefined;
  let totalLimit: { evidence: InspectionRef[]; trigger: InspectionRef; deadline: string } | undefined;
  const failed: Inspection[] = [];
  for (const inspection of ordered) {
    if (inspection.level !== "fail") {
      if (inspection.level === "excellent") excellents++;
      streak = [];
      continue;
    }
    fails++;
    failed.push(inspection);
    streak.push(inspection);
    longestStreak = Math.max(longestStreak, streak.length);
    if (!streakLimit && streak.length >= s.consecutiveFailLimit)
      streakLimit = { evidence: streak.map(refOf) };
    if (!totalLimit && fails >= s.semesterFailLimit) {
      totalLimit = {
        evidence: failed.map(refOf),
        trigger: refOf(inspection),
        deadline: isoOf(inspection.day + s.correctionDays),
      };
    }
  }
  const count = ordered.length;
  const grade =
    count === 0
      ? "none"
      : streakLimit || totalLimit
        ? "fail"
        : fails === 0 && count >= s.excellentMinInspections && excellents / count >= s.excellentShare
          ? "excellent"
          : "pass";
  const warnings: unknown[] = [];
  if (!streakLimit && s.consecutiveFailLimit - 1 >= 1 && streak.length === s.consecutiveFailLimit - 1) {
    warnings.push({ kind: "streak", limit: s.consecutiveFailLimit, fails, evidence: streak.map(refOf) });
  }
  if (!totalLimit && s.semesterFailLimit - 1 >= 1 && fails === s.semesterFailLimit - 1) {
    warnings.push({ kind: "total", limit: s.semesterFailLimit, fails, evidence: failed.map(refOf) });
  }
  return {
    dormId,
    inspections: ordered.map(refOf),
    count,
    fails,
    excellents,
    longestStreak,
    currentStreak: streak.length,
    streakLimit,
    totalLimit,
    grade,
    warnings,
  };
}

describe("dorm-result", () => {
  describe("byDateThenRow", () => {
    it("orders by date first, then by row on the same date", () => {
      const a = { day: 10, row: 9 };
      const b = { day: 11, row: 2 };
      const c = { day: 11, row: 3 };
      expect([c, b, a].sort(byDateThenRow)).toEqual([a, b, c]);
    });
  });

  describe("dormResult", () => {
    describe("R3 consecutive fails", () => {
      it("revokes eligibility after two consecutive fails", () => {
        const r = dormResult(D, series(D, "2025-09-01", "ff"), DEFAULT_SETTINGS);
        expect(r.streakLimit).toBeDefined();
        expect(r.grade).toBe("fail");
      });

      it("names the inspections of the streak that reached the limit as evidence, with dates", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fpff"), DEFAULT_SETTINGS);
        expect(r.streakLimit?.evidence.map((e) => [e.row, e.date, e.level])).toEqual([
          [4, "2025-09-15", "fail"],
          [5, "2025-09-22", "fail"],
        ]);
      });

      it("keeps a single fail below the limit", () => {
        const r = dormResult(D, series(D, "2025-09-01", "f"), DEFAULT_SETTINGS);
        expect(r.streakLimit).toBeUndefined();
        expect(r.grade).toBe("pass");
      });

      it("ends a streak at a pass", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fpf"), DEFAULT_SETTINGS);
        expect(r.streakLimit).toBeUndefined();
        expect(r.longestStreak).toBe(1);
      });

      it("ends a streak at an excellent", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fef"), DEFAULT_SETTINGS);
        expect(r.streakLimit).toBeUndefined();
        expect(r.longestStreak).toBe(1);
      });

      it("uses the consecutive fail limit from settings", () => {
        const three = settings({ consecutiveFailLimit: 3 });
        expect(dormResult(D, series(D, "2025-09-01", "ff"), three).streakLimit).toBeUndefined();
        expect(rowsOf(dormResult(D, series(D, "2025-09-01", "fff"), three).streakLimit?.evidence)).toEqual([
          2, 3, 4,
        ]);
        expect(dormResult(D, series(D, "2025-09-01", "f"), settings({ consecutiveFailLimit: 1 })).grade).toBe(
          "fail",
        );
      });

      it("keeps the row order of several inspections on one day: fail, pass, fail is no streak", () => {
        const sameDay = [
          inspection("2025-09-10", D, "fail", 10),
          inspection("2025-09-10", D, "pass", 11),
          inspection("2025-09-10", D, "fail", 12),
        ];
        const r = dormResult(D, sameDay, DEFAULT_SETTINGS);
        expect(r.streakLimit).toBeUndefined();
        expect(r.longestStreak).toBe(1);
      });

      it("orders same-day inspections by row even when they are listed out of order", () => {
        const noStreak = [
          inspection("2025-09-10", D, "fail", 12),
          inspection("2025-09-10", D, "fail", 10),
          inspection("2025-09-10", D, "pass", 11),
        ];
        expect(dormResult(D, noStreak, DEFAULT_SETTINGS).longestStreak).toBe(1);

        const streak = [
          inspection("2025-09-10", D, "pass", 12),
          inspection("2025-09-10", D, "fail", 11),
          inspection("2025-09-10", D, "fail", 10),
        ];
        const r = dormResult(D, streak, DEFAULT_SETTINGS);
        expect(rowsOf(r.streakLimit?.evidence)).toEqual([10, 11]);
        expect(r.currentStreak).toBe(0);
      });

      it("orders by date before row, so a later row with an earlier date comes first", () => {
        const r = dormResult(
          D,
          [
            inspection("2025-09-20", D, "fail", 2),
            inspection("2025-09-01", D, "fail", 3),
            inspection("2025-09-10", D, "pass", 4),
          ],
          DEFAULT_SETTINGS,
        );
        expect(r.streakLimit).toBeUndefined();
        expect(rowsOf(r.inspections)).toEqual([3, 4, 2]);
      });

      it("reports the longest streak and the streak still running at the last inspection", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fffpff"), settings({ consecutiveFailLimit: 5 }));
        expect(r.longestStreak).toBe(3);
        expect(r.currentStreak).toBe(2);
      });
    });

    describe("R4 cumulative fails", () => {
      it("reaches the semester fail limit on the fourth fail even when none are consecutive", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fpfpfpf"), DEFAULT_SETTINGS);
        expect(r.streakLimit).toBeUndefined();
        expect(r.totalLimit?.trigger.row).toBe(8);
        expect(rowsOf(r.totalLimit?.evidence)).toEqual([2, 4, 6, 8]);
        expect(r.grade).toBe("fail");
      });

      it("stays below the limit at three fails", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fpfpf"), DEFAULT_SETTINGS);
        expect(r.totalLimit).toBeUndefined();
        expect(r.grade).toBe("pass");
      });

      it("sets the deadline to the day of the inspection that reached the limit plus the correction days", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fpfpfpfpf"), DEFAULT_SETTINGS);
        const trigger = r.totalLimit?.trigger;
        expect(trigger?.date).toBe("2025-10-13");
        expect(r.totalLimit?.deadline).toBe("2025-10-27");
      });

      it("carries the deadline across a month and a year end", () => {
        const fails = [
          inspection("2025-09-01", D, "fail", 2),
          inspection("2025-10-01", D, "pass", 3),
          inspection("2025-11-01", D, "fail", 4),
          inspection("2025-11-15", D, "pass", 5),
          inspection("2025-12-01", D, "fail", 6),
          inspection("2025-12-10", D, "pass", 7),
          inspection("2025-12-25", D, "fail", 8),
        ];
        expect(dormResult(D, fails, DEFAULT_SETTINGS).totalLimit?.deadline).toBe("2026-01-08");
      });

      it("uses custom limits and correction days from settings", () => {
        const custom = settings({ semesterFailLimit: 3, correctionDays: 7, consecutiveFailLimit: 9 });
        const r = dormResult(D, series(D, "2025-09-01", "fpfpf"), custom);
        expect(r.totalLimit?.trigger.date).toBe("2025-09-29");
        expect(r.totalLimit?.deadline).toBe("2025-10-06");
        expect(r.grade).toBe("fail");
      });

      it("allows a correction period of zero days", () => {
        const r = dormResult(
          D,
          series(D, "2025-09-01", "f"),
          settings({ semesterFailLimit: 1, correctionDays: 0 }),
        );
        expect(r.totalLimit?.deadline).toBe("2025-09-01");
      });
    });

    describe("R5 semester grade", () => {
      it('is "not inspected" without inspections', () => {
        const r = dormResult(D, [], DEFAULT_SETTINGS);
        expect([r.grade, r.count, r.fails, r.excellents]).toEqual(["none", 0, 0, 0]);
      });

      it("is excellent with two inspections and half of them excellent", () => {
        expect(dormResult(D, series(D, "2025-09-01", "ep"), DEFAULT_SETTINGS).grade).toBe("excellent");
        expect(dormResult(D, series(D, "2025-09-01", "ee"), DEFAULT_SETTINGS).grade).toBe("excellent");
      });

      it("needs the minimum number of inspections for excellent", () => {
        expect(dormResult(D, series(D, "2025-09-01", "e"), DEFAULT_SETTINGS).grade).toBe("pass");
        const three = settings({ excellentMinInspections: 3 });
        expect(dormResult(D, series(D, "2025-09-01", "ee"), three).grade).toBe("pass");
        expect(dormResult(D, series(D, "2025-09-01", "eee"), three).grade).toBe("excellent");
      });

      it("needs the excellent share for excellent", () => {
        expect(dormResult(D, series(D, "2025-09-01", "epp"), DEFAULT_SETTINGS).grade).toBe("pass");
        const sixty = settings({ excellentShare: 0.6 });
        expect(dormResult(D, series(D, "2025-09-01", "eeepp"), sixty).grade).toBe("excellent");
        expect(dormResult(D, series(D, "2025-09-01", "eeppp"), sixty).grade).toBe("pass");
      });

      it("blocks excellent with a single fail, however many excellents", () => {
        const r = dormResult(D, series(D, "2025-09-01", "eeeeeeef"), DEFAULT_SETTINGS);
        expect(r.grade).toBe("pass");
        expect(r.excellents).toBe(7);
      });

      it("fails only through R3 or R4: three scattered fails are still a pass", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fpfpfp"), DEFAULT_SETTINGS);
        expect(r.fails).toBe(3);
        expect(r.grade).toBe("pass");
      });

      it("counts inspections, fails and excellents", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fpeepf"), settings({ consecutiveFailLimit: 5 }));
        expect([r.count, r.fails, r.excellents]).toEqual([6, 2, 2]);
      });
    });

    describe("R8 early warning", () => {
      it("warns when the running streak is one fail short of the consecutive limit", () => {
        const r = dormResult(D, series(D, "2025-09-01", "pf"), DEFAULT_SETTINGS);
        expect(r.warnings.map((w) => [w.kind, w.limit])).toEqual([["streak", 2]]);
        expect(rowsOf(r.warnings[0]?.evidence)).toEqual([3]);
      });

      it("does not warn of a streak once a pass has ended it", () => {
        expect(dormResult(D, series(D, "2025-09-01", "fp"), DEFAULT_SETTINGS).warnings).toEqual([]);
      });

      it("warns when the semester's fails are one short of the cumulative limit", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fpfpfp"), DEFAULT_SETTINGS);
        expect(r.warnings.map((w) => [w.kind, w.limit, w.fails])).toEqual([["total", 4, 3]]);
        expect(rowsOf(r.warnings[0]?.evidence)).toEqual([2, 4, 6]);
      });

      it("gives both warnings when both limits are one fail away", () => {
        const r = dormResult(D, series(D, "2025-09-01", "fpfpf"), DEFAULT_SETTINGS);
        expect(r.warnings.map((w) => w.kind).sort()).toEqual(["streak", "total"]);
      });

      it("does not warn of a limit that already fired", () => {
        const streakFired = dormResult(D, series(D, "2025-09-01", "ffpf"), DEFAULT_SETTINGS);
        expect(streakFired.streakLimit).toBeDefined();
        expect(streakFired.warnings.map((w) => w.kind)).toEqual(["total"]);

        const totalFired = dormResult(D, series(D, "2025-09-01", "fpfpfpfpf"), DEFAULT_SETTINGS);
        expect(totalFired.totalLimit).toBeDefined();
        expect(totalFired.warnings.map((w) => w.kind)).toEqual(["streak"]);
      });

      it("never warns when a limit of 1 leaves no room for a warning", () => {
        const one = settings({ consecutiveFailLimit: 1, semesterFailLimit: 1 });
        expect(dormResult(D, series(D, "2025-09-01", "p"), one).warnings).toEqual([]);
      });

      it("follows custom limits", () => {
        const r = dormResult(D, series(D, "2025-09-01", "ff"), settings({ consecutiveFailLimit: 3 }));
        expect(r.warnings.map((w) => [w.kind, w.limit])).toEqual([["streak", 3]]);
      });
    });

    it("lists its inspections as evidence in date-then-row order", () => {
      const r = dormResult(
        D,
        [
          inspection("2025-09-02", D, "pass", 2),
          inspection("2025-09-01", D, "excellent", 7, { category: "纪律" }),
        ],
        DEFAULT_SETTINGS,
      );
      expect(r.inspections).toEqual([
        { row: 7, date: "2025-09-01", dormId: D, category: "纪律", level: "excellent" },
        { row: 2, date: "2025-09-02", dormId: D, category: "hygiene", level: "pass" },
      ]);
    });

    it("does not reorder or change the inspections it is given", () => {
      const given = [inspection("2025-09-02", D, "fail", 3), inspection("2025-09-01", D, "fail", 2)];
      const before = structuredClone(given);
      dormResult(D, Object.freeze(given) as readonly Inspection[], DEFAULT_SETTINGS);
      expect(given).toEqual(before);
    });

    describe("properties", () => {
      const levels: Level[] = ["excellent", "pass", "fail"];
      const arbInspections = fc
        .array(
          fc.record({
            offset: fc.integer({ min: 0, max: 20 }),
            level: fc.constantFrom(...levels),
          }),
          { maxLength: 25 },
        )
        .map((list) =>
          list.map(({ offset, level }, i) => inspection(plusDays("2025-09-01", offset), D, level, i + 2)),
        );

      /** An independent reading of R3/R4: walk the sheet's order and count. */
      function oracle(list: readonly Inspection[]): { longest: number; fails: number } {
        const ordered = [...list].sort((a, b) => (a.day === b.day ? a.row - b.row : a.day - b.day));
        let run = 0;
        let longest = 0;
        let fails = 0;
        for (const i of ordered) {
          run = i.level === "fail" ? run + 1 : 0;
          if (i.level === "fail") fails++;
          longest = Math.max(longest, run);
        }
        return { longest, fails };
      }

      it('grades "fail" exactly when a streak reaches the consecutive limit or the fails reach the semester limit', () => {
        fc.assert(
          fc.property(
            arbInspections,
            fc.integer({ min: 1, max: 5 }),
            fc.integer({ min: 1, max: 8 }),
            (list, streakLimit, totalLimit) => {
              const s = settings({ consecutiveFailLimit: streakLimit, semesterFailLimit: totalLimit });
              const { longest, fails } = oracle(list);
              const r = dormResult(D, list, s);
              expect(r.grade === "fail").toBe(longest >= streakLimit || fails >= totalLimit);
              expect(r.longestStreak).toBe(longest);
              expect(r.fails).toBe(fails);
            },
          ),
          { numRuns: 500 },
        );
      });

      it("lists its failing and its excellent inspections in the order of all its inspections", () => {
        fc.assert(
          fc.property(arbInspections, (list) => {
            const r = dormResult(D, list, DEFAULT_SETTINGS);
            expect(r.failedInspections).toEqual(r.inspections.filter((i) => i.level === "fail"));
            expect(r.excellentInspections).toEqual(r.inspections.filter((i) => i.level === "excellent"));
          }),
        );
      });

      it("concludes what the first, array-copying version concluded, for any inspections and limits", () => {
        fc.assert(
          fc.property(
            arbInspections,
            fc.integer({ min: 1, max: 5 }),
            fc.integer({ min: 1, max: 8 }),
            fc.constantFrom(0, 1, 2, 3),
            (list, streakLimit, totalLimit, minimum) => {
              const s = settings({
                consecutiveFailLimit: streakLimit,
                semesterFailLimit: totalLimit,
                excellentMinInspections: minimum,
              });
              const result = dormResult(D, list, s);
              // The list of all inspections is read by a getter, which a spread does not copy.
              const { failedInspections, excellentInspections, ...fields } = result;
              const rest = { ...fields, inspections: result.inspections };
              expect(rest).toEqual(firstDormResult(D, list, s));
              expect([failedInspections, excellentInspections]).toEqual([
                rest.inspections.filter((i) => i.level === "fail"),
                rest.inspections.filter((i) => i.level === "excellent"),
              ]);
            },
          ),
          { numRuns: 1000 },
        );
      });

      it("never grades excellent when there is a fail", () => {
        fc.assert(
          fc.property(arbInspections, (list) => {
            const r = dormResult(D, list, DEFAULT_SETTINGS);
            if (r.fails > 0) expect(r.grade).not.toBe("excellent");
            if (r.count === 0) expect(r.grade).toBe("none");
          }),
        );
      });

      it("gives the same result whatever order the rows are listed in", () => {
        fc.assert(
          fc.property(
            arbInspections.chain((list) =>
              fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
            ),
            ([list, shuffled]) => {
              expect(dormResult(D, shuffled, DEFAULT_SETTINGS)).toEqual(
                dormResult(D, list, DEFAULT_SETTINGS),
              );
            },
          ),
        );
      });
    });

    it("names an inspection by the same evidence record in every list, made once and when first read", () => {
      const r = dormResult(D, series(D, "2025-09-01", "pefepf"), DEFAULT_SETTINGS);
      const all = r.inspections;
      expect(r.inspections).toBe(all);
      expect(r.excellentInspections).toBe(r.excellentInspections);
      expect(r.failedInspections.every((f) => all.includes(f))).toBe(true);
      expect(r.excellentInspections.every((e) => all.includes(e))).toBe(true);
      expect(r.excellentInspections.map((e) => e.row)).toEqual([3, 5]);
    });
  });

  describe("sortByDateThenRow", () => {
    it("sorts in place as Array.prototype.sort does, short lists and long", () => {
      const arbItem = fc.record({
        day: fc.integer({ min: 0, max: 9 }),
        row: fc.integer({ min: 2, max: 80 }),
      });
      fc.assert(
        fc.property(fc.array(arbItem, { maxLength: 70 }), (items) => {
          const list = items.map((item) => ({ ...item }));
          const expected = [...list].sort(byDateThenRow);
          expect(sortByDateThenRow(list)).toBe(list);
          expect(list).toEqual(expected);
          // Stable: items of one day and row keep the order given.
          expect(list.every((item, i) => item === expected[i])).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  });
});
