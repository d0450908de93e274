import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/engine/fingerprint.ts";
import { dorms, inspection, member, records } from "../support/records.ts";

/** Plain data as records and settings hold it, and the odd values JSON has rules for. */
const data = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(
      null,
      undefined,
      true,
      false,
      0,
      -0,
      1,
      -1,
      2 ** 31,
      0.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ),
    fc.integer(),
    fc.double(),
    fc.string({ maxLength: 5 }),
    fc.constantFrom("", "0", "null", "3-201", "合格", "\u0000", 'a"b'),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("a", "b", "row", "0", "1", "dormId"), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("fingerprint", () => {
  describe("fingerprint", () => {
    it("is the same for data with the same JSON", () => {
      fc.assert(
        fc.property(data, (value) => {
          const json = JSON.stringify(value);
          if (json === undefined) expect(fingerprint(value)).toBe(fingerprint(undefined));
          else expect(fingerprint(JSON.parse(json))).toBe(fingerprint(value));
        }),
        { numRuns: 2000 },
      );
    });

    it("differs for data whose JSON differs", () => {
      fc.assert(
        fc.property(data, data, (a, b) => {
          fc.pre(JSON.stringify(a) !== JSON.stringify(b));
          expect(fingerprint(a)).not.toBe(fingerprint(b));
        }),
        { numRuns: 2000 },
      );
    });

    it("follows JSON's rules for values it leaves out or writes as null", () => {
      expect(fingerprint({ a: 1, b: undefined, c: () => 1 })).toBe(fingerprint({ a: 1 }));
      expect(fingerprint([undefined, Number.NaN, Number.NEGATIVE_INFINITY])).toBe(
        fingerprint([null, null, null]),
      );
      expect(fingerprint(-0)).toBe(fingerprint(0));
      expect(fingerprint({ when: new Date("2025-09-15T00:00:00Z") })).toBe(
        fingerprint({ when: "2025-09-15T00:00:00.000Z" }),
      );
      expect(fingerprint({ a: 1, b: 2 })).not.toBe(fingerprint({ b: 2, a: 1 }));
      expect(fingerprint(["1"])).not.toBe(fingerprint([1]));
      expect(fingerprint([[], []])).not.toBe(fingerprint([[[]]]));
    });

    it("changes when any field of any record changes", () => {
      const base = records({
        dorms: dorms("3-201", "3-202"),
        members: [member("S1", "3-201")],
        inspections: [
          inspection("2025-09-15", "3-201", "fail", 2),
          inspection("2025-09-16", "3-202", "pass", 3),
        ],
      });
      const digest = fingerprint(base);
      const changed = [
        { ...base, inspections: [base.inspections[0], { ...base.inspections[1], level: "fail" }] },
        { ...base, inspections: [base.inspections[0], { ...base.inspections[1], row: 4 }] },
        { ...base, members: [{ ...base.members[0], name: "name S2" }] },
        { ...base, dorms: base.dorms.slice(0, 1) },
      ];
      for (const other of changed) expect(fingerprint(other)).not.toBe(digest);
      expect(fingerprint(structuredClone(base))).toBe(digest);
    });

    it("is short whatever the size of the data", () => {
      const big = Array.from({ length: 50_000 }, (_, i) => ({
        row: i,
        dormId: `3-${i}`,
        notes: "卫生需加强",
      }));
      expect(fingerprint(big).length).toBeLessThan(24);
    });

    it("refuses what JSON refuses", () => {
      expect(() => fingerprint({ n: 1n })).toThrow(TypeError);
    });
  });
});
