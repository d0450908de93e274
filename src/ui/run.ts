/// <reference types="google-apps-script" />
/**
 * A typed, Promise-based google.script.run. The endpoints' types are the server functions' own
 * (`typeof`), so the client cannot call one with the wrong arguments or misread its answer.
 * The reference above lets this UI program read the server modules' types; nothing of them is
 * bundled (type-only imports).
 */
import type * as Index from "../gas/index.ts";

/** The server functions the sidebar may call. */
export type Endpoints = Pick<
  typeof Index,
  | "getDashboard"
  | "recalculate"
  | "addInspection"
  | "addVisit"
  | "setLanguage"
  | "setupTabs"
  | "exportReport"
  | "showExportDialog"
  | "previewImport"
  | "applyImport"
  | "showImportDialog"
  | "plaqueKitPages"
  | "archiveSemester"
  | "unarchiveSemester"
>;

export type EndpointName = keyof Endpoints;

/** True when a type holds a Date or a function anywhere: neither survives the bridge. */
type HasOpaque<T> = [T] extends [never]
  ? false
  : T extends Date | ((...args: never[]) => unknown)
    ? true
    : T extends readonly (infer U)[]
      ? HasOpaque<U>
      : T extends object
        ? true extends { [K in keyof T]-?: HasOpaque<T[K]> }[keyof T]
          ? true
          : false
        : false;

/** Plain data only: a type with a Date in it becomes `never`, so such a call cannot compile. */
type Plain<T> = [HasOpaque<T>] extends [false] ? T : never;

export type Args<K extends EndpointName> = Plain<Parameters<Endpoints[K]>>;
export type Reply<K extends EndpointName> = Plain<ReturnType<Endpoints[K]>>;

/** The part of google.script.run this wrapper uses. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [endpoint: string]: unknown;
}

function runner(): ScriptRunner {
  const google = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  const run = google?.script?.run;
  if (!run) throw new Error("google.script.run is not available");
  return run;
}

/**
 * The message of whatever the failure handler got: Apps Script passes an Error whose message is
 * the server's, sometimes prefixed with its class name.
 *
 * @example
 * messageOf(new Error("Exception: Lock timeout")) //=> "Lock timeout"
 */
export function messageOf(error: unknown): string {
  const text =
    error && typeof error === "object" && "message" in error && typeof error.message === "string"
      ? error.message
      : String(error);
  return text.replace(/^(?:Exception|Error|ScriptError):\s*/, "");
}

/**
 * Calls a server function and resolves with its answer, or rejects with its error.
 *
 * @example
 * const data = await call("getDashboard");
 * await call("setLanguage", "en");
 */
export function call<K extends EndpointName>(name: K, ...args: Args<K>): Promise<Reply<K>> {
  return new Promise<Reply<K>>((resolve, reject) => {
    const run = runner()
      .withSuccessHandler((value) => resolve(value as Reply<K>))
      .withFailureHandler(reject);
    const endpoint = run[name];
    if (typeof endpoint !== "function") {
      reject(new Error(`unknown endpoint ${name}`));
      return;
    }
    endpoint.apply(run, args);
  });
}
