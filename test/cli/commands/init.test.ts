import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, runCliIn } from "../../support/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-init-"));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("init", () => {
  it("refuses to replace an existing file, and says how to", async () => {
    const path = join(dir, "mine.xlsx");
    writeFileSync(path, "a workbook with a year of inspections");
    const r = await runCliIn("en", "init", path);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${path} already exists and init does not replace it. Choose another name, or add --force to replace it.`,
    );
    expect(readFileSync(path, "utf8")).toBe("a workbook with a year of inspections");
  });

  it("replaces an existing file with --force, whole", async () => {
    const path = join(dir, "forced.xlsx");
    writeFileSync(path, "old");
    expect((await runCli("init", path, "--force")).code).toBe(0);
    expect((await load(path)).worksheets.map((s) => s.name)).toContain("宿舍");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("names the extension it cannot write", async () => {
    const r = await runCliIn("en", "init", join(dir, "template.xls"));
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe("init writes .xlsx files, not .xls: give a file name ending in .xlsx");
  });
});

/** exceljs keeps data validations on the worksheet, one entry per cell once read, outside its types. */
function validationsOf(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation> {
  return (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
}

describe("init's template", () => {
  const path = join(dir, "template.xlsx");
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    expect((await runCli("init", path)).code).toBe(0);
    wb = await load(path);
  });

  it("puts a note on every header: what to type, an example, required or not", () => {
    for (const sheet of wb.worksheets.slice(0, 6)) {
      const row = sheet.getRow(1);
      for (let c = 1; c <= sheet.columnCount; c++) {
        const note = row.getCell(c).note;
        const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
        expect(text.length, `${sheet.name} ${c}`).toBeGreaterThan(5);
      }
    }
    const dorm = wb.getWorksheet("宿舍")?.getCell("A1").note;
    expect(JSON.stringify(dorm)).toContain("必填");
    expect(JSON.stringify(dorm)).toContain("例如：3-201");
  });

  it("marks the required headers and says Result and Score are one of two", () => {
    expect(wb.getWorksheet("党员")?.getRow(1).values).toEqual([
      undefined,
      "学号（必填）",
      "姓名（必填）",
      "政治面貌（必填）",
      "宿舍号（必填）",
      "支部",
      "支部联系人",
    ]);
    expect(wb.getWorksheet("检查记录")?.getCell("D1").value).toBe("结果（与分数二选一）");
  });

  it("gives every closed vocabulary a dropdown that informs rather than refuses", () => {
    const lists = new Map<string, Set<string>>();
    for (const sheet of wb.worksheets) {
      for (const [address, v] of Object.entries(validationsOf(sheet))) {
        if (v.type !== "list") continue;
        const column = `${sheet.name}!${address.replace(/\d+$/, "")}`;
        lists.set(column, (lists.get(column) ?? new Set()).add(String(v.formulae[0])));
        expect(v.errorStyle).toBe("information");
      }
    }
    expect(Object.fromEntries([...lists].map(([column, formulae]) => [column, [...formulae]]))).toEqual({
      "宿舍!C": ['"大一,大二,大三,大四"'],
      "宿舍!D": ['"是,否"'],
      "宿舍!F": ['"完好,遗失,污损"'],
      "党员!C": ['"正式党员,预备党员,发展对象,入党积极分子,群众"'],
      "检查记录!C": ['"卫生,纪律,作息,安全"'],
      "检查记录!D": ['"优秀,合格,不合格,无人,拒查"'],
      "设置!B": ['"平均分,优秀次数"', '"宿舍,楼栋"', '"中文,English"'],
      "检查细则!E": ['"每项,每床"'],
      "检查细则!G": ['"是,否"'],
    });
    const score = validationsOf(wb.getWorksheet("检查记录") as ExcelJS.Worksheet).E2;
    expect(score).toMatchObject({ type: "decimal", formulae: [0, 100], errorStyle: "warning" });
  });

  it("fills the Settings tab with each default and its meaning, and the language as 中文", () => {
    const settings = wb.getWorksheet("设置") as ExcelJS.Worksheet;
    const rows = (settings.getSheetValues() as unknown[][]).slice(1).map((r) => r.slice(1));
    expect(rows[0]).toEqual(["项目", "值", "说明"]);
    const value = (key: string) => rows.find((r) => r[0] === key)?.[1];
    expect(value("连续不合格上限")).toBe(2);
    expect(value("优秀比例")).toBe("50%");
    expect(value("语言")).toBe("中文");
    expect(String(rows.find((r) => r[0] === "学期不合格上限")?.[2])).toContain("默认 4");
  });

  it("grades as it is, with no message in any check column", async () => {
    const r = await runCli(
      "grade",
      path,
      "--out",
      join(dir, "template-graded.xlsx"),
      "--today",
      "2026-01-20",
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).not.toContain("有问题的行");
  });

  it("writes the same template in English", async () => {
    const en = join(dir, "template-en.xlsx");
    expect((await runCli("init", en, "--lang", "en")).code).toBe(0);
    const book = await load(en);
    expect(book.worksheets.map((s) => s.name)).toEqual([
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
    const settings = book.getWorksheet("Settings") as ExcelJS.Worksheet;
    const language = (settings.getSheetValues() as unknown[][]).find((row) => row?.[1] === "Language");
    expect(language?.[2]).toBe("English");
    expect(validationsOf(book.getWorksheet("Inspections") as ExcelJS.Worksheet).D2?.formulae).toEqual([
      '"excellent,pass,fail,nobody in,refused"',
    ]);
  });
});
