import { describe, expect, it } from "vitest";
import { clearFails, unclearable } from "../../src/engine/clearing.ts";
import { inspection, series, settings } from "../support/records.ts";

const on = (n: number, tiers = "校级") => settings({ clearAfterExcellents: n, unclearableTiers: tiers });

describe("clearing", () => {
  describe("clearFails", () => {
    it("clears nothing when the setting is 0, the default", () => {
      const ordered = series("A", "2025-09-01", "feee");
      expect(clearFails(ordered, settings())).toEqual({ record: ordered, cleared: [] });
    });

    it("clears one fail after N excellent inspections that follow it", () => {
      const ordered = series("A", "2025-09-01", "fepee");
      const { record, cleared } = clearFails(ordered, on(3));
      expect(record.map((i) => i.level)).toEqual(["excellent", "pass", "excellent", "excellent"]);
      expect(cleared).toHaveLength(1);
      expect(cleared[0]?.fail.row).toBe(2);
      expect(cleared[0]?.by.map((i) => i.row)).toEqual([3, 5, 6]);
    });

    it("does not count excellents that came before the fail", () => {
      const { cleared } = clearFails(series("A", "2025-09-01", "eeefee"), on(3));
      expect(cleared).toEqual([]);
    });

    it("clears the oldest fail first, each excellent counting once", () => {
      const { cleared } = clearFails(series("A", "2025-09-01", "fefeeeee"), on(3));
      expect(cleared.map((c) => c.fail.row)).toEqual([2, 4]);
      expect(cleared.map((c) => c.by.map((i) => i.row))).toEqual([
        [3, 5, 6],
        [7, 8, 9],
      ]);
    });

    it("never clears a fail of a level the setting lists, whatever its spelling", () => {
      const ordered = [
        inspection("2025-09-01", "A", "fail", 2, { tier: " 校级 " }),
        inspection("2025-09-08", "A", "fail", 3, { tier: "院级" }),
        ...series("A", "2025-09-15", "eee", { firstRow: 4 }),
      ];
      const { record, cleared } = clearFails(ordered, on(3, "校级，School"));
      expect(cleared.map((c) => c.fail.row)).toEqual([3]);
      expect(record.map((i) => i.row)).toEqual([2, 4, 5, 6]);
    });

    it("does not mutate the inspections it is given", () => {
      const ordered = series("A", "2025-09-01", "feee");
      const copy = [...ordered];
      clearFails(ordered, on(3));
      expect(ordered).toEqual(copy);
    });
  });

  describe("unclearable", () => {
    it("reads a list separated by commas, 、 or spaces, ignoring case and width", () => {
      expect([...unclearable("校级、 SCHOOL ,市级")]).toEqual(["校级", "school", "市级"]);
    });
  });
});
