import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOf, dayOfIso, isoOf, partsOf } from "../../src/engine/day.ts";

describe("day", () => {
  describe("dayOf", () => {
    it("counts days from 1970-01-01", () => {
      expect(dayOf(1970, 1, 1)).toBe(0);
      expect(dayOf(1970, 1, 2)).toBe(1);
      expect(dayOf(2025, 9, 15)).toBe(20346);
      expect(dayOf(1969, 12, 31)).toBe(-1);
    });

    it("accepts 29 February only in a leap year", () => {
      expect(dayOf(2024, 2, 29)).toBe(19_782);
      expect(dayOf(2024, 3, 1)).toBe(19_783);
      expect(dayOf(2025, 2, 29)).toBeUndefined();
      expect(dayOf(2100, 2, 29)).toBeUndefined();
      expect(dayOf(2000, 2, 29)).toBeDefined();
    });

    it("rejects dates that do not exist instead of rolling them over", () => {
      expect(dayOf(2025, 13, 1)).toBeUndefined();
      expect(dayOf(2025, 4, 31)).toBeUndefined();
      expect(dayOf(2025, 0, 10)).toBeUndefined();
      expect(dayOf(2025, 9, 0)).toBeUndefined();
    });
  });

  describe("partsOf", () => {
    it("gives back the year, month and day of month", () => {
      expect(partsOf(20346)).toEqual({ year: 2025, month: 9, date: 15 });
      expect(partsOf(-1)).toEqual({ year: 1969, month: 12, date: 31 });
    });

    it("is the inverse of dayOf for every day", () => {
      fc.assert(
        fc.property(fc.integer({ min: -50_000, max: 80_000 }), (d) => {
          const { year, month, date } = partsOf(d);
          expect(dayOf(year, month, date)).toBe(d);
        }),
      );
    });
  });

  describe("isoOf", () => {
    it("pads months and days to two digits", () => {
      expect(isoOf(20_458)).toBe("2026-01-05");
      expect(isoOf(20346)).toBe("2025-09-15");
    });

    it("gives every day its own text, also days that share a slot of its table", () => {
      const text = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              fc.integer({ min: 0, max: 60_000 }),
              fc.constantFrom(20_346, 20_346 + 1024, 20_346 - 2048, -1, -1025),
            ),
            {
              maxLength: 40,
            },
          ),
          (days) => {
            for (const d of [...days, ...days.reverse()]) expect(isoOf(d)).toBe(text(d));
          },
        ),
      );
    });
  });

  describe("dayOfIso", () => {
    it("reads YYYY-MM-DD", () => {
      expect(dayOfIso("2025-09-15")).toBe(20346);
    });

    it("rejects other spellings and impossible dates", () => {
      expect(dayOfIso("2025-9-15")).toBeUndefined();
      expect(dayOfIso("2025/09/15")).toBeUndefined();
      expect(dayOfIso("2025-02-30")).toBeUndefined();
      expect(dayOfIso(" 2025-09-15")).toBeUndefined();
    });

    it("round-trips with isoOf", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 60_000 }), (d) => {
          expect(dayOfIso(isoOf(d))).toBe(d);
        }),
      );
    });
  });
});
