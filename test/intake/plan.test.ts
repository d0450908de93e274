import { describe, expect, it } from "vitest";
import { type Day, dayOfIso } from "../../src/engine/day.ts";
import { type IntakeBook, intakeBook } from "../../src/intake/book.ts";
import { planIntake, type SourceTable } from "../../src/intake/plan.ts";
import type { Grid } from "../../src/workbook/layout.ts";

const today = dayOfIso("2025-11-20") as Day;

/** A small department with two inspections on record. */
function workbook(settings: unknown[][] = []): Grid[] {
  return [
    {
      name: "宿舍",
      values: [
        ["宿舍号", "楼栋"],
        ["3-201", "3号楼"],
        ["3-202", "3号楼"],
        ["12-305", "12号楼"],
      ],
    },
    {
      name: "党员",
      values: [
        ["学号", "姓名", "政治面貌", "宿舍号"],
        ["2022010001", "张三", "正式党员", "3-201"],
      ],
    },
    {
      name: "检查记录",
      values: [
        ["日期", "宿舍号", "类别", "结果", "分数", "检查人", "备注", "校验"],
        [new Date("2025-11-10T00:00:00Z"), "3-201", "卫生", "合格", "", "李四", "", ""],
        ["2025-11-11", "3-202", "hygiene", "", 55, "王五", "", ""],
        // A row the workbook cannot use (its result is unreadable) is still on the tab.
        ["2025-11-09", "3-201", "卫生", "良好", "", "李四", "", ""],
      ],
    },
    { name: "设置", values: [["项目", "值"], ...settings] },
  ];
}

function book(settings: unknown[][] = []): IntakeBook {
  const b = intakeBook(workbook(settings), { timeZone: "UTC", today });
  if ("problems" in b) throw new Error(b.problems.join("\n"));
  return b;
}

function source(values: unknown[][]): SourceTable {
  return { name: "export.csv", values, timeZone: "UTC" };
}

describe("planIntake", () => {
  it("sorts each row into new, duplicate or unreadable, with the reason", () => {
    const plan = planIntake(
      source([
        ["提交时间", "寝室号", "检查类别", "检查结果", "得分", "检查人", "扣分项"],
        ["2025/11/12 10:32:11", "3-201", "卫生", "不合格", "", "李四", "被子未叠┋地面不洁"],
        ["2025/11/10 09:00:00", "3-201", "卫生", "合格", "", "李四", ""],
        ["2025/11/11 09:00:00", "3#202", "卫生", "", "55", "王五", ""],
        ["2025/11/12 11:00:00", "3-201", "卫生", "优秀", "", "李四", ""],
        ["2025/11/12 11:00:00", "9-999", "卫生", "合格", "", "李四", ""],
        ["上周三", "3-202", "纪律", "", "abc", "", ""],
        ["", "", "", "", "", "", ""],
        ["2025/11/25 08:00:00", "12-305", "", "合格", "", "", ""],
        ["2025/11/13 08:00:00", "201", "安全", "及格", "", "赵六", ""],
      ]),
      book(),
      [],
    );
    const p = plan.preview;
    expect(p.headerRow).toBe(1);
    expect(p.rows.map((r) => [r.row, r.status, r.reason])).toEqual([
      [2, "new", ""],
      [3, "duplicate", "与“检查记录”表第 2 行相同"],
      [4, "duplicate", "与“检查记录”表第 3 行相同"],
      [5, "duplicate", "与导入表第 2 行相同"],
      [6, "unreadable", "宿舍 9-999 不在“宿舍”表中"],
      [7, "unreadable", "无法识别的日期：上周三；分数应为 0–100 的数字：abc"],
      [9, "unreadable", "日期在今天之后：2025-11-25"],
      [10, "unreadable", "宿舍 201 不在“宿舍”表中"],
    ]);
    expect(p.counts).toEqual({ new: 1, duplicate: 3, unreadable: 4 });
    expect(p.rows[0]).toMatchObject({
      date: "2025-11-12",
      dorm: "3-201",
      category: "卫生",
      result: "不合格",
      inspector: "李四",
      notes: "被子未叠、地面不洁",
    });
    expect(plan.values).toEqual([
      {
        day: dayOfIso("2025-11-12"),
        dormId: "3-201",
        dormLabel: "3-201",
        category: "hygiene",
        level: "fail",
        score: undefined,
        deductions: "",
        inspector: "李四",
        notes: "被子未叠、地面不洁",
      },
    ]);
  });

  it("counts a row the workbook cannot use as already there", () => {
    const plan = planIntake(
      source([
        ["检查日期", "宿舍号", "检查类别", "检查结果", "检查人"],
        ["2025-11-09", "3-201", "卫生", "合格", "李四"],
      ]),
      book(),
      [],
    );
    expect(plan.preview.rows.map((r) => [r.status, r.reason])).toEqual([
      ["duplicate", "与“检查记录”表第 4 行相同"],
    ]);
  });

  it("finds the header under a title row", () => {
    const plan = planIntake(
      source([
        ["2025年秋季宿舍检查汇总", "", ""],
        ["楼号", "房间", "总分"],
        ["", "", ""],
      ]),
      book(),
      [],
    );
    expect(plan.preview.headerRow).toBe(2);
    expect(plan.preview.missing).toEqual(["date"]);
  });

  it("puts building and room together, and reads a score alone", () => {
    const plan = planIntake(
      source([
        ["检查日期", "楼号", "房间", "总分"],
        ["2025-11-14", "12", "305", "92"],
      ]),
      book(),
      [],
    );
    expect(plan.values).toMatchObject([{ dormId: "12-305", level: undefined, score: 92 }]);
  });

  it("imports nothing and says why when a required column is unknown, naming the columns it could not place", () => {
    const plan = planIntake(
      source([
        ["时间", "门牌", "结果"],
        ["2025-11-14", "3-201", "合格"],
      ]),
      book(),
      [],
    );
    expect(plan.preview.problem).toBe("导入表中找不到宿舍号列。未识别的列：门牌。");
    expect(plan.preview.rows).toEqual([]);
    expect(plan.values).toEqual([]);
  });

  it("follows a choice given now and says what the Settings tab will remember", () => {
    const plan = planIntake(
      source([
        ["时间", "门牌", "结果"],
        ["2025-11-14", "3-201", "合格"],
      ]),
      book([["导入列对应", "签到人=检查人"]]),
      [{ header: "门牌", target: "dorm" }],
    );
    expect(plan.preview.counts.new).toBe(1);
    expect(plan.preview.remember).toBe("签到人=检查人；门牌=宿舍号");
  });

  it("follows the choices the Settings tab remembers, and remembers nothing more without new ones", () => {
    const plan = planIntake(
      source([
        ["时间", "门牌", "结果"],
        ["2025-11-14", "3-201", "合格"],
      ]),
      book([["导入列对应", "门牌=宿舍号"]]),
      [],
    );
    expect(plan.preview.columns[1]).toMatchObject({ field: "dorm", how: "remembered" });
    expect(plan.preview.counts.new).toBe(1);
    expect(plan.preview.remember).toBeUndefined();
  });

  it("refuses a choice for a column the import does not have", () => {
    const plan = planIntake(
      source([
        ["日期", "宿舍号", "结果"],
        ["2025-11-14", "3-201", "合格"],
      ]),
      book(),
      [{ header: "房间号码", target: "dorm" }],
    );
    expect(plan.preview.problem).toBe("导入表中没有“房间号码”列");
    expect(plan.values).toEqual([]);
  });

  it("is the same twice: a plan made from the same inputs gives the same preview", () => {
    const values = [
      ["日期", "宿舍号", "结果"],
      ["2025-11-14", "3-201", "合格"],
    ];
    expect(planIntake(source(values), book(), [])).toEqual(planIntake(source(values), book(), []));
  });
});
