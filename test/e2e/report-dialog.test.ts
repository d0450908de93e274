/**
 * The built export dialog (dist/Report.html, as menuExportReport shows it) in headless Chromium,
 * talking through the google.script.run shim to the built add-on (dist/Code.js) over the fake
 * services. Run `npm run build` first.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import {
  installScriptRun,
  launchChromium,
  PAGE_URL,
  SCREENSHOT_DIR,
  screenshot,
  serveHtml,
} from "../support/browser.ts";
import type { FakeGasOptions } from "../support/fake-gas.ts";
import { type LoadedAddOn, loadAddOn, sheetsOf } from "../support/gas-vm.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly page: Page;
  readonly addOn: LoadedAddOn;
  /** What the page asked the server for, in order. */
  readonly requests: { name: string; args: unknown[] }[];
  readonly refused: string[];
}

/** Opens the dialog the menu shows, wired to the add-on: the page and the server are the built ones. */
async function open(
  options: FakeGasOptions = {},
  handler?: (name: string, args: unknown[]) => unknown,
): Promise<Opened> {
  const addOn = loadAddOn({ sheets: sheetsOf(sampleWorkbook("zh")), ...options });
  addOn.call("menuExportReport");
  const html = addOn.fake.dialogs.at(-1)?.html ?? "";
  const page = await browser.newPage({ viewport: { width: 520, height: 460 }, acceptDownloads: true });
  const requests: { name: string; args: unknown[] }[] = [];
  const refused = await serveHtml(page, html);
  await installScriptRun(page, (name, args) => {
    requests.push({ name, args });
    return handler ? handler(name, args) : addOn.call(name, ...args);
  });
  await page.goto(PAGE_URL);
  await page.locator("#make").waitFor();
  return { page, addOn, requests, refused };
}

describe("the export dialog in Chromium", () => {
  it("makes the ranking poster of a month as a PNG 1080 pixels wide, drawn in the page, public and named", async () => {
    const { page, requests, refused } = await open();
    await page.check('input[name="kind"][value="poster"]');
    expect(await page.locator("#edition").isHidden()).toBe(true);
    await page.selectOption("#poster-period", { label: "2025年11月" });
    await page.click("#make");
    await page.locator("#png-link").waitFor();
    expect(requests.at(-1)).toEqual({
      name: "exportReport",
      args: [{ kind: "poster", edition: "public", period: "2025-11" }],
    });
    expect(await page.getAttribute("#png-link", "download")).toBe("排名海报-2025-11.png");
    // The PNG itself, read back in the page: its size, and the red of its head.
    const png = await page.evaluate(async () => {
      const href = (document.getElementById("png-link") as HTMLAnchorElement).href;
      const blob = await (await fetch(href)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = document.createElement("canvas");
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const context = canvas.getContext("2d") as CanvasRenderingContext2D;
      context.drawImage(bitmap, 0, 0);
      const head = [...context.getImageData(5, 5, 1, 1).data];
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = "";
      for (const b of bytes) binary += String.fromCharCode(b);
      return { width: bitmap.width, height: bitmap.height, head, base64: btoa(binary), type: blob.type };
    });
    expect([png.width, png.type]).toEqual([1080, "image/png"]);
    expect(png.height).toBeGreaterThan(2700);
    expect(png.head.slice(0, 3)).toEqual([198, 40, 40]);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, "poster-from-sheets.png"), Buffer.from(png.base64, "base64"));
    expect(await page.locator("#poster-preview").isVisible()).toBe(true);
    expect(refused).toEqual([]);
    await screenshot(page, "export-dialog-poster");
    await page.close();
  });

  it("offers report or bulletin, internal or public, and asks the server for exactly what was chosen", async () => {
    const { page, requests, refused } = await open();
    // The bulletin's period shows only for a bulletin, filled with the latest week.
    expect(await page.locator(".period").isHidden()).toBe(true);
    await page.check('input[name="kind"][value="bulletin"]');
    expect(await page.locator(".period").isVisible()).toBe(true);
    expect(await page.inputValue("#from")).toBe("2026-01-12");
    await page.fill("#from", "2025-11-10");
    await page.fill("#to", "2025-11-16");
    await page.check('input[name="edition"][value="public"]');
    await page.fill("#number", "电子党〔2025〕9号");
    await screenshot(page, "export-dialog-bulletin");
    await page.click("#make");
    await page.locator("#pdf-link").waitFor();
    expect(requests).toEqual([
      {
        name: "exportReport",
        args: [
          {
            kind: "bulletin",
            edition: "public",
            from: "2025-11-10",
            to: "2025-11-16",
            appendix: false,
            documentNumber: "电子党〔2025〕9号",
          },
        ],
      },
    ]);
    expect(await page.getAttribute("#pdf-link", "download")).toBe("通报-2025-11-10至2025-11-16-公示版.pdf");
    expect(await page.getAttribute("#html-link", "download")).toBe("通报-2025-11-10至2025-11-16-公示版.html");
    expect(await page.getAttribute("#pdf-link", "href")).toMatch(/^blob:/);
    expect(await page.locator(".message.ok").textContent()).toContain("报告已生成");
    expect(refused).toEqual([]);
    await screenshot(page, "export-dialog-ready");

    // The semester report, internal, by default.
    await page.check('input[name="kind"][value="report"]');
    await page.check('input[name="edition"][value="internal"]');
    await page.click("#make");
    await expect
      .poll(() => page.getAttribute("#pdf-link", "download"))
      .toBe("学期报告-2025-2026-1-内部版.pdf");
    expect(requests.at(-1)?.args).toEqual([
      { kind: "report", edition: "internal", documentNumber: "电子党〔2025〕9号" },
    ]);
    await page.close();
  });

  it("offers the yearly appraisal record, internal only, and writes its tab", async () => {
    const { page, addOn, requests } = await open();
    expect(await page.locator('label:has(input[value="appraisal"])').textContent()).toContain(
      "2025-2026学年",
    );
    await page.check('input[name="kind"][value="appraisal"]');
    expect(await page.locator("#edition").isHidden()).toBe(true);
    await page.click("#make");
    await expect.poll(() => page.getAttribute("#pdf-link", "download")).toBe("年度考评记录-2025-2026.pdf");
    expect(requests.at(-1)?.args).toEqual([{ kind: "appraisal", edition: "internal", year: "2025-2026" }]);
    const tab = addOn.fake.sheet("年度考评 2025-2026");
    expect(tab[0]?.slice(0, 4)).toEqual(["学号", "姓名", "政治面貌", "支部"]);
    expect(tab.length).toBeGreaterThan(100);
    // Asked for a public edition by hand, the server still makes the internal one.
    const asked = addOn.call<{ fileName: string }>("exportReport", { kind: "appraisal", edition: "public" });
    expect(asked.fileName).toBe("年度考评记录-2025-2026");
    await page.close();
  });

  it("downloads the very bytes the server made, through an object URL", async () => {
    const { page, addOn } = await open();
    await page.click("#make");
    await page.locator("#pdf-link").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#pdf-link")]);
    const saved = readFileSync((await download.path()) as string);
    expect(saved.subarray(0, 5).toString()).toBe("%PDF-");
    const direct = addOn.call<{ pdf: string }>("exportReport", { kind: "report", edition: "internal" });
    expect(saved.equals(Buffer.from(direct.pdf, "base64"))).toBe(true);
    await page.close();
  });

  it("hands over a file past Chromium's 2 MB URL limit whole", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0x41);
    big.write("%PDF-1.4\n");
    const { page } = await open({}, () => ({
      fileName: "学期报告-2025-2026-1-内部版",
      html: "<!DOCTYPE html><p>…</p>",
      pdf: big.toString("base64"),
    }));
    await page.click("#make");
    await page.locator("#pdf-link").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#pdf-link")]);
    const saved = readFileSync((await download.path()) as string);
    expect(saved.length).toBe(big.length);
    expect(saved.equals(big)).toBe(true);
    await page.close();
  });

  it("still offers the web page, and says why, when the PDF conversion fails", async () => {
    const { page } = await open({ pdfConversionError: "Service Documents failed" });
    await page.click("#make");
    await page.locator("#html-link").waitFor();
    expect(await page.locator("#pdf-link").count()).toBe(0);
    const message = await page.locator(".message.error").textContent();
    expect(message).toContain("PDF 转换失败");
    expect(message).toContain("Service Documents failed");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#html-link")]);
    expect(readFileSync((await download.path()) as string, "utf8")).toContain(
      "学生党员寝室挂牌检查情况的报告",
    );
    await screenshot(page, "export-dialog-pdf-failed");
    await page.close();
  });

  it("refuses a week without inspections with the server's words, and a period out of order before asking", async () => {
    const { page, requests } = await open();
    await page.check('input[name="kind"][value="bulletin"]');
    await page.fill("#from", "2025-10-01");
    await page.fill("#to", "2025-10-05");
    await page.click("#make");
    await expect.poll(() => page.locator(".message.error").textContent()).toContain("没有检查记录");
    expect(await page.locator("#pdf-link").count()).toBe(0);
    expect(await page.getAttribute("#make", "aria-disabled")).toBeNull();
    await page.fill("#from", "2025-10-09");
    await page.click("#make");
    await expect.poll(() => page.locator(".message.error").textContent()).toContain("开始不晚于结束");
    expect(requests).toHaveLength(1);
    await page.close();
  });
});
