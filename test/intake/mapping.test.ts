import { describe, expect, it } from "vitest";
import { mapColumns, namedColumns } from "../../src/intake/mapping.ts";

const none = new Map();

describe("mapColumns", () => {
  it("maps a 问卷星 export by its question titles and leaves the tool's own columns out", () => {
    const header = [
      "序号",
      "提交答卷时间",
      "所用时间",
      "来源",
      "来自IP",
      "1、寝室号",
      "2、检查类别",
      "3、检查结果",
      "4、得分",
      "5、检查人",
      "6、扣分项",
    ];
    const m = mapColumns(header, none, none);
    expect(Object.fromEntries(m.fields)).toEqual({
      date: [1],
      dorm: [5],
      category: [6],
      result: [7],
      score: [8],
      inspector: [9],
      notes: [10],
    });
    expect(m.columns.filter((c) => c.how === "unknown").map((c) => c.header)).toEqual([
      "序号",
      "所用时间",
      "来源",
      "来自IP",
    ]);
    expect(m.missing).toEqual([]);
  });

  it("prefers the inspection's own date to the time the form was submitted, wherever the columns are", () => {
    const m = mapColumns(["提交时间", "宿舍号", "检查日期", "等级"], none, none);
    expect(m.fields.get("date")).toEqual([2]);
    expect(m.columns[0]?.how).toBe("unknown");
  });

  it("prefers the inspector to whoever submitted the form", () => {
    expect(mapColumns(["提交人", "检查人", "宿舍号"], none, none).fields.get("inspector")).toEqual([1]);
  });

  it("joins every notes column (扣分项 and 备注)", () => {
    expect(mapColumns(["扣分项", "宿舍号", "备注"], none, none).fields.get("notes")).toEqual([0, 2]);
  });

  it("says what it lacks: a date, a dorm, a result or a score", () => {
    expect(mapColumns(["门牌", "签到人"], none, none).missing).toEqual(["date", "dorm", "level"]);
    expect(mapColumns(["日期", "宿舍号", "分数"], none, none).missing).toEqual([]);
  });

  it("follows a remembered choice, and a choice given now over it", () => {
    const remembered = new Map([
      ["门牌", "dorm" as const],
      ["签到人", "inspector" as const],
    ]);
    const given = new Map([["签到人", "ignore" as const]]);
    const m = mapColumns(["日期", "门牌", "签到人", "结果"], remembered, given);
    expect(m.fields.get("dorm")).toEqual([1]);
    expect(m.columns[1]?.how).toBe("remembered");
    expect(m.columns[2]).toEqual({ index: 2, header: "签到人", how: "given" });
    expect(m.fields.has("inspector")).toBe(false);
  });

  it("lets a choice take a column from a field its name would give it to", () => {
    const m = mapColumns(["日期", "宿舍", "备注", "结果"], none, new Map([["备注", "category" as const]]));
    expect(m.fields.get("category")).toEqual([2]);
    expect(m.fields.has("notes")).toBe(false);
  });
});

describe("namedColumns", () => {
  it("counts the cells that name a field", () => {
    expect(namedColumns(["宿舍号", "结果", "张三", ""])).toBe(2);
    expect(namedColumns(["2025年秋季宿舍检查汇总"])).toBe(0);
  });
});
