import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRevoked } from "../../src/engine/appeals.ts";
import { byDateThenRow } from "../../src/engine/dorm-result.ts";
import { groupByDorm, noteDormPositions } from "../../src/engine/group-by-dorm.ts";
import type { Inspection } from "../../src/engine/records.ts";
import { day, inspection } from "../support/records.ts";

const semester = { first: day("2025-09-01"), last: day("2026-01-31") };

/** Any inspection of one of `dorms`, on a day around the semester. */
function arbInspection(...dorms: string[]) {
  return fc
    .record({
      date: fc.integer({ min: 0, max: 200 }),
      dorm: fc.constantFrom(...dorms),
      row: fc.integer({ min: 2, max: 60 }),
    })
    .map(({ date, dorm, row }) =>
      inspection("2025-08-01", dorm, "pass", row, { day: day("2025-08-01") + date }),
    );
}

describe("group-by-dorm", () => {
  it("gives each dorm its records of the semester, in the order given", () => {
    const list = [
      inspection("2025-09-08", "A", "pass", 2),
      inspection("2025-08-20", "A", "fail", 3), // before the semester
      inspection("2025-09-08", "B", "fail", 4),
      inspection("2025-09-15", "A", "excellent", 5),
    ];
    const groups = groupByDorm(list, semester);
    expect([...groups.keys()]).toEqual(["A", "B"]);
    expect(groups.get("A")?.items.map((i) => i.row)).toEqual([2, 5]);
    expect(groups.get("B")?.items.map((i) => i.row)).toEqual([4]);
  });

  it("says a dorm's records are in order only when each follows the one before by date, then row", () => {
    const groups = groupByDorm(
      [
        inspection("2025-09-08", "A", "pass", 2),
        inspection("2025-09-08", "A", "pass", 3),
        inspection("2025-09-15", "B", "pass", 4),
        inspection("2025-09-08", "B", "pass", 5),
        inspection("2025-09-08", "C", "pass", 7),
        inspection("2025-09-08", "C", "pass", 6),
      ],
      semester,
    );
    expect([...groups.values()].map((g) => g.inOrder)).toEqual([true, false, false]);
  });

  it("notes the dorms with a flagged record, such as an inspection revoked on appeal", () => {
    const groups = groupByDorm(
      [
        inspection("2025-09-08", "A", "fail", 2, { appeal: { outcome: "revoked", reason: "复查有误" } }),
        inspection("2025-09-08", "B", "fail", 3, { appeal: { outcome: "upheld", reason: "" } }),
      ],
      semester,
      isRevoked,
    );
    expect([groups.get("A")?.flagged, groups.get("B")?.flagged]).toEqual([true, false]);
  });

  it("groups as a plain filter per dorm does, for any records", () => {
    fc.assert(
      fc.property(fc.array(arbInspection("A", "B", "C", "D"), { maxLength: 60 }), (list: Inspection[]) => {
        const groups = groupByDorm(list, semester);
        const inSemester = list.filter((i) => i.day >= semester.first && i.day <= semester.last);
        const dorms = [...new Set(inSemester.map((i) => i.dormId))];
        expect([...groups.keys()]).toEqual(dorms);
        for (const dormId of dorms) {
          const expected = inSemester.filter((i) => i.dormId === dormId);
          const group = groups.get(dormId);
          expect(group?.items).toEqual(expected);
          const sorted = [...expected].sort(byDateThenRow);
          expect(group?.inOrder).toBe(sorted.every((i, k) => i === expected[k]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("groups by the reader's dorm positions as by name, whatever positions it was given", () => {
    const dormIds = ["A", "B", "C", "D"];
    // Right positions mostly, and some that name another dorm, no dorm, or lie out of range.
    const arbPosition = fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.integer({ min: -2, max: 6 }) },
    );
    const arbCase = fc
      .array(fc.tuple(arbInspection(...dormIds, "E"), arbPosition), { maxLength: 60 })
      .chain((pairs) => fc.tuple(fc.constant(pairs), fc.integer({ min: -1, max: 1 })));
    fc.assert(
      fc.property(arbCase, ([pairs, stale]) => {
        const list = pairs.map(([i]) => i);
        const positions = Int32Array.from(pairs.map(([i, at]) => at ?? dormIds.indexOf(i.dormId)));
        // A list whose length differs from its positions' is grouped by name alone.
        const given = stale === 0 ? positions : positions.subarray(0, Math.max(0, positions.length + stale));
        noteDormPositions(list, { dormIds, positions: given });
        const byName = groupByDorm([...list], semester, isRevoked);
        const byPosition = groupByDorm(list, semester, isRevoked);
        expect([...byPosition.keys()]).toEqual([...byName.keys()]);
        for (const [dormId, group] of byName) expect(byPosition.get(dormId)).toEqual(group);
      }),
      { numRuns: 500 },
    );
  });
});
