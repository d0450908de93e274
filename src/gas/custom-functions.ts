import { type Answers, answersOf } from "../engine/answers.ts";
import { evaluate } from "../engine/evaluate.ts";
import { fingerprint } from "../engine/fingerprint.ts";
import { t } from "../engine/labels.ts";
import { parseSemesterId } from "../engine/semester.ts";
import { normalizeId, textOf } from "../workbook/normalize.ts";
import { readWorkbook } from "../workbook/read.ts";
import { readGrids } from "./sheets.ts";
import { readState } from "./state.ts";
import { todayIn } from "./today.ts";

const NAMES = ["DORMGRADE", "DORMFAILS", "DORMSTREAK", "MEMBEROUTCOME"] as const;

/** The document cache keeps values for at most six hours and 100 KB each. */
const CACHE_SECONDS = 21_600;
const CACHE_MAX_CHARS = 90_000;

type Answer = string | number;

function cacheKey(digest: string): string {
  return `dormPlaque.answers.${digest}`;
}

/** A digest of what the engine reads, the same in a recalculation and in a custom function. */
export function recordsDigest(read: ReturnType<typeof readWorkbook>): string {
  return fingerprint([read.records, read.settings]);
}

/**
 * Keeps the current semester's answers for the custom functions, so that a sheet full of
 * `=DORMGRADE(A2)` cells reads the tabs once, not once per cell.
 */
export function cacheAnswers(digest: string, answers: Answers): void {
  const json = JSON.stringify(answers);
  const cache = CacheService.getDocumentCache();
  if (cache && json.length <= CACHE_MAX_CHARS) cache.put(cacheKey(digest), json, CACHE_SECONDS);
}

/** Reads and evaluates the sheet (read-only, as Sheets requires of custom functions). */
function answersFromSheet(semesterId: string | undefined): { answers: Answers; digest: string } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  const read = readWorkbook(readGrids(ss).grids, { timeZone, today });
  if (read.problems.length > 0) throw new Error(read.problems.join("\n"));
  const evaluation = evaluate(read.records, read.settings, today, semesterId);
  return { answers: answersOf(evaluation, read.lang), digest: recordsDigest(read) };
}

/**
 * The answers for a semester argument. The current semester's come from the cache when the
 * outputs are up to date (the last recalculation saw these very records); otherwise, and for
 * any other semester, from the sheet.
 */
function answersFor(semester: unknown): Answers {
  const text = textOf(semester);
  if (text !== "") {
    const semesterId = parseSemesterId(text);
    if (!semesterId) throw new Error(`semester? ${text} (2025-2026-1)`);
    return answersFromSheet(semesterId).answers;
  }
  const state = readState();
  const cache = state.stale || !state.fingerprint ? null : CacheService.getDocumentCache();
  const hit = cache?.get(cacheKey(state.fingerprint));
  if (hit) return JSON.parse(hit) as Answers;
  const { answers, digest } = answersFromSheet(undefined);
  if (cache && digest === state.fingerprint) cacheAnswers(digest, answers);
  return answers;
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

function dormFunction(pick: 0 | 1 | 2) {
  return (dorm: unknown, semester?: unknown): Answer | Answer[][] => {
    const answers = answersFor(semester);
    return answerEach(
      dorm,
      (id) => answers.dorms[id]?.[pick],
      (text) => t(answers.lang, "check.unknownDorm", { value: text }),
    );
  };
}

export const DORMGRADE = dormFunction(0);
export const DORMFAILS = dormFunction(1);
export const DORMSTREAK = dormFunction(2);

export function MEMBEROUTCOME(studentId: unknown, semester?: unknown): Answer | Answer[][] {
  const answers = answersFor(semester);
  return answerEach(
    studentId,
    (id) => answers.members[id],
    (text) => t(answers.lang, "check.unknownStudent", { value: text }),
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
