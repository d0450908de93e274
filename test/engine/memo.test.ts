import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoized } from "../../src/engine/memo.ts";

describe("memo", () => {
  describe("memoized", () => {
    it("computes each answer once", () => {
      const asked: string[] = [];
      const upper = memoized((s: string) => {
        asked.push(s);
        return s.toUpperCase();
      });
      expect([upper("a"), upper("b"), upper("a"), upper("a")]).toEqual(["A", "B", "A", "A"]);
      expect(asked).toEqual(["a", "b"]);
    });

    it("remembers an undefined answer too", () => {
      let calls = 0;
      const nothing = memoized((_: number) => {
        calls++;
        return undefined;
      });
      nothing(1);
      nothing(2);
      nothing(1);
      nothing(1);
      expect(calls).toBe(2);
    });

    it("keeps at most the limit of answers and still answers right past it", () => {
      let calls = 0;
      const double = memoized((n: number) => {
        calls++;
        return 2 * n;
      }, 3);
      for (const n of [1, 2, 3, 4, 1]) expect(double(n)).toBe(2 * n);
      // 4 did not fit beside 1, 2 and 3, so the memo started afresh and 1 was computed again.
      expect(calls).toBe(5);
    });

    it("answers as the function does for any keys, computing each once, repeats included", () => {
      const key = fc.oneof(
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom("a", "b", "", Number.NaN, undefined),
      );
      fc.assert(
        fc.property(fc.array(key, { maxLength: 40 }), (keys) => {
          const asked: unknown[] = [];
          const described = memoized((k: unknown) => {
            asked.push(k);
            return k === undefined ? undefined : `${typeof k}:${String(k)}`;
          });
          for (const k of keys)
            expect(described(k)).toBe(k === undefined ? undefined : `${typeof k}:${String(k)}`);
          expect(asked).toEqual([...new Set(keys)]);
        }),
      );
    });
  });
});
