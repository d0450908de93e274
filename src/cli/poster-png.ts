import { POSTER_WIDTH } from "../documents/poster/template.ts";
import type { Lang } from "../engine/labels.ts";
import { CliError } from "./cli-error.ts";
import { CHROMIUM_ARGS } from "./commands/report.ts";
import { t } from "./labels.ts";

/** Device pixels per CSS pixel: 360 wide becomes 1080, a phone screen's full width. */
export const POSTER_SCALE = 3;

/**
 * Photographs a poster page (see `posterPage`) with headless Chromium: a PNG 1080 pixels wide and
 * as tall as the poster. playwright-core is loaded only here.
 *
 * @example
 * const png = await posterPng(posterPage(svg, "zh"), "/usr/bin/chromium", "zh");
 */
export async function posterPng(html: string, executablePath: string, lang: Lang): Promise<Buffer> {
  let chromium: typeof import("playwright-core").chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch {
    throw new CliError(t(lang, "report.noPlaywright"), 1);
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({
      viewport: { width: POSTER_WIDTH, height: 640 },
      deviceScaleFactor: POSTER_SCALE,
    });
    // Nothing is fetched: the page is whole as it is.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    return await page.locator("svg").first().screenshot({ type: "png" });
  } finally {
    await browser.close();
  }
}
