import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { LEGEND_MARK, writeFormat, writeLegend, writePrintSetup } from "../../src/cli/xlsx-format.ts";
import { COMPUTED_HEADER, type TabFormat } from "../../src/workbook/formats.ts";
import { legendPlan } from "../../src/workbook/legend.ts";
import { runCli } from "../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-format-"));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const format: TabFormat = {
  tab: "members",
  sheetName: "党员",
  headerBackground: COMPUTED_HEADER,
  columns: [
    { column: 3, width: 10, wrap: false, note: "【计算结果，请勿手动填写】\n通报批评" },
    { column: 4, width: 20, wrap: true, note: "【计算结果，请勿手动填写】\n处理意见" },
  ],
};

function members(): ExcelJS.Worksheet {
  const sheet = new ExcelJS.Workbook().addWorksheet("党员");
  sheet.addRows([
    ["学号", "姓名", "通报批评", "处理意见"],
    ["2022010001", "张三", 2, "由支部联系人刘敏批评教育，限期改正（截止 2026-01-05）"],
    ["2022010002", "李四", 0, ""],
  ]);
  sheet.getCell("B1").font = { bold: true, color: { argb: "FF0000FF" } };
  sheet.getColumn(2).width = 31;
  return sheet;
}

describe("xlsx-format", () => {
  describe("writeFormat", () => {
    it("gives the output columns their widths, and their headers a fill and a note", () => {
      const sheet = members();
      writeFormat(sheet, format);
      expect([sheet.getColumn(3).width, sheet.getColumn(4).width]).toEqual([10, 20]);
      expect(sheet.getCell("C1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFCFE2F3" } });
      expect(sheet.getCell("D1").note).toBe("【计算结果，请勿手动填写】\n处理意见");
    });

    it("leaves the user's own columns as they were, even a header whose style the output header copied", () => {
      const sheet = members();
      sheet.getCell("C1").style = sheet.getCell("B1").style;
      writeFormat(sheet, format);
      expect(sheet.getCell("B1").fill).toBeUndefined();
      expect(sheet.getCell("B1").font).toEqual({ bold: true, color: { argb: "FF0000FF" } });
      expect(sheet.getCell("B1").note).toBeUndefined();
      expect(sheet.getColumn(2).width).toBe(31);
    });

    it("wraps a value longer than its column and gives its row the lines' height", () => {
      const sheet = members();
      writeFormat(sheet, format);
      expect(sheet.getCell("D2").alignment).toMatchObject({ wrapText: true });
      expect(sheet.getRow(2).height).toBeGreaterThanOrEqual(45);
      expect(sheet.getCell("D3").alignment?.wrapText).toBeUndefined();
      expect(sheet.getRow(3).height).toBeUndefined();
    });
  });

  describe("writePrintSetup", () => {
    it("prints A4 landscape, fitted to the width, with the header row on every page", () => {
      const sheet = members();
      writePrintSetup(sheet);
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "1:1",
      });
    });

    it("keeps what the user chose: paper, scale and print titles", () => {
      const sheet = members();
      sheet.pageSetup.paperSize = 11;
      sheet.pageSetup.orientation = "portrait";
      sheet.pageSetup.scale = 80;
      sheet.pageSetup.printTitlesRow = "1:2";
      writePrintSetup(sheet);
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 11,
        orientation: "portrait",
        scale: 80,
        fitToPage: false,
        printTitlesRow: "1:2",
      });
    });
  });

  describe("writeLegend", () => {
    it("adds the Legend tab last and marks it as the engine's own", () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("宿舍");
      writeLegend(wb, legendPlan("zh"));
      expect(wb.worksheets.map((s) => s.name)).toEqual(["宿舍", "图例"]);
      expect(wb.definedNames.getRanges(LEGEND_MARK).ranges).toEqual(["'图例'!$A$1"]);
      const legend = wb.getWorksheet("图例") as ExcelJS.Worksheet;
      expect(legend.getCell("A4").value).toBe("红色");
      expect(legend.getCell("A4").fill).toMatchObject({ fgColor: { argb: "FFEA9999" } });
    });

    it("never writes over a user's tab of that name", () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("图例").getCell("A1").value = "我的图例";
      writeLegend(wb, legendPlan("zh"));
      writeLegend(wb, legendPlan("zh"));
      expect(wb.worksheets.map((s) => s.name)).toEqual(["图例", "图例 2"]);
      expect(wb.getWorksheet("图例")?.getCell("A1").value).toBe("我的图例");
    });
  });

  describe("grade", () => {
    let graded: ExcelJS.Workbook;
    beforeAll(async () => {
      const input = join(dir, "sample.xlsx");
      await runCli("init", input, "--sample");
      const once = join(dir, "once.xlsx");
      const twice = join(dir, "twice.xlsx");
      await runCli("grade", input, "--out", once, "--today", "2026-01-20");
      await runCli("grade", once, "--out", twice, "--today", "2026-01-20");
      graded = await load(twice);
    });

    it("keeps one Legend tab, marked, through repeated grading", () => {
      expect(graded.worksheets.map((s) => s.name).filter((n) => n.startsWith("图例"))).toEqual(["图例"]);
      expect(graded.definedNames.getRanges(LEGEND_MARK).ranges).toEqual(["'图例'!$A$1"]);
    });

    it("sets up every tab for print and marks every computed header", () => {
      for (const name of ["宿舍", "党员", "检查记录", "联系宿舍", "谈话记录", "设置"]) {
        const sheet = graded.getWorksheet(name) as ExcelJS.Worksheet;
        expect(sheet.pageSetup.printTitlesRow, name).toBe("1:1");
        expect(sheet.pageSetup.orientation, name).toBe("landscape");
      }
      const members = graded.getWorksheet("党员") as ExcelJS.Worksheet;
      const headers = (members.getRow(1).values as unknown[]).slice(1);
      const review = headers.indexOf("考察参考") + 1;
      expect(review).toBeGreaterThan(0);
      expect(String(members.getCell(1, review).note)).toContain("不是考核结果");
      expect(JSON.stringify(members.getCell(1, 1).note)).not.toContain("计算结果");
    });
  });
});
