import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currentSemester, type Evaluation, evaluate } from "../../src/engine/evaluate.ts";
import type { Level } from "../../src/engine/level.ts";
import type { Inspection, Records, Status, Talk, Visit } from "../../src/engine/records.ts";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import {
  day,
  dorm,
  dorms,
  inspection,
  member,
  members,
  plusDays,
  records,
  series,
  settings,
  talk,
  visit,
} from "../support/records.ts";

const TODAY = day("2026-07-01");
const dormOf = (e: Evaluation, id: string) => e.dorms.find((d) => d.dormId === id);
const memberOf = (e: Evaluation, id: string) => e.members.find((m) => m.studentId === id);

describe("evaluate", () => {
  describe("currentSemester", () => {
    it("is the semester the settings name", () => {
      const s = currentSemester(
        records({ inspections: series("A", "2026-03-01", "p") }),
        settings({ currentSemester: "2024-2025-1" }),
        TODAY,
      );
      expect(s.id).toBe("2024-2025-1");
    });

    it("is the latest semester with an inspection when the setting is blank", () => {
      const inspections = [
        inspection("2025-09-01", "A", "pass", 2),
        inspection("2026-02-03", "A", "pass", 3),
      ];
      expect(currentSemester(records({ inspections }), DEFAULT_SETTINGS, day("2027-01-01")).id).toBe(
        "2025-2026-2",
      );
    });

    it("picks the latest by date, not the last row", () => {
      const inspections = [
        inspection("2026-02-03", "A", "pass", 2),
        inspection("2025-09-01", "A", "pass", 3),
      ];
      expect(currentSemester(records({ inspections }), DEFAULT_SETTINGS, TODAY).id).toBe("2025-2026-2");
    });

    it("is today's semester when there are no inspections", () => {
      expect(currentSemester(records(), DEFAULT_SETTINGS, day("2025-10-01")).id).toBe("2025-2026-1");
    });

    it("follows custom start months", () => {
      const inspections = [inspection("2026-02-20", "A", "pass", 2)];
      const sept = settings({ semester1StartMonth: 9, semester2StartMonth: 3 });
      expect(currentSemester(records({ inspections }), sept, TODAY).id).toBe("2025-2026-1");
      expect(currentSemester(records({ inspections }), DEFAULT_SETTINGS, TODAY).id).toBe("2025-2026-2");
    });
  });

  describe("evaluate", () => {
    describe("R0 semesters", () => {
      it("counts only the inspections of the semester it shows", () => {
        const e = evaluate(
          records({
            dorms: dorms("A"),
            members: members(["S1", "A"]),
            inspections: [
              ...series("A", "2025-09-01", "ff"),
              ...series("A", "2026-03-02", "p", { firstRow: 4 }),
            ],
          }),
          DEFAULT_SETTINGS,
          TODAY,
        );
        expect(e.semester.id).toBe("2025-2026-2");
        expect([dormOf(e, "A")?.count, dormOf(e, "A")?.grade]).toEqual([1, "pass"]);
        expect(memberOf(e, "S1")?.eligibility).toBe("kept");
      });

      it("never runs a streak across a semester boundary", () => {
        const r = records({
          dorms: dorms("A"),
          members: members(["S1", "A"]),
          inspections: [inspection("2026-01-30", "A", "fail", 2), inspection("2026-02-03", "A", "fail", 3)],
        });
        for (const id of ["2025-2026-1", "2025-2026-2"]) {
          const e = evaluate(r, DEFAULT_SETTINGS, TODAY, id);
          expect(dormOf(e, "A")?.longestStreak, id).toBe(1);
          expect(dormOf(e, "A")?.streakLimit, id).toBeUndefined();
          expect(memberOf(e, "S1")?.eligibility, id).toBe("kept");
        }
      });

      it("never adds up fails across a semester boundary", () => {
        const r = records({
          dorms: dorms("A"),
          inspections: [
            ...series("A", "2025-12-01", "fpf"),
            ...series("A", "2026-02-02", "fpf", { firstRow: 5 }),
          ],
        });
        expect(dormOf(evaluate(r, DEFAULT_SETTINGS, TODAY, "2025-2026-1"), "A")?.fails).toBe(2);
        expect(dormOf(evaluate(r, DEFAULT_SETTINGS, TODAY, "2025-2026-2"), "A")?.totalLimit).toBeUndefined();
      });

      it("shows the semester named by the setting", () => {
        const r = records({ dorms: dorms("A"), inspections: series("A", "2025-09-01", "ff") });
        const e = evaluate(r, settings({ currentSemester: "2025-2026-1" }), TODAY);
        expect(e.semester.id).toBe("2025-2026-1");
        expect(dormOf(e, "A")?.grade).toBe("fail");
      });

      it("lets an explicit semester, in either spelling, win over the setting", () => {
        const r = records({ dorms: dorms("A"), inspections: series("A", "2026-03-02", "ee") });
        const s = settings({ currentSemester: "2025-2026-1" });
        expect(evaluate(r, s, TODAY, "2025-2026学年第二学期").semester.id).toBe("2025-2026-2");
        expect(dormOf(evaluate(r, s, TODAY, "2025-2026-2"), "A")?.grade).toBe("excellent");
      });

      it("moves the boundary with custom start months", () => {
        const r = records({
          dorms: dorms("A"),
          inspections: [inspection("2026-02-20", "A", "fail", 2), inspection("2026-02-27", "A", "fail", 3)],
        });
        const sept = settings({ semester1StartMonth: 9, semester2StartMonth: 3 });
        const e = evaluate(r, sept, TODAY);
        expect(e.semester.id).toBe("2025-2026-1");
        expect(dormOf(e, "A")?.grade).toBe("fail");
      });
    });

    describe("R1 and R2 through the whole workbook", () => {
      it("gives every full and probationary member of a dorm one criticism per fail and one praise per excellent", () => {
        const e = evaluate(
          records({
            dorms: dorms("A", "B"),
            members: members(["S1", "A", "full"], ["S2", "A", "probationary"], ["S3", "B", "full"]),
            inspections: [
              inspection("2025-09-01", "A", "fail", 2),
              inspection("2025-09-02", "B", "fail", 3),
              inspection("2025-09-08", "A", "excellent", 4),
              inspection("2025-09-15", "A", "fail", 5),
            ],
          }),
          DEFAULT_SETTINGS,
          TODAY,
          "2025-2026-1",
        );
        for (const id of ["S1", "S2"]) {
          expect(memberOf(e, id)?.criticisms.map((c) => [c.row, c.date])).toEqual([
            [2, "2025-09-01"],
            [5, "2025-09-15"],
          ]);
          expect(memberOf(e, id)?.praises.map((p) => [p.row, p.date])).toEqual([[4, "2025-09-08"]]);
        }
        expect(memberOf(e, "S3")?.criticisms.map((c) => c.row)).toEqual([3]);
      });
    });

    describe("R4 through the whole workbook", () => {
      it("makes full members unqualified and probationary members unqualified with extension, each with a deadline", () => {
        const e = evaluate(
          records({
            dorms: dorms("A"),
            members: [
              member("S1", "A", "full", { contact: "王老师" }),
              member("S2", "A", "probationary", { row: 3, contact: "李老师" }),
            ],
            inspections: series("A", "2025-09-01", "fpfpfpf"),
          }),
          settings({ correctionDays: 10 }),
          TODAY,
          "2025-2026-1",
        );
        expect(memberOf(e, "S1")?.assessment).toBe("fullUnqualified");
        expect(memberOf(e, "S2")?.assessment).toBe("probationUnqualified");
        expect(memberOf(e, "S1")?.action).toEqual({ deadline: "2025-10-23", contact: "王老师" });
        expect(memberOf(e, "S2")?.action).toEqual({ deadline: "2025-10-23", contact: "李老师" });
      });
    });

    describe("R4 across the academic year", () => {
      const year = records({
        dorms: dorms("A"),
        members: [
          member("S1", "A", "full"),
          member("S2", "A", "probationary", { row: 3 }),
          member("S3", "A", "activist", { row: 4 }),
        ],
        // Four scattered fails in the autumn, then a clean spring.
        inspections: [
          ...series("A", "2025-09-01", "fpfpfpf"),
          ...series("A", "2026-03-02", "pp", { firstRow: 20 }),
        ],
      });

      it("keeps the annual assessment and probation review unqualified in the second semester of that year", () => {
        const e = evaluate(year, DEFAULT_SETTINGS, TODAY, "2025-2026-2");
        expect(memberOf(e, "S1")?.assessment).toBe("fullUnqualified");
        expect(memberOf(e, "S2")?.assessment).toBe("probationUnqualified");
        expect(memberOf(e, "S1")?.assessmentEvidence.map((i) => i.date)).toEqual([
          "2025-09-01",
          "2025-09-15",
          "2025-09-29",
          "2025-10-13",
        ]);
        expect(memberOf(e, "S3")?.assessment).toBeUndefined();
      });

      it("leaves the autumn's action item, criticisms and revoked eligibility in the autumn", () => {
        const e = evaluate(year, DEFAULT_SETTINGS, TODAY, "2025-2026-2");
        expect(memberOf(e, "S1")?.action).toBeUndefined();
        expect(memberOf(e, "S1")?.criticisms).toEqual([]);
        expect(memberOf(e, "S1")?.eligibility).toBe("kept");
      });

      it("starts the next academic year afresh", () => {
        const next = records({
          ...year,
          inspections: [...year.inspections, ...series("A", "2026-09-07", "p", { firstRow: 40 })],
        });
        expect(
          memberOf(evaluate(next, DEFAULT_SETTINGS, day("2026-10-01"), "2026-2027-1"), "S1")?.assessment,
        ).toBeUndefined();
      });
    });

    describe("R7 activists, candidates and non-members", () => {
      it("never sanctions activists and candidates in a dorm that fails everything, but reviews them", () => {
        const e = evaluate(
          records({
            dorms: dorms("A"),
            members: members(
              ["S1", "A", "full"],
              ["S2", "A", "activist"],
              ["S3", "A", "candidate"],
              ["S4", "A", "nonMember"],
            ),
            inspections: series("A", "2025-09-01", "ffffff"),
          }),
          DEFAULT_SETTINGS,
          TODAY,
          "2025-2026-1",
        );
        expect(memberOf(e, "S1")).toMatchObject({ eligibility: "revoked", assessment: "fullUnqualified" });
        for (const id of ["S2", "S3"]) {
          const m = memberOf(e, id);
          expect(m?.criticisms, id).toEqual([]);
          expect(m?.eligibility, id).not.toBe("revoked");
          expect(m?.assessment, id).toBeUndefined();
          expect(m?.action, id).toBeUndefined();
          expect(m?.review, id).toEqual({ grade: "fail", fails: 6, excellents: 0 });
        }
        expect(memberOf(e, "S4")).toMatchObject({
          criticisms: [],
          eligibility: undefined,
          assessment: undefined,
          review: undefined,
        });
      });

      it("leaves out members whose dorm is not on the Dorms tab", () => {
        const e = evaluate(
          records({ dorms: dorms("A"), members: members(["S1", "A"], ["S2", "Z"]) }),
          DEFAULT_SETTINGS,
          TODAY,
        );
        expect(e.members.map((m) => m.studentId)).toEqual(["S1"]);
      });
    });

    describe("R8 warnings", () => {
      it("warns only member dorms", () => {
        const e = evaluate(
          records({
            dorms: dorms("A", "B", "C"),
            members: members(["S1", "A", "probationary"], ["S2", "B", "activist"]),
            inspections: [
              ...series("A", "2025-09-01", "f"),
              ...series("B", "2025-09-01", "f", { firstRow: 3 }),
              ...series("C", "2025-09-01", "f", { firstRow: 4 }),
            ],
          }),
          DEFAULT_SETTINGS,
          TODAY,
          "2025-2026-1",
        );
        expect(dormOf(e, "A")?.warnings.map((w) => w.kind)).toEqual(["streak"]);
        expect(dormOf(e, "B")?.warnings).toEqual([]);
        expect(dormOf(e, "C")?.warnings).toEqual([]);
        expect([dormOf(e, "A")?.memberDorm, dormOf(e, "B")?.memberDorm]).toEqual([true, false]);
      });
    });

    describe("R9 talk follow-up", () => {
      it("follows up only the fails of member dorms, by talks of that dorm's members", () => {
        const e = evaluate(
          records({
            dorms: dorms("A", "B", "C"),
            members: members(["S1", "A"], ["S2", "B"], ["S3", "C", "activist"]),
            inspections: [
              inspection("2025-09-01", "A", "fail", 2),
              inspection("2025-09-01", "B", "fail", 3),
              inspection("2025-09-01", "C", "fail", 4),
              inspection("2025-09-02", "A", "pass", 5),
              inspection("2025-12-25", "A", "fail", 6),
            ],
            talks: [talk("2025-09-03", "S1", 2), talk("2025-09-03", "S3", 3)],
          }),
          DEFAULT_SETTINGS,
          day("2025-12-28"),
          "2025-2026-1",
        );
        const byRow = new Map(e.talkFollowUps.map((f) => [f.inspection.row, f]));
        expect([...byRow.keys()].sort()).toEqual([2, 3, 6]);
        expect(byRow.get(2)).toMatchObject({ status: "followed", talkRow: 2 });
        expect(byRow.get(3)?.status).toBe("missed");
        expect(byRow.get(6)?.status).toBe("pending");
      });

      it("uses the follow-up days from settings", () => {
        const r = records({
          dorms: dorms("A"),
          members: members(["S1", "A"]),
          inspections: series("A", "2025-09-01", "f"),
          talks: [talk("2025-09-11", "S1", 2)],
        });
        expect(evaluate(r, DEFAULT_SETTINGS, TODAY, "2025-2026-1").talkFollowUps[0]?.status).toBe("missed");
        expect(
          evaluate(r, settings({ talkFollowUpDays: 10 }), TODAY, "2025-2026-1").talkFollowUps[0]?.status,
        ).toBe("followed");
      });
    });

    describe("R10 plaques", () => {
      it("decides each dorm's plaque from who lives there", () => {
        const e = evaluate(
          records({
            dorms: [
              dorm("A", { row: 2, plaque: false }),
              dorm("B", { row: 3, plaque: true }),
              dorm("C", { row: 4, plaque: true, plaqueCondition: "lost" }),
              dorm("D", { row: 5, plaque: true }),
              dorm("E", { row: 6, plaque: false }),
            ],
            members: members(
              ["S1", "A", "probationary"],
              ["S2", "B", "candidate"],
              ["S3", "C"],
              ["S4", "D"],
              ["S5", "E", "nonMember"],
            ),
          }),
          DEFAULT_SETTINGS,
          TODAY,
        );
        expect(e.dorms.map((d) => [d.dormId, d.plaque])).toEqual([
          ["A", "hang"],
          ["B", "takeDown"],
          ["C", "reissue"],
          ["D", "ok"],
          ["E", "none"],
        ]);
      });
    });

    describe("R11 contact visits", () => {
      it("counts each dorm's visits in the semester only, in date then row order", () => {
        const e = evaluate(
          records({
            dorms: dorms("A", "B"),
            visits: [
              visit("2025-10-10", "A", 4),
              visit("2025-07-30", "A", 2),
              visit("2025-09-10", "A", 6),
              visit("2025-09-10", "A", 5),
              visit("2026-02-01", "A", 7),
              visit("2025-11-11", "B", 3),
            ],
          }),
          settings({ visitsPerSemester: 3 }),
          TODAY,
          "2025-2026-1",
        );
        expect(dormOf(e, "A")?.visits.map((v) => v.row)).toEqual([5, 6, 4]);
        expect(dormOf(e, "B")?.visits.map((v) => v.row)).toEqual([3]);
        expect(dormOf(e, "A")?.visitsRequired).toBe(3);
      });
    });

    it("reports the semester, settings and today it used", () => {
      const s = settings({ department: "电子工程系" });
      const e = evaluate(records(), s, TODAY, "2025-2026-2");
      expect([e.semester.id, e.settings.department, e.today]).toEqual(["2025-2026-2", "电子工程系", TODAY]);
    });

    describe("scores and statuses", () => {
      const nobodyIn = (date: string, dormId: string, row: number) => ({
        row,
        day: day(date),
        dormId,
        category: "hygiene",
        inspector: "",
        notes: "",
      });

      it("counts 无人 apart: no inspection, never a fail, and no break in a streak", () => {
        const e = evaluate(
          records({
            dorms: dorms("A"),
            members: members(["S1", "A"]),
            inspections: [inspection("2025-09-01", "A", "fail", 2), inspection("2025-09-15", "A", "fail", 4)],
            nobodyIn: [nobodyIn("2025-09-08", "A", 3), nobodyIn("2025-03-01", "A", 5)],
          }),
          DEFAULT_SETTINGS,
          TODAY,
          "2025-2026-1",
        );
        const a = dormOf(e, "A");
        expect([a?.count, a?.fails, a?.nobodyIn, a?.longestStreak]).toEqual([2, 2, 1, 2]);
        expect(memberOf(e, "S1")?.eligibility).toBe("revoked");
      });

      it("fails a refusal like any fail: two refusals in a row revoke eligibility, named as refused in the evidence", () => {
        const refused = (date: string, row: number) =>
          inspection(date, "A", "fail", row, { score: 0, basis: "refused" });
        const e = evaluate(
          records({
            dorms: dorms("A"),
            members: members(["S1", "A"]),
            inspections: [refused("2025-09-01", 2), refused("2025-09-08", 3)],
          }),
          DEFAULT_SETTINGS,
          TODAY,
          "2025-2026-1",
        );
        expect(memberOf(e, "S1")?.eligibility).toBe("revoked");
        expect(memberOf(e, "S1")?.eligibilityEvidence.map((r) => [r.row, r.refused, r.score])).toEqual([
          [2, true, 0],
          [3, true, 0],
        ]);
      });

      it("carries an inspection's items into the evidence of the consequence they caused", () => {
        const items = [
          {
            code: "S1",
            name: "违章电器",
            category: "安全",
            unit: "item" as const,
            count: 1,
            points: 100,
            veto: true,
            remark: "热得快",
          },
        ];
        const e = evaluate(
          records({
            dorms: dorms("A"),
            members: members(["S1", "A"]),
            inspections: [
              inspection("2025-09-01", "A", "fail", 2, { score: 0, basis: "items", deductions: items }),
              inspection("2025-09-08", "A", "fail", 3, { score: 40 }),
            ],
          }),
          DEFAULT_SETTINGS,
          TODAY,
          "2025-2026-1",
        );
        const evidence = memberOf(e, "S1")?.eligibilityEvidence ?? [];
        expect(evidence[0]?.deductions).toEqual(items);
        expect(evidence[1]).not.toHaveProperty("deductions");
        expect(evidence[1]?.score).toBe(40);
      });

      it("gives each dorm the mean of its scored inspections in the semester, to one decimal", () => {
        const e = evaluate(
          records({
            dorms: dorms("A", "B"),
            inspections: [
              inspection("2025-09-01", "A", "pass", 2, { score: 80 }),
              inspection("2025-09-08", "A", "excellent", 3, { score: 95 }),
              inspection("2025-09-15", "A", "pass", 4),
              inspection("2025-03-01", "A", "fail", 5, { score: 10 }),
              inspection("2025-09-01", "B", "pass", 6),
            ],
          }),
          DEFAULT_SETTINGS,
          TODAY,
          "2025-2026-1",
        );
        expect([dormOf(e, "A")?.meanScore, dormOf(e, "B")?.meanScore]).toEqual([87.5, undefined]);
      });
    });

    describe("properties", () => {
      const levels: Level[] = ["excellent", "pass", "fail"];
      const statuses: Status[] = ["full", "probationary", "candidate", "activist", "nonMember"];
      const DORMS = ["A", "B", "C"];
      const FIRST = "2025-09-01";

      const arbRecords: fc.Arbitrary<Records> = fc
        .record({
          statuses: fc.array(fc.tuple(fc.constantFrom(...DORMS), fc.constantFrom(...statuses)), {
            minLength: 1,
            maxLength: 6,
          }),
          inspections: fc.array(
            fc.tuple(fc.constantFrom(...DORMS), fc.integer({ min: 0, max: 40 }), fc.constantFrom(...levels)),
            { maxLength: 20 },
          ),
          visits: fc.array(fc.tuple(fc.constantFrom(...DORMS), fc.integer({ min: -30, max: 200 })), {
            maxLength: 6,
          }),
          talks: fc.array(fc.tuple(fc.nat({ max: 3 }), fc.integer({ min: 0, max: 45 })), { maxLength: 10 }),
          plaques: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        })
        .map((g) => {
          const ms = g.statuses.map(([d, s], i) => member(`S${i}`, d, s, { row: i + 2 }));
          return records({
            dorms: DORMS.map((id, i) => dorm(id, { row: i + 2, plaque: g.plaques[i] ?? false })),
            members: ms,
            inspections: g.inspections.map(
              ([d, offset, level], i): Inspection => inspection(plusDays(FIRST, offset), d, level, i + 2),
            ),
            visits: g.visits.map(([d, offset], i): Visit => visit(plusDays(FIRST, offset), d, i + 2)),
            talks: g.talks.map(([who, offset], i): Talk => talk(plusDays(FIRST, offset), `S${who}`, i + 2)),
          });
        });

      const shuffle = <T>(items: readonly T[]) =>
        fc.shuffledSubarray([...items], { minLength: items.length });

      /** The evaluation with every list put in a canonical order. */
      function canonical(e: Evaluation) {
        return {
          ...e,
          dorms: [...e.dorms].sort((a, b) => a.dormId.localeCompare(b.dormId)),
          members: [...e.members].sort((a, b) => a.studentId.localeCompare(b.studentId)),
          talkFollowUps: [...e.talkFollowUps].sort((a, b) => a.inspection.row - b.inspection.row),
        };
      }

      it("does not mutate its input", () => {
        fc.assert(
          fc.property(arbRecords, fc.integer({ min: 1, max: 4 }), (r, limit) => {
            const before = structuredClone(r);
            const frozen = deepFreeze(structuredClone(r));
            evaluate(frozen, settings({ consecutiveFailLimit: limit }), TODAY);
            evaluate(r, settings({ consecutiveFailLimit: limit }), TODAY);
            expect(r).toEqual(before);
          }),
        );
      });

      it("gives the same results whatever order the same rows are listed in", () => {
        fc.assert(
          fc.property(
            arbRecords.chain((r) =>
              fc.tuple(
                fc.constant(r),
                fc.record({
                  dorms: shuffle(r.dorms),
                  members: shuffle(r.members),
                  inspections: shuffle(r.inspections),
                  visits: shuffle(r.visits),
                  talks: shuffle(r.talks),
                }),
              ),
            ),
            ([r, shuffled]) => {
              expect(canonical(evaluate(shuffled, DEFAULT_SETTINGS, TODAY))).toEqual(
                canonical(evaluate(r, DEFAULT_SETTINGS, TODAY)),
              );
            },
          ),
          { numRuns: 300 },
        );
      });

      it('grades a dorm "fail" exactly when a streak or the total reaches its limit, in the semester shown', () => {
        fc.assert(
          fc.property(
            arbRecords,
            fc.integer({ min: 1, max: 4 }),
            fc.integer({ min: 1, max: 6 }),
            (r, streak, total) => {
              const s = settings({ consecutiveFailLimit: streak, semesterFailLimit: total });
              const e = evaluate(r, s, TODAY, "2025-2026-1");
              for (const d of e.dorms) {
                const levelsInOrder = r.inspections
                  .filter((i) => i.dormId === d.dormId)
                  .sort((a, b) => a.day - b.day || a.row - b.row)
                  .map((i) => i.level);
                let run = 0;
                let longest = 0;
                for (const l of levelsInOrder) {
                  run = l === "fail" ? run + 1 : 0;
                  longest = Math.max(longest, run);
                }
                const fails = levelsInOrder.filter((l) => l === "fail").length;
                expect(d.grade === "fail").toBe(longest >= streak || fails >= total);
              }
            },
          ),
        );
      });
    });
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
