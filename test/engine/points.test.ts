import { describe, expect, it } from "vitest";
import { pointsOf, pointsTable } from "../../src/engine/points.ts";
import { settings } from "../support/records.ts";

describe("points", () => {
  describe("pointsTable", () => {
    it("is undefined while every entry is blank, the default", () => {
      expect(pointsTable(settings())).toBeUndefined();
    });

    it("keeps the entries given, zero included", () => {
      expect(pointsTable(settings({ pointsOwnFail: -5, pointsGradeFail: 0 }))).toEqual({
        ownFail: -5,
        gradeFail: 0,
      });
    });
  });

  describe("pointsOf", () => {
    it("prices what the table prices and the record holds, and adds it up", () => {
      const points = pointsOf({ ownFail: -5, gradePass: 10, gradeExcellent: 20 }, [
        { grade: "pass", fails: 1, excellents: 3, contactFails: 2 },
        { grade: "none", fails: 0, excellents: 0, contactFails: 0 },
      ]);
      expect(points).toEqual({
        total: 5,
        lines: [
          { kind: "ownFail", count: 1, each: -5, points: -5 },
          { kind: "gradePass", count: 1, each: 10, points: 10 },
        ],
      });
    });

    it("gives nothing for a semester not inspected", () => {
      expect(
        pointsOf({ gradeFail: -10 }, [{ grade: "none", fails: 0, excellents: 0, contactFails: 0 }]),
      ).toEqual({
        total: 0,
        lines: [],
      });
    });
  });
});
