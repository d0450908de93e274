/**
 * Headless Chromium for the end-to-end tests: the system's /usr/bin/chromium (or CHROME_PATH)
 * driven by playwright-core, with no browser download and no network. Pages are served from
 * memory; every other request is refused and recorded, so a test can prove nothing was fetched.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../../src/cli/commands/report.ts";

const ROOT = join(import.meta.dirname, "../..");

/** Where screenshots go, for a person to look at (git-ignored). */
export const SCREENSHOT_DIR = join(ROOT, "out/screenshots");

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/**
 * Launches headless Chromium.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Serves `html` at `url` from memory and refuses every other request. Returns the list the
 * refused URLs are added to.
 *
 * @example
 * const refused = await serveHtml(page, html);
 * await page.goto(PAGE_URL);
 * expect(refused).toEqual([]);
 */
export async function serveHtml(page: Page, html: string, url: string = PAGE_URL): Promise<string[]> {
  const refused: string[] = [];
  await page.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested === url)
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    refused.push(requested);
    return route.abort();
  });
  return refused;
}

/** The address serveHtml uses by default. */
export const PAGE_URL = "https://addon.test/";

/** Throws when a value holds a Date or a function: neither crosses google.script.run. */
function assertPlain(value: unknown, path = "value"): void {
  if (value === null || typeof value !== "object") {
    if (typeof value === "function") throw new Error(`${path} is a function`);
    return;
  }
  if (Object.prototype.toString.call(value) === "[object Date]") throw new Error(`${path} is a Date`);
  for (const [key, item] of Object.entries(value)) assertPlain(item, `${path}.${key}`);
}

function messageOf(error: unknown): string {
  return error && typeof error === "object" && "message" in error ? String(error.message) : String(error);
}

/** A server function as the shim calls it: by name, with the page's arguments. */
export type ScriptHandler = (name: string, args: unknown[]) => unknown;

/**
 * Installs a `google.script.run` in the page that forwards each call to `handler` in Node,
 * asynchronously as the real one is: success and failure handlers, chaining, plain data only
 * (JSON both ways; a Date either way fails the call, as it would in Apps Script). Call before
 * the page is loaded.
 *
 * @example
 * await installScriptRun(page, (name, args) => addOn.call(name, ...args));
 */
export async function installScriptRun(page: Page, handler: ScriptHandler): Promise<void> {
  await page.exposeFunction("__scriptRun", async (name: string, argsJson: string) => {
    try {
      const value = await handler(name, JSON.parse(argsJson) as unknown[]);
      assertPlain(value);
      return { ok: true, json: value === undefined ? undefined : JSON.stringify(value) };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  });
  await page.addInitScript(() => {
    type Reply = { ok: true; json: string | undefined } | { ok: false; message: string };
    type Handler = ((value: unknown) => void) | undefined;
    const bridge = (window as unknown as { __scriptRun: (name: string, args: string) => Promise<Reply> })
      .__scriptRun;
    const hasDate = (value: unknown): boolean =>
      value instanceof Date ||
      (value !== null && typeof value === "object" && Object.values(value).some(hasDate));
    const runner = (success: Handler, failure: Handler): object =>
      new Proxy(
        {
          withSuccessHandler: (f: Handler) => runner(f, failure),
          withFailureHandler: (f: Handler) => runner(success, f),
          withUserObject: () => runner(success, failure),
        },
        {
          get(target, name) {
            if (typeof name !== "string") return undefined;
            if (name in target) return target[name as keyof typeof target];
            return (...args: unknown[]) => {
              if (hasDate(args)) {
                setTimeout(() => failure?.(new Error("Date objects cannot be passed to the server")), 0);
                return;
              }
              void bridge(name, JSON.stringify(args)).then((reply) => {
                if (reply.ok) success?.(reply.json === undefined ? undefined : JSON.parse(reply.json));
                else failure?.(new Error(reply.message));
              });
            };
          },
        },
      );
    Object.assign(window, {
      google: { script: { run: runner(undefined, undefined), host: { close() {}, editor: { focus() {} } } } },
    });
  });
}

/**
 * Saves a full-page screenshot to out/screenshots/<name>.png and returns its path.
 *
 * @example
 * await screenshot(page, "sidebar-zh");
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
