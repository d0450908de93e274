import { crc32, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { rawData, zipEntries } from "../../src/cli/zip.ts";
import { deflateStored } from "../../src/cli/zip-deflate.ts";

/** A small workbook with text of every kind a sheet holds, written as exceljs writes it. */
async function storedWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("宿舍");
  sheet.addRow(["宿舍号", "楼栋", "等级"]);
  for (let i = 0; i < 500; i++) sheet.addRow([`3-${200 + i}`, "东区3号楼", i % 7 === 0 ? "不合格" : "合格"]);
  workbook.addWorksheet("Settings").addRow(["Language", "English"]);
  return (await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } })) as unknown as Buffer;
}

describe("deflateStored", () => {
  it("deflates every part and keeps its name, order, date, size and checksum", async () => {
    const stored = await storedWorkbook();
    const before = zipEntries(stored) ?? [];
    const zip = await deflateStored(stored);
    const after = zipEntries(zip) ?? [];
    expect(before.length).toBeGreaterThan(5);
    expect(after.map((e) => [e.name, e.size, e.crc32, e.time, e.date])).toEqual(
      before.map((e) => [e.name, e.size, e.crc32, e.time, e.date]),
    );
    expect(after.every((e) => e.method === 8)).toBe(true);
    for (const [i, entry] of after.entries()) {
      const inflated = inflateRawSync(rawData(zip, entry));
      expect(inflated.equals(rawData(stored, before[i] as (typeof before)[number]))).toBe(true);
      expect(crc32(inflated) >>> 0).toBe(entry.crc32);
    }
    expect(zip.length).toBeLessThan(stored.length / 3);
  });

  it("gives a workbook exceljs reads back cell for cell", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await deflateStored(await storedWorkbook())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("宿舍");
    expect(sheet?.rowCount).toBe(501);
    expect(sheet?.getRow(8).values).toEqual([undefined, "3-206", "东区3号楼", "合格"]);
    expect(sheet?.getCell("C2").value).toBe("不合格");
  });

  it("gives back as they were a zip already compressed and bytes that are no zip", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("a").addRow(["x"]);
    const deflated = (await workbook.xlsx.writeBuffer()) as unknown as Buffer;
    expect(await deflateStored(deflated)).toBe(deflated);
    const text = Buffer.from("not a zip at all");
    expect(await deflateStored(text)).toBe(text);
  });
});
