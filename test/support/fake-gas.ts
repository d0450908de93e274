/**
 * An in-memory fake of the Apps Script services the add-on uses, for loading dist/Code.js in a
 * node:vm context. It follows the Apps Script reference where the add-on depends on it: 1-based
 * grids of a fixed size that throw the real messages out of bounds, strings written through the
 * API read as if typed (Sheets turns "0301" into 301 and "2025-09-15" into a date), and custom
 * functions that Sheets recomputes only when their formula or an argument cell changes.
 *
 * Everything reached through `globals` is a Proxy that counts each method call; the harness
 * helpers on the returned object read and write the model directly and are never counted.
 *
 * As strict as the platform where the add-on's safety depends on it: `execute` runs a script as
 * an execution with Google's deadlines (30 s for simple triggers and custom functions, 6 min
 * otherwise) on a clock that charges every call and cell (COST), can kill it at any call
 * (`killAtCall`) or run something in the middle of it (`atCall`), refuses what its authorization
 * mode refuses, holds locks per execution (a second one waits and fails), and computes custom
 * functions only after it ends, each as an execution of its own in a fresh realm. Initial cells are
 * typed the way Sheets types what a user enters; cache and property limits count UTF-8 bytes; a PDF
 * conversion can be made to fail; a bound project's menu is named after the project.
 *
 * Known simplifications: only top-level custom-function calls are computed (any other formula,
 * `=IFERROR(DORMGRADE(A2), "")` included, reads as ""), inserting or deleting rows does not
 * rewrite formula or conditional-format references, executions never overlap except through
 * `atCall`, and Blob.getAs("application/pdf") returns a marker PDF, not a rendering.
 */
import vm from "node:vm";

export type CellValue = string | number | boolean | Date;

export interface FakeGasOptions {
  /**
   * Initial tabs, row-major, row 1 = headers; ragged rows are padded with "". Values are stored as
   * given (a string stays a string); strings starting with "=" are formulas.
   */
  sheets?: Record<string, unknown[][]>;
  /** Spreadsheet time zone; default "Asia/Shanghai". */
  timeZone?: string;
  /** Session.getScriptTimeZone(); default "America/New_York". */
  scriptTimeZone?: string;
  /** Spreadsheet locale; default "zh_CN". */
  locale?: string;
  /** Session.getActiveUserLocale(); defaults to `locale`. */
  userLocale?: string;
  /** Files for HtmlService.createHtmlOutputFromFile / createTemplateFromFile, by name without ".html". */
  htmlFiles?: Record<string, string>;
  /** Spreadsheet name; default "Untitled spreadsheet". */
  name?: string;
  /**
   * The Apps Script project's name: a bound script's Ui.createAddonMenu() is shown under it
   * (Extensions → name). Default "Untitled project", the name a new bound project gets.
   */
  projectName?: string;
  /** Milliseconds of Apps Script time per millisecond of Node time; default 1. */
  cpuFactor?: number;
  /** When set, Blob.getAs("application/pdf") throws this message, as the real converter now and then does. */
  pdfConversionError?: string;
}

export interface CallCounter {
  total(): number;
  byMethod(): Record<string, number>;
  reset(): void;
  /** Mutating calls (set*, append*, insert*, clear*, delete*) on Spreadsheet, Sheet, Range and Properties. */
  readonly writes: number;
}

export type ExecutionKind = "trigger" | "custom" | "run";
export type AuthModeName = "NONE" | "CUSTOM_FUNCTION" | "LIMITED" | "FULL";

/** The message of the error a killed execution throws at every service call after the kill. */
export const KILLED = "fake-gas: execution killed";

/**
 * The cost model, from Google's own figures in "Best practices" (Use batch operations): a
 * script that sets 10,000 cell backgrounds one call at a time (offset + setBackgroundColor, 20,000
 * calls) takes about 70 s, the same work as one 10,000-cell setBackgrounds about 1 s.
 * https://developers.google.com/apps-script/guides/support/best-practices
 */
export const COST = { callMs: 3.5, cellMs: 0.1 } as const;

/** Execution time limits: https://developers.google.com/apps-script/guides/services/quotas */
export const DEADLINE_MS: Record<ExecutionKind, number> = { trigger: 30_000, custom: 30_000, run: 360_000 };

/** One Apps Script execution as the fake tracks it. */
interface Execution {
  readonly id: number;
  readonly kind: ExecutionKind;
  readonly authMode: AuthModeName;
  readonly deadline: number;
  calls: number;
  /** Simulated milliseconds spent in service calls (and waiting for locks). */
  ms: number;
  /** performance.now() at the start, and the real time spent inside the fake since. */
  start: number;
  inFake: number;
  killAt: number | null;
  hook: { at: number; work: () => void } | null;
  /** Why every further service call fails: killed, or past the deadline. */
  dead: string | null;
}

/** Simulated time so far: the service calls' cost plus the script's own time, scaled. */
function elapsed(run: Execution, cpuFactor: number): number {
  const script = Math.max(0, performance.now() - run.start - run.inFake);
  return run.ms + script * cpuFactor;
}

function cellsOf(grid: unknown[]): number {
  let n = 0;
  for (const row of grid) n += Array.isArray(row) ? row.length : 1;
  return n;
}

export type MenuEntry = { caption: string; functionName: string; items?: MenuEntry[] } | "separator";

export interface LockState {
  /** Another process holds the lock for longer than anyone waits: tryLock waits and fails. */
  busy: boolean;
  held: boolean;
  acquisitions: number;
  /** The execution holding it, or null. */
  holder: number | null;
}

export interface CellInfo {
  value: CellValue;
  displayValue: string;
  formula: string;
  error: string | null;
  background: string;
  fontWeight: string;
  fontColor: string;
  numberFormat: string;
  note: string;
  checkbox: boolean;
}

export interface FakeGas {
  globals: Record<string, unknown>;
  calls: CallCounter;
  sheet(name: string): unknown[][];
  formulas(name: string): string[][];
  backgrounds(name: string): string[][];
  conditionalRules(
    name: string,
  ): Array<{ ranges: string[]; formula: string | null; background: string | null; fontColor: string | null }>;
  sheetNames(): string[];
  setCell(sheet: string, a1: string, value: CellValue): void;
  editEvent(sheet: string, a1: string, value: CellValue, authMode?: "NONE" | "LIMITED" | "FULL"): object;
  toasts: Array<{ message: string; title: string }>;
  alerts: string[];
  alertDetails: Array<{ title: string; prompt: string; buttons: string }>;
  /** Button names ("OK", "CANCEL", "YES", "NO", "CLOSE") that the next Ui.alert calls return, in order. */
  alertReplies: string[];
  prompts: Array<{ title: string; prompt: string }>;
  /** Replies for the next Ui.prompt calls; button defaults to "OK". */
  promptReplies: Array<{ text: string; button?: string }>;
  sidebars: Array<{ title: string; html: string }>;
  dialogs: Array<{ title: string; html: string; modal: boolean; width: number; height: number }>;
  menus: Array<{ title: string; items: MenuEntry[] }>;
  logs: Array<{ level: string; message: string }>;
  locks: { document: LockState; script: LockState; user: LockState };
  properties: { document: Map<string, string>; user: Map<string, string>; script: Map<string, string> };
  /**
   * Evaluates =NAME(...) cells with the UPPERCASE functions of a realm. Given a factory, each
   * custom-function execution gets a fresh realm from it, as in Sheets; given a context, it is
   * reused.
   */
  useCustomFunctions(realm: Record<string, unknown> | (() => Record<string, unknown>)): void;
  /**
   * Runs `work` as one Apps Script execution: a simple trigger or a custom function has 30 s, any
   * other run 6 min, counted by the cost model (COST) plus the script's own time. Locks held are
   * released at the end, and only then do custom functions whose cells changed compute, each as
   * an execution of its own.
   */
  execute<T>(kind: ExecutionKind, authMode: AuthModeName, work: () => T): T;
  /** The n-th service call (1-based) of the next execution throws KILLED, as does every later one in it. */
  killAtCall(n: number | null): void;
  /**
   * Runs `work` just before the n-th service call of the next execution: a user's edit, or another
   * execution, happening while that one runs. Its time is not the execution's.
   */
  atCall(n: number, work: () => void): void;
  /** The document cache's entries, by key. */
  documentCache(): Map<string, string>;
  /** What the last execution (of a kind, when given) spent: service calls and simulated milliseconds. */
  lastExecution(kind?: ExecutionKind): { calls: number; ms: number; kind: ExecutionKind } | null;
  /** The next `n` conversions to PDF fail, as Google's converter now and then does. */
  failPdfConversions(n: number): void;
  /** Makes thrown exceptions instances of the context's Error (done by useCustomFunctions too). */
  bindRealm(context: Record<string, unknown>): void;
  /** The message behind an error value (#ERROR!, #REF!) of a formula cell, or null. */
  formulaError(sheet: string, a1: string): string | null;
  cell(sheet: string, a1: string): CellInfo;
  dimensions(sheet: string): {
    maxRows: number;
    maxColumns: number;
    frozenRows: number;
    frozenColumns: number;
    hidden: boolean;
  };
}

// ---------------------------------------------------------------------------------------------
// Values

type Value = CellValue;

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
const GENERAL_FORMAT = "0.###############";

function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === "[object Date]";
}

function copyValue(v: Value): Value {
  return isDate(v) ? new Date(v.getTime()) : v;
}

function sameValue(a: Value, b: Value): boolean {
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return a === b;
}

function messageOf(e: unknown): string {
  if (e && typeof e === "object" && "message" in e && typeof e.message === "string") return e.message;
  return String(e);
}

/** Apps Script enum values are objects that print as their name; identity comparison is what scripts use. */
export interface EnumValue {
  toString(): string;
  name(): string;
  ordinal(): number;
  toJSON(): string;
}

function makeEnum<K extends string>(names: readonly K[]): Readonly<Record<K, EnumValue>> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    out[n] = Object.freeze({ toString: () => n, name: () => n, ordinal: () => i, toJSON: () => n });
  });
  return Object.freeze(out);
}

function enumName(x: unknown): string {
  return x === undefined || x === null ? "" : String(x);
}

const AUTH_MODE = makeEnum(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
const BUTTON = makeEnum(["CLOSE", "OK", "CANCEL", "YES", "NO"]);
const BUTTON_SET = makeEnum(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);
const SANDBOX_MODE = makeEnum(["EMULATED", "IFRAME", "NATIVE"]);
const XFRAME_MODE = makeEnum(["ALLOWALL", "DEFAULT"]);
const DIMENSION = makeEnum(["COLUMNS", "ROWS"]);
const METADATA_VISIBILITY = makeEnum(["DOCUMENT", "PROJECT"]);
const METADATA_LOCATION = makeEnum(["SPREADSHEET", "SHEET", "ROW", "COLUMN"]);
const PROTECTION_TYPE = makeEnum(["RANGE", "SHEET"]);
const WRAP_STRATEGY = makeEnum(["WRAP", "OVERFLOW", "CLIP"]);
/** The data-validation criteria the add-on uses; the real enum has many more. */
const DATA_VALIDATION_CRITERIA = makeEnum(["VALUE_IN_LIST", "NUMBER_BETWEEN", "DATE_IS_VALID_DATE"]);
const BOOLEAN_CRITERIA = makeEnum([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
]);

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  lime: "#00ff00",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  pink: "#ffc0cb",
  cyan: "#00ffff",
  magenta: "#ff00ff",
};

/** Sheets reports colours as lowercase #rrggbb whatever CSS form was set. */
function normalizeColor(color: unknown): string | null {
  if (color === null || color === undefined || color === "") return null;
  const s = String(color).trim().toLowerCase();
  const named = NAMED_COLORS[s];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Dates in a time zone

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

const knownZones = new Map<string, string>();

function safeZone(timeZone: string): string {
  let zone = knownZones.get(timeZone);
  if (zone === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone });
      zone = timeZone;
    } catch {
      // Java, behind Utilities.formatDate, falls back to GMT for an unknown zone id.
      zone = "UTC";
    }
    knownZones.set(timeZone, zone);
  }
  return zone;
}

function zonedParts(date: Date, timeZone: string): ZonedParts {
  const zone = safeZone(timeZone);
  let format = zoneFormatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    zoneFormatters.set(zone, format);
  }
  const parts: Record<string, string> = {};
  for (const p of format.formatToParts(date)) parts[p.type] = p.value;
  const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((date.getTime() % 1000) + 1000) % 1000,
    weekday: weekdays.indexOf(parts.weekday ?? "Sun"),
  };
}

/** Minutes east of UTC in `timeZone` at instant `t`. */
function offsetMinutes(timeZone: string, t: number): number {
  const p = zonedParts(new Date(t), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(t / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time shows in `timeZone`. */
function zonedDate(timeZone: string, y: number, m: number, d: number, h = 0, mi = 0, s = 0): Date {
  const guess = Date.UTC(y, m - 1, d, h, mi, s);
  const first = offsetMinutes(timeZone, guess);
  let t = guess - first * 60_000;
  const second = offsetMinutes(timeZone, t);
  if (second !== first) t = guess - second * 60_000;
  return new Date(t);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, "0");
}

/** Formats like Utilities.formatDate: Java SimpleDateFormat letters in the given zone. */
function formatJavaDate(
  date: Date,
  timeZone: string,
  pattern: string,
  illegal: (ch: string) => Error,
): string {
  const p = zonedParts(date, timeZone);
  const offset = offsetMinutes(safeZone(timeZone), date.getTime());
  const sign = offset < 0 ? "-" : "+";
  const oh = pad(Math.floor(Math.abs(offset) / 60), 2);
  const om = pad(Math.abs(offset) % 60, 2);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end === -1 ? pattern.length : end;
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
    switch (ch) {
      case "y":
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case "M":
        out +=
          n >= 4
            ? (MONTHS[p.month - 1] ?? "")
            : n === 3
              ? (MONTHS[p.month - 1] ?? "").slice(0, 3)
              : pad(p.month, n);
        break;
      case "d":
        out += pad(p.day, n);
        break;
      case "H":
        out += pad(p.hour, n);
        break;
      case "k":
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case "h":
        out += pad(h12, n);
        break;
      case "m":
        out += pad(p.minute, n);
        break;
      case "s":
        out += pad(p.second, n);
        break;
      case "S":
        out += pad(p.millisecond, Math.max(n, 3)).slice(0, Math.max(n, 3));
        break;
      case "E":
        out += n >= 4 ? (DAYS[p.weekday] ?? "") : (DAYS[p.weekday] ?? "").slice(0, 3);
        break;
      case "u":
        out += String(p.weekday === 0 ? 7 : p.weekday);
        break;
      case "a":
        out += p.hour < 12 ? "AM" : "PM";
        break;
      case "Z":
        out += `${sign}${oh}${om}`;
        break;
      case "X":
        out +=
          offset === 0
            ? "Z"
            : n === 1
              ? `${sign}${oh}`
              : n === 2
                ? `${sign}${oh}${om}`
                : `${sign}${oh}:${om}`;
        break;
      case "z":
        out += `GMT${sign}${oh}:${om}`;
        break;
      default:
        throw illegal(ch);
    }
  }
  return out;
}

/** Sheets number-format date patterns use lowercase m for both month and minute; Java needs M for month. */
function sheetsToJavaPattern(format: string): string {
  const tokens = format.match(/"[^"]*"|\\.|([a-zA-Z])\1*|[^a-zA-Z"\\]+/g) ?? [];
  const out: string[] = [];
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    if (tok.startsWith('"')) out.push(`'${tok.slice(1, -1).replace(/'/g, "''")}'`);
    else if (tok.startsWith("\\")) out.push(tok.slice(1));
    else if (/^y+$/.test(lower)) out.push(lower.length === 2 ? "yy" : "yyyy");
    else if (/^d+$/.test(lower)) out.push(lower.length >= 3 ? "E".repeat(lower.length) : lower);
    else if (/^h+$/.test(lower)) out.push(/am\/pm|a\/p/i.test(format) ? lower : "H".repeat(lower.length));
    else if (/^s+$/.test(lower)) out.push(lower);
    else if (/^m+$/.test(lower)) {
      const prev = tokens
        .slice(0, i)
        .reverse()
        .find((t) => /^[a-z]+$/i.test(t));
      const next = tokens.slice(i + 1).find((t) => /^[a-z]+$/i.test(t));
      const minute = (prev && /^h+$/i.test(prev)) || (next && /^s+$/i.test(next));
      out.push(minute ? "mm" : "M".repeat(lower.length));
    } else if (/^(am|a)$/i.test(tok)) out.push("a");
    else if (/^[a-z]+$/i.test(tok)) out.push(`'${tok}'`);
    else out.push(tok.replace(/'/g, "''"));
  });
  return out.join("").replace(/a\/p|am\/pm/gi, "a");
}

// ---------------------------------------------------------------------------------------------
// A1 notation

function columnLetters(n: number): string {
  let s = "";
  let x = n;
  while (x > 0) {
    const rem = (x - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function a1Of(r: number, c: number): string {
  return `${columnLetters(c)}${r}`;
}

function rectA1(r: number, c: number, nr: number, nc: number): string {
  return nr === 1 && nc === 1 ? a1Of(r, c) : `${a1Of(r, c)}:${a1Of(r + nr - 1, c + nc - 1)}`;
}

interface A1Ref {
  sheetName?: string;
  r1: number | null;
  c1: number | null;
  r2: number | null;
  c2: number | null;
  single: boolean;
}

function splitSheetPrefix(text: string): { sheetName?: string; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheetName: (quoted[1] as string).replace(/''/g, "'"), ref: quoted[2] as string };
  const bang = text.lastIndexOf("!");
  if (bang > 0) return { sheetName: text.slice(0, bang), ref: text.slice(bang + 1) };
  return { ref: text };
}

function parseA1(text: string): A1Ref | null {
  const { sheetName, ref } = splitSheetPrefix(text.trim());
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?(?::\$?([A-Za-z]{1,3})?\$?(\d+)?)?$/.exec(ref.trim());
  if (!m) return null;
  const [, ca, ra, cb, rb] = m;
  const single = !ref.includes(":");
  if (single && !(ca && ra)) return null;
  if (!single && !(ca || ra)) return null;
  if (!single && !(cb || rb)) return null;
  const out: A1Ref = {
    r1: ra ? Number(ra) : null,
    c1: ca ? columnNumber(ca) : null,
    r2: rb ? Number(rb) : null,
    c2: cb ? columnNumber(cb) : null,
    single,
  };
  if (sheetName !== undefined) out.sheetName = sheetName;
  return out;
}

interface Rect {
  r: number;
  c: number;
  nr: number;
  nc: number;
}

/** Open ends (A:A, A2:C, 1:1) reach the sheet's last row or column, as in Sheets. */
function resolveA1(ref: A1Ref, maxRows: number, maxCols: number): Rect | null {
  if (ref.single) return { r: ref.r1 as number, c: ref.c1 as number, nr: 1, nc: 1 };
  const r1 = ref.r1 ?? 1;
  const c1 = ref.c1 ?? 1;
  const r2 = ref.r2 ?? (ref.r1 === null || ref.c2 !== null ? maxRows : r1);
  const c2 = ref.c2 ?? maxCols;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  if (top < 1 || left < 1) return null;
  return { r: top, c: left, nr: Math.abs(r2 - r1) + 1, nc: Math.abs(c2 - c1) + 1 };
}

// ---------------------------------------------------------------------------------------------
// The document model

interface Dep {
  sheet: SheetModel;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

type Result =
  | { kind: "value"; v: Value }
  | { kind: "grid"; g: Value[][] }
  | { kind: "error"; code: string; message: string };

interface Cell {
  v: Value;
  f?: string;
  bg?: string;
  fw?: string;
  fc?: string;
  nf?: string;
  note?: string;
  wrap?: boolean;
  ha?: string;
  check?: boolean;
  dv?: ValidationModel;
  /** The custom-function cell whose array result fills this cell. */
  spill?: Cell;
  /** Set on a cell whose formula calls one of the context's custom functions. */
  custom?: boolean;
  err?: string;
  result?: Result;
  deps?: Dep[];
  extent?: { nr: number; nc: number };
}

function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.v !== "" || cell.f !== undefined);
}

interface RuleModel {
  ranges: Array<{ sheet: SheetModel } & Rect>;
  criteria: { type: EnumValue; values: unknown[] } | null;
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

interface MetadataModel {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: EnumValue;
}

class SheetModel {
  rows: Array<Array<Cell | undefined> | undefined> = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  rules: RuleModel[] = [];
  widths = new Map<number, number>();
  tabColor: string | null = null;
  /** Merged ranges, 1-based. */
  merges: Array<{ r: number; c: number; nr: number; nc: number }> = [];
  /** Developer metadata on the sheet itself; it goes with the sheet when the sheet is deleted. */
  metadata: MetadataModel[] = [];
  /** The sheet's protection, once `protect()` made it: warning-only or not, and its unprotected ranges. */
  protection: { warningOnly: boolean; description: string; unprotected: string[] } | null = null;
  constructor(
    readonly id: number,
    public name: string,
    public maxRows: number,
    public maxCols: number,
  ) {}

  cell(r: number, c: number): Cell | undefined {
    return this.rows[r - 1]?.[c - 1];
  }

  ensure(r: number, c: number): Cell {
    let row = this.rows[r - 1];
    if (!row) {
      row = [];
      this.rows[r - 1] = row;
    }
    let cell = row[c - 1];
    if (!cell) {
      cell = { v: "" };
      row[c - 1] = cell;
    }
    return cell;
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row?.some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let max = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > max; c--) {
        if (hasContent(row[c - 1])) {
          max = c;
          break;
        }
      }
    }
    return max;
  }

  *cells(): Generator<{ r: number; c: number; cell: Cell }> {
    for (let r = 1; r <= this.rows.length; r++) {
      const row = this.rows[r - 1];
      if (!row) continue;
      for (let c = 1; c <= row.length; c++) {
        const cell = row[c - 1];
        if (cell) yield { r, c, cell };
      }
    }
  }
}

interface Pos {
  sheet: SheetModel;
  r: number;
  c: number;
}

type Input = { t: "value"; v: Value } | { t: "formula"; f: string } | { t: "clear" };

interface Arg {
  kind: "omit" | "literal" | "ref";
  value?: Value;
  sheetName?: string;
  ref?: A1Ref;
  text: string;
}

class FormulaError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

/** =NAME(args) with literal, cell or range arguments; anything richer is not computed by the fake. */
function parseCall(formula: string): { name: string; args: Arg[] } | null {
  const m = /^=\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(([\s\S]*)\)\s*$/.exec(formula);
  if (!m) return null;
  const body = (m[2] as string).trim();
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of body) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "(" || ch === ")" || ch === "{" || ch === "}")) return null;
    if (!quoted && ch === ",") {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (quoted) return null;
  if (body !== "" || parts.length > 0) parts.push(current);
  const args: Arg[] = [];
  for (const raw of parts) {
    const text = raw.trim();
    if (text === "") args.push({ kind: "omit", text });
    else if (/^"(?:[^"]|"")*"$/.test(text))
      args.push({ kind: "literal", value: text.slice(1, -1).replace(/""/g, '"'), text });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text))
      args.push({ kind: "literal", value: Number(text), text });
    else if (/^(true|false)$/i.test(text))
      args.push({ kind: "literal", value: text.toLowerCase() === "true", text });
    else {
      const ref = parseA1(text);
      if (!ref) return null;
      const arg: Arg = { kind: "ref", ref, text };
      if (ref.sheetName !== undefined) arg.sheetName = ref.sheetName;
      args.push(arg);
    }
  }
  return { name: (m[1] as string).toUpperCase(), args };
}

/** What Sheets stores when text is typed or written with setValue(s): numbers, booleans and dates are recognised. */
function parseTyped(text: string, timeZone: string): Value {
  if (text.startsWith("'")) return text.slice(1);
  const t = text.trim();
  if (t === "") return text;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  const d = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (d) {
    const y = Number(d[1]);
    const mo = Number(d[3]);
    const day = Number(d[4]);
    const probe = new Date(Date.UTC(y, mo - 1, day));
    if (probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === day) {
      return zonedDate(timeZone, y, mo, day, Number(d[5] ?? 0), Number(d[6] ?? 0), Number(d[7] ?? 0));
    }
  }
  return text;
}

class Book {
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  nextSheetId = 1;
  nextMetadataId = 1;
  readonly id = "1FakeSpreadsheetId0000000000000000000000000";
  constructor(
    public name: string,
    public timeZone: string,
    public locale: string,
  ) {}

  byName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}

// ---------------------------------------------------------------------------------------------
// The service objects

const KIND: unique symbol = Symbol("kind");

abstract class GasObject {
  abstract readonly [KIND]: string;
  toString(): string {
    return this[KIND];
  }
}

type Method = (this: GasObject, ...args: unknown[]) => unknown;

const DOCUMENT_KINDS = new Set(["Spreadsheet", "Sheet", "Range"]);
const WRITE = /^(set|append|insert|clear|delete)/;
/** Custom functions get a read-only Spreadsheet service. */
const FORBIDDEN_IN_CUSTOM_FUNCTION =
  /^(set|append|insert|clear|delete|hide|show|auto|sort|merge|toast|activate|check|uncheck|remove|rename)/;

class Env {
  realmError: ErrorConstructor = Error;
  readonly counts = new Map<string, number>();
  total = 0;
  writes = 0;
  execution: Execution | null = null;
  previous: Execution | null = null;
  previousByKind = new Map<ExecutionKind, Execution>();
  nextExecutionId = 1;
  killAt: number | null = null;
  hook: { at: number; work: () => void } | null = null;
  pdfFailures = 0;
  cpuFactor = 1;
  realm: (() => Record<string, unknown>) | null = null;
  /** Changes whose custom functions compute once the running execution ends. */
  pending: {
    changed: Pos[];
    toEvaluate: Pos[];
    relayout: Set<Cell>;
    written: Array<Rect & { sheet: SheetModel }>;
  } | null = null;
  activeCell: Pos | null = null;
  context: Record<string, unknown> | null = null;
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private readonly sheetObjects = new WeakMap<SheetModel, SheetImpl>();
  spreadsheet!: SpreadsheetImpl;

  readonly toasts: Array<{ message: string; title: string }> = [];
  readonly alerts: string[] = [];
  readonly alertDetails: Array<{ title: string; prompt: string; buttons: string }> = [];
  readonly alertReplies: string[] = [];
  readonly prompts: Array<{ title: string; prompt: string }> = [];
  readonly promptReplies: Array<{ text: string; button?: string }> = [];
  readonly sidebars: Array<{ title: string; html: string }> = [];
  readonly dialogs: Array<{ title: string; html: string; modal: boolean; width: number; height: number }> =
    [];
  readonly menus: Array<{ title: string; items: MenuEntry[] }> = [];
  readonly logs: Array<{ level: string; message: string }> = [];
  readonly locks = {
    document: { busy: false, held: false, acquisitions: 0, holder: null },
    script: { busy: false, held: false, acquisitions: 0, holder: null },
    user: { busy: false, held: false, acquisitions: 0, holder: null },
  };
  readonly properties = {
    document: new Map<string, string>(),
    user: new Map<string, string>(),
    script: new Map<string, string>(),
  };
  readonly caches = {
    document: new Map<string, { value: string; expires: number }>(),
    user: new Map<string, { value: string; expires: number }>(),
    script: new Map<string, { value: string; expires: number }>(),
  };

  constructor(
    readonly book: Book,
    readonly options: Required<Pick<FakeGasOptions, "scriptTimeZone" | "userLocale" | "projectName">> & {
      htmlFiles: Record<string, string>;
      pdfConversionError?: string;
    },
  ) {}

  /** Apps Script service errors are named "Exception" and print as "Exception: message". */
  error(message: string): Error {
    const e = new this.realmError(message);
    e.name = "Exception";
    return e;
  }

  signatureError(args: unknown[], method: string): Error {
    const kinds = args.map((a) => {
      if (typeof a === "string") return "String";
      if (typeof a === "number") return "number";
      if (typeof a === "boolean") return "Boolean";
      if (a === null || a === undefined) return "null";
      if (Array.isArray(a))
        return `${a.length && typeof a[0] === "string" ? "String" : typeof a[0] === "number" ? "number" : "Object"}[]`;
      return (this.targets.get(a as object) as GasObject | undefined)?.[KIND] ?? "Object";
    });
    return this.error(`The parameters (${kinds.join(",")}) don't match the method signature for ${method}.`);
  }

  expose<T>(x: T): T {
    if (!(x instanceof GasObject)) return x;
    const known = this.proxies.get(x);
    if (known) return known as T;
    const proxy = new Proxy(x, {
      get: (target, prop) => {
        if (typeof prop === "string" && prop.startsWith("_")) return undefined;
        const value: unknown = Reflect.get(target, prop);
        if (typeof prop !== "string" || typeof value !== "function" || prop === "constructor") return value;
        if (Object.hasOwn(Object.prototype, prop)) return value;
        return (...args: unknown[]) => this.invoke(target, prop, value as Method, args);
      },
    });
    this.proxies.set(x, proxy);
    this.targets.set(proxy, x);
    return proxy as T;
  }

  unwrap(x: unknown): unknown {
    if (x !== null && typeof x === "object") {
      const target = this.targets.get(x);
      if (target) return target;
      if (Array.isArray(x) && x.some((e) => e !== null && typeof e === "object" && this.targets.has(e))) {
        return x.map((e) => (e !== null && typeof e === "object" ? (this.targets.get(e) ?? e) : e));
      }
    }
    return x;
  }

  private invoke(target: GasObject, method: string, fn: Method, args: unknown[]): unknown {
    const kind = target[KIND];
    const key = `${kind}.${method}`;
    this.total++;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const document = DOCUMENT_KINDS.has(kind);
    if ((document || kind === "Properties") && WRITE.test(method)) this.writes++;
    const run = this.execution;
    if (run) this.charge(run);
    if (this.customFunctionRunning() && document && FORBIDDEN_IN_CUSTOM_FUNCTION.test(method)) {
      throw this.error(`You do not have permission to call ${method}`);
    }
    if (run) this.checkAuth(run, kind, method);
    const started = performance.now();
    try {
      const result = fn.apply(
        target,
        args.map((a) => this.unwrap(a)),
      );
      if (run && Array.isArray(result) && Array.isArray(result[0])) run.ms += COST.cellMs * cellsOf(result);
      else if (run && Array.isArray(args[0]) && Array.isArray(args[0][0]))
        run.ms += COST.cellMs * cellsOf(args[0]);
      return this.exposeResult(result);
    } finally {
      if (run) run.inFake += performance.now() - started;
    }
  }

  private exposeResult(result: unknown): unknown {
    if (Array.isArray(result) && result[0] instanceof GasObject) return result.map((r) => this.expose(r));
    return this.expose(result);
  }

  customFunctionRunning(): boolean {
    return this.execution?.kind === "custom";
  }

  /** One service call: its cost, the kill switch and the deadline. */
  private charge(run: Execution): void {
    run.calls++;
    if (run.hook && run.calls === run.hook.at) {
      const { work } = run.hook;
      run.hook = null;
      const started = performance.now();
      work();
      run.inFake += performance.now() - started;
    }
    if (run.dead) throw this.error(run.dead);
    if (run.calls === run.killAt) {
      run.dead = KILLED;
      throw this.error(KILLED);
    }
    run.ms += COST.callMs;
    if (elapsed(run, this.cpuFactor) > run.deadline) {
      run.dead = "Exceeded maximum execution time";
      throw this.error(run.dead);
    }
  }

  /**
   * What each authorization mode refuses: NONE reaches neither the document nor properties;
   * LIMITED (simple triggers) shows no sidebar or dialog.
   * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
   */
  private checkAuth(run: Execution, kind: string, method: string): void {
    const refused =
      (run.authMode === "NONE" &&
        (DOCUMENT_KINDS.has(kind) ||
          kind === "PropertiesService" ||
          kind === "Properties" ||
          (kind === "SpreadsheetApp" && /^(getActive|openBy)/.test(method)))) ||
      ((run.authMode === "NONE" || run.authMode === "LIMITED") &&
        kind === "Ui" &&
        /^(showSidebar|showModalDialog|showModelessDialog|alert|prompt)$/.test(method));
    if (refused) throw this.error(`You do not have permission to call ${kind}.${method}`);
  }

  sheetObject(model: SheetModel): SheetImpl {
    let s = this.sheetObjects.get(model);
    if (!s) {
      s = new SheetImpl(this, model);
      this.sheetObjects.set(model, s);
    }
    return s;
  }

  sheetNamed(name: string): SheetModel {
    const s = this.book.byName(name);
    if (!s) throw new Error(`fake-gas: no sheet named ${JSON.stringify(name)}`);
    return s;
  }

  checkRect(sheet: SheetModel, r: number, c: number, nr: number, nc: number): void {
    if (!(r >= 1)) throw this.error("The starting row of the range is too small.");
    if (!(c >= 1)) throw this.error("The starting column of the range is too small.");
    if (!(nr >= 1)) throw this.error("The number of rows in the range must be at least 1.");
    if (!(nc >= 1)) throw this.error("The number of columns in the range must be at least 1.");
    if (r + nr - 1 > sheet.maxRows) throw this.error("Those rows are out of bounds.");
    if (c + nc - 1 > sheet.maxCols) throw this.error("Those columns are out of bounds.");
  }

  range(sheet: SheetModel, r: number, c: number, nr = 1, nc = 1): RangeImpl {
    this.checkRect(sheet, r, c, nr, nc);
    return new RangeImpl(this, sheet, r, c, nr, nc);
  }

  rangeA1(text: string, defaultSheet: SheetModel): RangeImpl {
    const ref = parseA1(String(text));
    if (!ref) throw this.error("Range not found");
    const sheet = ref.sheetName === undefined ? defaultSheet : this.book.byName(ref.sheetName);
    if (!sheet) throw this.error("Range not found");
    const rect = resolveA1(ref, sheet.maxRows, sheet.maxCols);
    if (!rect) throw this.error("Range not found");
    return this.range(sheet, rect.r, rect.c, rect.nr, rect.nc);
  }

  /** How Sheets takes a value written by a script or typed by a user. */
  input(value: unknown, cell: Cell | undefined): Input {
    if (value === null || value === undefined || value === "") return { t: "clear" };
    if (isDate(value)) return { t: "value", v: new Date(value.getTime()) };
    if (typeof value === "string") {
      if (cell?.nf === "@") return { t: "value", v: value };
      if (value.startsWith("=") && value.length > 1) return { t: "formula", f: value };
      return { t: "value", v: parseTyped(value, this.book.timeZone) };
    }
    if (typeof value === "number") return { t: "value", v: Number.isFinite(value) ? value : "#NUM!" };
    if (typeof value === "boolean") return { t: "value", v: value };
    return { t: "value", v: parseTyped(String(value), this.book.timeZone) };
  }

  // --- writing and recalculation -----------------------------------------------------------

  write(sheet: SheetModel, r0: number, c0: number, inputs: Input[][]): void {
    const changed: Pos[] = [];
    const toEvaluate: Pos[] = [];
    const relayout = new Set<Cell>();
    let width = 0;
    inputs.forEach((row, i) => {
      width = Math.max(width, row.length);
      row.forEach((input, j) => {
        const r = r0 + i;
        const c = c0 + j;
        let cell = sheet.cell(r, c);
        // Deleting what an array result shows leaves the result in place.
        if (input.t === "clear" && (!cell || cell.spill)) return;
        cell ??= sheet.ensure(r, c);
        const before = cell.v;
        if (cell.spill) {
          relayout.add(cell.spill);
          delete cell.spill;
        }
        // The same formula again is no change: Sheets has nothing to recompute.
        if (input.t === "formula" && cell.f === input.f) return;
        if (cell.f !== undefined) this.dropFormula(sheet, r, c, cell, changed);
        if (input.t === "value") cell.v = input.v;
        else if (input.t === "formula") {
          cell.f = input.f;
          cell.v = "";
          toEvaluate.push({ sheet, r, c });
        } else cell.v = "";
        if (!sameValue(before, cell.v)) changed.push({ sheet, r, c });
      });
    });
    this.settle(changed, toEvaluate, relayout, { sheet, r: r0, c: c0, nr: inputs.length, nc: width });
  }

  /** Removes a cell's formula and whatever its array result filled. */
  dropFormula(sheet: SheetModel, r: number, c: number, cell: Cell, changed: Pos[]): void {
    this.clearSpill(sheet, r, c, cell, changed);
    delete cell.f;
    delete cell.custom;
    delete cell.result;
    delete cell.deps;
    delete cell.err;
  }

  private clearSpill(sheet: SheetModel, r: number, c: number, cell: Cell, changed: Pos[]): void {
    if (!cell.extent) return;
    for (let i = 0; i < cell.extent.nr; i++) {
      for (let j = 0; j < cell.extent.nc; j++) {
        if (i === 0 && j === 0) continue;
        const t = sheet.cell(r + i, c + j);
        if (t?.spill !== cell) continue;
        const before = t.v;
        t.v = "";
        delete t.spill;
        if (before !== "") changed.push({ sheet, r: r + i, c: c + j });
      }
    }
    delete cell.extent;
  }

  /** After cells changed: compute new formulas, re-place array results, recompute dependents. */
  settle(
    changed: Pos[],
    toEvaluate: Pos[],
    relayout: Set<Cell>,
    written: Rect & { sheet: SheetModel },
  ): void {
    if (!this.context && !this.realm) return;
    // Sheets computes custom functions after the script's changes, once each, not during its
    // execution: the changes are gathered and settled when the execution ends.
    if (this.execution && this.execution.kind !== "custom") {
      this.pending ??= { changed: [], toEvaluate: [], relayout: new Set(), written: [] };
      this.pending.changed.push(...changed);
      this.pending.toEvaluate.push(...toEvaluate);
      for (const cell of relayout) this.pending.relayout.add(cell);
      this.pending.written.push(written);
      return;
    }
    this.settleAll(changed, toEvaluate, relayout, [written]);
  }

  private settleAll(
    changed: Pos[],
    toEvaluate: Pos[],
    relayout: Set<Cell>,
    written: Array<Rect & { sheet: SheetModel }>,
  ): void {
    const evaluated = new Set<Cell>();
    for (const p of toEvaluate) {
      const cell = p.sheet.cell(p.r, p.c);
      if (!cell || evaluated.has(cell)) continue;
      evaluated.add(cell);
      this.evaluate(p, changed);
    }
    for (const a of this.anchors()) {
      if (evaluated.has(a.cell)) continue;
      const extent = a.cell.extent;
      const inArea =
        extent !== undefined &&
        written.some(
          (w) =>
            a.sheet === w.sheet &&
            a.r + extent.nr - 1 >= w.r &&
            a.r <= w.r + w.nr - 1 &&
            a.c + extent.nc - 1 >= w.c &&
            a.c <= w.c + w.nc - 1,
        );
      if (relayout.has(a.cell) || inArea) this.layout(a, a.cell, changed);
    }
    this.propagate(changed, evaluated);
  }

  private propagate(changed: Pos[], skip: Set<Cell>): void {
    let pending = changed;
    for (let round = 0; pending.length > 0 && round < 25; round++) {
      const touched = indexOf(pending);
      const next: Pos[] = [];
      for (const a of this.anchors()) {
        if (round === 0 && skip.has(a.cell)) continue;
        if (a.cell.deps?.some((d) => touches(touched, d))) this.evaluate(a, next);
      }
      pending = next;
    }
  }

  anchors(): Array<Pos & { cell: Cell }> {
    const out: Array<Pos & { cell: Cell }> = [];
    for (const sheet of this.book.sheets) {
      for (const { r, c, cell } of sheet.cells()) if (cell.custom) out.push({ sheet, r, c, cell });
    }
    return out;
  }

  /** Every formula cell, as when the spreadsheet opens with the add-on installed. */
  evaluateAll(): void {
    const changed: Pos[] = [];
    const evaluated = new Set<Cell>();
    for (const sheet of this.book.sheets) {
      for (const { r, c, cell } of sheet.cells()) {
        if (cell.f === undefined) continue;
        evaluated.add(cell);
        this.evaluate({ sheet, r, c }, changed);
      }
    }
    this.propagate(changed, evaluated);
  }

  private evaluate(pos: Pos, changed: Pos[]): void {
    const cell = pos.sheet.cell(pos.r, pos.c);
    if (!cell || cell.f === undefined || (!this.context && !this.realm)) return;
    const before = cell.v;
    const call = parseCall(cell.f);
    const known = this.context ?? this.probe();
    const fn = call ? known[call.name] : undefined;
    if (!call || typeof fn !== "function" || !/^[A-Z][A-Z0-9_]*$/.test(call.name)) {
      // A built-in or unsupported formula: the fake does not compute it.
      this.clearSpill(pos.sheet, pos.r, pos.c, cell, changed);
      delete cell.custom;
      cell.v = "";
      if (!sameValue(before, cell.v)) changed.push(pos);
      return;
    }
    cell.custom = true;
    const deps: Dep[] = [];
    cell.deps = deps;
    let result: Result;
    try {
      const args = call.args.map((a) => this.argument(a, pos, deps));
      result = this.run(call.name, args, pos);
    } catch (e) {
      if (!(e instanceof FormulaError)) throw e;
      result = { kind: "error", code: e.code, message: e.message };
    }
    cell.result = result;
    this.layout(pos, cell, changed);
    if (!sameValue(before, cell.v)) changed.push(pos);
  }

  private argument(arg: Arg, pos: Pos, deps: Dep[]): unknown {
    if (arg.kind === "omit") return undefined;
    if (arg.kind === "literal") return arg.value;
    const ref = arg.ref as A1Ref;
    const sheet = arg.sheetName === undefined ? pos.sheet : this.book.byName(arg.sheetName);
    if (!sheet) throw new FormulaError("#REF!", `Unresolved sheet name '${arg.sheetName}'.`);
    const rect = resolveA1(ref, sheet.maxRows, sheet.maxCols);
    if (!rect) throw new FormulaError("#REF!", `Invalid reference ${arg.text}.`);
    const openRows = !ref.single && ref.r2 === null && (ref.r1 === null || ref.c2 !== null);
    const dep: Dep = {
      sheet,
      r1: rect.r,
      c1: rect.c,
      r2: openRows ? Number.POSITIVE_INFINITY : rect.r + rect.nr - 1,
      c2: rect.c + rect.nc - 1,
    };
    if (sheet === pos.sheet && pos.r >= dep.r1 && pos.r <= dep.r2 && pos.c >= dep.c1 && pos.c <= dep.c2) {
      throw new FormulaError(
        "#REF!",
        "Circular dependency detected. To resolve with iterative calculation, see File > Settings.",
      );
    }
    deps.push(dep);
    const value = (r: number, c: number): Value => copyValue(sheet.cell(r, c)?.v ?? "");
    if (rect.nr === 1 && rect.nc === 1) return value(rect.r, rect.c);
    return Array.from({ length: rect.nr }, (_, i) =>
      Array.from({ length: rect.nc }, (_, j) => value(rect.r + i, rect.c + j)),
    );
  }

  private probed: Record<string, unknown> | null = null;

  /** A realm to tell which names are custom functions, made once. */
  private probe(): Record<string, unknown> {
    this.probed ??= (this.realm as () => Record<string, unknown>)();
    return this.probed;
  }

  /** A custom function runs as an execution of its own, in a fresh realm when a factory is set. */
  private run(name: string, args: unknown[], pos: Pos): Result {
    const previous = this.activeCell;
    this.activeCell = pos;
    try {
      return this.execute("custom", "CUSTOM_FUNCTION", () => {
        const realm = this.context ?? (this.realm as () => Record<string, unknown>)();
        if (vm.isContext(realm)) this.realmError = vm.runInContext("Error", realm) as ErrorConstructor;
        return resultOf((realm[name] as (...a: unknown[]) => unknown)(...args));
      });
    } catch (e) {
      return { kind: "error", code: "#ERROR!", message: messageOf(e) };
    } finally {
      this.activeCell = previous;
    }
  }

  /** See FakeGas.execute. */
  execute<T>(kind: ExecutionKind, authMode: AuthModeName, work: () => T): T {
    const outer = this.execution;
    const run: Execution = {
      id: this.nextExecutionId++,
      kind,
      authMode,
      deadline: DEADLINE_MS[kind],
      calls: 0,
      ms: 0,
      start: performance.now(),
      inFake: 0,
      killAt: kind === "custom" ? null : this.killAt,
      hook: kind === "custom" ? null : this.hook,
      dead: null,
    };
    if (kind !== "custom") {
      this.killAt = null;
      this.hook = null;
    }
    this.execution = run;
    let result: T;
    try {
      result = work();
      if (!run.dead && elapsed(run, this.cpuFactor) > run.deadline)
        run.dead = "Exceeded maximum execution time";
      if (run.dead) throw this.error(run.dead);
    } finally {
      this.execution = outer;
      this.previous = run;
      this.previousByKind.set(run.kind, run);
      // Apps Script releases a lock when the execution that holds it ends, however it ends.
      for (const lock of Object.values(this.locks)) {
        if (lock.holder !== run.id) continue;
        lock.holder = null;
        lock.held = false;
      }
      if (!outer) this.drain();
    }
    return result;
  }

  /** Computes the custom functions that changes made during the last execution call for. */
  private drain(): void {
    const pending = this.pending;
    this.pending = null;
    if (pending) this.settleAll(pending.changed, pending.toEvaluate, pending.relayout, pending.written);
  }

  /** Shows a custom function's result: one value, or an array filling down and right unless blocked. */
  layout(pos: Pos, cell: Cell, changed: Pos[]): void {
    const { sheet, r, c } = pos;
    const before = cell.v;
    this.clearSpill(sheet, r, c, cell, changed);
    const result = cell.result;
    delete cell.err;
    if (!result) return;
    if (result.kind === "error") {
      cell.v = result.code;
      cell.err = result.message;
    } else if (result.kind === "value") {
      cell.v = copyValue(result.v);
    } else {
      const nr = result.g.length;
      const nc = Math.max(1, ...result.g.map((row) => row.length));
      cell.extent = { nr, nc };
      let blocker: string | null = null;
      for (let i = 0; i < nr && !blocker; i++) {
        for (let j = 0; j < nc && !blocker; j++) {
          if ((i || j) && hasContent(sheet.cell(r + i, c + j))) blocker = a1Of(r + i, c + j);
        }
      }
      if (blocker) {
        cell.v = "#REF!";
        cell.err = `Array result was not expanded because it would overwrite data in ${blocker}.`;
      } else {
        sheet.maxRows = Math.max(sheet.maxRows, r + nr - 1);
        sheet.maxCols = Math.max(sheet.maxCols, c + nc - 1);
        for (let i = 0; i < nr; i++) {
          for (let j = 0; j < nc; j++) {
            const v = copyValue(result.g[i]?.[j] ?? "");
            if (!i && !j) {
              cell.v = v;
              continue;
            }
            const t = sheet.ensure(r + i, c + j);
            const old = t.v;
            t.v = v;
            t.spill = cell;
            if (!sameValue(old, v)) changed.push({ sheet, r: r + i, c: c + j });
          }
        }
      }
    }
    if (!sameValue(before, cell.v)) changed.push(pos);
  }

  display(cell: Cell | undefined): string {
    if (!cell) return "";
    return displayValue(cell.v, cell.nf, this.book.timeZone, this.book.locale);
  }
}

/** Changed cells by sheet and column, rows sorted: a dependency check is a binary search. */
type ChangeIndex = Map<SheetModel, Map<number, number[]>>;

function indexOf(changed: readonly Pos[]): ChangeIndex {
  const index: ChangeIndex = new Map();
  for (const p of changed) {
    let columns = index.get(p.sheet);
    if (!columns) {
      columns = new Map();
      index.set(p.sheet, columns);
    }
    const rows = columns.get(p.c);
    if (rows) rows.push(p.r);
    else columns.set(p.c, [p.r]);
  }
  for (const columns of index.values()) for (const rows of columns.values()) rows.sort((a, b) => a - b);
  return index;
}

function touches(index: ChangeIndex, d: Dep): boolean {
  const columns = index.get(d.sheet);
  if (!columns) return false;
  for (const [c, rows] of columns) {
    if (c < d.c1 || c > d.c2) continue;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((rows[mid] as number) < d.r1) lo = mid + 1;
      else hi = mid;
    }
    if (lo < rows.length && (rows[lo] as number) <= d.r2) return true;
  }
  return false;
}

function scalarOf(x: unknown): Value {
  if (x === null || x === undefined) return "";
  if (typeof x === "number") return Number.isFinite(x) ? x : "#NUM!";
  if (typeof x === "string" || typeof x === "boolean") return x;
  if (isDate(x)) return new Date(x.getTime());
  return String(x);
}

/** Sheets shows a returned array as rows (a flat array fills down one column). */
function resultOf(out: unknown): Result {
  if (!Array.isArray(out)) return { kind: "value", v: scalarOf(out) };
  if (out.length === 0) return { kind: "value", v: "" };
  const g = out.map((row: unknown) => (Array.isArray(row) ? row.map(scalarOf) : [scalarOf(row)]));
  if (g.length === 1 && g[0]?.length === 1) return { kind: "value", v: g[0][0] as Value };
  return { kind: "grid", g };
}

function displayValue(v: Value, format: string | undefined, timeZone: string, locale: string): string {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    const fixed = format ? /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format) : null;
    if (!fixed) return String(v);
    const n = fixed[3] ? v * 100 : v;
    let s = n.toFixed(fixed[2]?.length ?? 0);
    if (fixed[1]) s = s.replace(/^(-?\d+)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ","));
    return fixed[3] ? `${s}%` : s;
  }
  if (format && format !== GENERAL_FORMAT && /[ydmhs]/i.test(format)) {
    return formatJavaDate(v, timeZone, sheetsToJavaPattern(format), () => new Error("bad format"));
  }
  const p = zonedParts(v, timeZone);
  const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
  const us = locale === "en_US";
  const day = us ? "M/d/yyyy" : "yyyy-MM-dd";
  const time = us ? " H:mm:ss" : " HH:mm:ss";
  return formatJavaDate(v, timeZone, midnight ? day : day + time, () => new Error("bad format"));
}

// --- SpreadsheetApp ---------------------------------------------------------------------------

class SpreadsheetAppImpl extends GasObject {
  readonly [KIND] = "SpreadsheetApp";
  readonly BooleanCriteria = BOOLEAN_CRITERIA;
  readonly Dimension = DIMENSION;
  readonly WrapStrategy = WRAP_STRATEGY;
  readonly DeveloperMetadataVisibility = METADATA_VISIBILITY;
  readonly ProtectionType = PROTECTION_TYPE;
  readonly DeveloperMetadataLocationType = METADATA_LOCATION;
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA;
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  getActiveSpreadsheet(): SpreadsheetImpl {
    return this._env.spreadsheet;
  }
  getActive(): SpreadsheetImpl {
    return this._env.spreadsheet;
  }
  getActiveSheet(): SheetImpl {
    return this._env.spreadsheet.getActiveSheet();
  }
  getActiveRange(): RangeImpl {
    return this._env.spreadsheet.getActiveRange();
  }
  openById(id: unknown): SpreadsheetImpl {
    if (this._env.customFunctionRunning())
      throw this._env.error("You do not have permission to call SpreadsheetApp.openById");
    if (String(id) !== this._env.book.id)
      throw this._env.error(
        "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
      );
    return this._env.spreadsheet;
  }
  getUi(): UiImpl {
    if (this._env.customFunctionRunning())
      throw this._env.error("Cannot call SpreadsheetApp.getUi() from this context.");
    return new UiImpl(this._env);
  }
  flush(): void {}
  newConditionalFormatRule(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this._env, emptyRule());
  }
  newDataValidation(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this._env, { criteria: null, allowInvalid: true, helpText: null });
  }
}

function emptyRule(): RuleModel {
  return { ranges: [], criteria: null, background: null, fontColor: null, bold: null, italic: null };
}

function copyRule(rule: RuleModel): RuleModel {
  return {
    ...rule,
    ranges: rule.ranges.map((r) => ({ ...r })),
    criteria: rule.criteria ? { type: rule.criteria.type, values: [...rule.criteria.values] } : null,
  };
}

class SpreadsheetImpl extends GasObject {
  readonly [KIND] = "Spreadsheet";
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  private get _book(): Book {
    return this._env.book;
  }
  getSheets(): SheetImpl[] {
    return this._book.sheets.map((s) => this._env.sheetObject(s));
  }
  getNumSheets(): number {
    return this._book.sheets.length;
  }
  /** Case-sensitive, unlike the uniqueness check on sheet names. */
  getSheetByName(name: unknown): SheetImpl | null {
    const s = this._book.byName(String(name));
    return s ? this._env.sheetObject(s) : null;
  }
  getSheetById(id: unknown): SheetImpl | null {
    const s = this._book.sheets.find((x) => x.id === Number(id));
    return s ? this._env.sheetObject(s) : null;
  }
  insertSheet(...args: unknown[]): SheetImpl {
    const name = args.find((a) => typeof a === "string") as string | undefined;
    const index = args.find((a) => typeof a === "number") as number | undefined;
    const book = this._book;
    let sheetName = name;
    if (sheetName === undefined) {
      let n = book.sheets.length + 1;
      while (book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    checkSheetName(this._env, sheetName);
    const model = new SheetModel(book.nextSheetId++ * 1_000_003, sheetName, DEFAULT_ROWS, DEFAULT_COLUMNS);
    const at = index === undefined ? book.sheets.length : Math.max(0, Math.min(index, book.sheets.length));
    book.sheets.splice(at, 0, model);
    // The new sheet becomes the active one.
    book.active = model;
    return this._env.sheetObject(model);
  }
  deleteSheet(sheet: unknown): void {
    const book = this._book;
    if (!(sheet instanceof SheetImpl)) throw this._env.signatureError([sheet], "Spreadsheet.deleteSheet");
    const i = book.sheets.indexOf(sheet._model);
    if (i < 0) return;
    if (book.sheets.length === 1) throw this._env.error("You can't remove all the sheets in a document.");
    book.sheets.splice(i, 1);
    if (book.active === sheet._model) book.active = book.sheets[0] ?? null;
  }
  getActiveSheet(): SheetImpl {
    const cell = this._env.activeCell;
    if (cell) return this._env.sheetObject(cell.sheet);
    const active = this._book.active ?? this._book.sheets[0];
    if (!active) throw this._env.error("No active sheet.");
    return this._env.sheetObject(active);
  }
  setActiveSheet(sheet: unknown): SheetImpl {
    if (!(sheet instanceof SheetImpl)) throw this._env.signatureError([sheet], "Spreadsheet.setActiveSheet");
    this._book.active = sheet._model;
    return sheet;
  }
  getActiveRange(): RangeImpl {
    const cell = this._env.activeCell;
    if (cell) return this._env.range(cell.sheet, cell.r, cell.c);
    return this._env.range(this.getActiveSheet()._model, 1, 1);
  }
  getRange(a1: unknown): RangeImpl {
    return this._env.rangeA1(String(a1), this.getActiveSheet()._model);
  }
  getRangeByName(_name: unknown): null {
    return null;
  }
  getDataRange(): RangeImpl {
    return this.getActiveSheet().getDataRange();
  }
  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }
  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }
  appendRow(row: unknown): SheetImpl {
    return this.getActiveSheet().appendRow(row);
  }
  getSpreadsheetTimeZone(): string {
    return this._book.timeZone;
  }
  setSpreadsheetTimeZone(tz: unknown): void {
    this._book.timeZone = String(tz);
  }
  getSpreadsheetLocale(): string {
    return this._book.locale;
  }
  setSpreadsheetLocale(locale: unknown): void {
    this._book.locale = String(locale);
  }
  getId(): string {
    return this._book.id;
  }
  getName(): string {
    return this._book.name;
  }
  rename(name: unknown): void {
    this._book.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._book.id}/edit`;
  }
  toast(message: unknown, title?: unknown, _timeoutSeconds?: unknown): void {
    this._env.toasts.push({
      message: String(message ?? ""),
      title: title === undefined ? "" : String(title),
    });
  }
  createTextFinder(text: unknown): TextFinderImpl {
    return new TextFinderImpl(this._env, String(text), () =>
      this._book.sheets.map((s) => ({ sheet: s, r: 1, c: 1, nr: s.maxRows, nc: s.maxCols })),
    );
  }
  /** Only sheet-level metadata is modelled: the finder searches every sheet's. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this._env, () => this._book.sheets);
  }
}

function checkSheetName(env: Env, name: string, self?: SheetModel): void {
  // Sheet names are unique ignoring case, although getSheetByName matches case exactly.
  const clash = env.book.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash) throw env.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  if (name.trim() === "") throw env.error("Sheet names cannot be empty.");
}

class SheetImpl extends GasObject {
  readonly [KIND] = "Sheet";
  readonly _env: Env;
  readonly _model: SheetModel;
  constructor(env: Env, model: SheetModel) {
    super();
    this._env = env;
    this._model = model;
  }
  getName(): string {
    return this._model.name;
  }
  setName(name: unknown): SheetImpl {
    checkSheetName(this._env, String(name), this._model);
    this._model.name = String(name);
    return this;
  }
  getIndex(): number {
    return this._env.book.sheets.indexOf(this._model) + 1;
  }
  getSheetId(): number {
    return this._model.id;
  }
  getParent(): SpreadsheetImpl {
    return this._env.spreadsheet;
  }
  activate(): SheetImpl {
    this._env.book.active = this._model;
    return this;
  }
  getRange(a: unknown, column?: unknown, numRows?: unknown, numColumns?: unknown): RangeImpl {
    if (typeof a === "string" && column === undefined) return this._env.rangeA1(a, this._model);
    const nums = [a, column, numRows ?? 1, numColumns ?? 1].map((x) =>
      typeof x === "number" ? Math.trunc(x) : Number.NaN,
    );
    if (nums.some((n) => Number.isNaN(n))) {
      throw this._env.signatureError(
        [a, column, numRows, numColumns].filter((x) => x !== undefined),
        "SpreadsheetApp.Sheet.getRange",
      );
    }
    const [r, c, nr, nc] = nums as [number, number, number, number];
    return this._env.range(this._model, r, c, nr, nc);
  }
  getSheetValues(r: number, c: number, nr: number, nc: number): Value[][] {
    const rows = nr === -1 ? Math.max(1, this._model.lastRow() - r + 1) : nr;
    const cols = nc === -1 ? Math.max(1, this._model.lastColumn() - c + 1) : nc;
    return this._env.range(this._model, r, c, rows, cols).getValues();
  }
  getDataRange(): RangeImpl {
    return this._env.range(
      this._model,
      1,
      1,
      Math.max(1, this._model.lastRow()),
      Math.max(1, this._model.lastColumn()),
    );
  }
  getLastRow(): number {
    return this._model.lastRow();
  }
  getLastColumn(): number {
    return this._model.lastColumn();
  }
  getMaxRows(): number {
    return this._model.maxRows;
  }
  getMaxColumns(): number {
    return this._model.maxCols;
  }
  private _checkRows(at: number, howMany: number, allowEnd: boolean): void {
    const limit = this._model.maxRows + (allowEnd ? 1 : 0);
    if (!(at >= 1) || at > limit || !(howMany >= 1)) throw this._env.error("Those rows are out of bounds.");
  }
  private _checkColumns(at: number, howMany: number, allowEnd: boolean): void {
    const limit = this._model.maxCols + (allowEnd ? 1 : 0);
    if (!(at >= 1) || at > limit || !(howMany >= 1))
      throw this._env.error("Those columns are out of bounds.");
  }
  /** Inserts empty rows before row `at` (1-based). */
  private _insertRows(at: number, howMany: number): void {
    const m = this._model;
    if (at - 1 < m.rows.length) m.rows.splice(at - 1, 0, ...new Array<undefined>(howMany));
    m.maxRows += howMany;
    this._shifted(at);
  }
  private _insertColumns(at: number, howMany: number): void {
    const m = this._model;
    for (const row of m.rows)
      if (row && at - 1 < row.length) row.splice(at - 1, 0, ...new Array<undefined>(howMany));
    m.maxCols += howMany;
    this._shifted(1, at);
  }
  /** Cells from (row, column) on moved: every dependent custom function sees new values there. */
  private _shifted(row: number, column = 1): void {
    const changed: Pos[] = [];
    for (const { r, c } of this._model.cells())
      if (r >= row && c >= column) changed.push({ sheet: this._model, r, c });
    this._env.settle(changed, [], new Set(), { sheet: this._model, r: row, c: column, nr: 0, nc: 0 });
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    this._checkRows(afterPosition, howMany, false);
    this._insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    this._checkRows(beforePosition, howMany, false);
    this._insertRows(beforePosition, howMany);
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertRowAfter(afterPosition: number): SheetImpl {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): SheetImpl {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    this._checkColumns(afterPosition, howMany, false);
    this._insertColumns(afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): SheetImpl {
    this._checkColumns(beforePosition, howMany, false);
    this._insertColumns(beforePosition, howMany);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  insertColumnAfter(afterPosition: number): SheetImpl {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): SheetImpl {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const m = this._model;
    if (!(rowPosition >= 1) || !(howMany >= 1) || rowPosition + howMany - 1 > m.maxRows) {
      throw this._env.error("Those rows are out of bounds.");
    }
    if (howMany >= m.maxRows - m.frozenRows)
      throw this._env.error("Sorry, it is not possible to delete all non-frozen rows.");
    m.rows.splice(rowPosition - 1, howMany);
    m.maxRows -= howMany;
    this._shifted(rowPosition);
  }
  deleteRow(rowPosition: number): SheetImpl {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const m = this._model;
    if (!(columnPosition >= 1) || !(howMany >= 1) || columnPosition + howMany - 1 > m.maxCols) {
      throw this._env.error("Those columns are out of bounds.");
    }
    if (howMany >= m.maxCols - m.frozenColumns) {
      throw this._env.error("Sorry, it is not possible to delete all non-frozen columns.");
    }
    for (const row of m.rows) row?.splice(columnPosition - 1, howMany);
    m.maxCols -= howMany;
    this._shifted(1, columnPosition);
  }
  deleteColumn(columnPosition: number): SheetImpl {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  /** Appends after the last row with content, adding a row (and columns) when the grid is full. */
  appendRow(rowContents: unknown): SheetImpl {
    if (!Array.isArray(rowContents))
      throw this._env.signatureError([rowContents], "SpreadsheetApp.Sheet.appendRow");
    const m = this._model;
    const r = m.lastRow() + 1;
    if (r > m.maxRows) m.maxRows = r;
    if (rowContents.length > m.maxCols) m.maxCols = rowContents.length;
    if (rowContents.length === 0) return this;
    this._env.write(m, r, 1, [rowContents.map((v, j) => this._env.input(v, m.cell(r, j + 1)))]);
    return this;
  }
  getConditionalFormatRules(): ConditionalFormatRuleImpl[] {
    return this._model.rules.map((rule) => new ConditionalFormatRuleImpl(this._env, copyRule(rule)));
  }
  /** Replaces every rule of the sheet. */
  setConditionalFormatRules(rules: unknown): void {
    if (!Array.isArray(rules))
      throw this._env.signatureError([rules], "SpreadsheetApp.Sheet.setConditionalFormatRules");
    this._model.rules = rules.map((rule) => {
      if (!(rule instanceof ConditionalFormatRuleImpl)) {
        throw this._env.signatureError([rules], "SpreadsheetApp.Sheet.setConditionalFormatRules");
      }
      return copyRule(rule._rule);
    });
  }
  clearConditionalFormatRules(): void {
    this._model.rules = [];
  }
  setFrozenRows(rows: number): void {
    if (!(rows >= 0) || rows > this._model.maxRows) throw this._env.error("Those rows are out of bounds.");
    this._model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (!(columns >= 0) || columns > this._model.maxCols)
      throw this._env.error("Those columns are out of bounds.");
    this._model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._model.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    this._checkColumns(columnPosition, 1, false);
    this._model.widths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    this._checkColumns(startColumn + numColumns - 1, 1, false);
    for (let c = startColumn; c < startColumn + numColumns; c++) this._model.widths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._model.widths.get(columnPosition) ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): SheetImpl {
    this._checkColumns(startColumn, numColumns, false);
    this._checkColumns(startColumn + numColumns - 1, 1, false);
    return this;
  }
  autoResizeColumn(columnPosition: number): SheetImpl {
    return this.autoResizeColumns(columnPosition, 1);
  }
  setTabColor(color: unknown): SheetImpl {
    this._model.tabColor = normalizeColor(color);
    return this;
  }
  hideSheet(): SheetImpl {
    this._model.hidden = true;
    return this;
  }
  showSheet(): SheetImpl {
    this._model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._model.hidden;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): SheetImpl {
    this._env.range(this._model, 1, 1, this._model.maxRows, this._model.maxCols).clear(options);
    return this;
  }
  clearContents(): SheetImpl {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): SheetImpl {
    return this.clear({ formatOnly: true });
  }
  createTextFinder(text: unknown): TextFinderImpl {
    return new TextFinderImpl(this._env, String(text), () => [
      { sheet: this._model, r: 1, c: 1, nr: this._model.maxRows, nc: this._model.maxCols },
    ]);
  }
  /**
   * addDeveloperMetadata(key), (key, value), (key, visibility) or (key, value, visibility); the
   * visibility defaults to DOCUMENT. Returns the sheet, for chaining.
   */
  addDeveloperMetadata(key: unknown, second?: unknown, third?: unknown): SheetImpl {
    const isVisibility = (x: unknown) => Object.values(METADATA_VISIBILITY).includes(x as EnumValue);
    if (
      typeof key !== "string" ||
      (second !== undefined && typeof second !== "string" && !isVisibility(second))
    ) {
      throw this._env.signatureError(
        [key, second, third].filter((x) => x !== undefined),
        "SpreadsheetApp.Sheet.addDeveloperMetadata",
      );
    }
    const value = typeof second === "string" ? second : null;
    const visibility = isVisibility(second)
      ? (second as EnumValue)
      : isVisibility(third)
        ? (third as EnumValue)
        : METADATA_VISIBILITY.DOCUMENT;
    this._model.metadata.push({ id: this._env.book.nextMetadataId++, key, value, visibility });
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return this._model.metadata.map((m) => new DeveloperMetadataImpl(this._env, this._model, m));
  }
  /**
   * The sheet's protection: a new one, or, when the sheet is already protected, the existing one
   * ("If the sheet is already protected, this method returns an object representing the existing
   * protection settings", https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect).
   */
  protect(): ProtectionImpl {
    this._model.protection ??= { warningOnly: false, description: "", unprotected: [] };
    return new ProtectionImpl(this._env, this._model);
  }
  getProtections(type: unknown): ProtectionImpl[] {
    if (type !== PROTECTION_TYPE.SHEET && type !== PROTECTION_TYPE.RANGE) {
      throw this._env.signatureError([type], "SpreadsheetApp.Sheet.getProtections");
    }
    return type === PROTECTION_TYPE.SHEET && this._model.protection
      ? [new ProtectionImpl(this._env, this._model)]
      : [];
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this._env, () => [this._model]);
  }
}

/** A sheet's protection (https://developers.google.com/apps-script/reference/spreadsheet/protection). */
class ProtectionImpl extends GasObject {
  readonly [KIND] = "Protection";
  constructor(
    readonly _env: Env,
    private readonly _sheet: SheetModel,
  ) {
    super();
  }
  private get _model() {
    const p = this._sheet.protection;
    if (!p) throw new Error("Exception: This protection has been removed.");
    return p;
  }
  setWarningOnly(warningOnly: unknown): ProtectionImpl {
    if (typeof warningOnly !== "boolean")
      throw this._env.signatureError([warningOnly], "Protection.setWarningOnly");
    this._model.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this._model.warningOnly;
  }
  setDescription(description: unknown): ProtectionImpl {
    this._model.description = String(description);
    return this;
  }
  getDescription(): string {
    return this._model.description;
  }
  /** Unprotected ranges exist only within a protected sheet; they are kept by their A1 notation. */
  setUnprotectedRanges(ranges: unknown): ProtectionImpl {
    if (!Array.isArray(ranges) || ranges.some((r) => !(r instanceof RangeImpl))) {
      throw this._env.signatureError([ranges], "Protection.setUnprotectedRanges");
    }
    this._model.unprotected = (ranges as RangeImpl[]).map((r) => r.getA1Notation());
    return this;
  }
  getUnprotectedRanges(): RangeImpl[] {
    return this._model.unprotected.map((a1) => this._env.rangeA1(a1, this._sheet));
  }
  getProtectionType(): EnumValue {
    return PROTECTION_TYPE.SHEET;
  }
  remove(): void {
    this._sheet.protection = null;
  }
}

class DeveloperMetadataImpl extends GasObject {
  readonly [KIND] = "DeveloperMetadata";
  readonly _env: Env;
  readonly _sheet: SheetModel;
  readonly _meta: MetadataModel;
  constructor(env: Env, sheet: SheetModel, meta: MetadataModel) {
    super();
    this._env = env;
    this._sheet = sheet;
    this._meta = meta;
  }
  getId(): number {
    return this._meta.id;
  }
  getKey(): string {
    return this._meta.key;
  }
  getValue(): string | null {
    return this._meta.value;
  }
  getVisibility(): EnumValue {
    return this._meta.visibility;
  }
  getLocation(): DeveloperMetadataLocationImpl {
    return new DeveloperMetadataLocationImpl(this._env, this._sheet);
  }
  setValue(value: unknown): DeveloperMetadataImpl {
    this._meta.value = String(value);
    return this;
  }
  remove(): void {
    this._sheet.metadata = this._sheet.metadata.filter((m) => m !== this._meta);
  }
}

class DeveloperMetadataLocationImpl extends GasObject {
  readonly [KIND] = "DeveloperMetadataLocation";
  readonly _env: Env;
  readonly _sheet: SheetModel;
  constructor(env: Env, sheet: SheetModel) {
    super();
    this._env = env;
    this._sheet = sheet;
  }
  getLocationType(): EnumValue {
    return METADATA_LOCATION.SHEET;
  }
  /** Null once the sheet has been deleted. */
  getSheet(): SheetImpl | null {
    return this._env.book.sheets.includes(this._sheet) ? this._env.sheetObject(this._sheet) : null;
  }
  getRow(): null {
    return null;
  }
  getColumn(): null {
    return null;
  }
}

class DeveloperMetadataFinderImpl extends GasObject {
  readonly [KIND] = "DeveloperMetadataFinder";
  readonly _env: Env;
  readonly _scope: () => SheetModel[];
  readonly _tests: Array<(m: MetadataModel) => boolean> = [];
  _sheetsOnly = true;
  constructor(env: Env, scope: () => SheetModel[]) {
    super();
    this._env = env;
    this._scope = scope;
  }
  withKey(key: unknown): DeveloperMetadataFinderImpl {
    this._tests.push((m) => m.key === String(key));
    return this;
  }
  withValue(value: unknown): DeveloperMetadataFinderImpl {
    this._tests.push((m) => m.value === String(value));
    return this;
  }
  withId(id: unknown): DeveloperMetadataFinderImpl {
    this._tests.push((m) => m.id === Number(id));
    return this;
  }
  withVisibility(visibility: unknown): DeveloperMetadataFinderImpl {
    this._tests.push((m) => m.visibility === visibility);
    return this;
  }
  /** Only SHEET locations exist in the fake: any other type finds nothing. */
  withLocationType(type: unknown): DeveloperMetadataFinderImpl {
    if (type !== METADATA_LOCATION.SHEET) this._sheetsOnly = false;
    return this;
  }
  find(): DeveloperMetadataImpl[] {
    if (!this._sheetsOnly) return [];
    return this._scope().flatMap((sheet) =>
      sheet.metadata
        .filter((m) => this._tests.every((test) => test(m)))
        .map((m) => new DeveloperMetadataImpl(this._env, sheet, m)),
    );
  }
}

class RangeImpl extends GasObject {
  readonly [KIND] = "Range";
  readonly _env: Env;
  readonly _sheet: SheetModel;
  readonly _r: number;
  readonly _c: number;
  readonly _nr: number;
  readonly _nc: number;
  constructor(env: Env, sheet: SheetModel, r: number, c: number, nr: number, nc: number) {
    super();
    this._env = env;
    this._sheet = sheet;
    this._r = r;
    this._c = c;
    this._nr = nr;
    this._nc = nc;
  }
  private _overlaps(m: { r: number; c: number; nr: number; nc: number }): boolean {
    return (
      m.r < this._r + this._nr && this._r < m.r + m.nr && m.c < this._c + this._nc && this._c < m.c + m.nc
    );
  }
  /** Merges the range into one cell; merges it overlaps are replaced. */
  merge(): RangeImpl {
    this._sheet.merges = this._sheet.merges.filter((m) => !this._overlaps(m));
    this._sheet.merges.push({ r: this._r, c: this._c, nr: this._nr, nc: this._nc });
    return this;
  }
  /** Splits every merged range that overlaps this one. */
  breakApart(): RangeImpl {
    this._sheet.merges = this._sheet.merges.filter((m) => !this._overlaps(m));
    return this;
  }
  getMergedRanges(): RangeImpl[] {
    return this._sheet.merges
      .filter((m) => this._overlaps(m))
      .map((m) => new RangeImpl(this._env, this._sheet, m.r, m.c, m.nr, m.nc));
  }
  private _map<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._nr; i++) {
      const row: T[] = [];
      const cells = this._sheet.rows[this._r - 1 + i];
      for (let j = 0; j < this._nc; j++) row.push(fn(cells?.[this._c - 1 + j], this._r + i, this._c + j));
      out.push(row);
    }
    return out;
  }
  /** Formatting lives on cells, so it is created on demand and survives value writes. */
  private _format(fn: (cell: Cell, i: number, j: number) => void): RangeImpl {
    for (let i = 0; i < this._nr; i++) {
      for (let j = 0; j < this._nc; j++) fn(this._sheet.ensure(this._r + i, this._c + j), i, j);
    }
    return this;
  }
  private _checkGrid(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
      throw this._env.signatureError([values], `SpreadsheetApp.Range.${method}`);
    }
    if (values.length !== this._nr) {
      throw this._env.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this._nr}.`,
      );
    }
    for (const row of values as unknown[][]) {
      if (row.length !== this._nc) {
        throw this._env.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._nc}.`,
        );
      }
    }
    return values as unknown[][];
  }
  getValues(): Value[][] {
    return this._map((cell) => (cell ? copyValue(cell.v) : ""));
  }
  getValue(): Value {
    const cell = this._sheet.cell(this._r, this._c);
    return cell ? copyValue(cell.v) : "";
  }
  getDisplayValues(): string[][] {
    return this._map((cell) => this._env.display(cell));
  }
  getDisplayValue(): string {
    return this._env.display(this._sheet.cell(this._r, this._c));
  }
  setValues(values: unknown): RangeImpl {
    const grid = this._checkGrid(values, "setValues");
    this._env.write(
      this._sheet,
      this._r,
      this._c,
      grid.map((row, i) => row.map((v, j) => this._env.input(v, this._sheet.cell(this._r + i, this._c + j)))),
    );
    return this;
  }
  /** Sets every cell of the range to the value. */
  setValue(value: unknown): RangeImpl {
    return this.setValues(Array.from({ length: this._nr }, () => new Array(this._nc).fill(value)));
  }
  getFormulas(): string[][] {
    return this._map((cell) => cell?.f ?? "");
  }
  getFormula(): string {
    return this._sheet.cell(this._r, this._c)?.f ?? "";
  }
  setFormulas(formulas: unknown): RangeImpl {
    const grid = this._checkGrid(formulas, "setFormulas");
    this._env.write(
      this._sheet,
      this._r,
      this._c,
      grid.map((row) =>
        row.map((f): Input => {
          const text = f === null || f === undefined ? "" : String(f);
          if (text === "") return { t: "clear" };
          return text.startsWith("=")
            ? { t: "formula", f: text }
            : { t: "value", v: parseTyped(text, this._env.book.timeZone) };
        }),
      ),
    );
    return this;
  }
  setFormula(formula: unknown): RangeImpl {
    return this.setFormulas(Array.from({ length: this._nr }, () => new Array(this._nc).fill(formula)));
  }
  clearContent(): RangeImpl {
    this._env.write(
      this._sheet,
      this._r,
      this._c,
      Array.from({ length: this._nr }, () => Array.from({ length: this._nc }, (): Input => ({ t: "clear" }))),
    );
    return this;
  }
  clearFormat(): RangeImpl {
    for (let i = 0; i < this._nr; i++) {
      for (let j = 0; j < this._nc; j++) {
        const cell = this._sheet.cell(this._r + i, this._c + j);
        if (!cell) continue;
        delete cell.bg;
        delete cell.fw;
        delete cell.fc;
        delete cell.nf;
        delete cell.wrap;
        delete cell.ha;
        delete cell.check;
        delete cell.dv;
      }
    }
    return this;
  }
  /** One rule for every cell of the range; null removes the range's rules. */
  setDataValidation(rule: unknown): RangeImpl {
    if (rule !== null && !(rule instanceof DataValidationImpl)) {
      throw this._env.signatureError([rule], "SpreadsheetApp.Range.setDataValidation");
    }
    const model = rule === null ? undefined : rule._model;
    return this._format((cell) => {
      if (model) cell.dv = model;
      else delete cell.dv;
    });
  }
  setDataValidations(rules: unknown): RangeImpl {
    const grid = this._checkGrid(rules, "setDataValidations");
    return this._format((cell, i, j) => {
      const rule = grid[i]?.[j];
      if (rule instanceof DataValidationImpl) cell.dv = rule._model;
      else delete cell.dv;
    });
  }
  getDataValidation(): DataValidationImpl | null {
    const model = this._sheet.cell(this._r, this._c)?.dv;
    return model ? new DataValidationImpl(this._env, model) : null;
  }
  getDataValidations(): (DataValidationImpl | null)[][] {
    return this._map((cell) => (cell?.dv ? new DataValidationImpl(this._env, cell.dv) : null));
  }
  clearDataValidations(): RangeImpl {
    return this.setDataValidation(null);
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): RangeImpl {
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) this.clearFormat();
    if (!options?.contentsOnly && !options?.formatOnly) this.clearNote();
    return this;
  }
  clearNote(): RangeImpl {
    for (const row of this._map((cell) => cell)) for (const cell of row) if (cell) delete cell.note;
    return this;
  }
  isBlank(): boolean {
    return this._map((cell) => hasContent(cell)).every((row) => row.every((x) => !x));
  }
  getBackgrounds(): string[][] {
    return this._map((cell) => cell?.bg ?? "#ffffff");
  }
  getBackground(): string {
    return this._sheet.cell(this._r, this._c)?.bg ?? "#ffffff";
  }
  setBackground(color: unknown): RangeImpl {
    const bg = normalizeColor(color);
    return this._format((cell) => {
      if (bg === null || bg === "#ffffff") delete cell.bg;
      else cell.bg = bg;
    });
  }
  setBackgrounds(colors: unknown): RangeImpl {
    const grid = this._checkGrid(colors, "setBackgrounds");
    return this._format((cell, i, j) => {
      const bg = normalizeColor(grid[i]?.[j]);
      if (bg === null || bg === "#ffffff") delete cell.bg;
      else cell.bg = bg;
    });
  }
  getFontWeights(): string[][] {
    return this._map((cell) => cell?.fw ?? "normal");
  }
  getFontWeight(): string {
    return this._sheet.cell(this._r, this._c)?.fw ?? "normal";
  }
  setFontWeight(weight: unknown): RangeImpl {
    return this._format((cell) => {
      if (weight === "bold") cell.fw = "bold";
      else delete cell.fw;
    });
  }
  setFontWeights(weights: unknown): RangeImpl {
    const grid = this._checkGrid(weights, "setFontWeights");
    return this._format((cell, i, j) => {
      if (grid[i]?.[j] === "bold") cell.fw = "bold";
      else delete cell.fw;
    });
  }
  getFontColors(): string[][] {
    return this._map((cell) => cell?.fc ?? "#000000");
  }
  setFontColor(color: unknown): RangeImpl {
    const fc = normalizeColor(color);
    return this._format((cell) => {
      if (fc === null || fc === "#000000") delete cell.fc;
      else cell.fc = fc;
    });
  }
  getNumberFormats(): string[][] {
    return this._map((cell) => cell?.nf ?? GENERAL_FORMAT);
  }
  getNumberFormat(): string {
    return this._sheet.cell(this._r, this._c)?.nf ?? GENERAL_FORMAT;
  }
  setNumberFormat(format: unknown): RangeImpl {
    return this._format((cell) => {
      cell.nf = String(format);
    });
  }
  setNumberFormats(formats: unknown): RangeImpl {
    const grid = this._checkGrid(formats, "setNumberFormats");
    return this._format((cell, i, j) => {
      cell.nf = String(grid[i]?.[j] ?? GENERAL_FORMAT);
    });
  }
  getNotes(): string[][] {
    return this._map((cell) => cell?.note ?? "");
  }
  getNote(): string {
    return this._sheet.cell(this._r, this._c)?.note ?? "";
  }
  setNote(note: unknown): RangeImpl {
    return this._format((cell) => {
      if (note === null || note === undefined || note === "") delete cell.note;
      else cell.note = String(note);
    });
  }
  setNotes(notes: unknown): RangeImpl {
    const grid = this._checkGrid(notes, "setNotes");
    return this._format((cell, i, j) => {
      const note = grid[i]?.[j];
      if (note === null || note === undefined || note === "") delete cell.note;
      else cell.note = String(note);
    });
  }
  setWrap(wrap: unknown): RangeImpl {
    return this._format((cell) => {
      cell.wrap = Boolean(wrap);
    });
  }
  getWrap(): boolean {
    return this._sheet.cell(this._r, this._c)?.wrap ?? true;
  }
  setHorizontalAlignment(alignment: unknown): RangeImpl {
    return this._format((cell) => {
      if (alignment === null || alignment === undefined || alignment === "normal") delete cell.ha;
      else cell.ha = String(alignment);
    });
  }
  getHorizontalAlignment(): string {
    return this._sheet.cell(this._r, this._c)?.ha ?? "general";
  }
  setVerticalAlignment(_alignment: unknown): RangeImpl {
    return this;
  }
  setFontSize(_size: unknown): RangeImpl {
    return this;
  }
  setFontFamily(_family: unknown): RangeImpl {
    return this;
  }
  setFontStyle(_style: unknown): RangeImpl {
    return this;
  }
  /** Empty cells read FALSE once they hold a checkbox. */
  insertCheckboxes(): RangeImpl {
    const fill: Pos[] = [];
    this._format((cell, i, j) => {
      cell.check = true;
      if (!hasContent(cell)) fill.push({ sheet: this._sheet, r: this._r + i, c: this._c + j });
    });
    for (const p of fill) this._env.write(p.sheet, p.r, p.c, [[{ t: "value", v: false }]]);
    return this;
  }
  removeCheckboxes(): RangeImpl {
    return this._format((cell) => {
      delete cell.check;
    });
  }
  isChecked(): boolean | null {
    const cells = this._map((cell) => cell).flat();
    if (!cells.every((c) => c?.check)) return null;
    return cells.every((c) => c?.v === true) ? true : cells.every((c) => c?.v === false) ? false : null;
  }
  getRow(): number {
    return this._r;
  }
  getColumn(): number {
    return this._c;
  }
  getLastRow(): number {
    return this._r + this._nr - 1;
  }
  getLastColumn(): number {
    return this._c + this._nc - 1;
  }
  getNumRows(): number {
    return this._nr;
  }
  getNumColumns(): number {
    return this._nc;
  }
  getHeight(): number {
    return this._nr;
  }
  getWidth(): number {
    return this._nc;
  }
  getA1Notation(): string {
    return rectA1(this._r, this._c, this._nr, this._nc);
  }
  getSheet(): SheetImpl {
    return this._env.sheetObject(this._sheet);
  }
  getGridId(): number {
    return this._sheet.id;
  }
  activate(): RangeImpl {
    this._env.book.active = this._sheet;
    return this;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    return this._env.range(
      this._sheet,
      this._r + rowOffset,
      this._c + columnOffset,
      numRows ?? this._nr,
      numColumns ?? this._nc,
    );
  }
  /** A cell of this range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || row > this._nr || column < 1 || column > this._nc) {
      throw this._env.error(
        row < 1 || row > this._nr ? "Those rows are out of bounds." : "Those columns are out of bounds.",
      );
    }
    return this._env.range(this._sheet, this._r + row - 1, this._c + column - 1);
  }
  createTextFinder(text: unknown): TextFinderImpl {
    return new TextFinderImpl(this._env, String(text), () => [
      { sheet: this._sheet, r: this._r, c: this._c, nr: this._nr, nc: this._nc },
    ]);
  }
}

class TextFinderImpl extends GasObject {
  readonly [KIND] = "TextFinder";
  readonly _env: Env;
  readonly _text: string;
  readonly _scope: () => Array<{ sheet: SheetModel } & Rect>;
  _matchCase = false;
  _entireCell = false;
  _formulaText = false;
  _regex = false;
  _cursor = -1;
  constructor(env: Env, text: string, scope: () => Array<{ sheet: SheetModel } & Rect>) {
    super();
    this._env = env;
    this._text = text;
    this._scope = scope;
  }
  matchCase(v: unknown): TextFinderImpl {
    this._matchCase = Boolean(v);
    return this;
  }
  matchEntireCell(v: unknown): TextFinderImpl {
    this._entireCell = Boolean(v);
    return this;
  }
  /** With true, formula cells match on their formula text; other cells always on their displayed value. */
  matchFormulaText(v: unknown): TextFinderImpl {
    this._formulaText = Boolean(v);
    return this;
  }
  useRegularExpression(v: unknown): TextFinderImpl {
    this._regex = Boolean(v);
    return this;
  }
  ignoreDiacritics(_v: unknown): TextFinderImpl {
    return this;
  }
  private _pattern(): RegExp {
    const source = this._regex ? this._text : this._text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(this._entireCell ? `^(?:${source})$` : source, this._matchCase ? "" : "i");
  }
  private _matches(): Pos[] {
    const pattern = this._pattern();
    const out: Pos[] = [];
    for (const scope of this._scope()) {
      const found: Pos[] = [];
      for (const { r, c, cell } of scope.sheet.cells()) {
        if (r < scope.r || r >= scope.r + scope.nr || c < scope.c || c >= scope.c + scope.nc) continue;
        const text = this._formulaText && cell.f !== undefined ? cell.f : this._env.display(cell);
        if (text !== "" && pattern.test(text)) found.push({ sheet: scope.sheet, r, c });
      }
      out.push(...found);
    }
    return out;
  }
  findAll(): RangeImpl[] {
    return this._matches().map((p) => this._env.range(p.sheet, p.r, p.c));
  }
  findNext(): RangeImpl | null {
    const all = this._matches();
    this._cursor++;
    const p = all[this._cursor];
    return p ? this._env.range(p.sheet, p.r, p.c) : null;
  }
  replaceAllWith(replacement: unknown): number {
    const pattern = new RegExp(this._pattern().source, `g${this._pattern().flags}`);
    const all = this._matches();
    for (const p of all) {
      const cell = p.sheet.cell(p.r, p.c);
      if (!cell) continue;
      const text = this._formulaText && cell.f !== undefined ? cell.f : this._env.display(cell);
      const next = text.replace(pattern, String(replacement));
      this._env.write(p.sheet, p.r, p.c, [[this._env.input(next, cell)]]);
    }
    return all.length;
  }
}

interface ValidationModel {
  readonly criteria: { readonly type: EnumValue; readonly values: readonly unknown[] } | null;
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

class DataValidationBuilderImpl extends GasObject {
  readonly [KIND] = "DataValidationBuilder";
  readonly _env: Env;
  _model: ValidationModel;
  constructor(env: Env, model: ValidationModel) {
    super();
    this._env = env;
    this._model = model;
  }
  private _require(type: EnumValue, values: unknown[]): DataValidationBuilderImpl {
    this._model = { ...this._model, criteria: { type, values } };
    return this;
  }
  /** requireValueInList(values) or (values, showDropdown); the values must be an array of strings. */
  requireValueInList(values: unknown, showDropdown: unknown = true): DataValidationBuilderImpl {
    if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) {
      throw this._env.signatureError([values], "SpreadsheetApp.DataValidationBuilder.requireValueInList");
    }
    return this._require(DATA_VALIDATION_CRITERIA.VALUE_IN_LIST, [[...values], Boolean(showDropdown)]);
  }
  requireNumberBetween(start: unknown, end: unknown): DataValidationBuilderImpl {
    if (typeof start !== "number" || typeof end !== "number") {
      throw this._env.signatureError(
        [start, end],
        "SpreadsheetApp.DataValidationBuilder.requireNumberBetween",
      );
    }
    return this._require(DATA_VALIDATION_CRITERIA.NUMBER_BETWEEN, [start, end]);
  }
  requireDate(): DataValidationBuilderImpl {
    return this._require(DATA_VALIDATION_CRITERIA.DATE_IS_VALID_DATE, []);
  }
  setAllowInvalid(allowInvalid: unknown): DataValidationBuilderImpl {
    this._model = { ...this._model, allowInvalid: Boolean(allowInvalid) };
    return this;
  }
  setHelpText(helpText: unknown): DataValidationBuilderImpl {
    this._model = { ...this._model, helpText: String(helpText) };
    return this;
  }
  getCriteriaType(): EnumValue | null {
    return this._model.criteria?.type ?? null;
  }
  getCriteriaValues(): unknown[] {
    return [...(this._model.criteria?.values ?? [])];
  }
  getAllowInvalid(): boolean {
    return this._model.allowInvalid;
  }
  getHelpText(): string | null {
    return this._model.helpText;
  }
  build(): DataValidationImpl {
    if (!this._model.criteria) throw this._env.error("Data validation rules must have a criteria.");
    return new DataValidationImpl(this._env, this._model);
  }
}

class DataValidationImpl extends GasObject {
  readonly [KIND] = "DataValidation";
  readonly _env: Env;
  readonly _model: ValidationModel;
  constructor(env: Env, model: ValidationModel) {
    super();
    this._env = env;
    this._model = model;
  }
  getCriteriaType(): EnumValue | null {
    return this._model.criteria?.type ?? null;
  }
  getCriteriaValues(): unknown[] {
    return [...(this._model.criteria?.values ?? [])];
  }
  getAllowInvalid(): boolean {
    return this._model.allowInvalid;
  }
  getHelpText(): string | null {
    return this._model.helpText;
  }
  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this._env, this._model);
  }
}

class ConditionalFormatRuleBuilderImpl extends GasObject {
  readonly [KIND] = "ConditionalFormatRuleBuilder";
  readonly _env: Env;
  readonly _rule: RuleModel;
  constructor(env: Env, rule: RuleModel) {
    super();
    this._env = env;
    this._rule = rule;
  }
  private _when(type: EnumValue, values: unknown[]): ConditionalFormatRuleBuilderImpl {
    this._rule.criteria = { type, values };
    return this;
  }
  whenFormulaSatisfied(formula: unknown): ConditionalFormatRuleBuilderImpl {
    return this._when(BOOLEAN_CRITERIA.CUSTOM_FORMULA, [String(formula)]);
  }
  whenCellEmpty(): ConditionalFormatRuleBuilderImpl {
    return this._when(BOOLEAN_CRITERIA.CELL_EMPTY, []);
  }
  whenCellNotEmpty(): ConditionalFormatRuleBuilderImpl {
    return this._when(BOOLEAN_CRITERIA.CELL_NOT_EMPTY, []);
  }
  whenTextContains(text: unknown): ConditionalFormatRuleBuilderImpl {
    return this._when(BOOLEAN_CRITERIA.TEXT_CONTAINS, [String(text)]);
  }
  whenTextEqualTo(text: unknown): ConditionalFormatRuleBuilderImpl {
    return this._when(BOOLEAN_CRITERIA.TEXT_EQUAL_TO, [String(text)]);
  }
  whenNumberGreaterThan(n: unknown): ConditionalFormatRuleBuilderImpl {
    return this._when(BOOLEAN_CRITERIA.NUMBER_GREATER_THAN, [n]);
  }
  whenNumberLessThan(n: unknown): ConditionalFormatRuleBuilderImpl {
    return this._when(BOOLEAN_CRITERIA.NUMBER_LESS_THAN, [n]);
  }
  whenNumberEqualTo(n: unknown): ConditionalFormatRuleBuilderImpl {
    return this._when(BOOLEAN_CRITERIA.NUMBER_EQUAL_TO, [n]);
  }
  whenNumberBetween(a: unknown, b: unknown): ConditionalFormatRuleBuilderImpl {
    return this._when(BOOLEAN_CRITERIA.NUMBER_BETWEEN, [a, b]);
  }
  setBackground(color: unknown): ConditionalFormatRuleBuilderImpl {
    this._rule.background = normalizeColor(color);
    return this;
  }
  setFontColor(color: unknown): ConditionalFormatRuleBuilderImpl {
    this._rule.fontColor = normalizeColor(color);
    return this;
  }
  setBold(bold: unknown): ConditionalFormatRuleBuilderImpl {
    this._rule.bold = bold === null || bold === undefined ? null : Boolean(bold);
    return this;
  }
  setItalic(italic: unknown): ConditionalFormatRuleBuilderImpl {
    this._rule.italic = italic === null || italic === undefined ? null : Boolean(italic);
    return this;
  }
  setRanges(ranges: unknown): ConditionalFormatRuleBuilderImpl {
    if (!Array.isArray(ranges) || ranges.some((r) => !(r instanceof RangeImpl))) {
      throw this._env.signatureError([ranges], "SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges");
    }
    this._rule.ranges = (ranges as RangeImpl[]).map((r) => ({
      sheet: r._sheet,
      r: r._r,
      c: r._c,
      nr: r._nr,
      nc: r._nc,
    }));
    return this;
  }
  getRanges(): RangeImpl[] {
    return this._rule.ranges.map((r) => new RangeImpl(this._env, r.sheet, r.r, r.c, r.nr, r.nc));
  }
  getBooleanCondition(): BooleanConditionImpl | null {
    return this._rule.criteria ? new BooleanConditionImpl(copyRule(this._rule)) : null;
  }
  copy(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this._env, copyRule(this._rule));
  }
  build(): ConditionalFormatRuleImpl {
    return new ConditionalFormatRuleImpl(this._env, copyRule(this._rule));
  }
}

class ConditionalFormatRuleImpl extends GasObject {
  readonly [KIND] = "ConditionalFormatRule";
  readonly _env: Env;
  readonly _rule: RuleModel;
  constructor(env: Env, rule: RuleModel) {
    super();
    this._env = env;
    this._rule = rule;
  }
  getRanges(): RangeImpl[] {
    return this._rule.ranges.map((r) => new RangeImpl(this._env, r.sheet, r.r, r.c, r.nr, r.nc));
  }
  getBooleanCondition(): BooleanConditionImpl | null {
    return this._rule.criteria ? new BooleanConditionImpl(copyRule(this._rule)) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this._env, copyRule(this._rule));
  }
}

class BooleanConditionImpl extends GasObject {
  readonly [KIND] = "BooleanCondition";
  readonly _rule: RuleModel;
  constructor(rule: RuleModel) {
    super();
    this._rule = rule;
  }
  getCriteriaType(): EnumValue | null {
    return this._rule.criteria?.type ?? null;
  }
  getCriteriaValues(): unknown[] {
    return [...(this._rule.criteria?.values ?? [])];
  }
  getBackground(): string | null {
    return this._rule.background;
  }
  getBackgroundObject(): ColorImpl | null {
    return this._rule.background === null ? null : new ColorImpl(this._rule.background);
  }
  getFontColor(): string | null {
    return this._rule.fontColor;
  }
  getBold(): boolean | null {
    return this._rule.bold;
  }
  getItalic(): boolean | null {
    return this._rule.italic;
  }
  getStrikethrough(): null {
    return null;
  }
  getUnderline(): null {
    return null;
  }
}

class ColorImpl extends GasObject {
  readonly [KIND] = "Color";
  readonly _hex: string;
  constructor(hex: string) {
    super();
    this._hex = hex;
  }
  asRgbColor(): ColorImpl {
    return this;
  }
  asHexString(): string {
    return this._hex;
  }
}

// --- Ui ----------------------------------------------------------------------------------------

class UiImpl extends GasObject {
  readonly [KIND] = "Ui";
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  createAddonMenu(): MenuImpl {
    return new MenuImpl(this._env, this._env.options.projectName);
  }
  createMenu(caption: unknown): MenuImpl {
    return new MenuImpl(this._env, String(caption));
  }
  private _buttons(args: unknown[], method: string): { title: string; prompt: string; buttons: EnumValue } {
    const isSet = (x: unknown) => Object.values(BUTTON_SET).includes(x as EnumValue);
    if (args.length === 1) return { title: "", prompt: String(args[0]), buttons: BUTTON_SET.OK };
    if (args.length === 2 && isSet(args[1]))
      return { title: "", prompt: String(args[0]), buttons: args[1] as EnumValue };
    if (args.length === 3 && isSet(args[2])) {
      return { title: String(args[0]), prompt: String(args[1]), buttons: args[2] as EnumValue };
    }
    throw this._env.signatureError(args, `Ui.${method}`);
  }
  private _reply(buttons: EnumValue, queued: string | undefined): EnumValue {
    if (queued !== undefined) {
      const b = (BUTTON as Record<string, EnumValue>)[queued];
      if (!b) throw new Error(`fake-gas: no button ${queued}`);
      return b;
    }
    return buttons === BUTTON_SET.YES_NO || buttons === BUTTON_SET.YES_NO_CANCEL ? BUTTON.YES : BUTTON.OK;
  }
  alert(...args: unknown[]): EnumValue {
    const { title, prompt, buttons } = this._buttons(args, "alert");
    this._env.alerts.push(prompt);
    this._env.alertDetails.push({ title, prompt, buttons: enumName(buttons) });
    return this._reply(buttons, this._env.alertReplies.shift());
  }
  prompt(...args: unknown[]): PromptResponseImpl {
    const { title, prompt, buttons } = this._buttons(args, "prompt");
    this._env.prompts.push({ title, prompt });
    const reply = this._env.promptReplies.shift();
    return new PromptResponseImpl(reply?.text ?? "", this._reply(buttons, reply?.button));
  }
  private _html(userInterface: unknown, method: string): HtmlOutputImpl {
    if (!(userInterface instanceof HtmlOutputImpl))
      throw this._env.signatureError([userInterface], `Ui.${method}`);
    return userInterface;
  }
  showSidebar(userInterface: unknown): void {
    const html = this._html(userInterface, "showSidebar");
    this._env.sidebars.push({ title: html._title, html: html._content });
  }
  showModalDialog(userInterface: unknown, title: unknown): void {
    const html = this._html(userInterface, "showModalDialog");
    if (title === undefined) throw this._env.signatureError([userInterface], "Ui.showModalDialog");
    this._env.dialogs.push({
      title: String(title),
      html: html._content,
      modal: true,
      width: html._width,
      height: html._height,
    });
  }
  showModelessDialog(userInterface: unknown, title: unknown): void {
    const html = this._html(userInterface, "showModelessDialog");
    if (title === undefined) throw this._env.signatureError([userInterface], "Ui.showModelessDialog");
    this._env.dialogs.push({
      title: String(title),
      html: html._content,
      modal: false,
      width: html._width,
      height: html._height,
    });
  }
}

class PromptResponseImpl extends GasObject {
  readonly [KIND] = "PromptResponse";
  readonly _text: string;
  readonly _button: EnumValue;
  constructor(text: string, button: EnumValue) {
    super();
    this._text = text;
    this._button = button;
  }
  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): EnumValue {
    return this._button;
  }
}

class MenuImpl extends GasObject {
  readonly [KIND] = "Menu";
  readonly _env: Env;
  readonly _title: string;
  readonly _items: MenuEntry[] = [];
  constructor(env: Env, title: string) {
    super();
    this._env = env;
    this._title = title;
  }
  addItem(caption: unknown, functionName: unknown): MenuImpl {
    if (typeof caption !== "string" || typeof functionName !== "string") {
      throw this._env.signatureError([caption, functionName], "Menu.addItem");
    }
    this._items.push({ caption, functionName });
    return this;
  }
  addSeparator(): MenuImpl {
    this._items.push("separator");
    return this;
  }
  addSubMenu(menu: unknown): MenuImpl {
    if (!(menu instanceof MenuImpl)) throw this._env.signatureError([menu], "Menu.addSubMenu");
    this._items.push({ caption: menu._title, functionName: "", items: [...menu._items] });
    return this;
  }
  /** Adding a menu with the title of one already shown replaces it, as reopening does. */
  addToUi(): void {
    const entry = { title: this._title, items: [...this._items] };
    const i = this._env.menus.findIndex((m) => m.title === this._title);
    if (i >= 0) this._env.menus[i] = entry;
    else this._env.menus.push(entry);
  }
}

// --- HtmlService ---------------------------------------------------------------------------------

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

class HtmlServiceImpl extends GasObject {
  readonly [KIND] = "HtmlService";
  readonly SandboxMode = SANDBOX_MODE;
  readonly XFrameOptionsMode = XFRAME_MODE;
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  private _file(filename: unknown): string {
    const name = String(filename).replace(/\.html$/, "");
    const file = this._env.options.htmlFiles[name];
    if (file === undefined) throw this._env.error(`No HTML file named ${name} was found.`);
    return file;
  }
  createHtmlOutput(html?: unknown): HtmlOutputImpl {
    const content =
      html instanceof BlobImpl ? html.getDataAsString() : html === undefined ? "" : String(html);
    return new HtmlOutputImpl(this._env, content);
  }
  /** The file as it is: scriptlets are not evaluated. */
  createHtmlOutputFromFile(filename: unknown): HtmlOutputImpl {
    return new HtmlOutputImpl(this._env, this._file(filename));
  }
  createTemplate(html: unknown): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this._env, html instanceof BlobImpl ? html.getDataAsString() : String(html));
  }
  createTemplateFromFile(filename: unknown): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this._env, this._file(filename));
  }
}

class HtmlOutputImpl extends GasObject {
  readonly [KIND] = "HtmlOutput";
  readonly _env: Env;
  _content: string;
  _title = "";
  _width = 600;
  _height = 400;
  _metaTags: Array<{ name: string; content: string }> = [];
  _faviconUrl: string | null = null;
  _xFrame: EnumValue = XFRAME_MODE.DEFAULT;
  constructor(env: Env, content: string) {
    super();
    this._env = env;
    this._content = content;
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: unknown): HtmlOutputImpl {
    this._content = String(content);
    return this;
  }
  append(addedContent: unknown): HtmlOutputImpl {
    this._content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: unknown): HtmlOutputImpl {
    this._content += escapeHtml(String(addedContent));
    return this;
  }
  clear(): HtmlOutputImpl {
    this._content = "";
    return this;
  }
  setTitle(title: unknown): HtmlOutputImpl {
    this._title = String(title);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: unknown): HtmlOutputImpl {
    this._width = Number(width);
    return this;
  }
  getWidth(): number {
    return this._width;
  }
  setHeight(height: unknown): HtmlOutputImpl {
    this._height = Number(height);
    return this;
  }
  getHeight(): number {
    return this._height;
  }
  /** Ignored by Apps Script today: every output runs in IFRAME mode. */
  setSandboxMode(_mode: unknown): HtmlOutputImpl {
    return this;
  }
  setXFrameOptionsMode(mode: unknown): HtmlOutputImpl {
    this._xFrame = mode as EnumValue;
    return this;
  }
  setFaviconUrl(url: unknown): HtmlOutputImpl {
    this._faviconUrl = String(url);
    return this;
  }
  getFaviconUrl(): string | null {
    return this._faviconUrl;
  }
  addMetaTag(name: unknown, content: unknown): HtmlOutputImpl {
    this._metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): HtmlOutputMetaTagImpl[] {
    return this._metaTags.map((t) => new HtmlOutputMetaTagImpl(t.name, t.content));
  }
  asTemplate(): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this._env, this._content);
  }
  getBlob(): BlobImpl {
    return new BlobImpl(this._env, Buffer.from(this._content, "utf8"), "text/html", this._title || null);
  }
  getAs(contentType: unknown): BlobImpl {
    return this.getBlob().getAs(contentType);
  }
}

class HtmlOutputMetaTagImpl extends GasObject {
  readonly [KIND] = "HtmlOutputMetaTag";
  readonly _name: string;
  readonly _content: string;
  constructor(name: string, content: string) {
    super();
    this._name = name;
    this._content = content;
  }
  getName(): string {
    return this._name;
  }
  getContent(): string {
    return this._content;
  }
}

/** Scriptlets: <? code ?>, <?= escaped ?>, <?!= raw ?>; the template's own properties are in scope. */
class HtmlTemplateImpl extends GasObject {
  readonly [KIND] = "HtmlTemplate";
  readonly _env: Env;
  readonly _source: string;
  constructor(env: Env, source: string) {
    super();
    this._env = env;
    this._source = source;
  }
  getRawContent(): string {
    return this._source;
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
  evaluate(): HtmlOutputImpl {
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) if (!k.startsWith("_")) data[k] = v;
    const run = new Function("__data", "__escape", "__text", compileTemplate(this._source)) as (
      data: Record<string, unknown>,
      escapeHtml: (x: unknown) => string,
      text: (x: unknown) => string,
    ) => string;
    const text = (x: unknown) => (x === null || x === undefined ? "" : String(x));
    return new HtmlOutputImpl(
      this._env,
      run(data, (x) => escapeHtml(text(x)), text),
    );
  }
}

function compileTemplate(source: string): string {
  let code = "var __out = '';\nwith (__data) {\n";
  let last = 0;
  for (const m of source.matchAll(/<\?(!=|=)?([\s\S]*?)\?>/g)) {
    code += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    const body = m[2] as string;
    if (m[1] === "=") code += `__out += __escape(${body});\n`;
    else if (m[1] === "!=") code += `__out += __text(${body});\n`;
    else code += `${body}\n`;
    last = (m.index ?? 0) + m[0].length;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\n}\nreturn __out;`;
  return code;
}

// --- Blob and Utilities -------------------------------------------------------------------------

/** Apps Script byte arrays are Java bytes: signed, -128..127. */
function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: unknown, charset?: unknown): Buffer {
  if (typeof data === "string") return Buffer.from(data, charset === "US-ASCII" ? "ascii" : "utf8");
  if (data instanceof Uint8Array) return Buffer.from(data);
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 0xff));
  return Buffer.from(String(data ?? ""), "utf8");
}

const PDF_MARKER = "%PDF-1.4\n% fake-gas: not a rendering, only a marker of the conversion\n";

class BlobImpl extends GasObject {
  readonly [KIND] = "Blob";
  readonly _env: Env;
  _bytes: Buffer;
  _type: string | null;
  _name: string | null;
  constructor(env: Env, bytes: Buffer, type: string | null, name: string | null) {
    super();
    this._env = env;
    this._bytes = bytes;
    this._type = type;
    this._name = name;
  }
  getBytes(): number[] {
    return signedBytes(this._bytes);
  }
  setBytes(data: unknown): BlobImpl {
    this._bytes = toBuffer(data);
    return this;
  }
  getDataAsString(charset?: unknown): string {
    return this._bytes.toString(charset === "US-ASCII" ? "ascii" : "utf8");
  }
  setDataFromString(s: unknown, charset?: unknown): BlobImpl {
    this._bytes = toBuffer(String(s), charset);
    return this;
  }
  getContentType(): string | null {
    return this._type;
  }
  setContentType(type: unknown): BlobImpl {
    this._type = type === null || type === undefined ? null : String(type);
    return this;
  }
  getName(): string | null {
    return this._name;
  }
  setName(name: unknown): BlobImpl {
    this._name = String(name);
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  copyBlob(): BlobImpl {
    return new BlobImpl(this._env, Buffer.from(this._bytes), this._type, this._name);
  }
  /**
   * Converting to PDF gives a blob of type application/pdf named *.pdf whose bytes start with
   * "%PDF-"; the fake cannot lay out HTML, so the body is a marker followed by the source.
   */
  getAs(contentType: unknown): BlobImpl {
    const to = String(contentType);
    if (to === this._type) return this.copyBlob();
    const textual = this._type === null || /^text\//.test(this._type);
    if (to === "application/pdf" && textual && this._env.pdfFailures > 0) {
      this._env.pdfFailures--;
      throw this._env.error(`Conversion from ${this._type ?? "null"} to ${to} failed.`);
    }
    if (to === "application/pdf" && textual) {
      if (this._env.options.pdfConversionError !== undefined)
        throw this._env.error(this._env.options.pdfConversionError);
      const name = this._name === null ? null : `${this._name.replace(/\.[^.]*$/, "")}.pdf`;
      return new BlobImpl(this._env, Buffer.concat([Buffer.from(PDF_MARKER), this._bytes]), to, name);
    }
    throw this._env.error(`Converting from ${this._type ?? "null"} to ${to} is not supported.`);
  }
}

class UtilitiesImpl extends GasObject {
  readonly [KIND] = "Utilities";
  readonly Charset = makeEnum(["US_ASCII", "UTF_8"]);
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw this._env.signatureError([date, timeZone, format], "Utilities.formatDate");
    }
    return formatJavaDate(date, timeZone, format, (ch) =>
      this._env.error(`Illegal pattern character '${ch}'`),
    );
  }
  formatString(template: unknown, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%(-?\d*)(?:\.(\d+))?([sdf%])/g, (all, _w, prec, kind) => {
      if (kind === "%") return "%";
      const v = args[i++];
      if (kind === "d") return String(Math.trunc(Number(v)));
      if (kind === "f") return Number(v).toFixed(prec === undefined ? 6 : Number(prec));
      return all === "%s" ? String(v) : String(v);
    });
  }
  newBlob(data: unknown, contentType?: unknown, name?: unknown): BlobImpl {
    return new BlobImpl(
      this._env,
      toBuffer(data),
      contentType === undefined || contentType === null ? null : String(contentType),
      name === undefined || name === null ? null : String(name),
    );
  }
  base64Encode(data: unknown, charset?: unknown): string {
    return toBuffer(data, charset).toString("base64");
  }
  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    return toBuffer(data, charset).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(encoded: unknown): number[] {
    return signedBytes(Buffer.from(String(encoded), "base64"));
  }
  getUuid(): string {
    return crypto.randomUUID();
  }
  /** Returns at once: tests must not wait. */
  sleep(_milliseconds: unknown): void {}
}

// --- Locks, properties, cache, session, script, logging -----------------------------------------

class LockServiceImpl extends GasObject {
  readonly [KIND] = "LockService";
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  getDocumentLock(): LockImpl {
    return new LockImpl(this._env, this._env.locks.document);
  }
  getScriptLock(): LockImpl {
    return new LockImpl(this._env, this._env.locks.script);
  }
  getUserLock(): LockImpl {
    return new LockImpl(this._env, this._env.locks.user);
  }
}

class LockImpl extends GasObject {
  readonly [KIND] = "Lock";
  readonly _env: Env;
  readonly _state: LockState;
  _has = false;
  constructor(env: Env, state: LockState) {
    super();
    this._env = env;
    this._state = state;
  }
  /**
   * Waits up to the timeout while another execution (or, with `busy`, another process) holds the
   * lock. Executions here never run in parallel, so a holder never lets go during the wait: the
   * wait is spent and the answer is false.
   */
  tryLock(timeoutInMillis: unknown): boolean {
    const me = this._env.execution?.id ?? 0;
    if (this._state.busy || (this._state.holder !== null && this._state.holder !== me)) {
      if (this._env.execution) this._env.execution.ms += Math.max(0, Number(timeoutInMillis) || 0);
      return false;
    }
    if (!this._has) this._state.acquisitions++;
    this._has = true;
    this._state.held = true;
    this._state.holder = me;
    return true;
  }
  waitLock(timeoutInMillis: unknown): void {
    if (!this.tryLock(timeoutInMillis))
      throw this._env.error("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock(): boolean {
    return this._has;
  }
  releaseLock(): void {
    if (this._has) {
      this._state.held = false;
      this._state.holder = null;
    }
    this._has = false;
  }
}

class PropertiesServiceImpl extends GasObject {
  readonly [KIND] = "PropertiesService";
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  getDocumentProperties(): PropertiesImpl {
    return new PropertiesImpl(this._env, this._env.properties.document);
  }
  getUserProperties(): PropertiesImpl {
    return new PropertiesImpl(this._env, this._env.properties.user);
  }
  getScriptProperties(): PropertiesImpl {
    return new PropertiesImpl(this._env, this._env.properties.script);
  }
}

/** Quotas: 9 kB per value and 500 kB per store. */
const PROPERTY_VALUE_LIMIT = 9 * 1024;
const PROPERTY_STORE_LIMIT = 500 * 1024;

class PropertiesImpl extends GasObject {
  readonly [KIND] = "Properties";
  readonly _env: Env;
  readonly _store: Map<string, string>;
  constructor(env: Env, store: Map<string, string>) {
    super();
    this._env = env;
    this._store = store;
  }
  private _put(key: unknown, value: unknown): void {
    const v = String(value);
    if (Buffer.byteLength(v) > PROPERTY_VALUE_LIMIT) throw this._env.error("Argument too large: value");
    this._store.set(String(key), v);
    let total = 0;
    for (const [k, x] of this._store) total += Buffer.byteLength(k) + Buffer.byteLength(x);
    if (total > PROPERTY_STORE_LIMIT) {
      this._store.delete(String(key));
      throw this._env.error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
  }
  getProperty(key: unknown): string | null {
    return this._store.get(String(key)) ?? null;
  }
  setProperty(key: unknown, value: unknown): PropertiesImpl {
    this._put(key, value);
    return this;
  }
  setProperties(properties: unknown, deleteAllOthers?: unknown): PropertiesImpl {
    if (deleteAllOthers === true) this._store.clear();
    for (const [k, v] of Object.entries((properties ?? {}) as Record<string, unknown>)) this._put(k, v);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
  deleteProperty(key: unknown): PropertiesImpl {
    this._store.delete(String(key));
    return this;
  }
  deleteAllProperties(): PropertiesImpl {
    this._store.clear();
    return this;
  }
}

class CacheServiceImpl extends GasObject {
  readonly [KIND] = "CacheService";
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  getDocumentCache(): CacheImpl {
    return new CacheImpl(this._env, this._env.caches.document);
  }
  getScriptCache(): CacheImpl {
    return new CacheImpl(this._env, this._env.caches.script);
  }
  getUserCache(): CacheImpl {
    return new CacheImpl(this._env, this._env.caches.user);
  }
}

/** Limits: keys of 250 characters, values of 100 KB, at most 6 hours (default 10 minutes). */
class CacheImpl extends GasObject {
  readonly [KIND] = "Cache";
  readonly _env: Env;
  readonly _store: Map<string, { value: string; expires: number }>;
  constructor(env: Env, store: Map<string, { value: string; expires: number }>) {
    super();
    this._env = env;
    this._store = store;
  }
  get(key: unknown): string | null {
    const entry = this._store.get(String(key));
    if (!entry) return null;
    if (entry.expires <= Date.now()) {
      this._store.delete(String(key));
      return null;
    }
    return entry.value;
  }
  put(key: unknown, value: unknown, expirationInSeconds?: unknown): void {
    const k = String(key);
    const v = String(value);
    if (k.length > 250) throw this._env.error("Argument too large: key");
    if (Buffer.byteLength(v) > 100 * 1024) throw this._env.error("Argument too large: value");
    const seconds = Math.min(expirationInSeconds === undefined ? 600 : Number(expirationInSeconds), 21_600);
    this._store.set(k, { value: v, expires: Date.now() + seconds * 1000 });
  }
  getAll(keys: unknown): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of (keys as unknown[]) ?? []) {
      const v = this.get(k);
      if (v !== null) out[String(k)] = v;
    }
    return out;
  }
  putAll(values: unknown, expirationInSeconds?: unknown): void {
    for (const [k, v] of Object.entries((values ?? {}) as Record<string, unknown>))
      this.put(k, v, expirationInSeconds);
  }
  remove(key: unknown): void {
    this._store.delete(String(key));
  }
  removeAll(keys: unknown): void {
    for (const k of (keys as unknown[]) ?? []) this._store.delete(String(k));
  }
}

class UserImpl extends GasObject {
  readonly [KIND] = "User";
  /** Consumer accounts and simple triggers get no email address. */
  getEmail(): string {
    return "";
  }
}

class SessionImpl extends GasObject {
  readonly [KIND] = "Session";
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  getActiveUserLocale(): string {
    return this._env.options.userLocale;
  }
  getScriptTimeZone(): string {
    return this._env.options.scriptTimeZone;
  }
  getActiveUser(): UserImpl {
    return new UserImpl();
  }
  getEffectiveUser(): UserImpl {
    return new UserImpl();
  }
  getTemporaryActiveUserKey(): string {
    return "fake-temporary-user-key";
  }
}

class ScriptAppImpl extends GasObject {
  readonly [KIND] = "ScriptApp";
  readonly AuthMode = AUTH_MODE;
  getScriptId(): string {
    return "fake-script-id";
  }
  getOAuthToken(): string {
    return "fake-oauth-token";
  }
  getProjectTriggers(): unknown[] {
    return [];
  }
}

function formatLog(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === "string" && rest.length > 0 && first.includes("%s")) {
    let i = 0;
    return first.replace(/%s/g, () => String(rest[i++]));
  }
  return args.map((a) => (typeof a === "string" ? a : (JSON.stringify(a) ?? String(a)))).join(" ");
}

class LoggerImpl extends GasObject {
  readonly [KIND] = "Logger";
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  log(...args: unknown[]): LoggerImpl {
    this._env.logs.push({ level: "log", message: formatLog(args) });
    return this;
  }
  getLog(): string {
    return this._env.logs
      .filter((l) => l.level === "log")
      .map((l) => `${l.message}\n`)
      .join("");
  }
  clear(): void {
    for (let i = this._env.logs.length - 1; i >= 0; i--)
      if (this._env.logs[i]?.level === "log") this._env.logs.splice(i, 1);
  }
}

class ConsoleImpl extends GasObject {
  readonly [KIND] = "console";
  readonly _env: Env;
  constructor(env: Env) {
    super();
    this._env = env;
  }
  private _push(level: string, args: unknown[]): void {
    this._env.logs.push({ level, message: formatLog(args) });
  }
  log(...args: unknown[]): void {
    this._push("info", args);
  }
  info(...args: unknown[]): void {
    this._push("info", args);
  }
  warn(...args: unknown[]): void {
    this._push("warning", args);
  }
  error(...args: unknown[]): void {
    this._push("error", args);
  }
  time(_label?: unknown): void {}
  timeEnd(_label?: unknown): void {}
}

// ---------------------------------------------------------------------------------------------
// The harness

export function createFakeGas(options: FakeGasOptions = {}): FakeGas {
  const timeZone = options.timeZone ?? "Asia/Shanghai";
  const locale = options.locale ?? "zh_CN";
  const book = new Book(options.name ?? "Untitled spreadsheet", timeZone, locale);
  const env = new Env(book, {
    scriptTimeZone: options.scriptTimeZone ?? "America/New_York",
    userLocale: options.userLocale ?? locale,
    projectName: options.projectName ?? "Untitled project",
    htmlFiles: { ...(options.htmlFiles ?? {}) },
    pdfConversionError: options.pdfConversionError,
  });
  env.spreadsheet = new SpreadsheetImpl(env);
  env.cpuFactor = options.cpuFactor ?? 1;

  const initial = options.sheets ?? { Sheet1: [] };
  Object.entries(initial).forEach(([name, rows], index) => {
    const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
    const model = new SheetModel(
      index === 0 ? 0 : book.nextSheetId++ * 1_000_003,
      name,
      Math.max(DEFAULT_ROWS, rows.length),
      Math.max(DEFAULT_COLUMNS, width),
    );
    rows.forEach((row, i) => {
      for (let j = 0; j < width; j++) {
        const raw = row[j];
        if (raw === undefined || raw === null || raw === "") continue;
        const cell = model.ensure(i + 1, j + 1);
        // Typed the way Sheets types it: "0301" becomes 301, "'0301" stays the text 0301.
        if (typeof raw === "string" && raw.startsWith("=") && raw.length > 1) cell.f = raw;
        else if (typeof raw === "string") cell.v = parseTyped(raw, timeZone);
        else cell.v = isDate(raw) ? new Date(raw.getTime()) : (raw as Value);
      }
    });
    book.sheets.push(model);
  });
  book.active = book.sheets[0] ?? null;

  const globals: Record<string, unknown> = {
    SpreadsheetApp: env.expose(new SpreadsheetAppImpl(env)),
    HtmlService: env.expose(new HtmlServiceImpl(env)),
    LockService: env.expose(new LockServiceImpl(env)),
    PropertiesService: env.expose(new PropertiesServiceImpl(env)),
    CacheService: env.expose(new CacheServiceImpl(env)),
    Session: env.expose(new SessionImpl(env)),
    Utilities: env.expose(new UtilitiesImpl(env)),
    ScriptApp: env.expose(new ScriptAppImpl()),
    Logger: env.expose(new LoggerImpl(env)),
    console: env.expose(new ConsoleImpl(env)),
  };

  const cellAt = (sheetName: string, a1: string): Pos => {
    const sheet = env.sheetNamed(sheetName);
    const ref = parseA1(a1);
    if (!ref?.single || ref.sheetName !== undefined) throw new Error(`fake-gas: not a single cell: ${a1}`);
    const pos = { sheet, r: ref.r1 as number, c: ref.c1 as number };
    env.checkRect(sheet, pos.r, pos.c, 1, 1);
    return pos;
  };

  /** The used extent: up to the last row and column with content (or, with formats, a background). */
  const extent = (sheet: SheetModel, withFormats: boolean): { rows: number; cols: number } => {
    let rows = sheet.lastRow();
    let cols = sheet.lastColumn();
    if (withFormats) {
      for (const { r, c, cell } of sheet.cells()) {
        if (cell.bg === undefined) continue;
        rows = Math.max(rows, r);
        cols = Math.max(cols, c);
      }
    }
    return { rows, cols };
  };

  const snapshot = <T>(name: string, withFormats: boolean, read: (cell: Cell | undefined) => T): T[][] => {
    const sheet = env.sheetNamed(name);
    const { rows, cols } = extent(sheet, withFormats);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => read(sheet.cell(i + 1, j + 1))),
    );
  };

  const setCell = (sheetName: string, a1: string, value: CellValue): void => {
    const pos = cellAt(sheetName, a1);
    env.write(pos.sheet, pos.r, pos.c, [[env.input(value, pos.sheet.cell(pos.r, pos.c))]]);
  };

  const calls: CallCounter = {
    total: () => env.total,
    byMethod: () => Object.fromEntries(env.counts),
    reset: () => {
      env.counts.clear();
      env.total = 0;
      env.writes = 0;
    },
    get writes() {
      return env.writes;
    },
  };

  return {
    globals,
    calls,
    sheet: (name) => snapshot(name, false, (cell) => (cell ? copyValue(cell.v) : "")),
    formulas: (name) => snapshot(name, false, (cell) => cell?.f ?? ""),
    backgrounds: (name) => snapshot(name, true, (cell) => cell?.bg ?? "#ffffff"),
    conditionalRules: (name) =>
      env.sheetNamed(name).rules.map((rule) => ({
        ranges: rule.ranges.map((r) => rectA1(r.r, r.c, r.nr, r.nc)),
        formula:
          rule.criteria?.type === BOOLEAN_CRITERIA.CUSTOM_FORMULA ? String(rule.criteria.values[0]) : null,
        background: rule.background,
        fontColor: rule.fontColor,
      })),
    sheetNames: () => book.sheets.map((s) => s.name),
    setCell,
    editEvent: (sheetName, a1, value, authMode = "LIMITED") => {
      const pos = cellAt(sheetName, a1);
      const before = pos.sheet.cell(pos.r, pos.c);
      const oldValue = hasContent(before) ? env.display(before) : undefined;
      setCell(sheetName, a1, value);
      const event: Record<string, unknown> = {
        authMode: AUTH_MODE[authMode],
        range: env.expose(new RangeImpl(env, pos.sheet, pos.r, pos.c, 1, 1)),
        source: env.expose(env.spreadsheet),
        user: env.expose(new UserImpl()),
        triggerUid: undefined,
        value: env.display(pos.sheet.cell(pos.r, pos.c)),
      };
      if (oldValue !== undefined) event.oldValue = oldValue;
      return event;
    },
    toasts: env.toasts,
    alerts: env.alerts,
    alertDetails: env.alertDetails,
    alertReplies: env.alertReplies,
    prompts: env.prompts,
    promptReplies: env.promptReplies,
    sidebars: env.sidebars,
    dialogs: env.dialogs,
    menus: env.menus,
    logs: env.logs,
    locks: env.locks,
    properties: env.properties,
    useCustomFunctions: (realm) => {
      if (typeof realm === "function") {
        env.realm = realm;
        env.context = null;
      } else {
        env.context = realm;
        if (vm.isContext(realm)) env.realmError = vm.runInContext("Error", realm) as ErrorConstructor;
      }
      env.evaluateAll();
    },
    execute: (kind, authMode, work) => env.execute(kind, authMode, work),
    killAtCall: (n) => {
      env.killAt = n;
    },
    atCall: (n, work) => {
      env.hook = { at: n, work };
    },
    documentCache: () => {
      const out = new Map<string, string>();
      for (const [key, entry] of env.caches.document)
        if (entry.expires > Date.now()) out.set(key, entry.value);
      return out;
    },
    lastExecution: (kind) => {
      const run = kind ? env.previousByKind.get(kind) : env.previous;
      return run ? { calls: run.calls, ms: elapsed(run, env.cpuFactor), kind: run.kind } : null;
    },
    failPdfConversions: (n) => {
      env.pdfFailures = n;
    },
    bindRealm: (context) => {
      env.realmError = vm.runInContext("Error", context) as ErrorConstructor;
    },
    formulaError: (sheetName, a1) => {
      const pos = cellAt(sheetName, a1);
      return pos.sheet.cell(pos.r, pos.c)?.err ?? null;
    },
    cell: (sheetName, a1) => {
      const pos = cellAt(sheetName, a1);
      const cell = pos.sheet.cell(pos.r, pos.c);
      return {
        value: cell ? copyValue(cell.v) : "",
        displayValue: env.display(cell),
        formula: cell?.f ?? "",
        error: cell?.err ?? null,
        background: cell?.bg ?? "#ffffff",
        fontWeight: cell?.fw ?? "normal",
        fontColor: cell?.fc ?? "#000000",
        numberFormat: cell?.nf ?? GENERAL_FORMAT,
        note: cell?.note ?? "",
        checkbox: cell?.check ?? false,
      };
    },
    dimensions: (sheetName) => {
      const s = env.sheetNamed(sheetName);
      return {
        maxRows: s.maxRows,
        maxColumns: s.maxCols,
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenColumns,
        hidden: s.hidden,
      };
    },
  };
}
