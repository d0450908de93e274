import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { compactValidations } from "../../src/cli/compact-validations.ts";
import { entryText, zipEntries } from "../../src/cli/zip.ts";

type Model = Record<string, ExcelJS.DataValidation>;
const modelOf = (sheet: ExcelJS.Worksheet): Model =>
  (sheet as unknown as { dataValidations: { model: Model } }).dataValidations.model;

async function reread(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back.worksheets[0] as ExcelJS.Worksheet;
}

describe("compactValidations", () => {
  it("folds the one-entry-per-cell rules exceljs reads back into the column ranges they came from", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("检查记录");
    const list: ExcelJS.DataValidation = { type: "list", allowBlank: true, formulae: ['"优秀,合格,不合格"'] };
    const score: ExcelJS.DataValidation = { type: "decimal", operator: "between", formulae: [0, 100] };
    const m = modelOf(sheet) as unknown as { [k: string]: ExcelJS.DataValidation };
    m["D2:D500"] = list;
    m["E2:E500"] = score;
    m.G7 = list;
    const read = await reread(wb);
    expect(Object.keys(modelOf(read))).toHaveLength(499 + 499 + 1);
    compactValidations(read);
    expect(Object.keys(modelOf(read)).sort()).toEqual(["D2:D500", "E2:E500", "G7"]);
    const out = Buffer.from(await read.workbook.xlsx.writeBuffer());
    const xml = entryText(
      out,
      (zipEntries(out) ?? []).find((e) => e.name === "xl/worksheets/sheet1.xml") as never,
    );
    expect([...xml.matchAll(/sqref="([^"]+)"/g)].map((x) => x[1]).sort()).toEqual([
      "D2:D500",
      "E2:E500",
      "G7",
    ]);
  });

  it("keeps two rules apart even where they touch, and breaks a run at a gap", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("s");
    const a: ExcelJS.DataValidation = { type: "list", formulae: ['"a"'] };
    const b: ExcelJS.DataValidation = { type: "list", formulae: ['"b"'] };
    const m = modelOf(sheet) as unknown as { [k: string]: ExcelJS.DataValidation };
    m["A2:A4"] = a;
    m["A5:A6"] = b;
    m.A8 = a;
    const read = await reread(wb);
    compactValidations(read);
    const model = modelOf(read);
    expect(Object.keys(model).sort()).toEqual(["A2:A4", "A5:A6", "A8"]);
    expect(model["A2:A4"]?.formulae).toEqual(['"a"']);
    expect(model["A5:A6"]?.formulae).toEqual(['"b"']);
  });
});
