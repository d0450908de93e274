import { memoized } from "./memo.ts";

/**
 * A calendar day as a whole number of days since 1970-01-01. Days carry no time of day and no
 * time zone, so a date means the same day in every spreadsheet, script and file.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/**
 * The day of a year, month (1–12) and day of month; undefined when the date does not exist.
 *
 * @example
 * dayOf(1970, 1, 2) //=> 1
 */
export function dayOf(year: number, month: number, date: number): Day | undefined {
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    return undefined;
  }
  return Math.round(ms / MS_PER_DAY);
}

/**
 * Year, month (1–12) and day of month of a day.
 *
 * @example
 * partsOf(1) //=> { year: 1970, month: 1, date: 2 }
 */
export function partsOf(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/**
 * The ISO form of a day.
 *
 * @example
 * isoOf(20346) //=> "2025-09-15"
 */
export function isoOf(day: Day): string {
  // Every inspection named as evidence carries its date: each day's text is made once and kept
  // in a small table by the day's last bits (a sheet spans a few hundred days).
  const slot = day & (ISO_SLOTS - 1);
  if (isoDays[slot] === day) return isoTexts[slot] as string;
  const { year, month, date } = partsOf(day);
  const text = `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
  isoDays[slot] = day;
  isoTexts[slot] = text;
  return text;
}

const ISO_SLOTS = 1024;
const isoDays: number[] = new Array(ISO_SLOTS).fill(Number.NaN);
const isoTexts: string[] = new Array(ISO_SLOTS).fill("");

/**
 * The day of an ISO date string `YYYY-MM-DD`; undefined when it is not one.
 *
 * @example
 * dayOfIso("2025-09-15") //=> 20346
 */
export function dayOfIso(iso: string): Day | undefined {
  return dayOfIsoText(iso);
}

/** Evidence names its inspections by ISO date, and a semester has a few hundred days: each is parsed once. */
const dayOfIsoText = memoized((iso: string): Day | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
});
