import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readExport } from "../../src/cli/import-source.ts";

const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-source-"));

describe("readExport", () => {
  it("reads the visible sheet of an .xlsx that looks most like an inspection list", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").getCell("A1").value = "本表由问卷星导出";
    const hidden = wb.addWorksheet("旧表", { state: "hidden" });
    hidden.addRow(["日期", "宿舍号", "结果", "检查人"]);
    const data = wb.addWorksheet("数据");
    data.addRow(["序号", "提交时间", "寝室号", "等级"]);
    data.addRow([1, "2026-01-19 09:00", "3-201", "合格"]);
    const path = join(dir, "export.xlsx");
    await wb.xlsx.writeFile(path);
    const file = await readExport(path, "zh");
    expect(file.sheet).toBe("数据");
    expect(file.table.values[1]).toEqual([1, "2026-01-19 09:00", "3-201", "合格"]);
    expect(file.encoding).toBeUndefined();
  });

  it("reads a .tsv as text, whatever its encoding", async () => {
    const path = join(dir, "export.tsv");
    writeFileSync(path, "日期\t宿舍号\n2026-01-19\t3-201\n");
    expect(await readExport(path, "zh")).toEqual({
      table: {
        name: "export.tsv",
        values: [
          ["日期", "宿舍号"],
          ["2026-01-19", "3-201"],
        ],
        timeZone: "UTC",
      },
      encoding: "utf-8",
    });
  });

  it("refuses a file it cannot read, saying what to do", async () => {
    const xls = join(dir, "old.xls");
    writeFileSync(xls, "");
    await expect(readExport(xls, "en")).rejects.toThrow("save an .xls as .xlsx or CSV first");
    const fake = join(dir, "fake.xlsx");
    writeFileSync(fake, "not a zip");
    await expect(readExport(fake, "zh")).rejects.toThrow("不是 .xlsx 工作簿");
  });
});
