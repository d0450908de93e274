import { describe, expect, it } from "vitest";
import { dayOfIso } from "../../src/engine/day.ts";
import { COMPUTED_HEADER } from "../../src/workbook/formats.ts";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import { COLORS } from "../../src/workbook/highlights.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import { loadAddOn, sheetsOf } from "../support/gas-vm.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

/** The plan the command line writes for the same workbook, for comparing the two hosts. */
function planOf(lang: "zh" | "en"): Grading {
  const grading = gradeWorkbook(sampleWorkbook(lang), {
    timeZone: "UTC",
    today: dayOfIso("2026-01-20") as number,
  });
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  return grading;
}

function sheetOf(addOn: ReturnType<typeof loadAddOn>, name: string): Sheet {
  return (addOn.context as App).SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name) as Sheet;
}

describe("the add-on's formats", () => {
  const addOn = loadAddOn({ sheets: sheetsOf(sampleWorkbook("zh")) });
  addOn.call("menuRecalculate");
  const plan = planOf("zh");

  it("writes each computed header's note and fill, and each computed column's width, as the plan says", () => {
    for (const format of plan.formats) {
      const sheet = sheetOf(addOn, format.sheetName);
      for (const { column, width, note } of format.columns) {
        const a1 = sheet.getRange(1, column).getA1Notation();
        const cell = addOn.fake.cell(format.sheetName, a1);
        expect(cell.note, `${format.sheetName}!${a1}`).toBe(note);
        expect(cell.background).toBe(COMPUTED_HEADER);
        expect(sheet.getColumnWidth(column)).toBe(width * 7);
        expect(sheet.getRange(2, column).getWrap()).toBe(true);
      }
    }
    const members = addOn.fake.sheet("党员")[0] ?? [];
    expect(addOn.fake.cell("党员", "A1").note).toBe("");
    expect(members).toContain("考察参考");
  });

  it("notes that a computed column is computed, then what it means", () => {
    const note = addOn.fake.cell("宿舍", "H1").note;
    expect(note.split("\n")).toEqual([
      "【计算结果，请勿手动填写】每次计算都会重写本列。",
      "本学期宿舍等级：优秀、合格、不合格或未检查。整行红色＝不合格，绿色＝优秀。",
    ]);
  });

  it("writes the Legend tab, marked as its own, with each colour on its swatch", () => {
    const legend = addOn.fake.sheet("图例");
    expect(legend.map((row) => row[0])).toEqual(plan.legend.rows.map((row) => row.cells[0]));
    const swatches = addOn.fake.backgrounds("图例").map((row) => row[0]);
    expect(swatches.slice(2, 7)).toEqual([
      COMPUTED_HEADER,
      COLORS.red,
      COLORS.orange,
      COLORS.green,
      COLORS.yellow,
    ]);
    const marks = sheetOf(addOn, "图例")
      .getDeveloperMetadata()
      .map((m) => [m.getKey(), m.getValue()]);
    expect(marks).toEqual([["dormPlaque.ownTab", "legend"]]);
  });

  it("costs no call and writes nothing when nothing changed", () => {
    addOn.fake.calls.reset();
    addOn.call("menuRecalculate");
    const byMethod = addOn.fake.calls.byMethod();
    expect(addOn.fake.calls.writes).toBe(0);
    expect(byMethod["Range.getNotes"]).toBeUndefined();
    expect(byMethod["Sheet.setColumnWidth"]).toBeUndefined();
  });

  it("never writes over a user's tab that happens to be called 图例", () => {
    const sheets = sheetsOf(sampleWorkbook("zh"));
    sheets.图例 = [["我的图例"]];
    const mine = loadAddOn({ sheets });
    mine.call("menuRecalculate");
    expect(mine.fake.sheet("图例")).toEqual([["我的图例"]]);
    expect(mine.fake.sheet("图例 2")[0]?.[0]).toBe(plan.legend.rows[0]?.cells[0]);
  });

  it("rewrites the notes and the legend in the other language when the language changes", () => {
    const sheets = sheetsOf(sampleWorkbook("zh"));
    const switching = loadAddOn({ sheets });
    switching.call("menuRecalculate");
    switching.call("setLanguage", "en");
    const en = planOf("en");
    expect(switching.fake.cell("宿舍", "H1").note).toBe(
      en.formats.find((f) => f.tab === "dorms")?.columns[0]?.note,
    );
    expect(switching.fake.sheetNames()).toContain("Legend");
    expect(switching.fake.sheet("Legend")[0]?.[0]).toBe("Dorm plaque: colours and computed columns");
  });
});
