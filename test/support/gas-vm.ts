/**
 * Loads the built add-on (dist/Code.js, as Apps Script would run it) into a node:vm context over
 * the in-memory fake services. Run `npm run build` first; `npm test` does.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { createFakeGas, type FakeGas, type FakeGasOptions } from "./fake-gas.ts";

const DIST = join(import.meta.dirname, "../../dist");

export interface LoadedAddOn {
  readonly fake: FakeGas;
  readonly context: vm.Context;
  /** Calls a global function of the add-on, as Apps Script would. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

/** Every HTML file of dist/, by name, for HtmlService's createHtmlOutputFromFile / createTemplateFromFile. */
function htmlFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  let names: string[] = [];
  try {
    names = readdirSync(DIST).filter((f) => f.endsWith(".html"));
  } catch {
    // Not built yet: HtmlService will say the file is missing.
  }
  for (const name of names) files[name.replace(/\.html$/, "")] = readFileSync(join(DIST, name), "utf8");
  return files;
}

export function loadAddOn(options: FakeGasOptions = {}): LoadedAddOn {
  const code = readFileSync(join(DIST, "Code.js"), "utf8");
  const fake = createFakeGas({ htmlFiles: htmlFiles(), ...options });
  const context = vm.createContext({ ...fake.globals });
  vm.runInContext(code, context, { filename: "Code.js" });
  fake.useCustomFunctions(context as Record<string, unknown>);
  return {
    fake,
    context,
    call<T>(name: string, ...args: unknown[]): T {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== "function") throw new Error(`${name} is not a global function of dist/Code.js`);
      return fn(...args) as T;
    },
  };
}

/** Grids as the fake takes them: Dates stay Dates, everything else as is. */
export function sheetsOf(
  grids: readonly { name: string; values: readonly (readonly unknown[])[] }[],
): Record<string, unknown[][]> {
  return Object.fromEntries(grids.map((g) => [g.name, g.values.map((row) => [...row])]));
}
