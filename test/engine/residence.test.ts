import { describe, expect, it } from "vitest";
import { dormOn, moveConflicts, residences, staysWithin } from "../../src/engine/residence.ts";
import { day, member, move } from "../support/records.ts";

describe("residence", () => {
  describe("residences", () => {
    it("leaves out members who never moved", () => {
      expect(residences([member("1", "A")], []).size).toBe(0);
      expect(
        residences([member("1", "A"), member("2", "B")], [move("2025-11-01", "1", "C", "A")]).has("2"),
      ).toBe(false);
    });

    it("splits a member's time at each move, ending in the Members tab's dorm", () => {
      const stays = residences(
        [member("1", "C")],
        [move("2026-03-01", "1", "B", "C", 3), move("2025-11-01", "1", "A", "B", 2)],
      ).get("1");
      expect(stays).toEqual([
        { dormId: "A", from: undefined, to: day("2025-10-31"), moveRow: undefined },
        { dormId: "B", from: day("2025-11-01"), to: day("2026-02-28"), moveRow: 2 },
        { dormId: "C", from: day("2026-03-01"), to: undefined, moveRow: 3 },
      ]);
    });

    it("follows the Members tab after the last move when the two disagree", () => {
      const stays = residences([member("1", "Z")], [move("2025-11-01", "1", "A", "B")]).get("1");
      expect(stays?.map((s) => s.dormId)).toEqual(["A", "Z"]);
    });

    it("drops the empty stay of two moves on one day", () => {
      const stays = residences(
        [member("1", "C")],
        [move("2025-11-01", "1", "A", "B", 2), move("2025-11-01", "1", "B", "C", 3)],
      ).get("1");
      expect(stays?.map((s) => s.dormId)).toEqual(["A", "C"]);
    });

    it("does not mutate the moves it is given", () => {
      const moves = [move("2026-03-01", "1", "B", "C", 3), move("2025-11-01", "1", "A", "B", 2)];
      residences([member("1", "C")], moves);
      expect(moves.map((m) => m.row)).toEqual([3, 2]);
    });
  });

  describe("moveConflicts", () => {
    it("names a from dorm that is not where the previous move went", () => {
      expect(
        moveConflicts(
          [move("2025-11-01", "1", "A", "B", 2), move("2026-03-01", "1", "X", "C", 3)],
          [member("1", "C")],
        ),
      ).toEqual([{ row: 3, kind: "from", dormId: "X", expected: "B" }]);
    });

    it("names a last move that does not end in the Members tab's dorm", () => {
      expect(moveConflicts([move("2025-11-01", "1", "A", "B")], [member("1", "C")])).toEqual([
        { row: 2, kind: "last", dormId: "B", expected: "C" },
      ]);
    });

    it("finds nothing when the moves and the Members tab agree", () => {
      expect(moveConflicts([move("2025-11-01", "1", "A", "B")], [member("1", "B")])).toEqual([]);
    });
  });

  describe("staysWithin", () => {
    it("clips stays to a period and drops those outside it", () => {
      const stays = residences([member("1", "B")], [move("2025-11-01", "1", "A", "B")]).get("1") ?? [];
      expect(staysWithin(stays, day("2025-08-01"), day("2026-01-31"))).toEqual([
        { dormId: "A", from: day("2025-08-01"), to: day("2025-10-31"), moveRow: undefined },
        { dormId: "B", from: day("2025-11-01"), to: day("2026-01-31"), moveRow: 2 },
      ]);
      expect(staysWithin(stays, day("2026-02-01"), day("2026-07-31")).map((s) => s.dormId)).toEqual(["B"]);
    });
  });

  describe("dormOn", () => {
    it("is the dorm of the stay that holds the day, the move's day being the new dorm's", () => {
      const stays = residences([member("1", "B")], [move("2025-11-01", "1", "A", "B")]).get("1");
      expect(dormOn(stays, "B", day("2025-10-31"))).toBe("A");
      expect(dormOn(stays, "B", day("2025-11-01"))).toBe("B");
    });

    it("is the present dorm of a member who never moved", () => {
      expect(dormOn(undefined, "B", day("2025-10-31"))).toBe("B");
    });
  });
});
