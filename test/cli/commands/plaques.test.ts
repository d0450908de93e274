import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { findChromium } from "../../../src/cli/commands/report.ts";
import { runCli, runCliIn } from "../../support/cli.ts";

const root = join(import.meta.dirname, "../../..");
const sample = join(root, "examples/sample.xlsx");
const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-plaques-"));
const hasChromium = "path" in findChromium(process.env);
const hasPoppler = spawnSync("pdftoppm", ["-v"]).status === 0;
const TODAY = ["--today", "2026-01-20"];

/** One page of a PDF as the grey pixels a printer or a phone camera would see (pdftoppm, PGM). */
function pagePixels(
  pdf: string,
  page: number,
  dpi = 150,
): { data: Uint8ClampedArray; width: number; height: number } {
  const base = join(dir, `page-${page}-${dpi}`);
  execFileSync("pdftoppm", [
    "-gray",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    base,
  ]);
  const pgm = readFileSync(`${base}.pgm`);
  // P5 <width> <height> <maxval> then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString("latin1"));
  if (!header) throw new Error("not a PGM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = pgm.subarray(header[0].length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = grey[i] as number;
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

/** The top half of a page: the first door card of a sheet. */
function topHalf(pixels: { data: Uint8ClampedArray; width: number; height: number }) {
  const height = Math.floor(pixels.height / 2);
  return { data: pixels.data.subarray(0, pixels.width * height * 4), width: pixels.width, height };
}

describe("dorm-plaque plaques", () => {
  it("writes the kit as a web page: decision, door cards with QR codes, notices and 承诺书", async () => {
    const out = join(dir, "kit.html");
    const r = await runCli("plaques", sample, "--out", out, ...TODAY);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(
      "2025-2026学年第一学期挂牌材料：门牌 3 张，撤牌通知 2 份，承诺书 4 份，挂牌决定 1 份",
    );
    const html = readFileSync(out, "utf8");
    expect(html).toContain("关于2025-2026学年第一学期学生党员寝室挂牌的决定");
    expect(html.match(/<svg class="qr"/g)).toHaveLength(3);
    expect(html).toContain('data-link="https://forms.example.com/dorm-inspection?dorm=7-302"');
  });

  it("cards every member dorm with --all, in English with --lang en", async () => {
    const out = join(dir, "kit-all.html");
    const r = await runCliIn("en", "plaques", sample, "--out", out, "--all", "--lang", "en", ...TODAY);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("59 door cards");
    expect(readFileSync(out, "utf8").match(/class="half card"/g)).toHaveLength(59);
  });

  it("refuses a file name it cannot write, as a usage error, and writes nothing", async () => {
    const out = join(dir, "kit.docx");
    const r = await runCli("plaques", sample, "--out", out);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!hasChromium || !hasPoppler)(
    "prints an A4 PDF whose door card's QR code, rasterised, decodes back to the dorm's form link",
    async () => {
      const out = join(dir, "kit.pdf");
      const r = await runCli("plaques", sample, "--out", out, ...TODAY);
      expect(r.code, r.err).toBe(0);
      const info = execFileSync("pdfinfo", [out], { encoding: "utf8" });
      expect(info).toMatch(/Page size:.*\(A4\)/);
      // Decision (1 page), 3 cards (2 sheets), 1 notice (1 sheet), 4 pledges (2 sheets).
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(6);
      const text = execFileSync("pdftotext", ["-f", "2", "-l", "2", out, "-"], { encoding: "utf8" });
      expect(text).toContain("学生党员寝室");
      const pixels = topHalf(pagePixels(out, 2));
      const decoded = jsQR(pixels.data, pixels.width, pixels.height);
      expect(decoded?.data).toMatch(/^https:\/\/forms\.example\.com\/dorm-inspection\?dorm=\d+-\d+$/);
      const dorm = decoded?.data.split("=")[1] ?? "";
      expect(text).toContain(dorm);
    },
  );
});
