import { type Day, dayOf, partsOf } from "./day.ts";
import { type Lang, t } from "./labels.ts";

/** A semester of an academic year: `2025-2026-1` runs from the semester 1 start month of 2025. */
export interface Semester {
  readonly id: string;
  /** The year the academic year starts in. */
  readonly startYear: number;
  readonly term: 1 | 2;
  readonly first: Day;
  /** The last day of the semester, inclusive. */
  readonly last: Day;
}

interface StartMonths {
  readonly semester1StartMonth: number;
  readonly semester2StartMonth: number;
}

function startOf(startYear: number, term: 1 | 2, months: StartMonths): Day {
  const s1 = months.semester1StartMonth;
  const s2 = months.semester2StartMonth;
  // Semester 2 starts in the calendar year after semester 1 when its month comes earlier.
  const year = term === 1 ? startYear : s2 > s1 ? startYear : startYear + 1;
  return dayOf(year, term === 1 ? s1 : s2, 1) as Day;
}

/**
 * The semester of an academic year and term.
 *
 * @example
 * semesterById("2025-2026-1", DEFAULT_SETTINGS).first // the day of 2025-08-01
 */
export function semester(startYear: number, term: 1 | 2, months: StartMonths): Semester {
  const first = startOf(startYear, term, months);
  const next = term === 1 ? startOf(startYear, 2, months) : startOf(startYear + 1, 1, months);
  return { id: `${startYear}-${startYear + 1}-${term}`, startYear, term, first, last: next - 1 };
}

/**
 * The semester that contains a day (R0).
 *
 * @example
 * semesterOf(dayOfIso("2026-01-31")!, DEFAULT_SETTINGS).id //=> "2025-2026-1"
 */
export function semesterOf(day: Day, months: StartMonths): Semester {
  const { year } = partsOf(day);
  for (const startYear of [year, year - 1, year - 2]) {
    for (const term of [2, 1] as const) {
      const s = semester(startYear, term, months);
      if (day >= s.first && day <= s.last) return s;
    }
  }
  throw new Error(`no semester contains day ${day}`);
}

const TERM_WORDS: Record<string, 1 | 2> = { 一: 1, 二: 2, "1": 1, "2": 2, 上: 1, 下: 2 };

/**
 * Reads a semester written as `2025-2026-1` or `2025-2026学年第一学期`; undefined when unreadable.
 *
 * @example
 * parseSemesterId("2025-2026学年第二学期") //=> "2025-2026-2"
 */
export function parseSemesterId(text: string): string | undefined {
  const s = text.normalize("NFKC").replace(/\s+/g, "");
  const m =
    /^(\d{4})[-–/](\d{4})[-–/]([12])$/.exec(s) ?? /^(\d{4})[-–/](\d{4})学年第?([一二12上下])学期$/.exec(s);
  if (!m) return undefined;
  const start = Number(m[1]);
  const term = TERM_WORDS[m[3] as string];
  if (Number(m[2]) !== start + 1 || !term) return undefined;
  return `${start}-${start + 1}-${term}`;
}

/**
 * The semester an id names; the id may also be written `2025-2026学年第二学期`. Throws when it is
 * not a semester at all, rather than grading an invented one.
 *
 * @example
 * semesterById("2025-2026-2", DEFAULT_SETTINGS).term //=> 2
 */
export function semesterById(id: string, months: StartMonths): Semester {
  const parsed = parseSemesterId(id);
  if (!parsed) throw new Error(`unreadable semester: ${id} (expected e.g. 2025-2026-1)`);
  const [start, , term] = parsed.split("-");
  return semester(Number(start), term === "2" ? 2 : 1, months);
}

/**
 * A semester's name for people.
 *
 * @example
 * semesterName("2025-2026-1", "zh") //=> "2025-2026学年第一学期"
 */
export function semesterName(id: string, lang: Lang): string {
  const [start, end, term] = id.split("-");
  return t(lang, "semester.label", {
    start: start ?? "",
    end: end ?? "",
    term: term ?? "",
    termName: t(lang, term === "2" ? "semester.term2" : "semester.term1"),
  });
}
