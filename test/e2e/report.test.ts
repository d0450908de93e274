import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium, htmlToPdf } from "../../src/cli/commands/report.ts";
import { bulletinModel } from "../../src/documents/bulletin/model.ts";
import { renderBulletin } from "../../src/documents/bulletin/template.ts";
import { t } from "../../src/documents/labels.ts";
import { reportModel } from "../../src/documents/report/model.ts";
import { renderReport } from "../../src/documents/report/template.ts";
import { type Day, dayOfIso } from "../../src/engine/day.ts";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import type { Grid } from "../../src/workbook/layout.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";

const OUT = join(import.meta.dirname, "../../out/e2e-report");
const PAYLOAD = "<img src=x onerror=alert(1)>";
const found = findChromium({ ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" });
const executablePath = "path" in found ? found.path : "/usr/bin/chromium";

function grade(grids: readonly Grid[]): Grading {
  const grading = gradeWorkbook(grids, { timeZone: "UTC", today: dayOfIso("2026-01-20") as Day });
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  return grading;
}

/** The zh sample with the payload as the first member's name and as every inspection note. */
function poisoned(): Grid[] {
  return sampleWorkbook("zh").map((g) => {
    const values = g.values.map((r) => [...r]);
    if (g.name === "党员") (values[1] as unknown[])[1] = PAYLOAD;
    if (g.name === "检查记录") for (const row of values.slice(1)) row[6] = PAYLOAD;
    return { ...g, values };
  });
}

interface Opened {
  readonly page: Page;
  /** Console errors, page errors, failed requests and dialogs: all should stay empty. */
  readonly problems: string[];
  readonly requests: string[];
}

let browser: Browser;

async function open(html: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("request", (r) => requests.push(r.url()));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.setContent(html, { waitUntil: "load" });
  return { page, problems, requests };
}

const sample = grade(sampleWorkbook("zh"));
const sampleEn = grade(sampleWorkbook("en"));
const documents: Record<string, string> = {
  "zh-internal": renderReport(reportModel(sample, { edition: "internal" }), "zh"),
  "zh-public": renderReport(reportModel(sample, { edition: "public" }), "zh"),
  "en-internal": renderReport(reportModel(sampleEn, { edition: "internal" }), "en"),
  "zh-internal-apps-script-charts": renderReport(reportModel(sample, { edition: "internal" }), "zh", {
    charts: "html",
  }),
  "zh-bulletin": renderBulletin(
    bulletinModel(sample, { edition: "internal", from: "2025-11-24", to: "2025-11-30" }),
    "zh",
  ),
};

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe("report pages in Chromium", () => {
  for (const [name, html] of Object.entries(documents)) {
    it(`renders ${name} with no console error and no request at all`, async () => {
      const { page, problems, requests } = await open(html);
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      const headings = await page.locator("h2").count();
      expect(headings).toBeGreaterThan(name.includes("bulletin") ? 1 : name.includes("public") ? 3 : 8);
      await page.close();
    });
  }

  it("draws a visible SVG chart in the browser edition and none in the Apps Script one", async () => {
    const svg = await open(documents["zh-internal"] as string);
    const boxes = await svg.page.locator("svg").evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { w: r.width, h: r.height, bars: e.querySelectorAll("rect").length };
      }),
    );
    expect(boxes).toHaveLength(1);
    for (const b of boxes) {
      expect(b.w).toBeGreaterThan(300);
      expect(b.h).toBeGreaterThan(60);
      expect(b.bars).toBeGreaterThan(3);
    }
    const bars = await open(documents["zh-internal-apps-script-charts"] as string);
    expect(await bars.page.locator("svg").count()).toBe(0);
    expect(await bars.page.locator("td.bar span").count()).toBeGreaterThan(10);
    await svg.page.close();
    await bars.page.close();
  });

  it("shows a user's markup as text: no image, no script, no dialog", async () => {
    const grading = grade(poisoned());
    for (const html of [
      renderReport(reportModel(grading, { edition: "internal" }), "zh"),
      renderBulletin(
        bulletinModel(grading, { edition: "internal", from: "2025-11-24", to: "2025-11-30", appendix: true }),
        "zh",
      ),
    ]) {
      const { page, problems, requests } = await open(html);
      expect(await page.locator("img").count()).toBe(0);
      const text = await page.locator("body").textContent();
      expect(text).toContain(PAYLOAD);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }
  });

  for (const name of ["zh-internal", "zh-internal-apps-script-charts", "zh-bulletin"]) {
    it(`prints ${name} to an A4 PDF whose every page renders`, async () => {
      const started = performance.now();
      const pdf = await htmlToPdf(documents[name] as string, executablePath, "zh");
      const ms = Math.round(performance.now() - started);
      const file = join(OUT, `${name}.pdf`);
      writeFileSync(file, pdf);
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(info).toMatch(/\(A4\)/);
      execFileSync("pdftoppm", ["-png", "-r", "50", file, join(OUT, `${name}-page`)]);
      const pngs = readdirSync(OUT).filter((f) => f.startsWith(`${name}-page`) && f.endsWith(".png"));
      expect(pngs).toHaveLength(pages);
      // Pages are numbered as official documents number them: — 1 —.
      const text = execFileSync("pdftotext", ["-l", "1", file, "-"], { encoding: "utf8" });
      expect(text.replace(/\s+/g, "")).toContain(
        t("zh", "report.pageOf", { page: 1, pages }).replace(/\s+/g, ""),
      );
      writeFileSync(join(OUT, `${name}.txt`), `${pages} pages, ${pdf.length} bytes, ${ms} ms\n`);
    });
  }
});
