import { type Day, dayOf } from "../engine/day.ts";
import type { Lang } from "../engine/labels.ts";
import type { Level } from "../engine/level.ts";
import { isDate, type Read, readDay, readLevel } from "../workbook/cells.ts";
import { normalizeId, textOf } from "../workbook/normalize.ts";
import { t } from "./labels.ts";

/** Which comes first in a date such as `11/12/2025`: the month (US) or the day (most of Europe). */
export type DayOrder = "md" | "dm";

const YEAR_LAST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\sT].*)?$/u;

/**
 * How a column writes dates with the year last, as Google Forms' CSV does in an English locale:
 * day first when some first part exceeds 12, month first otherwise.
 *
 * @example
 * dayOrder(["11/12/2025 10:32:11", "11/30/2025 9:01:02"]) //=> "md"
 */
export function dayOrder(cells: readonly unknown[]): DayOrder {
  for (const cell of cells) {
    const m = typeof cell === "string" ? YEAR_LAST.exec(cell.trim()) : null;
    if (m && Number(m[1]) > 12) return "dm";
  }
  return "md";
}

/**
 * Reads a date the way the workbook does (date cells, serials, `2025-11-12`, `2025/11/12 10:32`,
 * `2025年11月12日`), and also with the year last in the column's order. A time of day is dropped.
 *
 * @example
 * readIntakeDay("11/12/2025 10:32:11", "UTC", "en", "md") //=> { value: 20404 }
 */
export function readIntakeDay(cell: unknown, timeZone: string, lang: Lang, order: DayOrder): Read<Day> {
  if (!isDate(cell) && typeof cell === "string") {
    const m = YEAR_LAST.exec(cell.normalize("NFKC").trim());
    if (m) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const day = order === "md" ? dayOf(Number(m[3]), a, b) : dayOf(Number(m[3]), b, a);
      if (day !== undefined) return { value: day };
    }
  }
  return readDay(cell, timeZone, lang);
}

/** Words some tools use for the regime's levels. */
const EXTRA_LEVELS: ReadonlyMap<string, Level> = new Map([
  ["及格", "pass"],
  ["不及格", "fail"],
]);

/**
 * Reads a result as the workbook does, and also 及格 / 不及格.
 *
 * @example
 * readResult("不及格", "zh") //=> { value: "fail" }
 */
export function readResult(cell: unknown, lang: Lang): Read<Level> {
  const extra = EXTRA_LEVELS.get(textOf(cell).normalize("NFKC").replace(/\s+/g, ""));
  if (extra) return { value: extra };
  const read = readLevel(cell, lang);
  return read.error === undefined
    ? read
    : { error: t(lang, "intake.badResultExtra", { value: textOf(cell) }) };
}

/** A dorm of the Dorms tab. */
export interface DormRef {
  readonly id: string;
  readonly label: string;
}

/**
 * Letters and digits only, without leading zeros: `3#201`, `3-201` and `3号楼201` all become
 * `3201`, and `0301` becomes `301`, as a form's responses tab turns an answer `0301` into a number.
 */
function looseKey(text: string): string {
  return normalizeId(text)
    .replace(/[^0-9A-Z]/gu, "")
    .replace(/^0+(?=[0-9A-Z])/u, "");
}

/** Finds a dorm of the Dorms tab from what an export wrote. */
export interface DormIndex {
  find(room: unknown, building?: unknown): DormRef | undefined;
}

/**
 * An index of the Dorms tab that finds a dorm by its number as the workbook matches it, else by
 * its letters and digits alone when exactly one dorm has them (`3#201` for `3-201`), and, when the
 * export gives the building apart, by building and room together (`3号楼` + `201`).
 *
 * @example
 * dormIndex([{ id: "3-201", label: "3-201" }]).find("201", "3号楼") //=> { id: "3-201", label: "3-201" }
 */
export function dormIndex(dorms: readonly DormRef[]): DormIndex {
  const exact = new Map(dorms.map((d) => [d.id, d]));
  const loose = new Map<string, DormRef | null>();
  for (const d of dorms) {
    const key = looseKey(d.id);
    if (key === "") continue;
    loose.set(key, loose.has(key) ? null : d);
  }
  const byText = (text: string): DormRef | undefined =>
    exact.get(normalizeId(text)) ?? loose.get(looseKey(text)) ?? undefined;
  return {
    find(room, building) {
      const r = textOf(room);
      if (r === "") return undefined;
      const b = textOf(building);
      if (b !== "" && !exact.has(normalizeId(r))) {
        for (const text of [`${b}-${r}`, `${b}${r}`, `${b}#${r}`]) {
          const found = byText(text);
          if (found) return found;
        }
      }
      return byText(r);
    },
  };
}
