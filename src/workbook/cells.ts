import { type Day, dayOf } from "../engine/day.ts";
import { bothLangs, type LabelKey, type Lang, t } from "../engine/labels.ts";
import type { Level } from "../engine/level.ts";
import { memoized } from "../engine/memo.ts";
import type { Category, PlaqueCondition, Status } from "../engine/records.ts";
import { normalizeName, textOf } from "./normalize.ts";

/** A cell read as a value: blank cells give `value: undefined`; unreadable ones an error message. */
export type Read<T> =
  | { readonly value: T | undefined; readonly error?: undefined }
  | { readonly error: string };

const blank = { value: undefined } as const;

export function isBlank(cell: unknown): boolean {
  // The common cases first: this runs on every input cell of every row.
  if (typeof cell === "string") return cell === "" || cell.trim() === "";
  if (cell === undefined || cell === null) return true;
  if (typeof cell === "number" || typeof cell === "boolean") return false;
  // A date is never blank (and its text is slow to make).
  return !(cell instanceof Date) && !isDate(cell) && textOf(cell) === "";
}

/** Dates from another realm (the Apps Script bridge, a vm) fail `instanceof`, so check the tag. */
export function isDate(cell: unknown): cell is Date {
  if (cell instanceof Date) return true;
  return typeof cell === "object" && Object.prototype.toString.call(cell) === "[object Date]";
}

const MS_PER_DAY = 86_400_000;
/** 0100-01-01T00:00Z: `Date.UTC` reads years 0–99 as 1900–1999, so `dayOf` refuses them. */
const YEAR_100 = Date.UTC(100, 0, 1);

/** Per time zone, the day of an instant: `formatToParts` is slow and date cells repeat. */
const dayInZone = new Map<string, (ms: number) => Day | undefined>();

function zoneDays(timeZone: string): (ms: number) => Day | undefined {
  let days = dayInZone.get(timeZone);
  if (!days) {
    const format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
    days = memoized((ms: number) => {
      const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
      return dayOf(Number(parts.year), Number(parts.month), Number(parts.day));
    });
    dayInZone.set(timeZone, days);
  }
  return days;
}

/**
 * The calendar day a date cell shows in the spreadsheet's time zone. Sheets hands a date cell to
 * scripts as midnight in the spreadsheet's zone; an .xlsx reader as midnight UTC.
 *
 * @example
 * dayOfDate(new Date("2025-09-14T16:00:00Z"), "Asia/Shanghai") // the day of 2025-09-15
 */
export function dayOfDate(date: Date, timeZone: string): Day | undefined {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return undefined;
  if (timeZone !== "UTC") return zoneDays(timeZone)(ms);
  // In UTC the day is the whole days since the epoch; years before 100 go the long way.
  if (ms >= YEAR_100) return Math.floor(ms / MS_PER_DAY);
  return dayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const SERIAL_EPOCH = dayOf(1899, 12, 30) as Day;

/**
 * Reads a date: a date cell, a spreadsheet serial number, or text such as `2025-09-15`,
 * `2025/9/15`, `2025.9.15` or `2025年9月15日`.
 *
 * @example
 * readDay("2025年9月15日", "UTC", "en") //=> { value: 20346 }
 */
export function readDay(cell: unknown, timeZone: string, lang: Lang): Read<Day> {
  if (isDate(cell)) {
    const day = dayOfDate(cell, timeZone);
    return day === undefined ? { error: t(lang, "check.badDate", { value: String(cell) }) } : readOfDay(day);
  }
  if (typeof cell === "number") {
    // A date typed into a cell formatted as a number keeps its serial (days since 1899-12-30).
    if (cell >= 20_000 && cell < 80_000) return { value: SERIAL_EPOCH + Math.floor(cell) };
    return { error: t(lang, "check.badDate", { value: String(cell) }) };
  }
  const raw = textOf(cell);
  if (raw === "") return blank;
  const day = dayOfText(raw);
  return day === undefined
    ? { error: t(lang, "check.badDate", { value: raw.normalize("NFKC") }) }
    : readOfDay(day);
}

/**
 * A sheet holds a few hundred distinct days in thousands of cells: one reading per day, kept in a
 * small table by the day's last bits.
 */
function readOfDay(day: Day): Read<Day> {
  const slot = day & (DAY_SLOTS - 1);
  const known = dayReads[slot];
  if (known !== undefined && known.value === day) return known;
  const read = { value: day };
  dayReads[slot] = read;
  return read;
}

const DAY_SLOTS = 1024;
const dayReads: ({ readonly value: Day } | undefined)[] = new Array(DAY_SLOTS).fill(undefined);

/** The day a date written as text names; undefined when it names none. */
const dayOfText = memoized((raw: string): Day | undefined => {
  const text = raw.normalize("NFKC");
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(text);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
});

/**
 * Builds a lookup from every accepted spelling (both languages plus extras) to the reading of it.
 * Each value has one reading, shared by every cell that spells it.
 */
function vocabulary<T extends string>(
  entries: Record<T, { labels: LabelKey[]; extra?: string[] }>,
): Map<string, Read<T>> {
  const map = new Map<string, Read<T>>();
  for (const [value, { labels, extra = [] }] of Object.entries(entries) as [
    T,
    { labels: LabelKey[]; extra?: string[] },
  ][]) {
    const read = { value };
    for (const word of [...labels.flatMap(bothLangs), ...extra]) map.set(normalizeName(word), read);
  }
  return map;
}

function readWord<T>(cell: unknown, words: Map<string, Read<T>>, error: (value: string) => string): Read<T> {
  const text = textOf(cell);
  if (text === "") return blank;
  // Most cells hold a word exactly as listed (every key is its own normal form): skip folding.
  return words.get(text) ?? words.get(normalizeName(text)) ?? { error: error(text) };
}

const LEVELS = vocabulary<Level>({
  excellent: { labels: ["level.excellent"] },
  pass: { labels: ["level.pass"], extra: ["passed", "ok"] },
  fail: { labels: ["level.fail"], extra: ["failed"] },
});

/**
 * Reads an inspection result: 优秀/合格/不合格 or excellent/pass/fail, any case.
 *
 * @example
 * readLevel(" FAIL ", "en") //=> { value: "fail" }
 */
export function readLevel(cell: unknown, lang: Lang): Read<Level> {
  return readWord(cell, LEVELS, (value) => t(lang, "check.badResult", { value }));
}

/**
 * A plain decimal number written as text (`85`, `92.5`, full-width digits); undefined for
 * anything else, so that `0x10` or `1e2` are not taken for numbers a person meant.
 *
 * @example
 * decimalOf("８５") //=> 85
 */
export function decimalOf(text: string): number | undefined {
  return decimalOfText(text);
}

/** A column repeats the same few texts (优秀, 合格, …) on every row: fold and match each once. */
const decimalOfText = memoized((text: string): number | undefined => {
  const plain = text.normalize("NFKC").trim();
  return /^[+-]?\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined;
});

/**
 * Whether a Result cell holds a number, i.e. a score typed where a result was expected.
 *
 * @example
 * isScoreTyped("95") //=> true
 */
export function isScoreTyped(cell: unknown): boolean {
  return typeof cell === "number" || (typeof cell === "string" && decimalOf(cell) !== undefined);
}

/**
 * Reads a score between 0 and 100.
 *
 * @example
 * readScore("85", "en") //=> { value: 85 }
 */
export function readScore(cell: unknown, lang: Lang): Read<number> {
  const text = textOf(cell);
  if (text === "") return blank;
  const n = typeof cell === "number" ? cell : decimalOf(text);
  return n !== undefined && Number.isFinite(n) && n >= 0 && n <= 100
    ? { value: n }
    : { error: t(lang, "check.badScore", { value: text }) };
}

const STATUSES = vocabulary<Status>({
  full: { labels: ["status.full"], extra: ["full", "中共党员", "党员"] },
  probationary: { labels: ["status.probationary"], extra: ["probationary", "中共预备党员", "预备"] },
  candidate: { labels: ["status.candidate"], extra: ["development candidate"] },
  activist: { labels: ["status.activist"], extra: ["积极分子", "applicant"] },
  nonMember: { labels: ["status.nonMember"], extra: ["non member", "nonmember", "共青团员", "团员", "none"] },
});

export function readStatus(cell: unknown, lang: Lang): Read<Status> {
  return readWord(cell, STATUSES, (value) => t(lang, "check.badStatus", { value }));
}

const CATEGORIES = vocabulary<Category>({
  hygiene: { labels: ["category.hygiene"] },
  discipline: { labels: ["category.discipline"] },
  schedule: { labels: ["category.schedule"] },
  safety: { labels: ["category.safety"] },
});

/**
 * A category key when the text is one of the four, else the user's own text.
 *
 * @example
 * readCategory("卫生") //=> "hygiene"
 */
export function readCategory(cell: unknown): Category | string {
  const text = textOf(cell);
  const read = CATEGORIES.get(text) ?? CATEGORIES.get(normalizeName(text));
  return read && read.error === undefined ? (read.value ?? text) : text;
}

const CONDITIONS = vocabulary<PlaqueCondition>({
  ok: { labels: ["condition.ok"], extra: ["good", "正常"] },
  lost: { labels: ["condition.lost"], extra: ["missing", "丢失"] },
  damaged: { labels: ["condition.damaged"], extra: ["损坏", "破损"] },
});

export function readCondition(cell: unknown, lang: Lang): Read<PlaqueCondition> {
  return readWord(cell, CONDITIONS, (value) => t(lang, "check.badCondition", { value }));
}

const BOOLEANS = vocabulary<"yes" | "no">({
  yes: { labels: ["yes"], extra: ["y", "true", "1", "√", "✓", "✔", "有", "已挂牌"] },
  no: { labels: ["no"], extra: ["n", "false", "0", "×", "✗", "无", "未挂牌"] },
});

/**
 * Reads 是/否, yes/no or a checkbox.
 *
 * @example
 * readBoolean(true, "en") //=> { value: true }
 */
export function readBoolean(cell: unknown, lang: Lang): Read<boolean> {
  if (typeof cell === "boolean") return { value: cell };
  const read = readWord(cell, BOOLEANS, (value) => t(lang, "check.badPlaque", { value }));
  if (read.error !== undefined) return read;
  return { value: read.value === undefined ? undefined : read.value === "yes" };
}

const YEARS = new Map<string, Read<number>>(
  ["一", "二", "三", "四"].flatMap((zh, i) => {
    const read = { value: i + 1 };
    return [
      [`大${zh}`, read],
      [`${zh}年级`, read],
      [String(i + 1), read],
      [`${i + 1}年级`, read],
      [`year${i + 1}`, read],
    ];
  }),
);

/**
 * Reads a dorm's year: 大一…大四 or 1–4.
 *
 * @example
 * readYear("大三", "zh") //=> { value: 3 }
 */
export function readYear(cell: unknown, lang: Lang): Read<number> {
  return readWord(cell, YEARS, (value) => t(lang, "check.badYear", { value }));
}

const APPEALS = vocabulary<"upheld" | "revoked">({
  upheld: { labels: ["appeal.upheld"], extra: ["维持原结果", "驳回", "maintained", "rejected", "dismissed"] },
  revoked: {
    labels: ["appeal.revoked"],
    extra: ["撤回", "取消", "overturned", "withdrawn", "upheld appeal"],
  },
});

/**
 * Reads an appeal's outcome: 维持/撤销 or upheld/revoked.
 *
 * @example
 * readAppeal("撤销", "zh") //=> { value: "revoked" }
 */
export function readAppeal(cell: unknown, lang: Lang): Read<"upheld" | "revoked"> {
  return readWord(cell, APPEALS, (value) => t(lang, "check.badAppeal", { value }));
}
