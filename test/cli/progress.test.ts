import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { progress } from "../../src/cli/progress.ts";
import { workbookOf } from "../../src/cli/xlsx.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";

describe("progress", () => {
  it("stays silent while a command is quick, then shows each step with the time elapsed", () => {
    let clock = 0;
    const lines: string[] = [];
    const p = progress({ lang: "en", write: (l) => lines.push(l), after: 2000, now: () => clock });
    p.step("progress.reading", { path: "dept.xlsx", size: "1.0" });
    clock = 1500;
    p.step("progress.grading", { rows: 12 });
    expect(lines).toEqual([]);
    clock = 2500;
    p.step("progress.writing", { path: "out.xlsx" });
    clock = 4000;
    p.done();
    expect(lines).toEqual(["[2.5 s] writing out.xlsx…"]);
  });

  it("shows the step still running when the time is up, even if no other step begins", async () => {
    const lines: string[] = [];
    const p = progress({ lang: "zh", write: (l) => lines.push(l), after: 20 });
    p.step("progress.reading", { path: "dept.xlsx", size: "88.0" });
    await new Promise((resolve) => setTimeout(resolve, 60));
    p.done();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[0\.\d 秒\] 正在读取 dept\.xlsx（88\.0 MB）…$/);
  });
});

describe("grade's progress", () => {
  const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-progress-"));

  it("goes to stderr, step by step, when asked for", async () => {
    const input = join(dir, "sample.xlsx");
    await workbookOf(sampleWorkbook("en")).xlsx.writeFile(input);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      ["grade", input, "--out", join(dir, "graded.xlsx"), "--today", "2026-01-20"],
      (l) => out.push(l),
      (l) => err.push(l),
      { DORM_PLAQUE_LANG: "en" },
      { progressAfter: 0 },
    );
    expect(code).toBe(0);
    expect(err.map((l) => l.replace(/^\[[\d.]+ s\] /, ""))).toEqual([
      expect.stringMatching(/^reading .*sample\.xlsx \(0\.\d MB\)…$/),
      expect.stringMatching(/^grading \(\d+ rows\)…$/),
      `writing ${join(dir, "graded.xlsx")}…`,
    ]);
    expect(out.join("\n")).not.toContain("…");
  });

  it("is never shown when stderr is not a terminal", async () => {
    const input = join(dir, "sample.xlsx");
    const bin = join(import.meta.dirname, "../../bin/dorm-plaque.mjs");
    const child = spawn(process.execPath, [
      bin,
      "grade",
      input,
      "--out",
      join(dir, "piped.xlsx"),
      "--today",
      "2026-01-20",
    ]);
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});
