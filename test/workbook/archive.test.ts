import { describe, expect, it } from "vitest";
import { reportModel } from "../../src/documents/report/model.ts";
import { renderReport } from "../../src/documents/report/template.ts";
import { type ArchivePlan, planArchive, planUnarchive } from "../../src/workbook/archive.ts";
import { type ArchiveStore, archiveStoreOf } from "../../src/workbook/archive-store.ts";
import { type Grading, gradeWorkbook, type HistoryInput } from "../../src/workbook/grade.ts";
import type { Grid } from "../../src/workbook/layout.ts";
import { copyGrids, day, type Row, workbook } from "../support/records.ts";

const TODAY = day("2026-01-20");
const options = { timeZone: "UTC", today: TODAY };

function graded(grids: Grid[], history: HistoryInput = {}, semesterId?: string): Grading {
  const g = gradeWorkbook(grids, options, semesterId, history);
  if ("problems" in g) throw new Error(g.problems.join("\n"));
  return g;
}

/** The archive data tab after writing these plans' columns, read back as the adapters read it. */
function storeOf(...plans: ArchivePlan[]): ArchiveStore {
  const height = Math.max(...plans.map((p) => p.column.length));
  const values = Array.from({ length: height }, (_, r) => plans.map((p) => p.column[r] ?? ""));
  return archiveStoreOf(values.slice(0, 2), (column, count, skip) =>
    values.slice(2 + skip, 2 + skip + count).map((row) => row[column]),
  );
}

function archived(g: Grading): ArchivePlan {
  const plan = planArchive(g, {}, "UTC", TODAY);
  if ("problem" in plan) throw new Error(plan.problem);
  return plan;
}

const DORMS: Row[] = [
  ["3-201", "3号楼", "大二", "是"],
  ["3-202", "3号楼", "大二", "否"],
];
const MEMBERS: Row[] = [
  ["S1", "张三", "正式党员", "3-201", "", "王老师"],
  ["S2", "李四", "预备党员", "3-202"],
];
const INSPECTIONS: Row[] = [
  ["2025-09-01", "3-201", "卫生", "不合格"],
  ["2025-09-08", "3-201", "卫生", "不合格"],
  ["2025-09-01", "3-202", "卫生", "优秀"],
  ["2025-09-08", "3-202", "卫生", "优秀"],
];
const grids = () =>
  workbook({
    dorms: DORMS,
    members: MEMBERS,
    inspections: INSPECTIONS,
    visits: [["2025-10-10", "3-201", "王老师"]],
  });
const report = (g: Grading) => renderReport(reportModel(g.source, { edition: "internal" }), "zh");

describe("archive", () => {
  describe("planArchive", () => {
    it("freezes the semester shown, lays out its tab and records it in the Change log", () => {
      const plan = archived(graded(grids()));
      expect(plan.semesterId).toBe("2025-2026-1");
      expect(plan.column[0]).toBe("2025-2026-1");
      expect(plan.column.slice(2).every((piece) => piece.length <= 30_000)).toBe(true);
      expect(plan.sheet.name).toBe("学期归档 2025-2026-1");
      expect(plan.event).toEqual([
        "2026-01-20",
        "2025-2026-1",
        "",
        "",
        "学期归档",
        "未归档",
        "已归档",
        expect.stringContaining(plan.meta.digest),
      ]);
      const memberRow = plan.sheet.rows.find((r) => r[0] === "S1");
      expect(memberRow?.[7]).toBe("取消");
      expect(memberRow?.at(-1)).toBe(
        "连续 2 次检查不合格：2025-09-01 3-201 卫生（检查记录第 2 行）；2025-09-08 3-201 卫生（检查记录第 3 行）",
      );
    });

    it("refuses a semester already archived, and one that has not begun", () => {
      const first = archived(graded(grids()));
      const again = planArchive(graded(grids(), { archive: storeOf(first) }), {}, "UTC", TODAY);
      expect(again).toEqual({
        problem: "2025-2026学年第一学期已于 2026-01-20 归档。如需更改，请先取消归档。",
      });
      const future = planArchive(graded(grids(), {}, "2026-2027-1"), {}, "UTC", TODAY);
      expect(future).toEqual({ problem: "2026-2027学年第一学期尚未开始，不能归档。" });
    });
  });

  describe("an archived semester", () => {
    const store = storeOf(archived(graded(grids())));

    it("makes the same report before and after an edit to its inputs and settings", () => {
      const before = report(graded(grids(), { archive: store }));
      const edited = copyGrids(grids());
      const inspections = edited.find((g) => g.name === "检查记录") as Grid;
      (inspections.values[2] as unknown[])[3] = "合格";
      const settings = edited.find((g) => g.name === "设置") as Grid;
      (settings.values as unknown[][]).push(["连续不合格上限", 5]);
      const after = graded(edited, { archive: store });
      expect(report(after)).toBe(before);
      expect(report(after)).toContain("本学期已于 2026年1月20日 归档，以下数字取自归档。");
      // Live, the edit would have restored eligibility.
      expect(graded(edited).evaluation.members[0]?.eligibility).toBe("kept");
      expect(after.evaluation.members[0]?.eligibility).toBe("revoked");
    });

    it("reports the edited row in its check column instead of changing the past", () => {
      const edited = copyGrids(grids());
      const tab = edited.find((g) => g.name === "检查记录") as Grid;
      (tab.values[2] as unknown[])[3] = "合格";
      (tab.values as unknown[][]).push(["2025-12-01", "3-202", "卫生", "不合格"]);
      const g = graded(edited, { archive: store });
      expect(g.read.checks.inspections).toEqual([
        "",
        "本行属于已归档的2025-2026学年第一学期，修改不计入该学期（如需更改，请先取消归档）",
        "",
        "",
        "本行属于已归档的2025-2026学年第一学期，修改不计入该学期（如需更改，请先取消归档）",
      ]);
      expect(g.archived?.semesterId).toBe("2025-2026-1");
      // The changed row no longer holds the frozen one: one archived row changed or deleted.
      expect([...g.archiveEdits]).toEqual([["2025-2026-1", 1]]);
    });

    it("does not load the frozen semester while its rows are as archived", () => {
      let loads = 0;
      const counting: ArchiveStore = {
        metas: store.metas,
        answers: store.answers,
        load: (id) => {
          const payload = store.load(id);
          if (payload) loads++;
          return payload;
        },
      };
      graded(grids(), { archive: counting }, "2025-2026-2");
      expect(loads).toBe(1); // the first semester's R4, for the second
    });

    it("gives the second semester the first's annual assessment from the archive", () => {
      const fourFails = workbook({
        dorms: DORMS,
        members: MEMBERS,
        inspections: [
          ["2025-09-01", "3-202", "", "不合格"],
          ["2025-09-15", "3-202", "", "不合格"],
          ["2025-09-29", "3-202", "", "不合格"],
          ["2025-10-13", "3-202", "", "不合格"],
        ],
      });
      const frozen = storeOf(archived(graded(fourFails)));
      const spring = graded(
        copyGrids(fourFails).map((g) => (g.name === "检查记录" ? { ...g, values: g.values.slice(0, 1) } : g)),
        { archive: frozen },
        "2025-2026-2",
      );
      expect(spring.evaluation.members.find((m) => m.studentId === "S2")?.assessment).toBe(
        "probationUnqualified",
      );
    });
  });

  describe("planUnarchive", () => {
    it("needs an archived semester and a reason, and records both", () => {
      const archive = storeOf(archived(graded(grids())));
      expect(planUnarchive(archive, "2025-2026-1", "  ", TODAY, "zh")).toEqual({
        problem: "取消归档需要写明理由（会记入“变更记录”）。",
      });
      expect(planUnarchive(archive, "2024-2025-2", "x", TODAY, "zh")).toEqual({
        problem: "2024-2025学年第二学期没有归档。",
      });
      const plan = planUnarchive(archive, "2025-2026学年第一学期", "申诉改判", TODAY, "zh");
      expect("event" in plan && plan.event).toEqual([
        "2026-01-20",
        "2025-2026-1",
        "",
        "",
        "学期归档",
        "已归档",
        "未归档",
        "申诉改判",
      ]);
    });
  });
});
