import { describe, expect, it } from "vitest";
import { dayOfIso } from "../../src/engine/day.ts";
import { dayOrder, dormIndex, readIntakeDay, readResult } from "../../src/intake/values.ts";

describe("dayOrder", () => {
  it("reads the month first unless a first part is past 12", () => {
    expect(dayOrder(["11/12/2025 10:32:11", "11/3/2025"])).toBe("md");
    expect(dayOrder(["11/12/2025", "25/11/2025"])).toBe("dm");
    expect(dayOrder(["2025/11/25", new Date()])).toBe("md");
  });
});

describe("readIntakeDay", () => {
  it.each([
    ["2025/11/12 10:32:11", "md", "2025-11-12"],
    ["2025-11-12 10:32", "md", "2025-11-12"],
    ["2025年11月12日", "md", "2025-11-12"],
    ["11/12/2025 10:32:11", "md", "2025-11-12"],
    ["12/11/2025", "dm", "2025-11-12"],
    ["2025/11/12 上午10:32:11", "md", "2025-11-12"],
  ] as const)("reads %j (%s) as %s", (text, order, iso) => {
    expect(readIntakeDay(text, "UTC", "zh", order)).toEqual({ value: dayOfIso(iso) });
  });

  it("reads a date cell in the zone it is shown in", () => {
    const shanghaiMidnight = new Date("2025-11-11T16:00:00Z");
    expect(readIntakeDay(shanghaiMidnight, "Asia/Shanghai", "zh", "md")).toEqual({
      value: dayOfIso("2025-11-12"),
    });
  });

  it("says what it cannot read", () => {
    expect(readIntakeDay("上周三", "UTC", "zh", "md")).toEqual({ error: "无法识别的日期：上周三" });
    expect(readIntakeDay("13/13/2025", "UTC", "en", "md")).toHaveProperty("error");
  });
});

describe("readResult", () => {
  it("reads the regime's words and 及格 / 不及格", () => {
    expect(readResult("不及格", "zh")).toEqual({ value: "fail" });
    expect(readResult("及格", "zh")).toEqual({ value: "pass" });
    expect(readResult("Excellent", "en")).toEqual({ value: "excellent" });
    expect(readResult("", "en")).toEqual({ value: undefined });
  });

  it("says what a result may be", () => {
    expect(readResult("良好", "zh")).toEqual({
      error: "无法识别的结果：良好（应为 优秀/合格/不合格，或 及格/不及格）",
    });
  });
});

describe("dormIndex", () => {
  const index = dormIndex([
    { id: "3-201", label: "3-201" },
    { id: "12-305", label: "12-305" },
    { id: "A101", label: "a101" },
    { id: "1-23", label: "1-23" },
    { id: "12-3", label: "12-3" },
    { id: "0301", label: "0301" },
  ]);

  it("finds a dorm by its number as the workbook does", () => {
    expect(index.find(" 3-201 ")?.label).toBe("3-201");
    expect(index.find("a101")?.label).toBe("a101");
  });

  it("finds a dorm by its letters and digits when only one dorm has them", () => {
    expect(index.find("3#201")?.id).toBe("3-201");
    expect(index.find("3号楼201")?.id).toBe("3-201");
    // A form's responses tab keeps 0301 as the number 301.
    expect(index.find(301)?.id).toBe("0301");
    // 1-23 and 12-3 are both 123: neither is guessed.
    expect(index.find("123")).toBeUndefined();
  });

  it("puts building and room together when an export gives them apart", () => {
    expect(index.find("201", "3号楼")?.id).toBe("3-201");
    expect(index.find("305", "12")?.id).toBe("12-305");
    expect(index.find("3-201", "9号楼")?.id).toBe("3-201");
  });

  it("finds nothing for a blank or unknown number", () => {
    expect(index.find("")).toBeUndefined();
    expect(index.find("9-999")).toBeUndefined();
  });
});
