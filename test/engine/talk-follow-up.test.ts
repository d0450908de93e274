import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day } from "../../src/engine/day.ts";
import { dayOfIso, isoOf } from "../../src/engine/day.ts";
import type { InspectionRef } from "../../src/engine/evidence.ts";
import { isSanctioned, type Member, type Status, type Talk } from "../../src/engine/records.ts";
import { type TalkFollowUp, talkFollowUps } from "../../src/engine/talk-follow-up.ts";
import { day, member, members, plusDays, talk } from "../support/records.ts";

/** R9 as first written: every fail looks through every talk. The indexed one must agree with it. */
function naiveTalkFollowUps(
  fails: readonly InspectionRef[],
  people: readonly Member[],
  talks: readonly Talk[],
  days: number,
  today: Day,
): TalkFollowUp[] {
  const dormOf = new Map(people.filter((m) => isSanctioned(m.status)).map((m) => [m.id, m.dormId]));
  return fails.map((inspection) => {
    const from = dayOfIso(inspection.date) as Day;
    const found = talks
      .filter((t) => dormOf.get(t.studentId) === inspection.dormId && t.day >= from && t.day <= from + days)
      .reduce<Talk | undefined>(
        (best, t) => (!best || (t.day - best.day || t.row - best.row) < 0 ? t : best),
        undefined,
      );
    const status = found ? "followed" : today <= from + days ? "pending" : "missed";
    return { inspection, status, talkRow: found?.row };
  });
}

const FAIL_DATE = "2025-09-10";
const fail = (date = FAIL_DATE, dormId = "3-201", row = 5): InspectionRef => ({
  row,
  date,
  dormId,
  category: "hygiene",
  level: "fail",
});
const people = members(
  ["S1", "3-201", "full"],
  ["S2", "3-201", "activist"],
  ["S3", "3-202", "full"],
  ["S4", "3-201", "probationary"],
);
const longAfter = day("2025-12-01");

describe("talk-follow-up", () => {
  describe("talkFollowUps", () => {
    it("is followed when a member of the dorm records a talk within the days", () => {
      const [f] = talkFollowUps([fail()], people, [talk(plusDays(FAIL_DATE, 3), "S1", 7)], 7, longAfter);
      expect(f?.status).toBe("followed");
      expect(f?.talkRow).toBe(7);
      expect(f?.inspection.row).toBe(5);
    });

    it("counts a talk on the fail day and on the last day of the window", () => {
      for (const offset of [0, 7]) {
        const [f] = talkFollowUps(
          [fail()],
          people,
          [talk(plusDays(FAIL_DATE, offset), "S4", 3)],
          7,
          longAfter,
        );
        expect(f?.status, `talk ${offset} days after`).toBe("followed");
      }
    });

    it("is missed when the talk came a day too late", () => {
      const [f] = talkFollowUps([fail()], people, [talk(plusDays(FAIL_DATE, 8), "S1", 7)], 7, longAfter);
      expect(f?.status).toBe("missed");
      expect(f?.talkRow).toBeUndefined();
    });

    it("does not count a talk held before the fail", () => {
      const [f] = talkFollowUps([fail()], people, [talk(plusDays(FAIL_DATE, -1), "S1", 7)], 7, longAfter);
      expect(f?.status).toBe("missed");
    });

    it("does not count a talk by a member of another dorm", () => {
      const [f] = talkFollowUps([fail()], people, [talk(plusDays(FAIL_DATE, 1), "S3", 7)], 7, longAfter);
      expect(f?.status).toBe("missed");
    });

    it("does not count a talk by an activist of the dorm, who is not a member", () => {
      const [f] = talkFollowUps([fail()], people, [talk(plusDays(FAIL_DATE, 1), "S2", 7)], 7, longAfter);
      expect(f?.status).toBe("missed");
    });

    it("is pending while the window is still open, up to and including its last day", () => {
      const open = talkFollowUps([fail()], people, [], 7, day(plusDays(FAIL_DATE, 7)));
      const closed = talkFollowUps([fail()], people, [], 7, day(plusDays(FAIL_DATE, 8)));
      expect(open[0]?.status).toBe("pending");
      expect(closed[0]?.status).toBe("missed");
    });

    it("uses the follow-up days it is given", () => {
      const talks = [talk(plusDays(FAIL_DATE, 10), "S1", 7)];
      expect(talkFollowUps([fail()], people, talks, 7, longAfter)[0]?.status).toBe("missed");
      expect(talkFollowUps([fail()], people, talks, 14, longAfter)[0]?.status).toBe("followed");
    });

    it("judges each fail on its own, in the order given", () => {
      const result = talkFollowUps(
        [fail("2025-09-10", "3-201", 5), fail("2025-10-10", "3-201", 9), fail("2025-09-10", "3-202", 6)],
        people,
        [talk("2025-09-12", "S1", 2)],
        7,
        longAfter,
      );
      expect(result.map((f) => [f.inspection.row, f.status])).toEqual([
        [5, "followed"],
        [9, "missed"],
        [6, "missed"],
      ]);
    });

    it("names the earliest talk in the window whatever order the talks are listed in", () => {
      const talks = [talk("2025-09-15", "S1", 9), talk("2025-09-12", "S4", 4), talk("2025-09-12", "S1", 3)];
      const forward = talkFollowUps([fail()], people, talks, 7, longAfter);
      const backward = talkFollowUps([fail()], people, [...talks].reverse(), 7, longAfter);
      expect(forward[0]?.talkRow).toBe(3);
      expect(backward[0]?.talkRow).toBe(3);
    });

    it("gives the same answers as looking through every talk for every fail", () => {
      const start = day("2025-09-01");
      const dormId = fc.constantFrom("A", "B", "C");
      const studentId = fc.constantFrom("S1", "S2", "S3", "S4", "S5", "S9");
      const status = fc.constantFrom<Status>("full", "probationary", "activist", "nonMember");
      fc.assert(
        fc.property(
          fc.array(fc.tuple(studentId, dormId, status), { maxLength: 8 }),
          fc.array(fc.tuple(fc.nat({ max: 30 }), dormId, fc.nat({ max: 200 })), { maxLength: 12 }),
          fc.array(fc.tuple(fc.nat({ max: 40 }), studentId, fc.nat({ max: 200 })), { maxLength: 12 }),
          fc.nat({ max: 10 }),
          fc.nat({ max: 50 }),
          (people, failSpecs, talkSpecs, days, todayOffset) => {
            const persons = people.map(([id, dorm, s], i) => member(id, dorm, s, { row: i + 2 }));
            const fails = failSpecs.map(([offset, dorm, row]) => fail(isoOf(start + offset), dorm, row));
            const talks = talkSpecs.map(([offset, id, row]) => talk(isoOf(start + offset), id, row));
            const today = start + todayOffset;
            expect(talkFollowUps(fails, persons, talks, days, today)).toEqual(
              naiveTalkFollowUps(fails, persons, talks, days, today),
            );
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});
