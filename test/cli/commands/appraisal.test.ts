import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../../../src/cli/commands/report.ts";
import { workbookOf } from "../../../src/cli/xlsx.ts";
import { runCli } from "../../support/cli.ts";
import { workbook } from "../../support/records.ts";

const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-appraisal-"));
const at = (name: string) => join(dir, name);
const TODAY = ["--today", "2026-07-01"];

beforeAll(async () => {
  const grids = workbook({
    dorms: [["A"], ["B"]],
    members: [
      ["2022010001", "张三", "正式党员", "B", "一支部"],
      ["2022010002", "李四", "发展对象", "A"],
    ],
    inspections: [
      ["2025-09-08", "A", "卫生", "不合格"],
      ["2025-09-15", "A", "卫生", "不合格"],
      ["2025-11-03", "B", "卫生", "优秀"],
      ["2026-03-09", "B", "卫生", "优秀"],
    ],
    moves: [["2025-11-01", "2022010001", "A", "B"]],
    settings: [["积分：本人宿舍不合格", -5]],
  });
  await workbookOf(grids).xlsx.writeFile(at("dept.xlsx"));
});

describe("dorm-plaque appraisal", () => {
  it("writes the year's record as one table, readable by exceljs and by LibreOffice", async () => {
    const run = await runCli("appraisal", at("dept.xlsx"), "--out", at("appraisal.xlsx"), ...TODAY);
    expect(run.code).toBe(0);
    expect(run.out).toContain("2025-2026学年党员寝室情况年度考评记录");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("appraisal.xlsx"));
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe("年度考评 2025-2026");
    expect((sheet.getRow(2).values as unknown[]).slice(1, 11)).toEqual([
      "2022010001",
      "张三",
      "正式党员",
      "一支部",
      "A→B",
      "不合格",
      3,
      1,
      2,
      "通报批评 2；通报表扬 1；评奖评优资格 取消",
    ]);
    execFileSync(
      "libreoffice",
      [
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76",
        "--outdir",
        dir,
        at("appraisal.xlsx"),
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(at("appraisal.csv"), "utf8")).toContain("2022010001,张三,正式党员");
  }, 180_000);

  it("writes one person's pages with --student, and refuses a student it does not have", async () => {
    const run = await runCli(
      "appraisal",
      at("dept.xlsx"),
      "--student",
      "2022010002",
      "--out",
      at("one.html"),
      ...TODAY,
    );
    expect(run.code).toBe(0);
    const { readFileSync } = await import("node:fs");
    const html = readFileSync(at("one.html"), "utf8");
    expect(html).toContain("<h3>李四");
    expect(html).not.toContain("<h3>张三");
    const unknown = await runCli(
      "appraisal",
      at("dept.xlsx"),
      "--student",
      "9999",
      "--out",
      at("x.html"),
      ...TODAY,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("9999");
  });

  it.skipIf(!("path" in findChromium(process.env)))(
    "prints a summary page, then each person's record on a page of its own, A4",
    async () => {
      const run = await runCli("appraisal", at("dept.xlsx"), "--out", at("appraisal.pdf"), ...TODAY);
      expect(run.code, run.err).toBe(0);
      const info = execFileSync("pdfinfo", [at("appraisal.pdf")], { encoding: "utf8" });
      expect(info).toMatch(/Page size:.*\(A4\)/);
      const pages = execFileSync("pdftotext", [at("appraisal.pdf"), "-"], { encoding: "utf8" })
        .split("\f")
        .filter((page) => page.trim() !== "");
      expect(pages).toHaveLength(3);
      // A page names its person in its heading; the dorm's opinion may name the others who lived there.
      expect(pages[1]).toContain("张三 （2022010001）");
      expect(pages[1]).not.toContain("李四 （2022010002）");
      expect(pages[2]).toContain("李四 （2022010002）");
      expect(pages[2]).not.toContain("张三 （2022010001）");
    },
    60_000,
  );

  it("checks the year and the kind of file", async () => {
    expect((await runCli("appraisal", at("dept.xlsx"), "--year", "2025", "--out", at("x.html"))).code).toBe(
      2,
    );
    expect((await runCli("appraisal", at("dept.xlsx"), "--out", at("x.docx"))).code).toBe(2);
  });
});
