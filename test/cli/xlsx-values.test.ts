import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/cli/workbook-file.ts";
import { gridsOf } from "../../src/cli/xlsx.ts";
import { xlsxValues } from "../../src/cli/xlsx-values.ts";
import { dayOfIso } from "../../src/engine/day.ts";
import { readWorkbook } from "../../src/workbook/read.ts";

const sample = join(import.meta.dirname, "../../examples/sample.xlsx");
const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-values-"));
const hasLibreOffice = spawnSync("libreoffice", ["--version"]).status === 0;
const options = { timeZone: "UTC", today: dayOfIso("2026-01-20") as number };

/** What grading reads of a workbook, the way both readers are compared: its records and checks. */
function readOf(grids: Parameters<typeof readWorkbook>[0]) {
  const read = readWorkbook(grids, options);
  return { records: read.records, checks: read.checks, settings: read.settings, problems: read.problems };
}

async function bothReaders(path: string) {
  const fast = xlsxValues(readFileSync(path));
  if (!fast) throw new Error("the fast reader gave up");
  const slow = gridsOf((await readXlsx(path, "zh")).workbook);
  return { fast, slow };
}

describe("xlsxValues", () => {
  it("reads the sample so that grading reads exactly what it reads through exceljs", async () => {
    const { fast, slow } = await bothReaders(sample);
    expect(fast.map((g) => [g.name, g.hidden])).toEqual(slow.map((g) => [g.name, g.hidden]));
    expect(readOf(fast)).toEqual(readOf(slow));
  });

  it.skipIf(!hasLibreOffice)(
    "reads the same from the sample saved again by LibreOffice",
    async () => {
      const copy = join(dir, "sample.xlsx");
      copyFileSync(sample, copy);
      execFileSync("libreoffice", ["--headless", "--convert-to", "xlsx", "--outdir", join(dir, "lo"), copy], {
        stdio: "ignore",
        timeout: 120_000,
      });
      const { fast, slow } = await bothReaders(join(dir, "lo", "sample.xlsx"));
      expect(readOf(fast)).toEqual(readOf(slow));
    },
    150_000,
  );

  it("reads shared and inline strings, rich text, entities, booleans, numbers and hidden tabs", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("宿舍 & 楼");
    sheet.getCell("A1").value = 'a<b>&"c"';
    sheet.getCell("B1").value = { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] };
    sheet.getCell("C1").value = true;
    sheet.getCell("D1").value = 92.5;
    sheet.getCell("A3").value = "第三行";
    sheet.getCell("B3").value = { formula: "1+1", result: 2 };
    workbook.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "x";
    const path = join(dir, "kinds.xlsx");
    await workbook.xlsx.writeFile(path);
    expect(xlsxValues(readFileSync(path))).toEqual([
      {
        name: "宿舍 & 楼",
        values: [['a<b>&"c"', "富文本", true, 92.5], [], ["第三行", 2]],
        hidden: false,
      },
      { name: "隐藏", values: [["x"]], hidden: true },
    ]);
  });

  it("gives up, for exceljs to read, on a workbook counting dates from 1904 and on what is not an .xlsx", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    workbook.addWorksheet("宿舍").getCell("A1").value = new Date(Date.UTC(2025, 8, 1));
    const path = join(dir, "1904.xlsx");
    await workbook.xlsx.writeFile(path);
    expect(xlsxValues(readFileSync(path))).toBeUndefined();
    expect(xlsxValues(Buffer.from("not a zip at all"))).toBeUndefined();
  });
});
