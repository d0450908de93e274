import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currentSemester, type Evaluation, evaluate } from "../../src/engine/evaluate.ts";
import type { Level } from "../../src/engine/level.ts";
import type { Inspection, Records, Status, Talk, Visit } from "../../src/engine/records.ts";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import {
  assignment,
  day,
  dorm,
  dorms,
  inspection,
  member,
  members,
  move,
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
  describe("moves", () => {
    // A and B each fail twice in a row in September; m1 lives in A until moving to B on 11-01.
    const moved = records({
      dorms: dorms("A", "B"),
      members: [
        member("m1", "B", "full", { row: 2 }),
        member("a", "A", "full", { row: 3 }),
        member("b", "B", "full", { row: 4 }),
      ],
      inspections: [
        inspection("2025-09-08", "A", "fail", 2),
        inspection("2025-09-15", "A", "fail", 3),
        inspection("2025-09-22", "B", "fail", 4),
        inspection("2025-09-29", "B", "fail", 5),
        inspection("2025-11-03", "B", "excellent", 6),
        inspection("2025-11-10", "A", "fail", 7),
      ],
      moves: [move("2025-11-01", "m1", "A", "B")],
    });
    const e = evaluate(moved, DEFAULT_SETTINGS, day("2026-01-20"), "2025-2026-1");

    it("splits a mid-semester move: each consequence follows the dorm lived in on the inspection's day", () => {
      const m1 = memberOf(e, "m1");
      expect(m1?.criticisms.map((i) => [i.dormId, i.row])).toEqual([
        ["A", 2],
        ["A", 3],
      ]);
      expect(m1?.praises.map((i) => [i.dormId, i.row])).toEqual([["B", 6]]);
      expect(m1?.eligibility).toBe("revoked");
      expect(m1?.eligibilityEvidence.map((i) => [i.dormId, i.date])).toEqual([
        ["A", "2025-09-08"],
        ["A", "2025-09-15"],
      ]);
    });

    it("keeps the members who stayed answering for their own dorm", () => {
      expect(memberOf(e, "a")?.criticisms.map((i) => i.row)).toEqual([2, 3, 7]);
      expect(memberOf(e, "b")?.eligibilityEvidence.map((i) => i.row)).toEqual([4, 5]);
    });

    it("says where the member lived, for the evidence", () => {
      expect(e.stays.get("m1")).toEqual([
        { dormId: "A", from: day("2025-08-01"), to: day("2025-10-31"), moveRow: undefined },
        { dormId: "B", from: day("2025-11-01"), to: day("2026-01-31"), moveRow: 2 },
      ]);
      expect(e.stays.has("a")).toBe(false);
    });

    it("gives a member who moved after the semester the old dorm's whole record in it", () => {
      const before = evaluate(
        records({ ...moved, moves: [move("2026-02-10", "m1", "A", "B")] }),
        DEFAULT_SETTINGS,
        day("2026-01-20"),
        "2025-2026-1",
      );
      expect(memberOf(before, "m1")?.criticisms.map((i) => i.row)).toEqual([2, 3, 7]);
    });

    it("behaves as without moves for members who never moved", () => {
      const without = evaluate(
        records({ ...moved, moves: [] }),
        DEFAULT_SETTINGS,
        day("2026-01-20"),
        "2025-2026-1",
      );
      expect(memberOf(e, "a")).toEqual(memberOf(without, "a"));
      expect(memberOf(e, "b")).toEqual(memberOf(without, "b"));
      expect(e.dorms).toEqual(without.dorms);
    });

    it("carries a first-semester R4 reached in the old dorm into the second semester's assessment", () => {
      const year = records({
        dorms: dorms("A", "B"),
        members: [member("m1", "B")],
        inspections: [...series("A", "2025-09-01", "fpfpfpf"), inspection("2026-03-02", "B", "pass", 20)],
        moves: [move("2025-12-01", "m1", "A", "B")],
      });
      const spring = evaluate(year, DEFAULT_SETTINGS, day("2026-07-01"), "2025-2026-2");
      expect(memberOf(spring, "m1")?.assessment).toBe("fullUnqualified");
      expect(memberOf(spring, "m1")?.assessmentEvidence.map((i) => i.dormId)).toEqual(["A", "A", "A", "A"]);
      expect(memberOf(spring, "m1")?.action).toBeUndefined();
    });
  });

  describe("appeals", () => {
    const revoke = (reason: string) => ({ appeal: { outcome: "revoked" as const, reason } });

    it("restores eligibility when one fail of the streak is revoked, and lists the revoked row", () => {
      const data = records({
        dorms: dorms("A"),
        members: members(["m", "A"]),
        inspections: [
          inspection("2025-10-13", "A", "fail", 2),
          inspection("2025-10-20", "A", "fail", 3, revoke("复查确认记录有误")),
        ],
      });
      const e = evaluate(data, DEFAULT_SETTINGS, day("2026-01-20"));
      expect(memberOf(e, "m")?.eligibility).toBe("kept");
      expect(memberOf(e, "m")?.criticisms.map((i) => i.row)).toEqual([2]);
      expect(dormOf(e, "A")?.fails).toBe(1);
      expect(dormOf(e, "A")?.revoked).toEqual([
        {
          inspection: { row: 3, date: "2025-10-20", dormId: "A", category: "hygiene", level: "fail" },
          reason: "复查确认记录有误",
        },
      ]);
    });

    it("counts an inspection whose appeal was upheld", () => {
      const data = records({
        dorms: dorms("A"),
        members: members(["m", "A"]),
        inspections: [
          inspection("2025-10-13", "A", "fail", 2),
          inspection("2025-10-20", "A", "fail", 3, { appeal: { outcome: "upheld", reason: "" } }),
        ],
      });
      expect(memberOf(evaluate(data, DEFAULT_SETTINGS, day("2026-01-20")), "m")?.eligibility).toBe("revoked");
    });

    it("takes a revoked pass out of the sequence too, so the fails around it run together", () => {
      const data = records({
        dorms: dorms("A"),
        members: members(["m", "A"]),
        inspections: [
          inspection("2025-10-13", "A", "fail", 2),
          inspection("2025-10-16", "A", "pass", 3, revoke("当天未检查")),
          inspection("2025-10-20", "A", "fail", 4),
        ],
      });
      expect(memberOf(evaluate(data, DEFAULT_SETTINGS, day("2026-01-20")), "m")?.eligibility).toBe("revoked");
    });
  });

  describe("fail clearing", () => {
    const clearing = settings({ clearAfterExcellents: 3 });
    const data = records({
      dorms: dorms("A"),
      members: members(["m", "A"], ["x", "A", "activist"]),
      inspections: series("A", "2025-09-01", "ffeee"),
    });

    it("clears a fail after N excellents: the streak is gone, the criticism stands", () => {
      const e = evaluate(data, clearing, day("2026-01-20"));
      const m = memberOf(e, "m");
      expect(m?.eligibility).toBe("kept");
      expect(m?.criticisms.map((i) => i.row)).toEqual([2, 3]);
      expect(dormOf(e, "A")?.fails).toBe(1);
      expect(dormOf(e, "A")?.cleared.map((c) => [c.fail.row, c.by.map((i) => i.row)])).toEqual([
        [2, [4, 5, 6]],
      ]);
      expect(memberOf(e, "x")?.review).toEqual({ grade: "pass", fails: 1, excellents: 3 });
    });

    it("clears nothing by default", () => {
      const e = evaluate(data, DEFAULT_SETTINGS, day("2026-01-20"));
      expect(memberOf(e, "m")?.eligibility).toBe("revoked");
      expect(dormOf(e, "A")?.cleared).toEqual([]);
    });
  });

  describe("contact assignments", () => {
    const data = records({
      dorms: dorms("A", "B", "C"),
      members: members(["m", "A"], ["n", "A"]),
      inspections: [inspection("2025-10-06", "B", "fail", 2), inspection("2025-10-13", "C", "fail", 3)],
      visits: [
        visit("2025-09-10", "B", 2),
        visit("2025-10-10", "C", 3, { visitors: ["n"] }),
        visit("2025-11-12", "B", 4),
        visit("2025-12-03", "C", 5),
      ],
      assignments: [
        assignment("m", "B", undefined, 2),
        assignment("m", "C", undefined, 3),
        assignment("n", "C", "2025-10-01", 4),
      ],
    });
    const e = evaluate(data, DEFAULT_SETTINGS, day("2025-12-20"), "2025-2026-1");
    const of = (id: string) => e.coverage.find((c) => c.studentId === id);

    it("counts a member's visits month by month against the requirement", () => {
      expect(of("m")?.months).toEqual([
        { month: "2025-09", visits: 1, required: 1, met: true },
        { month: "2025-10", visits: 0, required: 1, met: false },
        { month: "2025-11", visits: 1, required: 1, met: true },
        { month: "2025-12", visits: 1, required: 1, met: true },
      ]);
      expect(of("m")?.below).toBe(true);
    });

    it("credits a visit that lists who went only to those members", () => {
      expect(of("n")?.visits.map((v) => v.row)).toEqual([3, 5]);
      expect(of("m")?.visits.map((v) => v.row)).toEqual([2, 4, 5]);
    });

    it("starts counting from the assignment's date and shows the contacted dorms' fails", () => {
      expect(of("n")?.months.map((m) => m.month)).toEqual(["2025-10", "2025-11", "2025-12"]);
      expect(of("m")?.dorms.map((d) => [d.dormId, d.fails.map((f) => f.row)])).toEqual([
        ["B", [2]],
        ["C", [3]],
      ]);
    });

    it("leaves a month still running undecided until it meets the requirement", () => {
      const running = records({
        ...data,
        visits: [visit("2025-11-12", "B", 2), visit("2025-12-01", "C", 3, { visitors: ["n"] })],
      });
      const m = evaluate(running, DEFAULT_SETTINGS, day("2025-12-02"), "2025-2026-1").coverage[0];
      expect(m?.months).toEqual([
        { month: "2025-11", visits: 1, required: 1, met: true },
        { month: "2025-12", visits: 0, required: 1, met: undefined },
      ]);
      expect(m?.below).toBe(false);
    });

    it("has no coverage without an Assignments tab", () => {
      const none = evaluate(records({ ...data, assignments: [] }), DEFAULT_SETTINGS, day("2025-12-20"));
      expect(none.coverage).toEqual([]);
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
