import { describe, expect, it } from "vitest";
import { SETTING_SPECS } from "../../src/engine/settings.ts";
import { templateWorkbook } from "../../src/workbook/template.ts";
import { loadAddOn } from "../support/gas-vm.ts";

type App = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheetOf(addOn: ReturnType<typeof loadAddOn>, name: string): Sheet {
  return (addOn.context as App).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name) as Sheet;
}

/** The sheet row of the 语言 setting: the header, then the keys in their order. */
const LANGUAGE_ROW = SETTING_SPECS.findIndex((s) => s.key === "language") + 2;

describe("the add-on's 初始化表格 / Set up tabs", () => {
  const addOn = loadAddOn({ sheets: { Sheet1: [[""]] } });
  addOn.call("menuSetupTabs");
  const template = templateWorkbook("zh");

  it("writes the same template as init: headers, a note on each, and the Settings defaults", () => {
    for (const tab of template) {
      const values = addOn.fake.sheet(tab.grid.name);
      expect(
        values.slice(0, tab.grid.values.length).map((r) => r.slice(0, tab.grid.values[0]?.length)),
      ).toEqual(tab.grid.values.map((row) => row.map((v) => (v === "50%" ? 0.5 : v === "5%" ? 0.05 : v))));
      tab.notes.forEach((note, c) => {
        const a1 = sheetOf(addOn, tab.grid.name)
          .getRange(1, c + 1)
          .getA1Notation();
        expect(addOn.fake.cell(tab.grid.name, a1).note, `${tab.grid.name}!${a1}`).toBe(note);
      });
    }
    const language = addOn.fake.sheet("设置")[LANGUAGE_ROW - 1]?.[1];
    expect(language).toBe("中文");
  });

  it("gives every closed vocabulary a dropdown down to the last row, which warns rather than refuses", () => {
    const inspections = sheetOf(addOn, "检查记录");
    const rules = inspections.getRange(2, 4, inspections.getMaxRows() - 1, 1).getDataValidations();
    expect(rules.every((row) => row[0] !== null)).toBe(true);
    const result = rules[0]?.[0];
    expect(result?.getCriteriaValues()).toEqual([["优秀", "合格", "不合格", "无人", "拒查"], true]);
    expect(result?.getAllowInvalid()).toBe(true);
    expect(result?.getHelpText()).toContain("分数");
    expect(inspections.getRange("E2").getDataValidation()?.getCriteriaValues()).toEqual([0, 100]);
    expect(sheetOf(addOn, "党员").getRange("C2").getDataValidation()?.getCriteriaValues()[0]).toEqual([
      "正式党员",
      "预备党员",
      "发展对象",
      "入党积极分子",
      "群众",
    ]);
    const settings = sheetOf(addOn, "设置");
    expect(settings.getRange(LANGUAGE_ROW, 2).getDataValidation()?.getCriteriaValues()[0]).toEqual([
      "中文",
      "English",
    ]);
    expect(settings.getRange("A2").getDataValidation()).toBeNull();
    const scoresheet = sheetOf(addOn, "检查细则");
    expect(scoresheet.getRange("E2").getDataValidation()?.getCriteriaValues()[0]).toEqual(["每项", "每床"]);
    expect(scoresheet.getRange("G2").getDataValidation()?.getCriteriaValues()[0]).toEqual(["是", "否"]);
  });

  it("offers the default scoresheet, which grades with no message in its check column", () => {
    expect(addOn.fake.sheet("检查细则").slice(1, 3)).toEqual([
      ["B1", "被子未叠", "内务", 10, "每床", "8:10, 6:15, 4:20, 3:30", "否"],
      ["B2", "床铺杂乱", "内务", 5, "每床", "", "否"],
    ]);
    addOn.call("menuRecalculate");
    const header = addOn.fake.sheet("检查细则")[0] ?? [];
    const check = header.indexOf("校验");
    expect(check).toBeGreaterThan(0);
    expect(
      addOn.fake
        .sheet("检查细则")
        .slice(1)
        .map((row) => row[check] ?? ""),
    ).toEqual(Array(10).fill(""));
  });

  it("leaves a tab that is already there exactly as it was", () => {
    const mine = loadAddOn({
      sheets: {
        宿舍: [
          ["宿舍号", "我的列"],
          ["3-201", "x"],
        ],
      },
    });
    mine.call("menuSetupTabs");
    expect(mine.fake.sheet("宿舍")).toEqual([
      ["宿舍号", "我的列"],
      ["3-201", "x"],
    ]);
    expect(mine.fake.cell("宿舍", "A1").note).toBe("");
    expect(sheetOf(mine, "宿舍").getRange("B2").getDataValidation()).toBeNull();
  });

  it("puts the sample department, on 插入示例数据, on the same guides", () => {
    const empty = loadAddOn({ sheets: { Sheet1: [[""]] } });
    empty.call("menuInsertSample");
    expect(empty.fake.cell("检查记录", "D1").note).toBe(template[2]?.notes[3]);
    expect(sheetOf(empty, "宿舍").getRange("C5").getDataValidation()?.getCriteriaValues()[0]).toEqual([
      "大一",
      "大二",
      "大三",
      "大四",
    ]);
  });
});
