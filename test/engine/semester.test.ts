import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseSemesterId,
  semester,
  semesterById,
  semesterName,
  semesterOf,
} from "../../src/engine/semester.ts";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import { day } from "../support/records.ts";

const SEPT_MARCH = { semester1StartMonth: 9, semester2StartMonth: 3 };

describe("semester", () => {
  describe("semester", () => {
    it("runs term 1 from 1 August to 31 January and term 2 from 1 February to 31 July", () => {
      const t1 = semester(2025, 1, DEFAULT_SETTINGS);
      const t2 = semester(2025, 2, DEFAULT_SETTINGS);
      expect([t1.id, t1.first, t1.last]).toEqual(["2025-2026-1", day("2025-08-01"), day("2026-01-31")]);
      expect([t2.id, t2.first, t2.last]).toEqual(["2025-2026-2", day("2026-02-01"), day("2026-07-31")]);
    });

    it("moves the boundaries with custom start months", () => {
      const t1 = semester(2025, 1, SEPT_MARCH);
      const t2 = semester(2025, 2, SEPT_MARCH);
      expect([t1.first, t1.last]).toEqual([day("2025-09-01"), day("2026-02-28")]);
      expect([t2.first, t2.last]).toEqual([day("2026-03-01"), day("2026-08-31")]);
    });

    it("ends a semester on 29 February in a leap year", () => {
      expect(semester(2027, 1, SEPT_MARCH).last).toBe(day("2028-02-29"));
    });
  });

  describe("semesterOf", () => {
    it.each([
      ["2025-07-31", "2024-2025-2"],
      ["2025-08-01", "2025-2026-1"],
      ["2025-09-15", "2025-2026-1"],
      ["2026-01-31", "2025-2026-1"],
      ["2026-02-01", "2025-2026-2"],
      ["2026-07-31", "2025-2026-2"],
      ["2028-02-29", "2027-2028-2"],
    ])("puts %s in %s with the default months", (date, id) => {
      expect(semesterOf(day(date), DEFAULT_SETTINGS).id).toBe(id);
    });

    it.each([
      ["2025-08-31", "2024-2025-2"],
      ["2025-09-01", "2025-2026-1"],
      ["2026-02-28", "2025-2026-1"],
      ["2026-03-01", "2025-2026-2"],
      ["2026-08-31", "2025-2026-2"],
    ])("puts %s in %s when semesters start in September and March", (date, id) => {
      expect(semesterOf(day(date), SEPT_MARCH).id).toBe(id);
    });

    it("finds exactly one semester for every day, and semesters follow each other without gaps", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: day("2000-01-01"), max: day("2060-12-31") }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 12 }),
          (d, s1, s2) => {
            fc.pre(s1 !== s2);
            const months = { semester1StartMonth: s1, semester2StartMonth: s2 };
            const s = semesterOf(d, months);
            expect(d).toBeGreaterThanOrEqual(s.first);
            expect(d).toBeLessThanOrEqual(s.last);
            expect(semesterOf(s.last + 1, months).first).toBe(s.last + 1);
            expect(semesterOf(s.first - 1, months).last).toBe(s.first - 1);
          },
        ),
      );
    });
  });

  describe("parseSemesterId", () => {
    it.each([
      ["2025-2026-1", "2025-2026-1"],
      ["2025-2026-2", "2025-2026-2"],
      ["2025-2026学年第一学期", "2025-2026-1"],
      ["2025-2026学年第二学期", "2025-2026-2"],
      [" 2025-2026 学年 第二学期 ", "2025-2026-2"],
      ["２０２５－２０２６－１", "2025-2026-1"],
      ["2025-2026学年上学期", "2025-2026-1"],
      ["2025/2026/2", "2025-2026-2"],
    ])("reads %s as %s", (text, id) => {
      expect(parseSemesterId(text)).toBe(id);
    });

    it.each(["2025-2027-1", "2025-2026-3", "2025-1", "2025年秋季", "", "2025-2026学年第三学期"])(
      "rejects %j",
      (text) => {
        expect(parseSemesterId(text)).toBeUndefined();
      },
    );
  });

  describe("semesterById", () => {
    it("gives the semester an id names", () => {
      const s = semesterById("2025-2026-2", DEFAULT_SETTINGS);
      expect([s.id, s.term, s.first, s.last]).toEqual([
        "2025-2026-2",
        2,
        day("2026-02-01"),
        day("2026-07-31"),
      ]);
    });

    it("accepts the Chinese label as well as the id", () => {
      expect(semesterById("2025-2026学年第二学期", DEFAULT_SETTINGS).id).toBe("2025-2026-2");
      expect(semesterById("2025-2026学年第一学期", DEFAULT_SETTINGS).id).toBe("2025-2026-1");
    });

    it("uses the start months it is given", () => {
      expect(semesterById("2025-2026-2", SEPT_MARCH).first).toBe(day("2026-03-01"));
    });

    it("refuses an id it cannot read rather than inventing a semester", () => {
      expect(() => semesterById("next term", DEFAULT_SETTINGS)).toThrow(/next term/);
    });
  });

  describe("semesterName", () => {
    it("names a semester in both languages", () => {
      expect(semesterName("2025-2026-1", "zh")).toBe("2025-2026学年第一学期");
      expect(semesterName("2025-2026-2", "zh")).toBe("2025-2026学年第二学期");
      expect(semesterName("2025-2026-2", "en")).toBe("2025-2026 semester 2");
    });

    it("gives a name that parseSemesterId reads back", () => {
      expect(parseSemesterId(semesterName("2031-2032-2", "zh"))).toBe("2031-2032-2");
    });
  });
});
