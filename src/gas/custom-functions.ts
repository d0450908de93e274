import { type DormSemester, type Evaluation, evaluate } from "../engine/evaluate.ts";
import { type Lang, t } from "../engine/labels.ts";
import { parseSemesterId } from "../engine/semester.ts";
import { gradeLabel, memberOutcomeLine } from "../engine/wording.ts";
import { normalizeId, textOf } from "../workbook/normalize.ts";
import { readWorkbook } from "../workbook/read.ts";
import { readGrids } from "./sheets.ts";
import { todayIn } from "./today.ts";

const NAMES = ["DORMGRADE", "DORMFAILS", "DORMSTREAK", "MEMBEROUTCOME"] as const;

type Answer = string | number;

/** Reads and evaluates the sheet for one custom-function call (read-only, as Sheets requires). */
function evaluateSheet(semester: unknown) {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  const read = readWorkbook(readGrids(ss).grids, { timeZone, today });
  if (read.problems.length > 0) throw new Error(read.problems.join("\n"));
  const text = textOf(semester);
  const semesterId = text === "" ? undefined : parseSemesterId(text);
  if (text !== "" && !semesterId) throw new Error(`semester? ${text} (2025-2026-1)`);
  return { read, evaluation: evaluate(read.records, read.settings, today, semesterId) };
}

/**
 * Applies `answer` to one value or to every cell of a range (a column comes back). An unknown
 * key in a range gives a `#N/A` line so the other rows still answer; a single unknown key throws.
 */
function answerEach(
  input: unknown,
  answer: (id: string) => Answer | undefined,
  unknown: (text: string) => string,
): Answer | Answer[][] {
  if (!Array.isArray(input)) {
    const id = normalizeId(input);
    if (id === "") return "";
    const value = answer(id);
    if (value === undefined) throw new Error(unknown(textOf(input)));
    return value;
  }
  return (input as unknown[][]).flat().map((cell) => {
    const id = normalizeId(cell);
    if (id === "") return [""];
    return [answer(id) ?? `#N/A ${unknown(textOf(cell))}`];
  });
}

/** A custom function that looks each key up among the semester's dorms or members. */
function lookupFunction<T>(
  list: (evaluation: Evaluation) => readonly T[],
  keyOf: (item: T) => string,
  unknown: "check.unknownDorm" | "check.unknownStudent",
  pick: (item: T, lang: Lang) => Answer,
) {
  return (keys: unknown, semester?: unknown): Answer | Answer[][] => {
    const { read, evaluation } = evaluateSheet(semester);
    const byKey = new Map(list(evaluation).map((item) => [keyOf(item), item]));
    return answerEach(
      keys,
      (id) => {
        const item = byKey.get(id);
        return item === undefined ? undefined : pick(item, read.lang);
      },
      (text) => t(read.lang, unknown, { value: text }),
    );
  };
}

const dormFunction = (pick: (dorm: DormSemester, lang: Lang) => Answer) =>
  lookupFunction(
    (e) => e.dorms,
    (d) => d.dormId,
    "check.unknownDorm",
    pick,
  );

export const DORMGRADE = dormFunction((d, lang) => gradeLabel(d.grade, lang));
export const DORMFAILS = dormFunction((d) => d.fails);
export const DORMSTREAK = dormFunction((d) => d.currentStreak);
export const MEMBEROUTCOME = lookupFunction(
  (e) => e.members,
  (m) => m.studentId,
  "check.unknownStudent",
  memberOutcomeLine,
);

/**
 * Sheets recomputes a custom function only when its arguments change, so after the data changes
 * every cell that calls one of ours is cleared and its formula set again: a new formula is
 * always computed afresh.
 */
export function refreshCustomFunctions(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const cells = ss
    .createTextFinder(`(${NAMES.join("|")})\\s*\\(`)
    .useRegularExpression(true)
    .matchFormulaText(true)
    .matchCase(false)
    .findAll();
  if (cells.length === 0) return 0;
  const formulas = cells.map((cell) => cell.getFormula());
  for (const cell of cells) cell.clearContent();
  SpreadsheetApp.flush();
  cells.forEach((cell, i) => {
    cell.setFormula(formulas[i] ?? "");
  });
  return cells.length;
}
