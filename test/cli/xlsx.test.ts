import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { gridsOf, workbookOf } from "../../src/cli/xlsx.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";

/** A workbook as it comes back from an .xlsx file: written by exceljs, then read again. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

/** How many cells hold a value, counted the slow way over exceljs's own rows and cells. */
function cellsWithValues(workbook: ExcelJS.Workbook): number {
  let count = 0;
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell(() => count++));
  return count;
}

/** Counts every read of a cell's value while `read` runs. */
function countReads(cell: ExcelJS.Cell, read: () => void): number {
  const spy = vi.spyOn(Object.getPrototypeOf(cell), "value", "get");
  try {
    read();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe("xlsx", () => {
  describe("gridsOf", () => {
    it("reads each sheet as rows of plain values, every row as wide as the header", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("宿舍");
      sheet.addRows([
        ["宿舍号", "楼栋", "年级"],
        ["3-201"],
        [],
        ["3-202", { richText: [{ text: "3号" }, { text: "楼" }] }],
      ]);
      sheet.getCell("C4").value = { formula: "1+1", result: 2 };
      sheet.getCell("E5").value = "note";
      sheet.getCell("A6").font = { bold: true };
      const [grid] = gridsOf(await roundTrip(workbook));
      expect(grid?.values.map((row) => [...row].map((v) => v ?? "-"))).toEqual([
        ["宿舍号", "楼栋", "年级"],
        ["3-201", "", ""],
        ["", "", ""],
        ["3-202", "3号楼", 2],
        ["", "", "", "-", "note"],
      ]);
    });

    it("visits only the cells that hold a value: a stray value at XFD1048576 costs one cell", async () => {
      const workbook = workbookOf(sampleWorkbook("zh"));
      (workbook.getWorksheet("宿舍") as ExcelJS.Worksheet).getCell("XFD1048576").value = "stray";
      const other = workbook.addWorksheet("我的统计");
      other.getCell("A1").value = "自己的表";
      other.getCell("XFD1048576").value = 42;
      const read = await roundTrip(workbook);
      const cells = cellsWithValues(read);
      let grids: ReturnType<typeof gridsOf> = [];
      const reads = countReads(read.worksheets[0]?.getCell("A1") as ExcelJS.Cell, () => {
        grids = gridsOf(read);
      });
      expect(reads).toBeLessThanOrEqual(2 * cells);
      const dorms = grids.find((g) => g.name === "宿舍");
      expect(dorms?.values).toHaveLength(1_048_576);
      expect(dorms?.values.at(-1)?.[16_383]).toBe("stray");
      expect(dorms?.values.at(-1)?.filter((v) => v !== undefined && v !== "")).toEqual(["stray"]);
      // Rows with no value share one blank row instead of each taking memory of their own.
      expect(new Set(dorms?.values.slice(300, -1)).size).toBe(1);
      expect(grids.find((g) => g.name === "我的统计")?.values.at(-1)?.[16_383]).toBe(42);
    });

    it("drops trailing rows that hold only empty text or formatting", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("设置");
      sheet.addRows([
        ["项目", "值"],
        ["语言", "zh"],
        ["", ""],
      ]);
      sheet.getCell("A10").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
      const [grid] = gridsOf(await roundTrip(workbook));
      expect(grid?.values).toEqual([
        ["项目", "值"],
        ["语言", "zh"],
      ]);
    });
  });
});
