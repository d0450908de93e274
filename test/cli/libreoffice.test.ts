import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { gridsOf } from "../../src/cli/xlsx.ts";
import { entryText, zipEntries } from "../../src/cli/zip.ts";

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
    expect(grids.map((g) => g.name)).toEqual([
      "宿舍",
      "党员",
      "检查记录",
      "联系宿舍",
      "谈话记录",
      "住宿变动",
      "联系分工",
      "设置",
      "检查细则",
      "考评意见",
      "排名",
      "图例",
    ]);
    for (const grid of grids) {
      const csv = parseCsv(readFileSync(join(dir, `graded-${grid.name}.csv`), "utf8"));
      const header = grid.values[0] as unknown[];
      // LibreOffice writes a header as wide as the sheet's widest row; the grid's header stops at its
      // last cell: the same cells, and only blanks beyond.
      expect(csv[0]?.slice(0, header.length)).toEqual(header.map(String));
      expect(csv[0]?.slice(header.length).filter((cell) => cell !== "")).toEqual([]);
      for (const name of [
        "学期等级",
        "不合格次数",
        "评奖评优资格",
        "考核结果",
        "处理意见",
        "考察参考",
        "平均分",
        "计算得分",
        "扣分明细",
        "校验",
      ]) {
        const c = header.indexOf(name);
        if (c < 0) continue;
        const ours = grid.values.slice(1).map((row) => String(row[c] ?? ""));
        const theirs = csv.slice(1, ours.length + 1).map((row) => row[c] ?? "");
        expect(theirs, `${grid.name}!${name}`).toEqual(ours);
      }
    }
  }, 180_000);
});

const hasPoppler = spawnSync("pdftotext", ["-v"]).status === 0 && spawnSync("pdfinfo", ["-v"]).status === 0;

// What a secretary sees on paper: the graded sample printed by LibreOffice.
describe.skipIf(!hasLibreOffice || !hasPoppler)("the graded sample printed from LibreOffice", () => {
  it("is A4 landscape with the header row atop every page, every action whole, and a legend", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-print-"));
    const sample = join(dir, "sample.xlsx");
    const graded = join(dir, "graded.xlsx");
    expect(await main(["init", sample, "--sample"], () => {})).toBe(0);
    expect(await main(["grade", sample, "--out", graded, "--today", "2026-01-20"], () => {})).toBe(0);
    execFileSync("libreoffice", ["--headless", "--convert-to", "pdf", graded], {
      cwd: dir,
      stdio: "ignore",
      timeout: 180_000,
    });
    const pdf = join(dir, "graded.pdf");
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const text = (page: number) =>
      execFileSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], {
        encoding: "utf8",
      });
    const firstLines = Array.from(
      { length: pages },
      (_, i) =>
        text(i + 1)
          .split("\n")
          .find((l) => l.trim()) ?? "",
    );
    const starts = [
      "宿舍号",
      "学号",
      "日期",
      "项目",
      "学期",
      "代码",
      "排名与流动红旗",
      "党员寝室挂牌：颜色和计算列说明",
    ];
    for (const [i, line] of firstLines.entries()) {
      expect(
        starts.some((s) => line.trim().startsWith(s)),
        `page ${i + 1}: ${line}`,
      ).toBe(true);
    }
    expect(firstLines.at(-1)?.trim()).toBe("党员寝室挂牌：颜色和计算列说明");

    // Each action is printed whole: its deadline, on the wrapped second line, is there.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(graded);
    const members = gridsOf(workbook).find((g) => g.name === "党员");
    const c = (members?.values[0] ?? []).indexOf("处理意见");
    const deadlines = (members?.values.slice(1) ?? [])
      .map((row) => /截止 (\d{4}-\d{2}-\d{2})/.exec(String(row[c] ?? ""))?.[1])
      .filter((d): d is string => d !== undefined);
    expect(deadlines.length).toBeGreaterThan(0);
    const all = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    for (const day of new Set(deadlines)) {
      expect(all.split(`${day}）`).length - 1, day).toBe(deadlines.filter((d) => d === day).length);
    }
  }, 240_000);
});

// The template as LibreOffice reads it: it keeps the dropdowns and the notes when it saves.
describe.skipIf(!hasLibreOffice)("the template in LibreOffice", () => {
  it("keeps every dropdown and header note when LibreOffice saves it again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-lo-template-"));
    const template = join(dir, "template.xlsx");
    expect(await main(["init", template], () => {})).toBe(0);
    const out = join(dir, "again");
    execFileSync("libreoffice", ["--headless", "--convert-to", "xlsx", "--outdir", out, template], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const bytes = readFileSync(join(out, "template.xlsx"));
    const parts = zipEntries(bytes) ?? [];
    const text = (name: string) => entryText(bytes, parts.find((p) => p.name === name) as never);
    const inspections = text("xl/worksheets/sheet3.xml");
    expect(inspections).toContain("&quot;优秀,合格,不合格,无人,拒查&quot;");
    expect(inspections).toContain("&quot;卫生,纪律,作息,安全&quot;");
    const comments = parts
      .filter((p) => /^xl\/comments\d*\.xml$/.test(p.name))
      .map((p) => entryText(bytes, p));
    // LibreOffice splits a note into runs by script: compare the text alone.
    expect(comments.join("").replace(/<[^>]+>/g, "")).toContain("例如：3-201");
  }, 150_000);
});
