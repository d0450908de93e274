import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { gridsOf } from "../../src/cli/xlsx.ts";

const hasLibreOffice = spawnSync("libreoffice", ["--version"]).status === 0;

/** RFC 4180 CSV, as LibreOffice writes it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') cell += text[++i];
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (ch !== "\r") cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

// LibreOffice is the second reader: what it sees in the graded file is what a user of it sees.
describe.skipIf(!hasLibreOffice)("the graded sample in LibreOffice", () => {
  it("shows the same output columns as exceljs reads, on every tab", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-lo-"));
    const sample = join(dir, "sample.xlsx");
    const graded = join(dir, "graded.xlsx");
    expect(await main(["init", sample, "--sample"], () => {})).toBe(0);
    expect(await main(["grade", sample, "--out", graded, "--today", "2026-01-20"], () => {})).toBe(0);
    execFileSync(
      "libreoffice",
      [
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        graded,
      ],
      { cwd: dir, stdio: "ignore", timeout: 120_000 },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(graded);
    const grids = gridsOf(workbook);
    expect(grids).toHaveLength(6);
    for (const grid of grids) {
      const csv = parseCsv(readFileSync(join(dir, `graded-${grid.name}.csv`), "utf8"));
      const header = grid.values[0] as unknown[];
      expect(csv[0]).toEqual(header.map(String));
      for (const name of ["学期等级", "不合格次数", "评奖评优资格", "考核结果", "处理意见", "校验"]) {
        const c = header.indexOf(name);
        if (c < 0) continue;
        const ours = grid.values.slice(1).map((row) => String(row[c] ?? ""));
        const theirs = csv.slice(1, ours.length + 1).map((row) => row[c] ?? "");
        expect(theirs, `${grid.name}!${name}`).toEqual(ours);
      }
    }
  }, 180_000);
});
