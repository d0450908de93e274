import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { gridsOf } from "../../../src/cli/xlsx.ts";
import { runCli, runCliIn } from "../../support/cli.ts";

const root = join(import.meta.dirname, "../../..");
const sample = join(root, "examples/sample.xlsx");
const fixtures = join(root, "test/fixtures/intake");
const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-import-"));
const TODAY = ["--today", "2026-01-20"];
const hasLibreOffice = spawnSync("libreoffice", ["--version"]).status === 0;

let copies = 0;
/** A fresh copy of the sample workbook to import into. */
function workbookCopy(): string {
  const path = join(dir, `dept-${copies++}.xlsx`);
  copyFileSync(sample, path);
  return path;
}

async function inspections(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const grid = gridsOf(wb).find((g) => g.name === "检查记录");
  return (grid?.values ?? []).map((row) =>
    row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  );
}

/** Each data line of the listing: row number and what happens to it. */
function statuses(out: string): [number, string][] {
  return out
    .split("\n")
    .map((line) => /^(\d+)\s+(新增|重复|无法读取)/.exec(line))
    .filter((m) => m !== null)
    .map((m) => [Number(m[1]), m[2] as string]);
}

describe("dorm-plaque import", () => {
  describe("a dry run", () => {
    it.each([
      [
        "wjx-utf8-bom.csv",
        "UTF-8 编码，带 BOM",
        [
          [2, "新增"],
          [3, "新增"],
          [4, "重复"],
          [5, "无法读取"],
          [6, "新增"],
        ],
      ],
      [
        "google-forms.csv",
        "UTF-8 编码",
        [
          [2, "新增"],
          [3, "新增"],
          [4, "重复"],
          [5, "无法读取"],
        ],
      ],
      [
        "campus-gbk.csv",
        "GBK/GB18030 编码",
        [
          [2, "新增"],
          [3, "新增"],
          [4, "新增"],
          [5, "重复"],
        ],
      ],
      ["campus-gb18030.csv", "GBK/GB18030 编码", [[2, "新增"]]],
      [
        "excel-unicode.txt",
        "UTF-16 编码",
        [
          [2, "新增"],
          [3, "新增"],
        ],
      ],
      [
        "tencent-collect.xlsx",
        "工作表“Sheet1”",
        [
          [2, "新增"],
          [3, "新增"],
          [4, "无法读取"],
        ],
      ],
      [
        "jinshuju.xlsx",
        "工作表“Sheet1”",
        [
          [2, "新增"],
          [3, "新增"],
        ],
      ],
    ])("lists %s row by row (%s) and writes nothing", async (name, how, expected) => {
      const into = workbookCopy();
      const before = readFileSync(into);
      const mtime = statSync(into).mtimeMs;
      const r = await runCli("import", join(fixtures, name), "--into", into, ...TODAY);
      expect(r.code, r.err).toBe(0);
      expect(r.out.split("\n")[0]).toContain(`${name}（${how}）`);
      expect(statuses(r.out)).toEqual(expected);
      expect(r.out).toContain("这是预览，工作簿未改动");
      expect(readFileSync(into).equals(before)).toBe(true);
      expect(statSync(into).mtimeMs).toBe(mtime);
      expect(existsSync(`${into}.bak`)).toBe(false);
    });

    it("says why each row is a duplicate or cannot be read, and which columns it left out", async () => {
      const r = await runCli(
        "import",
        join(fixtures, "wjx-utf8-bom.csv"),
        "--into",
        workbookCopy(),
        ...TODAY,
      );
      expect(r.out).toContain("列对应：提交答卷时间 → 日期 · 1、寝室号 → 宿舍号");
      expect(r.out).toContain("未使用的列：序号、所用时间、来源、来源详情、来自IP");
      expect(r.out).toMatch(
        /4\s+重复\s+2026-01-15\s+3-604\s+卫生\s+合格\s+生活部 王雪\s+与“检查记录”表第 \d+ 行相同/,
      );
      expect(r.out).toContain("宿舍 9-999 不在“宿舍”表中");
      expect(r.out).toContain("合计：新增 3 行，重复 1 行，无法读取 1 行");
    });

    it("speaks English to an English shell about an English workbook's words", async () => {
      const r = await runCliIn(
        "en",
        "import",
        join(fixtures, "google-forms.csv"),
        "--into",
        workbookCopy(),
        ...TODAY,
      );
      expect(r.code).toBe(0);
      // The listing follows the workbook (zh); usage errors follow the shell.
      expect(r.out).toContain("新增");
      const bad = await runCliIn("en", "import", join(fixtures, "google-forms.csv"), ...TODAY);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain("import needs --into");
    });
  });

  describe("--apply", () => {
    it("appends exactly the new rows, changes no existing cell, regrades, and keeps the file as it was as .bak", async () => {
      const into = workbookCopy();
      const original = readFileSync(into);
      const before = await inspections(into);
      const r = await runCli(
        "import",
        join(fixtures, "wjx-utf8-bom.csv"),
        "--into",
        into,
        "--apply",
        ...TODAY,
      );
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(
        `已追加 3 行到“检查记录”表（第 ${before.length + 1}–${before.length + 3} 行），并已重新计算`,
      );
      expect(r.out).toContain("2025-2026学年第一学期 计算完成");
      expect(readFileSync(`${into}.bak`).equals(original)).toBe(true);
      const after = await inspections(into);
      const header = before[0] as unknown[];
      const inputs = ["日期", "宿舍号（必填）", "类别", "结果", "分数", "检查人", "备注"].map((h) =>
        header.indexOf(h),
      );
      // Every input cell of every row that was there is as it was.
      for (let r = 0; r < before.length; r++)
        expect(
          inputs.map((c) => after[r]?.[c]),
          `row ${r + 1}`,
        ).toEqual(inputs.map((c) => before[r]?.[c]));
      expect(after.slice(before.length).map((row) => inputs.map((c) => row[c]))).toEqual([
        ["2026-01-19", "3-201", "卫生", "合格", "", "生活部 王雪", ""],
        ["2026-01-19", "3-202", "卫生", "不合格", "", "生活部 王雪", "被子未叠、地面不洁"],
        ["2026-01-19", "3-203", "纪律", "优秀", "", "生活部 李航", ""],
      ]);
      // Graded: the new rows' check cells are blank, and the dates are date cells.
      const checkAt = (after[0] as unknown[]).indexOf("校验");
      expect(checkAt).toBeGreaterThan(0);
      expect(after.slice(before.length).map((row) => row[checkAt])).toEqual(["", "", ""]);
    });

    it("twice without doubling: the second run finds only duplicates and leaves the file alone", async () => {
      const into = workbookCopy();
      await runCli("import", join(fixtures, "campus-gbk.csv"), "--into", into, "--apply", ...TODAY);
      const once = readFileSync(into);
      const rows = (await inspections(into)).length;
      const again = await runCli(
        "import",
        join(fixtures, "campus-gbk.csv"),
        "--into",
        into,
        "--apply",
        ...TODAY,
      );
      expect(again.code).toBe(0);
      expect(statuses(again.out).every(([, s]) => s === "重复")).toBe(true);
      expect(again.out).toContain("没有新记录可导入，工作簿未改动。");
      expect(readFileSync(into).equals(once)).toBe(true);
      expect((await inspections(into)).length).toBe(rows);
    });

    it.skipIf(!hasLibreOffice)(
      "leaves rows LibreOffice reads as the workbook does: dates as dates",
      async () => {
        const into = workbookCopy();
        await runCli("import", join(fixtures, "excel-unicode.txt"), "--into", into, "--apply", ...TODAY);
        const lo = mkdtempSync(join(tmpdir(), "dorm-plaque-import-lo-"));
        execFileSync(
          "libreoffice",
          [
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3",
            into,
          ],
          { cwd: lo, stdio: "ignore", timeout: 120_000 },
        );
        // Sheet 3 only: LibreOffice names the file after the workbook and the sheet.
        const csv = readFileSync(
          join(
            lo,
            `${into
              .split("/")
              .at(-1)
              ?.replace(/\.xlsx$/, "")}-检查记录.csv`,
          ),
          "utf8",
        );
        const lines = csv.trim().split("\n").slice(-2);
        expect(lines[0]).toMatch(/^2026-01-19,7-301,作息,合格,,纪检部 周宁,/);
        expect(lines[1]).toMatch(/^2026-01-19,7-302,作息,不合格,,纪检部 周宁,23:30 仍未熄灯/);
      },
      180_000,
    );

    it("writes to --out and leaves --into as it was", async () => {
      const into = workbookCopy();
      const original = readFileSync(into);
      const out = join(dir, "imported.xlsx");
      const r = await runCli(
        "import",
        join(fixtures, "jinshuju.xlsx"),
        "--into",
        into,
        "--apply",
        "--out",
        out,
        ...TODAY,
      );
      expect(r.code, r.err).toBe(0);
      expect(readFileSync(into).equals(original)).toBe(true);
      expect(existsSync(`${into}.bak`)).toBe(false);
      expect((await inspections(out)).length).toBe((await inspections(into)).length + 2);
    });

    it("imports a score alone as a score, and 不及格 as 不合格", async () => {
      const into = workbookCopy();
      await runCli("import", join(fixtures, "jinshuju.xlsx"), "--into", into, "--apply", ...TODAY);
      await runCli("import", join(fixtures, "campus-gb18030.csv"), "--into", into, "--apply", ...TODAY);
      const rows = (await inspections(into)).slice(-3);
      expect(rows.map((r) => [r[1], r[3], r[4], r[5]])).toEqual([
        ["7-201", "合格", 80, "生活部 王雪"],
        ["7-202", "不合格", 55, "生活部 王雪"],
        ["12-401", "", 95, "楼长 刘䶮"],
      ]);
    });
  });

  describe("unknown columns", () => {
    const odd = join(dir, "odd.csv");
    writeFileSync(odd, "时间,门牌,结果,签到人\n2026-01-19,3-205,合格,张三\n");

    it("refuses to guess: exit 1, the columns it could not place, and how to name them", async () => {
      const into = workbookCopy();
      const r = await runCli("import", odd, "--into", into, "--apply", ...TODAY);
      expect(r.code).toBe(1);
      expect(r.err).toContain("导入表中找不到宿舍号列。未识别的列：门牌、签到人。");
      expect(r.err).toContain('--map "门牌=宿舍号"');
      expect(existsSync(`${into}.bak`)).toBe(false);
    });

    it("says so in the shell's language, whatever the workbook's", async () => {
      const r = await runCliIn("en", "import", odd, "--into", workbookCopy(), ...TODAY);
      expect(r.code).toBe(1);
      expect(r.err).toContain("The import has no column for a dorm. Columns not recognised: 门牌, 签到人.");
      expect(r.err).toContain('--map "门牌=Dorm"');
      // The listing is the workbook's, in its language.
      expect(r.out).toContain("未使用的列：门牌、签到人");
    });

    it("takes a mapping once with --map, and the Settings tab remembers it for the next import", async () => {
      const into = workbookCopy();
      const first = await runCli(
        "import",
        odd,
        "--into",
        into,
        "--map",
        "门牌=宿舍号，签到人=检查人",
        "--apply",
        ...TODAY,
      );
      expect(first.code, first.err).toBe(0);
      expect(first.out).toContain("已在“设置”表记住列对应：门牌=宿舍号；签到人=检查人");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(into);
      const settings = gridsOf(wb).find((g) => g.name === "设置")?.values ?? [];
      expect(settings.find((row) => row[0] === "导入列对应")?.[1]).toBe("门牌=宿舍号；签到人=检查人");
      const next = join(dir, "odd-next.csv");
      writeFileSync(next, "时间,门牌,结果,签到人\n2026-01-20,3-206,优秀,张三\n");
      const second = await runCli("import", next, "--into", into, ...TODAY);
      expect(second.code, second.err).toBe(0);
      expect(second.out).toContain("门牌 → 宿舍号（按“设置”表记住的对应）");
      expect(statuses(second.out)).toEqual([[2, "新增"]]);
    });

    it("refuses a --map it cannot read, as a usage error", async () => {
      const r = await runCli("import", odd, "--into", workbookCopy(), "--map", "门牌", ...TODAY);
      expect(r.code).toBe(2);
      expect(r.err).toContain("看不懂这些列对应：门牌");
    });
  });

  it("prints the dry run the README shows, line for line", async () => {
    const into = join(mkdtempSync(join(tmpdir(), "dorm-plaque-readme-")), "党员寝室.xlsx");
    copyFileSync(sample, into);
    const r = await runCli("import", join(fixtures, "wjx-utf8-bom.csv"), "--into", into, ...TODAY);
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const lines = r.out
      .replaceAll(into, "党员寝室.xlsx")
      .split("\n")
      .filter((l) => l !== "");
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect(readme).toContain(line);
  });

  it("refuses an empty export, in the shell's language", async () => {
    const empty = join(dir, "empty.csv");
    writeFileSync(empty, "\uFEFF\r\n");
    const r = await runCliIn("en", "import", empty, "--into", workbookCopy());
    expect(r.code).toBe(1);
    expect(r.err).toBe("The import is empty: no header and no data row.");
  });

  it("refuses an .xls and a missing export with a message, exit 1", async () => {
    const xls = join(dir, "old.xls");
    writeFileSync(xls, "not really");
    expect((await runCli("import", xls, "--into", workbookCopy())).err).toContain("另存为 .xlsx 或 CSV");
    const missing = await runCli("import", join(dir, "nope.csv"), "--into", workbookCopy());
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("找不到文件");
  });

  it("leaves the workbook whole when killed at any point of an apply", async () => {
    const bin = join(root, "bin/dorm-plaque.mjs");
    const original = await inspections(sample);
    const outcomes = new Set<string>();
    for (const delay of [150, 600, 1200, 1800, 2400, 3200]) {
      const into = workbookCopy();
      const child = spawn(
        process.execPath,
        [bin, "import", join(fixtures, "wjx-utf8-bom.csv"), "--into", into, "--apply", ...TODAY],
        {
          stdio: "ignore",
        },
      );
      const timer = setTimeout(() => child.kill("SIGKILL"), delay);
      await new Promise((resolve) => child.on("exit", resolve));
      clearTimeout(timer);
      // Either as it was, or with exactly the three new rows: never half-written.
      const rows = await inspections(into);
      expect([original.length, original.length + 3]).toContain(rows.length);
      // The columns typed in: a regrade may add its own output columns beside them.
      const width = original[0]?.length ?? 0;
      expect(rows.slice(0, original.length).map((r) => r.slice(0, width))).toEqual(original);
      outcomes.add(rows.length === original.length ? "before" : "after");
    }
    expect(outcomes.has("before")).toBe(true);
  }, 120_000);
});
