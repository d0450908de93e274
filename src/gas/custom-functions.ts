import { type DormSemester, evaluate } from "../engine/evaluate.ts";
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

function dormFunction(pick: (dorm: DormSemester, lang: Lang) => Answer) {
  return (dorm: unknown, semester?: unknown): Answer | Answer[][] => {
    const { read, evaluation } = evaluateSheet(semester);
    const byId = new Map(evaluation.dorms.map((d) => [d.dormId, d]));
    return answerEach(
      dorm,
      (id) => {
        const d = byId.get(id);
        return d ? pick(d, read.lang) : undefined;
      },
      (text) => t(read.lang, "check.unknownDorm", { value: text }),
    );
  };
}

export const DORMGRADE = dormFunction((d, lang) => gradeLabel(d.grade, lang));
export const DORMFAILS = dormFunction((d) => d.fails);
export const DORMSTREAK = dormFunction((d) => d.currentStreak);

export function MEMBEROUTCOME(studentId: unknown, semester?: unknown): Answer | Answer[][] {
  const { read, evaluation } = evaluateSheet(semester);
  const byId = new Map(evaluation.members.map((m) => [m.studentId, m]));
  return answerEach(
    studentId,
    (id) => {
      const m = byId.get(id);
      return m ? memberOutcomeLine(m, read.lang) : undefined;
    },
    (text) => t(read.lang, "check.unknownStudent", { value: text }),
  );
}

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
