import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { writeXlsx } from "../../../src/cli/workbook-file.ts";
import { workbookOf } from "../../../src/cli/xlsx.ts";
import { reportModel } from "../../../src/documents/report/model.ts";
import { dayOfIso } from "../../../src/engine/day.ts";
import { type Grading, gradeWorkbook } from "../../../src/workbook/grade.ts";
import type { Grid } from "../../../src/workbook/layout.ts";
import { sampleWorkbook } from "../../../src/workbook/sample.ts";
import { runCli, runCliIn } from "../../support/cli.ts";
import { plantedWorkbook } from "../../support/planted.ts";

const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-rollup-"));
const today = dayOfIso("2026-01-20") as number;
const NAMES = ["电子工程系", "计算机系", "机械工程系"];

/** A generated department: the sample of another seed, named on its Settings tab. */
function department(name: string, seed: number): Grid[] {
  const grids = sampleWorkbook("zh", { seed });
  const row = grids.find((g) => g.name === "设置")?.values.find((r) => r[0] === "院系名称") as unknown[];
  row[1] = name;
  return grids;
}

const files: string[] = [];
const gradings: Grading[] = [];

beforeAll(async () => {
  for (const [i, name] of NAMES.entries()) {
    const grids = department(name, 300 + i);
    gradings.push(gradeWorkbook(grids, { timeZone: "UTC", today }) as Grading);
    const path = join(dir, `dept${i + 1}.xlsx`);
    await writeXlsx(workbookOf(grids), path);
    files.push(path);
  }
}, 60_000);

describe("dorm-plaque rollup", () => {
  it("rolls three departments up into a workbook whose figures are each department's own", async () => {
    const out = join(dir, "school.xlsx");
    const r = await runCli("rollup", ...files, "--out", out, "--today", "2026-01-20");
    expect(r.code).toBe(0);
    expect(r.out).toBe(`2025-2026学年第一学期各学院学生宿舍检查情况汇总 · 3\n→ ${out}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(["学院排名", "宿舍排名"]);
    const rows = (book.getWorksheet("学院排名")?.getSheetValues() ?? []).slice(3) as unknown[][];
    const byName = new Map(rows.map((row) => [row[2], row]));
    expect([...byName.keys()].sort()).toEqual([...NAMES].sort());
    for (const [i, name] of NAMES.entries()) {
      // The department's own semester report, computed apart: the same inspections, fails and rate.
      const headline = reportModel(gradings[i] as Grading, { edition: "public" }).headline;
      const row = byName.get(name) ?? [];
      expect([row[3], row[5], row[7]], name).toEqual([
        headline.dorms,
        headline.inspections,
        headline.passRate,
      ]);
      expect(row[11], name).toBe(headline.grades.excellent);
    }
    const ranks = rows.map((row) => row[1]);
    expect(ranks).toEqual([...ranks].sort());
  }, 60_000);

  it("writes a web page that names no member of any department", async () => {
    const planted = plantedWorkbook("zh");
    const path = join(dir, "planted.xlsx");
    await writeXlsx(workbookOf(planted.grids), path);
    const out = join(dir, "school.html");
    expect(
      (await runCli("rollup", path, files[0] as string, "--out", out, "--today", "2026-01-20")).code,
    ).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("全校平均分前 10 名宿舍");
    expect(planted.personal.filter((tok) => html.includes(tok))).toEqual([]);
  }, 60_000);

  it("rolls a month up, and tells two departments of one name apart by their files", async () => {
    const out = join(dir, "november.html");
    const r = await runCliIn(
      "en",
      "rollup",
      files[0] as string,
      files[0] as string,
      "--out",
      out,
      "--month",
      "2025-11",
      "--today",
      "2026-01-20",
      "--lang",
      "en",
    );
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("Dorm inspections by college, November 2025");
    expect(html).toContain("电子工程系（dept1.xlsx）");
  }, 60_000);

  it("says what is wrong, and writes nothing", async () => {
    const out = join(dir, "none.xlsx");
    const none = await runCliIn("en", "rollup", "--out", out);
    expect(none.code).toBe(2);
    expect(none.err.split("\n")[0]).toBe("give the departments' workbooks (.xlsx) to roll up, one at least");
    const missing = await runCliIn("en", "rollup", join(dir, "nowhere.xlsx"), "--out", out);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("nowhere.xlsx");
    const outside = await runCliIn(
      "en",
      "rollup",
      files[0] as string,
      "--out",
      out,
      "--month",
      "2026-03",
      "--today",
      "2026-01-20",
    );
    expect([outside.code, outside.err]).toEqual([2, "2026-03 is not in the semester 2025-2026-1"]);
    const docx = await runCliIn("en", "rollup", files[0] as string, "--out", join(dir, "school.docx"));
    expect(docx.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
