import { describe, expect, it } from "vitest";
import { coverageOf } from "../../src/engine/coverage.ts";
import { refOf } from "../../src/engine/evidence.ts";
import { semesterById } from "../../src/engine/semester.ts";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import { assignment, day, inspection, visit } from "../support/records.ts";

const SEMESTER = semesterById("2025-2026-1", DEFAULT_SETTINGS);

describe("coverage", () => {
  describe("coverageOf", () => {
    it("replaces a member's assignment by their rows with a later from date", () => {
      const coverage = coverageOf(
        {
          assignments: [assignment("m", "A", undefined, 2), assignment("m", "B", "2025-11-01", 3)],
          visits: [visit("2025-10-10", "A", 2), visit("2025-11-10", "A", 3), visit("2025-11-12", "B", 4)],
        },
        DEFAULT_SETTINGS,
        SEMESTER,
        day("2025-12-01"),
        () => [],
      );
      expect(coverage[0]?.visits.map((v) => v.row)).toEqual([2, 4]);
      expect(coverage[0]?.dorms.map((d) => d.dormId)).toEqual(["A", "B"]);
    });

    it("skips a month in which nobody recorded any visit, as a holiday", () => {
      const coverage = coverageOf(
        {
          assignments: [assignment("m", "A")],
          visits: [visit("2025-09-10", "A", 2), visit("2025-11-10", "A", 3)],
        },
        DEFAULT_SETTINGS,
        SEMESTER,
        day("2025-12-20"),
        () => [],
      );
      expect(coverage[0]?.months.map((m) => m.month)).toEqual(["2025-09", "2025-11"]);
      expect(coverage[0]?.below).toBe(false);
    });

    it("names a contacted dorm's fails only while the dorm was the member's", () => {
      const fails = [inspection("2025-09-20", "A", "fail", 2), inspection("2025-10-20", "A", "fail", 3)].map(
        refOf,
      );
      const coverage = coverageOf(
        { assignments: [assignment("m", "A", "2025-10-01")], visits: [visit("2025-10-10", "A", 2)] },
        DEFAULT_SETTINGS,
        SEMESTER,
        day("2025-12-20"),
        () => fails,
      );
      expect(coverage[0]?.dorms[0]?.fails.map((f) => f.row)).toEqual([3]);
    });

    it("asks for the set number of visits a month", () => {
      const coverage = coverageOf(
        { assignments: [assignment("m", "A")], visits: [visit("2025-09-10", "A", 2)] },
        { memberVisitsPerMonth: 2 },
        SEMESTER,
        day("2025-12-20"),
        () => [],
      );
      expect(coverage[0]?.months).toEqual([{ month: "2025-09", visits: 1, required: 2, met: false }]);
    });
  });
});
