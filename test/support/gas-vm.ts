/**
 * Loads the built add-on (dist/Code.js, as Apps Script would run it) into a node:vm context over
 * the in-memory fake services. Run `npm run build` first; `npm test` does.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { type AuthModeName, createFakeGas, type FakeGas, type FakeGasOptions } from "./fake-gas.ts";

const DIST = join(import.meta.dirname, "../../dist");

export interface LoadedAddOn {
  readonly fake: FakeGas;
  readonly context: vm.Context;
  /** Calls a global function of the add-on, as Apps Script would. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

let htmlCache: { key: string; files: Record<string, string> } | undefined;

/** Every HTML file of dist/, by name, for HtmlService's createHtmlOutputFromFile / createTemplateFromFile. */
function htmlFiles(): Record<string, string> {
  let names: string[] = [];
  try {
    names = readdirSync(DIST).filter((f) => f.endsWith(".html"));
  } catch {
    // Not built yet: HtmlService will say the file is missing.
  }
  // Read once per build: the same names and modification times give the same files.
  const key = names.map((name) => `${name}@${statSync(join(DIST, name)).mtimeMs}`).join("|");
  if (htmlCache?.key === key) return { ...htmlCache.files };
  const files: Record<string, string> = {};
  for (const name of names) files[name.replace(/\.html$/, "")] = readFileSync(join(DIST, name), "utf8");
  htmlCache = { key, files };
  return { ...files };
}

/** The HTML files of dist/ but those named: as if loading them failed. */
export function distFilesWithout(...names: string[]): Record<string, string> {
  const files = htmlFiles();
  for (const name of names) delete files[name];
  return files;
}

/** Simple triggers: 30 s, and the authorization mode their event says (LIMITED by default). */
const TRIGGERS = new Set(["onOpen", "onEdit", "onInstall", "onSelectionChange"]);

let compiled: { source: string; script: vm.Script } | undefined;

/** Code.js compiled once per test process; each realm runs it afresh, as each execution does. */
function codeScript(): vm.Script {
  const source = readFileSync(join(DIST, "Code.js"), "utf8");
  if (compiled?.source !== source)
    compiled = { source, script: new vm.Script(source, { filename: "Code.js" }) };
  return compiled.script;
}

/**
 * The add-on over the fake services. `call` runs an entry point as one execution (a simple
 * trigger for onOpen/onEdit, with its event's authMode; otherwise a 6-minute FULL run), and
 * custom functions compute afterwards, each in a fresh realm that loads Code.js again.
 */
export function loadAddOn(options: FakeGasOptions = {}): LoadedAddOn {
  const script = codeScript();
  const fake = createFakeGas({ htmlFiles: htmlFiles(), ...options });
  const realm = () => {
    const context = vm.createContext({ ...fake.globals });
    script.runInContext(context);
    return context as Record<string, unknown>;
  };
  const context = realm() as vm.Context;
  fake.bindRealm(context);
  fake.useCustomFunctions(realm);
  return {
    fake,
    context,
    call<T>(name: string, ...args: unknown[]): T {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== "function") throw new Error(`${name} is not a global function of dist/Code.js`);
      const trigger = TRIGGERS.has(name);
      const event = args[0] as { authMode?: unknown } | undefined;
      const mode = trigger ? String(event?.authMode ?? "LIMITED") : "FULL";
      return fake.execute(trigger ? "trigger" : "run", mode as AuthModeName, () => {
        fake.bindRealm(context);
        return fn(...args) as T;
      });
    },
  };
}

/** Grids as the fake takes them: Dates stay Dates, everything else as is. */
export function sheetsOf(
  grids: readonly { name: string; values: readonly (readonly unknown[])[] }[],
): Record<string, unknown[][]> {
  return Object.fromEntries(grids.map((g) => [g.name, g.values.map((row) => [...row])]));
}
