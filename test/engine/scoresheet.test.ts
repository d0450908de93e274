import { describe, expect, it } from "vitest";
import { itemPoints } from "../../src/engine/scoresheet.ts";
import { scoresheetItem } from "../support/records.ts";

const bedding = scoresheetItem("B1", {
  unit: "bed",
  points: 10,
  byBeds: [
    [3, 30],
    [4, 20],
    [6, 15],
    [8, 10],
  ],
});

describe("scoresheet", () => {
  describe("itemPoints", () => {
    it.each([
      [3, 30],
      [4, 20],
      [6, 15],
      [8, 10],
    ])("weighs a bed of a %d-bed room at %d points, heavier in smaller rooms", (beds, points) => {
      expect(itemPoints(bedding, beds)).toBe(points);
    });

    it("takes the next larger room for a size the sheet does not list", () => {
      expect(itemPoints(bedding, 5)).toBe(15);
      expect(itemPoints(bedding, 2)).toBe(30);
    });

    it("takes the largest room listed for a room larger than all", () => {
      expect(itemPoints(bedding, 12)).toBe(10);
    });

    it("takes the plain points when the room's beds are unknown", () => {
      expect(itemPoints(bedding, undefined)).toBe(10);
    });

    it("ignores room sizes for a per-item item", () => {
      expect(itemPoints({ ...bedding, unit: "item" }, 4)).toBe(10);
    });
  });
});
