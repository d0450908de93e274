import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/cli/commands/report.ts";
import { gridsOf, workbookOf } from "../../src/cli/xlsx.ts";
import { t } from "../../src/documents/labels.ts";
import { type Day, dayOfIso } from "../../src/engine/day.ts";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import { runCli, runCliIn } from "../support/cli.ts";
import { plantedWorkbook } from "../support/planted.ts";

const root = join(import.meta.dirname, "../..");
const sample = join(root, "examples/sample.xlsx");
const bin = join(root, "bin/dorm-plaque.mjs");
const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-report-"));
const chromium = findChromium(process.env);
const hasChromium = "path" in chromium;

/** Runs the installed command with its own environment, as a user's shell would. */
function spawn(env: Record<string, string | undefined>, ...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { env: env as NodeJS.ProcessEnv, encoding: "utf8" });
}

let grading: Grading;
let memberNames: string[];

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sample);
  const graded = gradeWorkbook(gridsOf(workbook), { timeZone: "UTC", today: dayOfIso("2026-01-20") as Day });
  if ("problems" in graded) throw new Error(graded.problems.join("\n"));
  grading = graded;
  const members = gridsOf(workbook).find((g) => g.name === "党员");
  memberNames = (members?.values.slice(1) ?? []).flatMap((row) => [String(row[0]), String(row[1])]);
});

describe("dorm-plaque report", () => {
  it("writes the semester report as a web page", async () => {
    const out = join(dir, "report.html");
    const r = await runCli("report", sample, "--out", out, "--today", "2026-01-20");
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("关于2025-2026学年第一学期学生党员寝室挂牌检查情况的报告");
    expect(html).toContain(t("zh", "doc.mark.internal"));
    expect(r.out).toContain(`→ ${out}`);
  });

  it("leaves out every name of the Members tab with --public", async () => {
    const out = join(dir, "public.html");
    const r = await runCli("report", sample, "--out", out, "--public", "--today", "2026-01-20");
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(memberNames.length).toBeGreaterThan(200);
    expect(memberNames.filter((n) => html.includes(n))).toEqual([]);
    expect(html).toContain(t("zh", "doc.mark.public"));
  });

  it("writes the bulletin of a week with --from and --to, listing that week's inspections with --appendix", async () => {
    const out = join(dir, "bulletin.html");
    const r = await runCli(
      "report",
      sample,
      "--out",
      out,
      "--from",
      "2025-11-24",
      "--to",
      "2025-11-30",
      "--today",
      "2026-01-20",
      "--appendix",
    );
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("关于2025年11月24日至30日学生党员寝室检查情况的通报");
    const rows = [...html.matchAll(/<tr data-row="(\d+)">/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    const first = dayOfIso("2025-11-24") as Day;
    const expected = grading.read.records.inspections
      .filter((i) => i.day >= first && i.day <= first + 6)
      .map((i) => i.row)
      .sort((a, b) => a - b);
    expect(rows).toEqual(expected);
  });

  it.skipIf(!hasChromium)("prints the report to an A4 PDF through headless Chromium", async () => {
    const out = join(dir, "report.pdf");
    const r = await runCli("report", sample, "--out", out, "--today", "2026-01-20");
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
    const info = execFileSync("pdfinfo", [out], { encoding: "utf8" });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(3);
    expect(info).toMatch(/Page size:.*\(A4\)/);
  });

  it("refuses a period without inspections: exit 1, a message that says so, no file", async () => {
    const out = join(dir, "quiet.html");
    const r = await runCli("report", sample, "--out", out, "--from", "2025-10-01", "--to", "2025-10-05");
    expect(r.code).toBe(1);
    expect(r.err).toContain(t("zh", "doc.bulletin.empty", { from: "2025-10-01", to: "2025-10-05" }));
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!hasChromium)(
    "prints a normal week's bulletin of the sample on at most two pages, in both editions",
    async () => {
      for (const edition of [[], ["--public"]]) {
        const out = join(dir, `week${edition.length}.pdf`);
        const r = await runCli(
          "report",
          sample,
          "--out",
          out,
          "--from",
          "2025-11-10",
          "--to",
          "2025-11-16",
          "--today",
          "2026-01-20",
          ...edition,
        );
        expect(r.code, r.err).toBe(0);
        const info = execFileSync("pdfinfo", [out], { encoding: "utf8" });
        expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1]), edition.join()).toBeLessThanOrEqual(2);
      }
    },
  );

  describe.skipIf(!hasChromium)(
    "the public edition's PDF, over a workbook with a token in every free field",
    () => {
      for (const lang of ["zh", "en"] as const) {
        it(`carries no token in its text and none at all in its metadata (${lang})`, async () => {
          const planted = plantedWorkbook(lang);
          const input = join(dir, `planted-${lang}.xlsx`);
          await workbookOf(planted.grids).xlsx.writeFile(input);
          for (const period of [[], ["--from", "2025-11-24", "--to", "2025-11-30", "--appendix"]]) {
            const out = join(dir, `planted-${lang}-${period.length}.pdf`);
            const r = await runCli(
              "report",
              input,
              "--out",
              out,
              "--public",
              "--today",
              "2026-01-20",
              ...period,
            );
            expect(r.code, r.err).toBe(0);
            const text = execFileSync("pdftotext", ["-enc", "UTF-8", out, "-"], { encoding: "utf8" });
            const info = execFileSync("pdfinfo", ["-enc", "UTF-8", out], { encoding: "utf8" });
            expect(text.length).toBeGreaterThan(500);
            expect(planted.personal.filter((tok) => text.includes(tok))).toEqual([]);
            expect([...planted.personal, ...planted.header].filter((tok) => info.includes(tok))).toEqual([]);
            expect(info).toMatch(/Title:\s+\S/);
            // The issuing body heads the page, as it should.
            expect(text).toContain(planted.header[1]);
          }
        });
      }
    },
  );

  describe("without Chromium", () => {
    it("exits 1 and says how to install it when none is on PATH", () => {
      const out = join(dir, "none.pdf");
      const env = { PATH: join(dir, "empty-bin"), HOME: process.env.HOME };
      const p = spawn(env, "report", sample, "--out", out, "--today", "2026-01-20");
      expect(p.status, p.stderr).toBe(1);
      expect(p.stderr).toContain("apt-get install chromium");
      expect(p.stderr).toContain("CHROME_PATH");
      expect(existsSync(out)).toBe(false);
    });

    it("exits 1 naming CHROME_PATH when it points nowhere", () => {
      const out = join(dir, "nowhere.pdf");
      const env = { PATH: join(dir, "empty-bin"), HOME: process.env.HOME, CHROME_PATH: "/nowhere/chromium" };
      const p = spawn(env, "report", sample, "--out", out, "--today", "2026-01-20");
      expect(p.status, p.stderr).toBe(1);
      expect(p.stderr).toContain("/nowhere/chromium");
      expect(p.stderr).toContain("CHROME_PATH");
      expect(existsSync(out)).toBe(false);
    });

    it("still writes the web page", () => {
      const out = join(dir, "no-browser.html");
      const p = spawn(
        { PATH: join(dir, "empty-bin"), HOME: process.env.HOME },
        "report",
        sample,
        "--out",
        out,
      );
      expect(p.status, p.stderr).toBe(0);
      expect(existsSync(out)).toBe(true);
    });
  });

  describe("usage errors", () => {
    it("exits 2 on a missing or unknown --out, a lone --from, or a period out of order", async () => {
      expect((await runCli("report", sample)).code).toBe(2);
      expect((await runCli("report", sample, "--out", join(dir, "r.docx"))).code).toBe(2);
      expect(
        (await runCli("report", sample, "--out", join(dir, "r.html"), "--from", "2025-09-01")).code,
      ).toBe(2);
      const backwards = await runCli(
        "report",
        sample,
        "--out",
        join(dir, "r.html"),
        "--from",
        "2025-09-07",
        "--to",
        "2025-09-01",
      );
      expect(backwards.code).toBe(2);
      expect(backwards.err).toContain("2025-09-07");
    });

    it("exits 1 on a missing workbook", async () => {
      const r = await runCli("report", join(dir, "nope.xlsx"), "--out", join(dir, "r.html"));
      expect(r.code).toBe(1);
      expect(r.err).toContain("nope.xlsx");
    });

    it("documents the command in --help", async () => {
      expect((await runCliIn("en", "--help")).out).toContain("dorm-plaque report <workbook.xlsx>");
      expect((await runCli("--help")).out).toContain("dorm-plaque report <工作簿.xlsx>");
    });
  });
});

describe("findChromium", () => {
  it("prefers CHROME_PATH, then looks on PATH, and reports a CHROME_PATH that points nowhere", () => {
    const node = process.execPath;
    expect(findChromium({ CHROME_PATH: node, PATH: "" })).toEqual({ path: node });
    expect(findChromium({ CHROME_PATH: "/nowhere/chrome", PATH: "/usr/bin" })).toEqual({
      missing: "chromePath",
      chromePath: "/nowhere/chrome",
    });
    expect(findChromium({ PATH: join(dir, "empty-bin") })).toEqual({ missing: "none" });
  });
});
