import { describe, expect, it } from "vitest";
import { appraisalModel } from "../../../src/documents/appraisal/model.ts";
import { appraisalSheet } from "../../../src/documents/appraisal/sheet.ts";
import { renderAppraisal } from "../../../src/documents/appraisal/template.ts";
import { yearSemesters } from "../../../src/documents/appraisal/year.ts";
import { type Grading, gradeWorkbook } from "../../../src/workbook/grade.ts";
import { day, type Row, workbook } from "../../support/records.ts";

const TODAY = day("2026-07-01");

/**
 * A workbook whose yearly record was worked out by hand (see each expectation): m1 moves from A
 * to B on 2025-11-01, m2 is an activist in A, m3 lives in C and contacts A.
 */
function handWorkbook(settings: Row[] = []): Grading {
  const i = (date: string, dorm: string, result: string): Row => [date, dorm, "卫生", result];
  const grids = workbook({
    dorms: [["A"], ["B"], ["C"]],
    members: [
      ["m1", "张三", "正式党员", "B"],
      ["m2", "李四", "入党积极分子", "A"],
      ["m3", "王五", "正式党员", "C"],
      ["m4", "赵六", "群众", "C"],
    ],
    inspections: [
      i("2025-09-08", "A", "不合格"),
      i("2025-09-15", "A", "不合格"),
      i("2025-10-13", "A", "优秀"),
      i("2025-11-10", "A", "不合格"),
      i("2025-09-22", "B", "优秀"),
      i("2025-11-03", "B", "优秀"),
      i("2025-11-17", "B", "合格"),
      i("2025-10-06", "C", "优秀"),
      i("2025-10-20", "C", "优秀"),
      i("2026-03-02", "A", "不合格"),
      i("2026-03-09", "B", "优秀"),
      i("2026-03-16", "B", "优秀"),
      i("2026-03-02", "C", "合格"),
    ],
    visits: [
      ["2025-09-20", "A", "王老师"],
      ["2026-03-10", "A", "王老师"],
    ],
    moves: [["2025-11-01", "m1", "A", "B"]],
    assignments: [["m3", "A", ""]],
    settings,
  });
  const g = gradeWorkbook(grids, { timeZone: "UTC", today: TODAY });
  if ("problems" in g) throw new Error(g.problems.join("\n"));
  return g;
}

const POINTS: Row[] = [
  ["积分：本人宿舍不合格", -5],
  ["积分：联系宿舍不合格", -5],
  ["积分：本人宿舍优秀", 1],
  ["积分：宿舍等级优秀", 20],
  ["积分：宿舍等级合格", 10],
  ["积分：宿舍等级不合格", 0],
];

function model(settings: Row[] = POINTS) {
  const g = handWorkbook(settings);
  return appraisalModel(
    "2025-2026",
    yearSemesters(g, "2025-2026", undefined),
    g.read.settings,
    g.read.records.members,
    {
      today: "2026-07-01",
    },
  );
}

describe("appraisal model", () => {
  const m = model();
  const of = (id: string) => m.records.find((r) => r.person.studentId === id);

  it("records every member, candidate and activist, not the non-members", () => {
    expect(m.records.map((r) => r.person.studentId)).toEqual(["m1", "m2", "m3"]);
    expect(m.semesters.map((s) => s.id)).toEqual(["2025-2026-1", "2025-2026-2"]);
  });

  it("states each semester of a member who moved by the dorm lived in on each inspection's day", () => {
    const m1 = of("m1");
    // Autumn: A's 09-08 f, 09-15 f, 10-13 e until the move, then B's 11-03 e, 11-17 p.
    expect(m1?.semesters.map((s) => [s.grade, s.inspections, s.excellents, s.fails])).toEqual([
      ["fail", 5, 2, 2],
      ["excellent", 2, 2, 0],
    ]);
    expect(m1?.semesters[0]?.outcome.eligibility).toBe("revoked");
    expect(m1?.semesters[0]?.stays?.map((s) => s.dormId)).toEqual(["A", "B"]);
    expect(m1?.semesters[1]?.stays).toBeUndefined();
  });

  it("adds up the points by the table: own fails and excellents, contacted dorms' fails, each semester's grade", () => {
    // m1: fails 2 × -5, excellents 4 × 1, graded excellent once (20) and fail once (0): 14.
    expect(of("m1")?.points).toEqual({
      total: 14,
      lines: [
        { kind: "ownFail", count: 2, each: -5, points: -10 },
        { kind: "ownExcellent", count: 4, each: 1, points: 4 },
        { kind: "gradeExcellent", count: 1, each: 20, points: 20 },
        { kind: "gradeFail", count: 1, each: 0, points: 0 },
      ],
    });
    // m2 (A all year): fails 3 + 1 × -5, one excellent, fail (0) then pass (10): -9.
    expect(of("m2")?.points?.total).toBe(-9);
    // m3 (C, contacts A): excellents 2, A's fails 3 + 1 × -5, excellent (20) then pass (10): 12.
    expect(of("m3")?.points).toEqual({
      total: 12,
      lines: [
        { kind: "contactFail", count: 4, each: -5, points: -20 },
        { kind: "ownExcellent", count: 2, each: 1, points: 2 },
        { kind: "gradeExcellent", count: 1, each: 20, points: 20 },
        { kind: "gradePass", count: 1, each: 10, points: 10 },
      ],
    });
  });

  it("gives the activists' review, and no points without a points table", () => {
    expect(of("m2")?.semesters[0]?.outcome.review).toEqual({ grade: "fail", fails: 3, excellents: 1 });
    const plain = model([]);
    expect(plain.pointsTable).toBeUndefined();
    expect(plain.records.every((r) => r.points === undefined)).toBe(true);
  });

  it("renders pages and a table in either language, each person's record on a page of its own", () => {
    const html = renderAppraisal(m, "zh");
    expect(html).toContain("2025-2026学年党员寝室情况年度考评记录");
    expect(html).toContain("住宿变动：A（至 2025-10-31）→B（2025-11-01 起）");
    expect(html).toContain(
      "积分：14（本人宿舍不合格 2 次 × -5；本人宿舍优秀 4 次 × 1；学期等级优秀 1 次 × 20；学期等级不合格 1 次 × 0）",
    );
    expect(html).toMatch(/section\.person \{ break-before: page; [^}]*break-inside: avoid/);
    // The semester of the move names both dorms, in order.
    expect(html).toContain('<td class="nw">2025-2026学年第一学期</td><td class="nw">A→B</td>');
    const en = renderAppraisal(m, "en");
    expect(en).toContain("Dorm record for the 2025-2026 appraisal");
    expect(en).toContain("Moves: A (to 2025-10-31) → B (from 2025-11-01)");
    expect(en).toContain('<td class="nw">A → B</td>');
    const sheet = appraisalSheet(m, "zh");
    expect(sheet.rows[0]?.slice(0, 4)).toEqual(["学号", "姓名", "政治面貌", "支部"]);
    expect(sheet.rows[1]?.slice(4, 10)).toEqual([
      "A→B",
      "不合格",
      5,
      2,
      2,
      "通报批评 2；通报表扬 2；评奖评优资格 取消",
    ]);
    expect(sheet.rows[1]?.at(-2)).toBe(14);
  });
});
