import { describe, expect, it } from "vitest";
import { normalizeHeader } from "../../src/intake/header.ts";

describe("normalizeHeader", () => {
  it.each([
    ["3、宿舍号（必填）：", "宿舍号"],
    ["Q2. Room number *", "roomnumber"],
    ["第3题 检查结果", "检查结果"],
    ["1.检查日期", "检查日期"],
    ["12、扣分项(多选题)", "扣分项"],
    [" 提交答卷时间 ", "提交答卷时间"],
    ["Timestamp", "timestamp"],
    ["宿舍号*", "宿舍号"],
  ])("reads %j as %j", (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });

  it("keeps a header that is only a number", () => {
    expect(normalizeHeader(2025)).toBe("2025");
  });
});
