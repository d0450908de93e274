import { describe, expect, it } from "vitest";
import { refOf } from "../../src/engine/evidence.ts";
import {
  archiveEventRow,
  changeLogHeader,
  reasonWords,
  shownOutcomes,
} from "../../src/workbook/change-log-tab.ts";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import type { Grid } from "../../src/workbook/layout.ts";
import { applyBlocks, day, grid, inspection, type Row, workbook } from "../support/records.ts";

const TODAY = day("2026-01-20");
const options = { timeZone: "UTC", today: TODAY };

function graded(grids: Grid[], shownSemester?: string): Grading {
  const g = gradeWorkbook(grids, options, undefined, shownSemester ? { shownSemester } : {});
  if ("problems" in g) throw new Error(g.problems.join("\n"));
  return g;
}

function written(grids: Grid[], g: Grading): Grid[] {
  return grids.map((tab) => {
    const plan = g.plans.find((p) => p.sheetName === tab.name);
    return plan ? applyBlocks(tab, plan.blocks) : tab;
  });
}

const DORMS: Row[] = [["3-201"]];
const MEMBERS: Row[] = [["2022010001", "张三", "正式党员", "3-201", "", "王老师"]];
const HEADER = ["日期", "宿舍号", "类别", "结果", "申诉结果", "申诉理由"];
const withInspections = (...rows: Row[]) => [
  ...workbook({ dorms: DORMS, members: MEMBERS, inspections: null }),
  grid("检查记录", HEADER, ...rows),
];

describe("change-log-tab", () => {
  describe("the Change log of a recalculation", () => {
    const before = withInspections(
      ["2025-10-13", "3-201", "卫生", "不合格"],
      ["2025-10-20", "3-201", "纪律", "不合格"],
    );
    const first = written(before, graded(before));

    it("records eligibility restored after an appeal: date, semester, who, before, after and why", () => {
      const appealed = first.map((g) =>
        g.name === "检查记录"
          ? {
              ...g,
              values: g.values.map((r, i) =>
                i === 2 ? [...r.slice(0, 4), "撤销", "复查确认当晚有同学就医，情有可原"] : r,
              ),
            }
          : g,
      );
      const g = graded(appealed, "2025-2026-1");
      expect(g.changes.header).toEqual(["日期", "学期", "学号", "姓名", "项目", "原结果", "新结果", "原因"]);
      expect(g.changes.rows).toEqual([
        [
          "2026-01-20",
          "2025-2026-1",
          "2022010001",
          "张三",
          "通报批评",
          "2",
          "1",
          "申诉撤销：2025-10-20 3-201 纪律（检查记录第 3 行），理由：复查确认当晚有同学就医，情有可原",
        ],
        [
          "2026-01-20",
          "2025-2026-1",
          "2022010001",
          "张三",
          "评奖评优资格",
          "取消",
          "保留",
          "申诉撤销：2025-10-20 3-201 纪律（检查记录第 3 行），理由：复查确认当晚有同学就医，情有可原",
        ],
      ]);
      // Once written, the next recalculation finds nothing new to log.
      expect(graded(written(appealed, g), "2025-2026-1").changes.rows).toEqual([]);
    });

    it("logs nothing when the output columns showed another semester", () => {
      expect(graded(first, "2024-2025-2").changes.rows).toEqual([]);
      expect(graded(first).changes.rows).toEqual([]);
    });
  });

  describe("shownOutcomes", () => {
    it("reads each member's consequence cells by header", () => {
      const before = withInspections(
        ["2025-10-13", "3-201", "卫生", "不合格"],
        ["2025-10-20", "3-201", "纪律", "不合格"],
      );
      const g = graded(written(before, graded(before)));
      expect(shownOutcomes(g.read).get("2022010001")).toMatchObject({
        criticisms: "2",
        eligibility: "取消",
        assessment: "",
      });
    });
  });

  describe("reasonWords", () => {
    const fail = refOf(inspection("2025-10-20", "3-201", "fail", 3));
    const ex = (date: string) => refOf(inspection(date, "3-201", "excellent", 9));

    it("names each inspection by date, dorm, category and row, in either language", () => {
      expect(reasonWords({ kind: "total", evidence: [fail] }, (id) => id, "en")).toBe(
        "1 failing inspections this semester: 2025-10-20 3-201 hygiene (Inspections row 3)",
      );
      expect(
        reasonWords(
          { kind: "cleared", cleared: [{ fail, by: [ex("2025-10-27"), ex("2025-11-03")] }] },
          (id) => id,
          "zh",
        ),
      ).toBe(
        "不合格已清除：2025-10-20 3-201 卫生（检查记录第 3 行），此后优秀 2 次（2025-10-27、2025-11-03）",
      );
      expect(reasonWords({ kind: "records" }, (id) => id, "zh")).toBe("检查记录、住宿变动或设置有改动");
      expect(reasonWords({ kind: "grade", grade: "pass" }, (id) => id, "zh")).toBe(
        "学期等级现为合格（评优优先只给优秀宿舍的党员）",
      );
      expect(reasonWords({ kind: "unarchived", note: "申诉改判" }, (id) => id, "zh")).toBe(
        "取消归档后按现有记录重新计算（取消理由：申诉改判）",
      );
    });
  });

  describe("changeLogHeader and archiveEventRow", () => {
    it("head the tab and record archiving in the workbook's language", () => {
      expect(changeLogHeader("en")).toEqual([
        "Date",
        "Semester",
        "Student ID",
        "Name",
        "Item",
        "Before",
        "After",
        "Reason",
      ]);
      expect(archiveEventRow("unarchived", "2025-2026-1", TODAY, "appeal decided late", "en")).toEqual([
        "2026-01-20",
        "2025-2026-1",
        "",
        "",
        "Semester archive",
        "archived",
        "not archived",
        "appeal decided late",
      ]);
    });
  });
});
