import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOfIso } from "../../src/engine/day.ts";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import type { Grid } from "../../src/workbook/layout.ts";
import { applyBlocks } from "../support/records.ts";

const options = { timeZone: "Asia/Shanghai", today: dayOfIso("2026-01-20") as number };

/** A cell as a secretary might leave it: right, wrong, odd or empty. */
const anyCell = fc.oneof(
  fc.constantFrom("", " ", "合格", "不合格", "优秀", "pass", "FAIL", "良好", "=A1", "0301", "<b>x</b>"),
  fc.integer({ min: -5, max: 200 }),
  fc.boolean(),
  fc.date({
    min: new Date("2025-01-01T00:00:00Z"),
    max: new Date("2026-12-31T00:00:00Z"),
    noInvalidDate: true,
  }),
  fc.string({ maxLength: 6 }),
);
const dormId = fc.constantFrom("3-201", "3-202", "3-203", "4-101", "9-999", "", "3-201 ");
const dateCell = fc.oneof(
  fc.date({
    min: new Date("2025-02-01T00:00:00Z"),
    max: new Date("2026-01-20T00:00:00Z"),
    noInvalidDate: true,
  }),
  fc.constantFrom("2025-09-15", "2025/10/9", "2025年10月16日", "2025-13-01", "昨天", ""),
);

/** Puts user columns at random places in a tab: a header and a value per row. */
function withUserColumns(
  header: unknown[],
  rows: unknown[][],
  extra: { at: number; cells: unknown[] }[],
): unknown[][] {
  const grid = [header, ...rows].map((row) => [...row]);
  for (const { at, cells } of extra) {
    grid.forEach((row, r) => {
      row.splice(Math.min(at, row.length), 0, r === 0 ? `我的列${at}` : (cells[r] ?? ""));
    });
  }
  return grid;
}

const userColumns = fc.array(
  fc.record({ at: fc.nat({ max: 8 }), cells: fc.array(anyCell, { maxLength: 40 }) }),
  { maxLength: 2 },
);

const workbook = fc
  .record({
    dorms: fc.array(fc.tuple(dormId, anyCell, fc.constantFrom("大一", "大四", "5", ""), anyCell), {
      maxLength: 8,
    }),
    members: fc.array(
      fc.tuple(
        fc.constantFrom("S1", "S2", "S3", "S1", ""),
        fc.constantFrom("张三", "李四", ""),
        fc.constantFrom("正式党员", "预备党员", "入党积极分子", "群众", "党员?"),
        dormId,
      ),
      { maxLength: 8 },
    ),
    inspections: fc.array(fc.tuple(dateCell, dormId, anyCell, anyCell, anyCell), { maxLength: 30 }),
    extraDorms: userColumns,
    extraInspections: userColumns,
    english: fc.boolean(),
  })
  .map((w): Grid[] => [
    {
      name: w.english ? " dorms " : "宿舍",
      values: withUserColumns(["宿舍号（必填）", "楼栋", "年级", "挂牌"], w.dorms, w.extraDorms),
    },
    { name: "党员", values: [["学号", "姓名", "政治面貌", "宿舍号"], ...w.members] },
    {
      name: w.english ? "INSPECTIONS" : "检查记录",
      values: withUserColumns(["Date", "dorm", "类别", "结果", "分数"], w.inspections, w.extraInspections),
    },
  ]);

function written(grids: Grid[], g: Grading): Grid[] {
  return grids.map((tab) => {
    const plan = g.plans.find((p) => p.sheetName === tab.name);
    return plan ? applyBlocks(tab, plan.blocks) : tab;
  });
}

describe("gradeWorkbook on any workbook a person could type", () => {
  it("never throws, never changes a cell outside its own columns, and changes nothing the second time", () => {
    fc.assert(
      fc.property(workbook, (grids) => {
        const first = gradeWorkbook(grids, options);
        if ("problems" in first) return;
        const after = written(grids, first);
        for (const [t, tab] of grids.entries()) {
          const plan = first.plans.find((p) => p.sheetName === tab.name);
          const own = new Set(plan ? [...plan.columns.values()] : []);
          tab.values.forEach((row, r) => {
            row.forEach((cell, c) => {
              if (!own.has(c + 1)) expect(after[t]?.values[r]?.[c]).toEqual(cell);
            });
          });
        }
        const second = gradeWorkbook(after, options);
        expect("plans" in second && second.plans.flatMap((p) => p.blocks)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
