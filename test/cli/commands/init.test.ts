import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
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
