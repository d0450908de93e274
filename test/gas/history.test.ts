import { describe, expect, it } from "vitest";
import { type LoadedAddOn, loadAddOn } from "../support/gas-vm.ts";

function shanghai(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 8 * 3600_000);
}

function department(): Record<string, unknown[][]> {
  return {
    宿舍: [["宿舍号"], ["1-101"], ["1-102"]],
    党员: [
      ["学号", "姓名", "政治面貌", "宿舍号"],
      ["'2022010001", "张三", "正式党员", "1-101"],
    ],
    检查记录: [
      ["日期", "宿舍号", "类别", "结果", "申诉结果", "申诉理由"],
      [shanghai(2025, 10, 13), "1-101", "卫生", "不合格", "", ""],
      [shanghai(2025, 10, 20), "1-101", "纪律", "不合格", "", ""],
    ],
    设置: [
      ["项目", "值"],
      ["当前学期", "2025-2026-1"],
    ],
  };
}

function app(addOn: LoadedAddOn): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return (addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
}

describe("the add-on's history tabs in dist/Code.js", () => {
  it("keeps a secretary's written opinion across recalculations, and says when the draft changed after it", () => {
    const addOn = loadAddOn({ sheets: department() });
    addOn.call("menuRecalculate");
    const header = addOn.fake.sheet("考评意见")[0];
    expect(header).toEqual([
      "学期",
      "宿舍号",
      "楼栋",
      "寝室党员",
      "学期等级",
      "考评意见草稿（自动）",
      "书面考评意见（可修改）",
      "状态",
      "草稿标记",
    ]);
    const sheet = app(addOn)
      .getActiveSpreadsheet()
      .getSheetByName("考评意见") as GoogleAppsScript.Spreadsheet.Sheet;
    const protection = sheet.getProtections(app(addOn).ProtectionType.SHEET)[0];
    expect(protection?.isWarningOnly()).toBe(true);
    expect(protection?.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(["G2:G1000"]);

    addOn.fake.setCell("考评意见", "G2", "该寝室整改态度端正，评为合格。");
    addOn.call("menuRecalculate");
    expect(addOn.fake.sheet("考评意见")[1]?.[7]).toBe("采用你的修改");
    addOn.fake.setCell("检查记录", "A4", "2025-10-27");
    addOn.fake.setCell("检查记录", "B4", "1-101");
    addOn.fake.setCell("检查记录", "D4", "优秀");
    addOn.call("menuRecalculate");
    const row = addOn.fake.sheet("考评意见")[1];
    expect(row?.[6]).toBe("该寝室整改态度端正，评为合格。");
    expect(row?.[5]).toContain("优秀 1 次");
    expect(row?.[7]).toBe("草稿在你修改之后有更新，请核对");
    addOn.call("menuRecalculate");
    expect(addOn.fake.sheet("考评意见")[1]?.[6]).toBe("该寝室整改态度端正，评为合格。");
  });

  it("logs eligibility restored after an appeal in the Change log, with the reason", () => {
    const addOn = loadAddOn({ sheets: department() });
    addOn.call("menuRecalculate");
    addOn.fake.setCell("检查记录", "E3", "撤销");
    addOn.fake.setCell("检查记录", "F3", "复查确认当晚宿舍无人");
    addOn.call("onEdit", {
      authMode: app(addOn) && "LIMITED",
      range: app(addOn).getActiveSpreadsheet().getSheetByName("检查记录")?.getRange("F3"),
      source: app(addOn).getActiveSpreadsheet(),
    });
    const log = addOn.fake.sheet("变更记录");
    expect(log[0]).toEqual(["日期", "学期", "学号", "姓名", "项目", "原结果", "新结果", "原因"]);
    expect(log.slice(1).map((row) => row.slice(2, 8))).toEqual([
      [
        "2022010001",
        "张三",
        "通报批评",
        "2",
        "1",
        "申诉撤销：2025-10-20 1-101 纪律（检查记录第 3 行），理由：复查确认当晚宿舍无人",
      ],
      [
        "2022010001",
        "张三",
        "评奖评优资格",
        "取消",
        "保留",
        "申诉撤销：2025-10-20 1-101 纪律（检查记录第 3 行），理由：复查确认当晚宿舍无人",
      ],
    ]);
    expect(addOn.fake.sheet("检查记录")[2]?.at(-1)).toBe("申诉撤销，不计入：复查确认当晚宿舍无人");
  });
});
