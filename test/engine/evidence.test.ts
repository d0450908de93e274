import { describe, expect, it } from "vitest";
import { refOf } from "../../src/engine/evidence.ts";
import { inspection } from "../support/records.ts";

describe("evidence", () => {
  describe("refOf", () => {
    it("names an inspection by row, ISO date, dorm, category and level, as plain data", () => {
      const ref = refOf(
        inspection("2025-09-15", "3-201", "fail", 12, { category: "discipline", notes: "x" }),
      );
      expect(ref).toEqual({
        row: 12,
        date: "2025-09-15",
        dormId: "3-201",
        category: "discipline",
        level: "fail",
      });
      expect(JSON.parse(JSON.stringify(ref))).toEqual(ref);
    });
  });
});
