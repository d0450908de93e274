import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { inspectXlsx } from "../../src/cli/carry-over.ts";
import { readXlsx } from "../../src/cli/workbook-file.ts";
import { entryText, zipEntries } from "../../src/cli/zip.ts";
import { rezip } from "../support/zip.ts";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** A workbook as exceljs writes it, with what exceljs itself carries over: notes, a dropdown, a picture. */
async function baseWorkbook(rows = 3): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const dorms = wb.addWorksheet("宿舍");
  dorms.addRow(["宿舍号", "挂牌"]);
  for (let i = 0; i < rows; i++) dorms.addRow([`3-${200 + i}`, "是"]);
  dorms.getCell("A1").note = "必填";
  dorms.getCell("B2").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
  dorms.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "D2:E4");
  wb.addWorksheet("R&D 统计").addRow(["x", 1]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-carry-"));

/** The text of every part of an .xlsx after the command line has read it and exceljs written it back. */
async function afterRoundTrip(bytes: Buffer): Promise<string> {
  const path = join(dir, "round-trip.xlsx");
  writeFileSync(path, bytes);
  const { workbook } = await readXlsx(path, "en");
  const out = Buffer.from(await workbook.xlsx.writeBuffer());
  return (zipEntries(out) ?? []).map((e) => `${e.name}\n${entryText(out, e)}`).join("\n");
}

const sheet1 = "xl/worksheets/sheet1.xml";
const sheet2 = "xl/worksheets/sheet2.xml";
const beforeEnd = (xml: string, insert: string) => xml.replace("</worksheet>", `${insert}</worksheet>`);
const afterCells = (xml: string, insert: string) => xml.replace("</sheetData>", `</sheetData>${insert}`);

const CROSS_SHEET_LIST = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'R&amp;D 统计'!$A$1:$A$9</xm:f></x14:formula1><xm:sqref>C2:C500</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;

let base: Buffer;
beforeAll(async () => {
  base = await baseWorkbook();
});

describe("inspectXlsx", () => {
  it("finds nothing lost in what exceljs carries over: notes, dropdowns, pictures", async () => {
    expect(await inspectXlsx(base)).toEqual({ kind: "xlsx", losses: [] });
    const back = await afterRoundTrip(base);
    expect(back).toContain("xl/media/");
    expect(back).toContain("<dataValidation ");
    expect(back).toContain("必填");
  });

  it("finds a dropdown that lists another tab, kept in Excel's extension list, which exceljs drops", async () => {
    const bytes = rezip(base, (name, xml) => (name === sheet1 ? beforeEnd(xml, CROSS_SHEET_LIST) : xml));
    expect(await inspectXlsx(bytes)).toEqual({
      kind: "xlsx",
      losses: [{ kind: "extValidation", sheet: "宿舍", count: 1 }],
    });
    expect(await afterRoundTrip(bytes)).not.toContain("x14:dataValidation");
  });

  it("finds validation settings and bounds that exceljs cannot write back", async () => {
    const validations =
      '<dataValidations count="2"><dataValidation type="list" showDropDown="1" sqref="A2:A9"><formula1>"a,b"</formula1></dataValidation>' +
      '<dataValidation type="whole" operator="lessThan" sqref="B2:B9"><formula1>$B$1</formula1></dataValidation></dataValidations>';
    const bytes = rezip(base, (name, xml) => (name === sheet2 ? afterCells(xml, validations) : xml));
    expect(await inspectXlsx(bytes)).toEqual({
      kind: "xlsx",
      losses: [
        { kind: "validationOption", sheet: "R&D 统计", count: 1 },
        { kind: "validationReference", sheet: "R&D 统计", count: 1 },
      ],
    });
    const back = await afterRoundTrip(bytes);
    expect(back).not.toContain("showDropDown");
    expect(back).not.toContain("$B$1");
  });

  it("finds conditional formats in the extension list other than data bars and icon sets", async () => {
    const ext = `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="expression" priority="1" id="{1}"><xm:f>'R&amp;D 统计'!$B$1&gt;0</xm:f><x14:dxf/></x14:cfRule><xm:sqref>A2:A9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
    const bytes = rezip(base, (name, xml) => (name === sheet1 ? beforeEnd(xml, ext) : xml));
    expect(await inspectXlsx(bytes)).toMatchObject({
      losses: [{ kind: "extConditionalFormat", sheet: "宿舍", count: 1 }],
    });
    expect(await afterRoundTrip(bytes)).not.toContain("x14:cfRule");
  });

  it("finds charts, shapes, macros and workbook protection", async () => {
    const bytes = rezip(
      base,
      (name, xml) => {
        if (name === "xl/workbook.xml")
          return xml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>');
        if (name === "xl/drawings/drawing1.xml")
          return xml.replace(
            "</xdr:wsDr>",
            "<xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>",
          );
        return xml;
      },
      { "xl/charts/chart1.xml": "<c:chartSpace/>", "xl/vbaProject.bin": "VBA" },
    );
    const found = await inspectXlsx(bytes);
    expect(found.kind === "xlsx" && found.losses.map((l) => l.kind).sort()).toEqual([
      "chart",
      "macro",
      "shape",
      "workbookProtection",
    ]);
    const back = await afterRoundTrip(bytes);
    expect(back).not.toContain("workbookProtection");
    expect(back).not.toContain("xl/charts/chart1.xml");
    expect(back).not.toContain("<xdr:sp>");
  });

  it("reads the tail of a large sheet without holding its cells, across the pieces it streams in", async () => {
    const large = await baseWorkbook(20_000);
    const bytes = rezip(large, (name, xml) => (name === sheet1 ? beforeEnd(xml, CROSS_SHEET_LIST) : xml));
    expect(await inspectXlsx(bytes)).toMatchObject({ losses: [{ kind: "extValidation", sheet: "宿舍" }] });
  });

  it("reads the tail of a sheet whose elements carry a namespace prefix", async () => {
    const bytes = rezip(base, (name, xml) =>
      name === sheet1
        ? beforeEnd(
            xml.replace("<sheetData>", "<x:sheetData>").replace("</sheetData>", "</x:sheetData>"),
            CROSS_SHEET_LIST,
          )
        : xml,
    );
    expect(await inspectXlsx(bytes)).toMatchObject({ losses: [{ kind: "extValidation", sheet: "宿舍" }] });
  });

  it("tells a workbook encrypted with a password", async () => {
    const bytes = readFileSync(join(import.meta.dirname, "../fixtures/encrypted-password-secret.xlsx"));
    expect(await inspectXlsx(bytes)).toEqual({ kind: "encrypted" });
  });

  const hasLibreOffice = spawnSync("libreoffice", ["--version"]).status === 0;
  it.skipIf(!hasLibreOffice)(
    "tells a legacy .xls saved by another program",
    async () => {
      const xlsx = join(dir, "old.xlsx");
      writeFileSync(xlsx, base);
      execFileSync("libreoffice", ["--headless", "--convert-to", "xls", "--outdir", dir, xlsx], {
        stdio: "ignore",
        timeout: 120_000,
      });
      expect(await inspectXlsx(readFileSync(join(dir, "old.xls")))).toEqual({ kind: "legacy" });
    },
    150_000,
  );

  it("tells files that are not workbooks at all", async () => {
    expect(await inspectXlsx(Buffer.from("宿舍号,楼栋\n3-201,3号楼\n"))).toEqual({ kind: "unknown" });
    const words = rezip(Buffer.alloc(0), undefined, { "word/document.xml": "<w:document/>" });
    expect(await inspectXlsx(words)).toEqual({ kind: "unknown" });
  });
});
