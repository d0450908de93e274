/**
 * The built kit dialog (dist/PlaqueKit.html, as menuPlaqueKit shows it) in headless Chromium,
 * talking through the google.script.run shim to the built add-on over the fake services.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import jsQR from "jsqr";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import { installScriptRun, launchChromium, PAGE_URL, SCREENSHOT_DIR, serveHtml } from "../support/browser.ts";
import { loadAddOn, sheetsOf } from "../support/gas-vm.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(lang: "zh" | "en" = "zh") {
  const addOn = loadAddOn({ sheets: sheetsOf(sampleWorkbook(lang)) });
  addOn.call("menuPlaqueKit");
  const html = addOn.fake.dialogs.at(-1)?.html ?? "";
  const page = await browser.newPage({ viewport: { width: 900, height: 640 }, deviceScaleFactor: 2 });
  const requests: { name: string; args: unknown[] }[] = [];
  const refused = await serveHtml(page, html);
  await installScriptRun(page, (name, args) => {
    requests.push({ name, args });
    return addOn.call(name, ...args);
  });
  await page.goto(PAGE_URL);
  await page.locator("#print").waitFor();
  return { page, requests, refused };
}

/** The pixels of an element as Chromium drew them, decoded as a QR code. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const png = await page.locator(selector).screenshot();
  const { width, height, data } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
  }, png.toString("base64"));
  return jsQR(new Uint8ClampedArray(data), width, height)?.data;
}

describe("the plaque kit dialog in Chromium", () => {
  it("shows door cards whose QR codes, as drawn, open each dorm's form", async () => {
    const { page, refused } = await open();
    const cards = page.locator("article.card");
    expect(await cards.count()).toBe(3);
    const first = cards.first();
    await first.scrollIntoViewIfNeeded();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // The card alone, without the sticky toolbar over its top.
    await page.addStyleTag({ content: ".toolbar { position: static; }" });
    await first.screenshot({ path: join(SCREENSHOT_DIR, "door-card-zh.png") });
    for (let i = 0; i < 3; i++) {
      const link = await cards.nth(i).getAttribute("data-link");
      expect(link).toMatch(/^https:\/\/forms\.example\.com\/dorm-inspection\?dorm=/);
      const decoded = await decodeQr(
        page,
        `article.card[data-dorm="${await cards.nth(i).getAttribute("data-dorm")}"] svg.qr`,
      );
      expect(decoded).toBe(link);
    }
    expect(refused).toEqual([]);
    await page.close();
  });

  it("prints only the parts ticked, without the toolbar, on A4", async () => {
    const { page } = await open();
    await page.uncheck('input[data-part-box="decision"]');
    await page.uncheck('input[data-part-box="pledges"]');
    expect(await page.locator('[data-part="decision"]').isHidden()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".toolbar").isHidden()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length;
    // Three cards on two sheets, one notice on one.
    expect(pages).toBe(3);
    await page.close();
  });

  it("cards every member dorm when asked, from the server", async () => {
    const { page, requests } = await open("en");
    await page.check("#all");
    await expect.poll(() => page.locator("article.card").count()).toBe(59);
    expect(requests).toEqual([{ name: "plaqueKitPages", args: [{ all: true }] }]);
    expect(await page.locator("#summary").textContent()).toContain("59 door cards");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "plaque-kit-dialog-en.png") });
    await page.close();
  });
});
