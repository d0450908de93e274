import { describe, expect, it } from "vitest";
import { dashboardOf } from "../../src/engine/dashboard.ts";
import { evaluate } from "../../src/engine/evaluate.ts";
import {
  assignment,
  day,
  dorm,
  member,
  plusDays,
  records,
  series,
  settings,
  visit,
} from "../support/records.ts";

const evaluation = evaluate(
  records({
    dorms: [
      dorm("A", { row: 2, label: "a", plaque: true, building: "1号楼" }),
      dorm("B", { row: 3, label: "B", plaque: true }),
      dorm("C", { row: 4, label: "C" }),
      dorm("D", { row: 5, label: "D", plaque: true }),
    ],
    members: [
      member("S1", "A", "full", { row: 2, name: "张三", contact: "王老师" }),
      member("S2", "A", "probationary", { row: 3, name: "李四" }),
      member("S3", "B", "full", { row: 4, name: "赵五" }),
      member("S4", "C", "activist", { row: 5, name: "钱六" }),
    ],
    inspections: [
      // A: two fails in a row (R3), then four fails in all (R4).
      ...series("A", "2025-09-01", "ffpff", { firstRow: 2 }),
      // B: one fail at the end, one short of R3 (R8).
      ...series("B", "2025-09-01", "pf", { firstRow: 10 }),
      // C: no full or probationary member, so no warning.
      ...series("C", "2025-09-01", "f", { firstRow: 20 }),
    ],
    visits: [
      visit("2025-09-03", "A", 2),
      visit("2025-10-03", "A", 3),
      visit("2025-09-05", "B", 4),
      visit("2024-09-05", "C", 5),
    ],
  }),
  settings(),
  day("2026-01-08"),
);

const dashboard = dashboardOf(evaluation, { lang: "en", stale: true, badRows: 3 });

describe("dashboard", () => {
  describe("dashboardOf", () => {
    it("counts the semester's headline figures", () => {
      expect(dashboard.figures).toEqual({
        dorms: 4,
        memberDorms: 2,
        plaquedDorms: 3,
        inspections: 8,
        fails: 6,
        excellents: 0,
        grades: { excellent: 0, pass: 2, fail: 1, none: 1 },
        revoked: 2,
        unqualified: 2,
        warnedDorms: 1,
        belowVisits: 3,
        badRows: 3,
      });
    });

    it("names the semester, today, the language and the stale flag", () => {
      expect(dashboard).toMatchObject({
        lang: "en",
        semesterId: "2025-2026-1",
        semesterFirst: "2025-08-01",
        semesterLast: "2026-01-31",
        today: "2026-01-08",
        stale: true,
      });
    });

    it("lists the members with a consequence, each with the inspections behind it", () => {
      expect(dashboard.members.map((m) => m.studentId)).toEqual(["S1", "S2"]);
      const [full, probationary] = dashboard.members;
      expect(full).toMatchObject({ name: "张三", status: "full", dormId: "A", dormLabel: "a" });
      expect(full?.consequences).toEqual([
        {
          kind: "revoked",
          limit: 2,
          evidence: [
            { row: 2, date: "2025-09-01", dormId: "A", category: "hygiene", level: "fail" },
            { row: 3, date: "2025-09-08", dormId: "A", category: "hygiene", level: "fail" },
          ],
        },
        {
          kind: "fullUnqualified",
          limit: 4,
          evidence: [2, 3, 5, 6].map((row) =>
            expect.objectContaining({ row, date: plusDays("2025-09-01", (row - 2) * 7) }),
          ),
          deadline: plusDays("2025-09-29", 14),
          contact: "王老师",
        },
      ]);
      expect(probationary?.consequences.map((c) => c.kind)).toEqual(["revoked", "probationUnqualified"]);
    });

    it("gives early warnings for member dorms only, with the fails so far and the limit ahead", () => {
      expect(dashboard.warnings).toEqual([
        {
          dormId: "B",
          dormLabel: "B",
          kind: "streak",
          limit: 2,
          fails: 1,
          evidence: [{ row: 11, date: "2025-09-08", dormId: "B", category: "hygiene", level: "fail" }],
        },
      ]);
    });

    it("lists the dorms below the required visits with this semester's visit dates", () => {
      expect(dashboard.belowVisits).toEqual([
        { dormId: "B", dormLabel: "B", visits: 1, required: 2, dates: ["2025-09-05"] },
        { dormId: "C", dormLabel: "C", visits: 0, required: 2, dates: [] },
        { dormId: "D", dormLabel: "D", visits: 0, required: 2, dates: [] },
      ]);
    });

    it("offers every dorm of the Dorms tab to the entry forms, as written there", () => {
      expect(dashboard.dorms).toEqual([
        { id: "A", label: "a", building: "1号楼" },
        { id: "B", label: "B", building: "" },
        { id: "C", label: "C", building: "" },
        { id: "D", label: "D", building: "" },
      ]);
    });

    it("is plain data: a JSON round trip gives it back unchanged", () => {
      expect(JSON.parse(JSON.stringify(dashboard))).toEqual(dashboard);
    });

    it("does not mutate its input", () => {
      const before = structuredClone(evaluation);
      dashboardOf(evaluation, { lang: "zh", stale: false, badRows: 0 });
      expect(evaluation).toEqual(before);
    });

    it("follows the settings' limits", () => {
      const strict = evaluate(
        records({
          dorms: [dorm("A")],
          members: [member("S1", "A")],
          inspections: series("A", "2025-09-01", "f"),
        }),
        settings({ consecutiveFailLimit: 1, semesterFailLimit: 3 }),
        evaluation.today,
      );
      const model = dashboardOf(strict, { lang: "zh", stale: false, badRows: 0 });
      expect(model.members[0]?.consequences).toEqual([
        { kind: "revoked", limit: 1, evidence: [expect.objectContaining({ row: 2 })] },
      ]);
      expect(model.warnings.map((w) => [w.kind, w.limit])).toEqual([]);
    });
  });

  it("lists the members below their contact requirement, with their dorms and the months that fell short", () => {
    const withAssignments = evaluate(
      records({
        dorms: [dorm("A", { row: 2, label: "a" }), dorm("B", { row: 3, label: "B" })],
        members: [
          member("S1", "A", "full", { row: 2, name: "张三" }),
          member("S3", "B", "full", { row: 3, name: "赵五" }),
        ],
        // S3 visits a in September and October, not in November, when visits were recorded.
        visits: [visit("2025-09-03", "A", 2), visit("2025-10-03", "A", 3), visit("2025-11-05", "B", 4)],
        assignments: [assignment("S3", "A"), assignment("S1", "B", "2025-11-01")],
      }),
      settings(),
      day("2026-01-08"),
    );
    expect(dashboardOf(withAssignments, { lang: "zh", stale: false, badRows: 0 }).contactGaps).toEqual([
      { studentId: "S3", name: "赵五", dormLabels: ["a"], visits: 2, months: ["2025-11"] },
    ]);
    expect(dashboard.contactGaps).toEqual([]);
  });
});
