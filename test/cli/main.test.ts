import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { cliLang } from "../../src/cli/lang.ts";
import { gridsOf } from "../../src/cli/xlsx.ts";
import { isOwnRule } from "../../src/workbook/highlights.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import { runCli, runCliIn } from "../support/cli.ts";
import { rezip } from "../support/zip.ts";

const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-cli-"));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** exceljs keeps conditional formats on the worksheet but leaves them out of its types. */
function rulesOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

function headers(sheet: ExcelJS.Worksheet): string[] {
  const row = sheet.getRow(1);
  return Array.from({ length: sheet.columnCount }, (_, i) => String(row.getCell(i + 1).value ?? ""));
}

function column(sheet: ExcelJS.Worksheet, header: string): unknown[] {
  const c = headers(sheet).indexOf(header) + 1;
  expect(c, `column ${header}`).toBeGreaterThan(0);
  return Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getCell(i + 2, c).value);
}

/** A small department a secretary typed by hand, with her own extras: a notes column, a style, a width, a rule. */
async function handMadeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const dorms = wb.addWorksheet("宿舍");
  dorms.addRows([
    ["宿舍号（必填）", "楼栋", "我的备注", "年级", "挂牌"],
    ["3-201", "3号楼", "靠楼梯", "大二", "是"],
    ["3-202", "3号楼", "", "大二", "否"],
  ]);
  dorms.getCell("C2").font = { italic: true, color: { argb: "FF0000FF" } };
  dorms.getColumn(3).width = 31;
  dorms.addConditionalFormatting({
    ref: "C2:C100",
    rules: [{ type: "expression", priority: 1, formulae: ['C2="靠楼梯"'], style: { font: { bold: true } } }],
  });
  const members = wb.addWorksheet("党员");
  members.addRows([
    ["学号", "姓名", "政治面貌", "宿舍号", "支部联系人"],
    ["2022010001", "张三", "正式党员", "3-201", "王老师"],
    ["2022010002", "李四", "预备党员", "3-201", "王老师"],
    ["2022010003", "赵五", "入党积极分子", "3-201", ""],
    ["2022010004", "钱六", "正式党员", "9-999", ""],
  ]);
  const inspections = wb.addWorksheet("检查记录");
  inspections.addRow(["日期", "宿舍号", "类别", "结果", "分数"]);
  const rows: [Date | string, string, string, string, number | string][] = [
    [new Date(Date.UTC(2025, 8, 15)), "3-201", "卫生", "不合格", ""],
    ["2025/9/22", "3-201", "卫生", "", 55],
    ["2025年9月29日", "3-202", "卫生", "优秀", ""],
    [new Date(Date.UTC(2025, 9, 6)), "3-202", "卫生", "excellent", ""],
    [new Date(Date.UTC(2025, 9, 6)), "8-888", "卫生", "合格", ""],
  ];
  inspections.addRows(rows);
  inspections.getColumn(1).numFmt = "yyyy-mm-dd";
  wb.addWorksheet("我的统计").addRows([["自己的表", 42]]);
  await wb.xlsx.writeFile(path);
}

describe("dorm-plaque command line", () => {
  const input = join(dir, "hand.xlsx");
  const graded = join(dir, "hand-graded.xlsx");
  let result: { code: number; out: string; err: string };

  beforeAll(async () => {
    await handMadeWorkbook(input);
    result = await runCli("grade", input, "--out", graded, "--today", "2026-01-20");
  });

  describe("grade", () => {
    it("exits 0 and prints a summary of the semester", () => {
      expect(result.code).toBe(0);
      expect(result.out).toContain("2025-2026学年第一学期");
      expect(result.out).toMatch(/不合格 1/);
    });

    it("writes the grades and member outcomes into the output columns", async () => {
      const wb = await load(graded);
      const dorms = wb.getWorksheet("宿舍") as ExcelJS.Worksheet;
      expect(column(dorms, "学期等级")).toEqual(["不合格", "优秀"]);
      expect(column(dorms, "不合格次数")).toEqual([2, 0]);
      const members = wb.getWorksheet("党员") as ExcelJS.Worksheet;
      expect(column(members, "评奖评优资格").slice(0, 3)).toEqual(["取消", "取消", "保留"]);
      expect(column(members, "通报批评").slice(0, 3)).toEqual([2, 2, null]);
      expect(String(column(members, "校验")[3])).toContain("9-999");
      const inspections = wb.getWorksheet("检查记录") as ExcelJS.Worksheet;
      expect(column(inspections, "校验").map((v) => (v ? String(v) : ""))).toEqual([
        "",
        "",
        "",
        "",
        expect.stringContaining("8-888"),
      ]);
    });

    it("keeps every cell, style, width, sheet and rule of the user", async () => {
      const before = await load(input);
      const after = await load(graded);
      // Every tab of the user's, in order, and the engine's own Legend tab after them.
      expect(after.worksheets.map((s) => s.name)).toEqual([
        ...before.worksheets.map((s) => s.name),
        "考评意见",
        "排名",
        "图例",
      ]);
      for (const sheet of before.worksheets) {
        const out = after.getWorksheet(sheet.name) as ExcelJS.Worksheet;
        sheet.eachRow((row, r) => {
          row.eachCell((cell, c) => {
            expect(out.getCell(r, c).value, `${sheet.name}!${cell.address}`).toEqual(cell.value);
          });
        });
      }
      const dorms = after.getWorksheet("宿舍") as ExcelJS.Worksheet;
      expect(dorms.getCell("C2").font).toMatchObject({ italic: true, color: { argb: "FF0000FF" } });
      expect(dorms.getColumn(3).width).toBe(31);
      const userRules = rulesOf(dorms).filter((cf) => cf.ref === "C2:C100");
      expect(userRules).toHaveLength(1);
      expect(after.getWorksheet("我的统计")?.getCell("B1").value).toBe(42);
    });

    it("adds the highlights as conditional formatting keyed to the output columns", async () => {
      const wb = await load(graded);
      const members = wb.getWorksheet("党员") as ExcelJS.Worksheet;
      const ours = rulesOf(members).filter((cf) =>
        cf.rules.some((r) => "formulae" in r && isOwnRule(String(r.formulae?.[0]))),
      );
      expect(ours.length).toBe(4);
      const orange = ours[1]?.rules[0] as { formulae: string[] } | undefined;
      expect(String(orange?.formulae[0])).toContain('"取消"');
    });

    it("changes no value when run again on its own output", async () => {
      const again = join(dir, "hand-graded-twice.xlsx");
      expect((await runCli("grade", graded, "--out", again, "--today", "2026-01-20")).code).toBe(0);
      const first = await load(graded);
      const second = await load(again);
      for (const sheet of first.worksheets) {
        const other = second.getWorksheet(sheet.name) as ExcelJS.Worksheet;
        expect(other.rowCount).toBe(sheet.rowCount);
        expect(other.columnCount).toBe(sheet.columnCount);
        sheet.eachRow((row, r) => {
          row.eachCell((cell, c) => expect(other.getCell(r, c).value).toEqual(cell.value));
        });
        expect(rulesOf(other).length).toBe(rulesOf(sheet).length);
      }
    });

    it("grades a workbook with a stray value at XFD1048576 as it grades the same without it", async () => {
      const plain = join(dir, "plain.xlsx");
      const stray = join(dir, "stray.xlsx");
      await handMadeWorkbook(plain);
      const wb = await load(plain);
      (wb.getWorksheet("宿舍") as ExcelJS.Worksheet).getCell("XFD1048576").value = "stray";
      (wb.getWorksheet("我的统计") as ExcelJS.Worksheet).getCell("XFD1048576").value = 42;
      await wb.xlsx.writeFile(stray);
      const results = [
        await runCli("grade", plain, "--out", join(dir, "plain-graded.xlsx"), "--today", "2026-01-20"),
        await runCli("grade", stray, "--out", join(dir, "stray-graded.xlsx"), "--today", "2026-01-20"),
      ];
      expect(results.map((r) => r.code)).toEqual([0, 0]);
      expect(results[1]?.out.replace("stray-", "plain-")).toBe(results[0]?.out);
      const [without, withStray] = [
        await load(join(dir, "plain-graded.xlsx")),
        await load(join(dir, "stray-graded.xlsx")),
      ];
      for (const name of ["宿舍", "党员", "检查记录"]) {
        const a = without.getWorksheet(name) as ExcelJS.Worksheet;
        const b = withStray.getWorksheet(name) as ExcelJS.Worksheet;
        // Cell by cell over the rows and columns of the graded workbook without the stray value.
        for (let r = 1; r <= a.rowCount; r++) {
          for (let c = 1; c <= a.columnCount; c++) {
            expect(b.getCell(r, c).value, `${name}!${a.getCell(r, c).address}`).toEqual(
              a.getCell(r, c).value,
            );
          }
        }
        for (const rule of rulesOf(b))
          expect(Number(rule.ref.split(/[A-Z]+/).at(-1))).toBeLessThanOrEqual(1_048_576);
      }
      expect((withStray.getWorksheet("宿舍") as ExcelJS.Worksheet).getCell("XFD1048576").value).toBe("stray");
      expect((withStray.getWorksheet("我的统计") as ExcelJS.Worksheet).getCell("XFD1048576").value).toBe(42);
    });

    it("reads date cells as the same calendar day whatever the machine's time zone", () => {
      const bin = join(import.meta.dirname, "../../bin/dorm-plaque.mjs");
      const outputs = ["Asia/Shanghai", "America/Los_Angeles", "UTC"].map((tz) => {
        const out = join(dir, `tz-${tz.replace("/", "-")}.xlsx`);
        const p = spawnSync(process.execPath, [bin, "grade", input, "--out", out, "--today", "2026-01-20"], {
          env: { ...process.env, TZ: tz },
          encoding: "utf8",
        });
        expect(p.status, p.stderr).toBe(0);
        return p.stdout.replace(/→.*/, "");
      });
      expect(outputs[1]).toBe(outputs[0]);
      expect(outputs[2]).toBe(outputs[0]);
    });
  });

  describe("errors", () => {
    it("exits 1 naming a missing file", async () => {
      const r = await runCli("grade", join(dir, "nope.xlsx"), "--out", join(dir, "x.xlsx"));
      expect(r.code).toBe(1);
      expect(r.err).toContain("nope.xlsx");
    });

    it("exits 1 when the file is not an xlsx", async () => {
      const path = join(dir, "text.xlsx");
      writeFileSync(path, "宿舍号,楼栋\n3-201,3号楼\n");
      const r = await runCliIn("en", "grade", path, "--out", join(dir, "x.xlsx"));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/not an \.xlsx/);
      expect((await runCli("grade", path, "--out", join(dir, "x.xlsx"))).err).toContain("不是 .xlsx 工作簿");
    });

    it("speaks the shell's language, zh unless it says English", () => {
      expect(cliLang({})).toBe("zh");
      expect(cliLang({ LANG: "C.UTF-8" })).toBe("zh");
      expect(cliLang({ LANG: "en_US.UTF-8" })).toBe("en");
      expect(cliLang({ LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" })).toBe("zh");
      expect(cliLang({ LANG: "zh_CN.UTF-8", DORM_PLAQUE_LANG: "en" })).toBe("en");
    });

    it("names, before writing, what the graded copy cannot keep, and refuses to rewrite such a file in place", async () => {
      const path = join(dir, "with-chart.xlsx");
      const crossSheetList =
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1"><x14:dataValidation type="list"><x14:formula1><xm:f>我的统计!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>F2:F100</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
      const bytes = rezip(
        readFileSync(input),
        (name, xml) =>
          name === "xl/worksheets/sheet1.xml"
            ? xml.replace("</worksheet>", `${crossSheetList}</worksheet>`)
            : xml,
        { "xl/charts/chart1.xml": "<c:chartSpace/>" },
      );
      writeFileSync(path, bytes);
      const r = await runCliIn(
        "en",
        "grade",
        path,
        "--out",
        join(dir, "chart-graded.xlsx"),
        "--today",
        "2026-01-20",
      );
      expect(r.code).toBe(0);
      expect(r.err).toBe(
        `Note: the output file will not keep these from ${path} (the original is untouched): charts (1); dropdowns or data validations on 宿舍 that refer to another tab, an Excel extension (1).`,
      );
      const over = await runCli("grade", path, "--in-place");
      expect(over.code).toBe(1);
      expect(over.err).toContain("图表（1 个）");
      expect(over.err).toContain("--out");
      expect(readFileSync(path)).toEqual(bytes);
      expect(existsSync(`${path}.bak`)).toBe(false);
    });

    it("says a workbook with a password must be opened and saved without it first", async () => {
      const path = join(import.meta.dirname, "../fixtures/encrypted-password-secret.xlsx");
      const r = await runCliIn("en", "grade", path, "--out", join(dir, "x.xlsx"));
      expect(r.code).toBe(1);
      expect(r.err).toContain("is protected by a password (encrypted)");
      expect((await runCli("grade", path, "--out", join(dir, "x.xlsx"))).err).toContain("设有打开密码");
    });

    it("grades the visible tab, not a hidden backup listed first, and leaves the backup as it was", async () => {
      const path = join(dir, "hidden-backup.xlsx");
      const wb = new ExcelJS.Workbook();
      const backup = wb.addWorksheet("党员（2024备份）", { state: "hidden" });
      backup.addRows([
        ["学号", "姓名", "政治面貌", "宿舍号"],
        ["2020010001", "旧人", "正式党员", "3-201"],
      ]);
      wb.addWorksheet("宿舍").addRows([["宿舍号"], ["3-201"]]);
      wb.addWorksheet("党员").addRows([
        ["学号", "姓名", "政治面貌", "宿舍号"],
        ["2022010001", "张三", "正式党员", "3-201"],
      ]);
      wb.addWorksheet("检查记录").addRows([
        ["日期", "宿舍号", "结果"],
        ["2025-09-15", "3-201", "不合格"],
      ]);
      await wb.xlsx.writeFile(path);
      const out = join(dir, "hidden-backup-graded.xlsx");
      expect((await runCli("grade", path, "--out", out, "--today", "2026-01-20")).code).toBe(0);
      const graded = await load(out);
      expect(column(graded.getWorksheet("党员") as ExcelJS.Worksheet, "通报批评")).toEqual([1]);
      expect(headers(graded.getWorksheet("党员（2024备份）") as ExcelJS.Worksheet)).toEqual([
        "学号",
        "姓名",
        "政治面貌",
        "宿舍号",
      ]);
    });

    it("exits 1 listing the candidates when two tabs could be the Members tab", async () => {
      const path = join(dir, "two-members.xlsx");
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("宿舍").addRows([["宿舍号"], ["3-201"]]);
      wb.addWorksheet("党员（一支部）").addRow(["学号", "姓名", "政治面貌", "宿舍号"]);
      wb.addWorksheet("党员（二支部）").addRow(["学号", "姓名", "政治面貌", "宿舍号"]);
      wb.addWorksheet("检查记录").addRow(["日期", "宿舍号", "结果"]);
      await wb.xlsx.writeFile(path);
      const r = await runCli("grade", path, "--out", join(dir, "y.xlsx"));
      expect(r.code).toBe(1);
      expect(r.err).toContain("“党员（一支部）”、“党员（二支部）”");
    });

    it("exits 1 naming a missing tab and how to fix it", async () => {
      const path = join(dir, "no-members.xlsx");
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("宿舍").addRow(["宿舍号"]);
      wb.addWorksheet("检查记录").addRow(["日期", "宿舍号", "结果"]);
      await wb.xlsx.writeFile(path);
      const r = await runCli("grade", path, "--out", join(dir, "x.xlsx"));
      expect(r.code).toBe(1);
      expect(r.err).toContain("党员");
      expect(r.err).toContain("Members");
      expect(r.err).toContain("现有的表：宿舍、检查记录");
      expect(r.err).toContain("dorm-plaque init");
      expect(r.err).not.toContain("初始化表格");
      const en = await runCliIn("en", "grade", path, "--out", join(dir, "x.xlsx"));
      expect(en.err).toContain("the Members tab is missing");
    });

    it("exits 2 on bad usage and 0 on --help", async () => {
      expect((await runCli("grade", input)).code).toBe(2);
      expect((await runCli("frobnicate")).code).toBe(2);
      expect((await runCli("init", join(dir, "a.xlsx"), "--lang", "fr")).code).toBe(2);
      const help = await runCli("--help");
      expect(help.code).toBe(0);
      expect(help.out).toContain("dorm-plaque grade");
    });
  });

  describe("the bundled examples/sample.xlsx", () => {
    it("is what `npm run sample` makes today, so the README's figures stay true", async () => {
      const wb = await load(join(import.meta.dirname, "../../examples/sample.xlsx"));
      const plain = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
      // Every tab but the engine's own Legend, which init adds after them.
      const stored = gridsOf(wb)
        .filter((g) => g.name !== "图例")
        .map((g) => ({ name: g.name, values: g.values.map((r) => r.map(plain)) }));
      const fresh = sampleWorkbook("zh").map((g) => ({
        name: g.name,
        values: g.values.map((r) => {
          const row = r.map(plain);
          while (row.length < (g.values[0]?.length ?? 0)) row.push("");
          return row;
        }),
      }));
      expect(stored).toEqual(fresh);
    });

    it("grades to the summary the README shows", async () => {
      const r = await runCli(
        "grade",
        join(import.meta.dirname, "../../examples/sample.xlsx"),
        "--out",
        join(dir, "readme.xlsx"),
      );
      const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
      const lines = r.out.split("\n").filter((l) => !l.startsWith("→"));
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(readme).toContain(line);
    });
  });

  describe("init", () => {
    it("writes an empty workbook with every tab and header, in English when asked", async () => {
      const path = join(dir, "empty-en.xlsx");
      expect((await runCli("init", path, "--lang", "en")).code).toBe(0);
      const wb = await load(path);
      expect(wb.worksheets.map((s) => s.name)).toEqual([
        "Dorms",
        "Members",
        "Inspections",
        "Visits",
        "Talks",
        "Moves",
        "Assignments",
        "Settings",
        "Scoresheet",
        "Legend",
      ]);
      expect(headers(wb.getWorksheet("Inspections") as ExcelJS.Worksheet)).toEqual(
        expect.arrayContaining([
          "Date (required)",
          "Dorm (required)",
          "Result (or Score)",
          "Score (or Result)",
        ]),
      );
    });

    it("writes a sample workbook that grades cleanly", async () => {
      const path = join(dir, "sample.xlsx");
      expect((await runCli("init", path, "--sample")).code).toBe(0);
      const r = await runCli(
        "grade",
        path,
        "--out",
        join(dir, "sample-graded.xlsx"),
        "--today",
        "2026-01-20",
      );
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/优秀 \d+，合格 \d+，不合格 [1-9]/);
    });
  });
});
