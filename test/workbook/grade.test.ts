import { describe, expect, it } from "vitest";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import type { Grid } from "../../src/workbook/layout.ts";
import { applyBlocks, copyGrids, day, grid, type Row, workbook } from "../support/records.ts";

const TODAY = day("2026-01-20");
const options = { timeZone: "UTC", today: TODAY };

function graded(grids: Grid[], semesterId?: string): Grading {
  const g = gradeWorkbook(grids, options, semesterId);
  if ("problems" in g) throw new Error(g.problems.join("\n"));
  return g;
}

/** The grids after writing a grading's blocks, as the adapters would. */
function written(grids: Grid[], g: Grading): Grid[] {
  return grids.map((tab) => {
    const plan = g.plans.find((p) => p.sheetName === tab.name);
    return plan ? applyBlocks(tab, plan.blocks) : tab;
  });
}

const column = (tab: Grid, header: string) => {
  const c = (tab.values[0] ?? []).indexOf(header);
  expect(c, header).toBeGreaterThanOrEqual(0);
  return tab.values.slice(1).map((r) => r[c]);
};

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
  ["2025-09-09", "9-999", "卫生", "优秀"],
];

describe("grade", () => {
  describe("gradeWorkbook", () => {
    it("returns the problems instead of a grading when a required tab is missing", () => {
      const g = gradeWorkbook(workbook({ dorms: null, inspections: null }), options);
      expect(g).toEqual({
        problems: [
          "找不到“宿舍”表（也可命名为 Dorms）。工作簿中现有的表：党员、联系宿舍、谈话记录、设置。请用菜单“初始化表格”创建，或把现有表改名。",
          "找不到“检查记录”表（也可命名为 Inspections）。工作簿中现有的表：党员、联系宿舍、谈话记录、设置。请用菜单“初始化表格”创建，或把现有表改名。",
        ],
      });
    });

    it("grades a workbook and writes the outcomes under headers appended to each tab", () => {
      const grids = workbook({ dorms: DORMS, members: MEMBERS, inspections: INSPECTIONS });
      const g = graded(grids);
      const after = written(grids, g);
      const dorms = after.find((t) => t.name === "宿舍") as Grid;
      const members = after.find((t) => t.name === "党员") as Grid;
      const inspections = after.find((t) => t.name === "检查记录") as Grid;
      expect(column(dorms, "学期等级")).toEqual(["不合格", "优秀"]);
      expect(column(members, "评奖评优资格")).toEqual(["取消", "保留"]);
      expect(column(members, "评优优先")).toEqual(["", "优先"]);
      expect(column(inspections, "校验")).toEqual(["", "", "", "", "宿舍 9-999 不在“宿舍”表中"]);
      expect(g.badRows).toBe(1);
      expect(g.summary.grades).toEqual({ excellent: 1, pass: 0, fail: 1, none: 0 });
    });

    it("never changes an input cell: every original cell is still there after writing", () => {
      const grids = workbook({ dorms: DORMS, members: MEMBERS, inspections: INSPECTIONS });
      const before = copyGrids(grids);
      const after = written(grids, graded(grids));
      before.forEach((tab, t) => {
        tab.values.forEach((row, r) => {
          row.forEach((cell, c) => {
            expect(after[t]?.values[r]?.[c], `${tab.name} R${r + 1}C${c + 1}`).toEqual(cell);
          });
        });
      });
    });

    it("changes nothing when run again on what it wrote", () => {
      const grids = workbook({
        dorms: DORMS,
        members: MEMBERS,
        inspections: INSPECTIONS,
        visits: [["2025-10-01", "3-201", "王老师"]],
        talks: [["2025-09-02", "S1", "室友"]],
        settings: [["连续不合格上限", "x"]],
      });
      const once = written(grids, graded(grids));
      const twice = graded(once);
      expect(twice.plans.flatMap((p) => p.blocks)).toEqual([]);
    });

    it("clears output values left on rows whose data was deleted", () => {
      const grids = workbook({ dorms: DORMS, members: MEMBERS, inspections: INSPECTIONS });
      const once = written(grids, graded(grids));
      const dorms = once.find((t) => t.name === "宿舍") as Grid;
      const trimmed = once.map((t) =>
        t === dorms
          ? { ...t, values: t.values.map((row, r) => (r === 2 ? row.map((c, i) => (i < 6 ? "" : c)) : row)) }
          : t,
      );
      const again = graded(trimmed);
      const cleared = written(trimmed, again).find((t) => t.name === "宿舍") as Grid;
      expect(column(cleared, "学期等级")).toEqual(["不合格", ""]);
      expect(column(cleared, "检查次数")).toEqual([2, ""]);
    });

    it("takes its limits from the Settings tab", () => {
      const grids = workbook({
        dorms: DORMS,
        members: MEMBERS,
        inspections: [
          ["2025-09-01", "3-202", "卫生", "不合格"],
          ["2025-09-08", "3-202", "卫生", "合格"],
          ["2025-09-15", "3-202", "卫生", "不合格"],
        ],
        settings: [
          ["Semester fail limit", 2],
          ["Correction days", 7],
          ["Language", "en"],
        ],
      });
      const members = written(grids, graded(grids)).find((t) => t.name === "党员") as Grid;
      expect(column(members, "Assessment")).toEqual([
        "",
        "probation review unqualified; consider extending probation",
      ]);
      expect(column(members, "Action")).toEqual([
        "",
        "criticism education by the branch contact; correct by 2025-09-22",
      ]);
    });

    it("grades the semester it is asked for", () => {
      const grids = workbook({ dorms: DORMS, members: MEMBERS, inspections: INSPECTIONS });
      expect(graded(grids, "2025-2026-2").summary.grades).toEqual({
        excellent: 0,
        pass: 0,
        fail: 0,
        none: 2,
      });
    });

    it("gives highlight rules for every tab it plans", () => {
      const grids = workbook({ dorms: DORMS, members: MEMBERS, inspections: INSPECTIONS });
      const g = graded(grids);
      expect(new Set(g.highlights.map((h) => h.sheetName))).toEqual(new Set(grids.map((t) => t.name)));
    });

    it("reads a messy hand-made workbook", () => {
      const grids = [
        grid(" dorms", ["Notes", "Dorm (required)", "Plaque"], ["", "A", "yes"], [], ["x", "B", "☐"]),
        grid("Members ", ["Dorm", "Status", "Name", "Student ID"], ["A", "Full member", "Zhang", 1001]),
        grid("INSPECTIONS", ["Score", "Dorm", "Date"], [55, "a", "2025/9/1"], ["58", "A", 45908]),
        grid("Settings", ["Key", "Value"], ["Language", "en"]),
      ];
      const g = graded(grids);
      expect(g.evaluation.dorms.map((d) => [d.dormId, d.grade])).toEqual([
        ["A", "fail"],
        ["B", "none"],
      ]);
      expect(g.read.checks.dorms).toEqual(["", "", "unreadable plaque value: ☐ (expected yes/no)"]);
      expect(g.evaluation.members[0]?.eligibility).toBe("revoked");
    });
  });
});
