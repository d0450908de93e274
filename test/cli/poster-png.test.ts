import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium } from "../../src/cli/commands/report.ts";
import { runCli, runCliIn } from "../support/cli.ts";

const sample = join(import.meta.dirname, "../../examples/sample.xlsx");
const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-poster-"));
const hasChromium = "path" in findChromium(process.env);

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("dorm-plaque report --out poster.png", () => {
  it.skipIf(!hasChromium)(
    "photographs a month's poster 1080 pixels wide, three times its 360",
    async () => {
      const out = join(dir, "poster.png");
      const r = await runCli("report", sample, "--out", out, "--month", "2025-11", "--today", "2026-01-20");
      expect(r.code).toBe(0);
      expect(r.out.split("\n")[0]).toBe("宿舍检查排行榜 · 2025年11月 · 公示版");
      const { width, height } = pngSize(readFileSync(out));
      expect(width).toBe(1080);
      expect(height).toBeGreaterThan(2700);
      expect(height).toBeLessThan(4200);
    },
    60_000,
  );

  it("writes the semester's poster as an SVG image without a browser", async () => {
    const out = join(dir, "poster.svg");
    const r = await runCli("report", sample, "--out", out, "--today", "2026-01-20");
    expect(r.code).toBe(0);
    const svg = readFileSync(out, "utf8");
    expect(svg).toContain("本学期流动红旗");
    expect(svg).toContain("2025-2026学年第一学期");
  });

  it("says which months it can make a poster of, when the month asked has no inspection", async () => {
    const r = await runCliIn(
      "en",
      "report",
      sample,
      "--out",
      join(dir, "x.svg"),
      "--month",
      "2025-07",
      "--today",
      "2026-01-20",
    );
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "2025-07 has no inspection this semester. Months a poster can be made of: 2025-09, 2025-10, 2025-11, 2025-12, 2026-01",
    );
  });

  it("refuses a month it cannot read, and a bulletin period, as bad usage", async () => {
    const month = await runCli("report", sample, "--out", join(dir, "x.png"), "--month", "2025-13");
    expect([month.code, month.err]).toEqual([2, "无法识别的月份：2025-13（例如 2025-11）"]);
    const period = await runCli(
      "report",
      sample,
      "--out",
      join(dir, "x.png"),
      "--from",
      "2025-11-01",
      "--to",
      "2025-11-30",
    );
    expect(period.code).toBe(2);
    expect(period.err.split("\n")[0]).toBe("海报按学期或按月（--month YYYY-MM）生成，不用 --from/--to");
  });
});
