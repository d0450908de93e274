import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.ts";
import { tabOutputs } from "../../src/workbook/outputs.ts";
import { readWorkbook } from "../../src/workbook/read.ts";
import { day, type Row, workbook } from "../support/records.ts";

const TODAY = day("2026-01-20");

function outputsOf(rows: Parameters<typeof workbook>[0]) {
  const read = readWorkbook(workbook(rows), { timeZone: "UTC", today: TODAY });
  return tabOutputs(read, evaluate(read.records, read.settings, TODAY));
}

const DORMS: Row[] = [["A", "", "大一", "是"], [], ["B", "", "大一", "否"], ["A"], ["C", "", "大一", "是"]];
const MEMBERS: Row[] = [
  ["S1", "张三", "正式党员", "A", "", "王老师"],
  ["S2", "李四", "入党积极分子", "A"],
  ["S3", "王五", "预备党员", "B"],
  ["S4", "赵六", "群众", "C"],
  ["S5", "钱七", "正式党员", "Z"],
];
const INSPECTIONS: Row[] = [
  ["2025-09-01", "A", "", "不合格"],
  ["2025-09-08", "A", "", "不合格"],
  ["2025-09-01", "B", "", "优秀"],
  ["2025-09-08", "B", "", "合格"],
  ["2025-09-15", "B", "", "不合格"],
];

describe("outputs", () => {
  describe("tabOutputs", () => {
    const out = outputsOf({
      dorms: DORMS,
      members: MEMBERS,
      inspections: INSPECTIONS,
      visits: [["2025-10-01", "C", "王老师"]],
    });
    const dorms = out.get("dorms");
    const members = out.get("members");

    it("puts each dorm's figures on its own row and leaves blank and rejected rows empty", () => {
      expect(dorms?.get("out.grade")).toEqual(["不合格", "", "合格", "", "未检查"]);
      expect(dorms?.get("out.inspections")).toEqual([2, "", 3, "", 0]);
      expect(dorms?.get("out.fails")).toEqual([2, "", 1, "", 0]);
      expect(dorms?.get("out.longestStreak")).toEqual([2, "", 1, "", 0]);
      expect(dorms?.get("out.excellents")).toEqual([0, "", 1, "", 0]);
      expect(dorms?.get("out.visits")).toEqual([0, "", 0, "", 1]);
      expect(dorms?.get("out.check")).toEqual(["", "", "", "宿舍号重复：A（已在第 2 行）", ""]);
    });

    it("puts an evaluation made from other rows (an archived semester's) on the rows its dorms and members are on now", () => {
      const before = readWorkbook(workbook({ dorms: DORMS, members: MEMBERS, inspections: INSPECTIONS }), {
        timeZone: "UTC",
        today: TODAY,
      });
      const evaluation = evaluate(before.records, before.settings, TODAY);
      // A row inserted at the top since: every dorm and member is one row further down.
      const now = readWorkbook(
        workbook({
          dorms: [["D"], ...DORMS],
          members: [["S9", "孙九", "群众", "D"], ...MEMBERS],
          inspections: INSPECTIONS,
        }),
        { timeZone: "UTC", today: TODAY },
      );
      const moved = tabOutputs(now, evaluation);
      expect(moved.get("dorms")?.get("out.grade")).toEqual(["", "不合格", "", "合格", "", "未检查"]);
      expect(moved.get("dorms")?.get("out.inspections")).toEqual(["", 2, "", 3, "", 0]);
      expect(moved.get("members")?.get("out.criticisms")).toEqual(["", 2, "", 1, "", ""]);
    });

    it("writes warnings and plaque checks in words", () => {
      expect(dorms?.get("out.warning")).toEqual([
        "",
        "",
        "再有 1 次不合格将连续 2 次不合格，取消党员评奖评优资格",
        "",
        "",
      ]);
      expect(dorms?.get("out.plaqueCheck")).toEqual(["正常", "", "需挂牌", "", "需摘牌"]);
    });

    it("puts each member's outcome on the member's row", () => {
      expect(members?.get("out.criticisms")).toEqual([2, "", 1, "", ""]);
      expect(members?.get("out.praises")).toEqual([0, "", 1, "", ""]);
      expect(members?.get("out.eligibility")).toEqual(["取消", "保留", "保留", "", ""]);
      expect(members?.get("out.review")?.[1]).toBe("宿舍等级不合格；不合格 2 次；优秀 0 次");
      expect(members?.get("out.assessment")?.[1]).toBe("");
      expect(members?.get("out.check")).toEqual(["", "", "", "", "宿舍 Z 不在“宿舍”表中"]);
    });

    it("gives every column one value per data row", () => {
      for (const [tab, columns] of out) {
        for (const [key, values] of columns) {
          const expected = {
            dorms: 5,
            members: 5,
            inspections: 5,
            visits: 1,
            talks: 0,
            moves: 0,
            assignments: 0,
            settings: 0,
            scoresheet: 0,
          }[tab];
          expect(values.length, `${tab} ${key}`).toBe(expected);
        }
      }
    });

    it("gives each dorm its mean score and the times nobody was in", () => {
      const o = outputsOf({
        dorms: [["A"], ["B"]],
        inspections: [
          ["2025-09-01", "A", "", "", 80],
          ["2025-09-08", "A", "", "", 91],
          ["2025-09-15", "A", "", "无人"],
          ["2025-09-15", "B", "", "合格"],
        ],
      });
      expect(o.get("dorms")?.get("out.meanScore")).toEqual([85.5, ""]);
      expect(o.get("dorms")?.get("out.nobodyIn")).toEqual([1, 0]);
    });

    it("gives the Inspections tab the computed score and the deduction detail only when it lists deductions", () => {
      expect([
        ...(outputsOf({ dorms: [["A"]] })
          .get("inspections")
          ?.keys() ?? []),
      ]).toEqual(["out.check"]);
      const grids = workbook({ dorms: [["A"]] }).map((g) =>
        g.name === "检查记录"
          ? {
              ...g,
              values: [
                [...(g.values[0] ?? []), "扣分项"],
                ["2025-09-01", "A", "", "", "", "", "", "F1×2"],
                ["2025-09-08", "A", "", "合格", "", "", "", ""],
              ],
            }
          : g,
      );
      grids.push({
        name: "检查细则",
        values: [
          ["代码", "扣分内容", "分值"],
          ["F1", "地面不洁", 5],
        ],
      });
      const read = readWorkbook(grids, { timeZone: "UTC", today: TODAY });
      const o = tabOutputs(read, evaluate(read.records, read.settings, TODAY)).get("inspections");
      expect(o?.get("out.computedScore")).toEqual([90, ""]);
      expect(o?.get("out.deductionDetail")).toEqual(["−5 地面不洁 ×2", ""]);
    });

    it("writes in English when the settings say so", () => {
      const en = outputsOf({ dorms: [["A"]], settings: [["Language", "English"]] });
      expect(en.get("dorms")?.get("out.grade")).toEqual(["not inspected"]);
    });

    it("writes where a member who moved lived, their contact coverage and how each inspection counts", () => {
      const history = outputsOf({
        dorms: [["A"], ["B"]],
        members: [["S1", "张三", "正式党员", "B"]],
        inspections: [
          ["2025-10-13", "A", "", "不合格"],
          ["2025-10-20", "B", "", "不合格"],
        ],
        visits: [["2025-10-10", "A", "王老师"]],
        moves: [["2025-10-15", "S1", "A", "B"]],
        assignments: [["S1", "A", ""]],
      });
      expect(history.get("members")?.get("out.stays")).toEqual(["A（至 2025-10-14）→B（2025-10-15 起）"]);
      expect(history.get("members")?.get("out.coverage")).toEqual(["本学期走访 1 次；1/1 个月达标"]);
      expect(history.get("members")?.get("out.contactedFails")).toEqual(["A 不合格 1 次"]);
      // Nothing was revoked or cleared: no counting column for a tab that has none yet.
      expect(history.get("inspections")?.has("out.counting")).toBe(false);
    });
  });
});
