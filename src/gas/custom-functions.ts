/**
 * =DORMGRADE, =DORMFAILS, =DORMSTREAK, =DORMSCORE and =MEMBEROUTCOME. Each call is an execution of its own
 * with 30 seconds, so the answers come, in this order, from:
 *   1. the document cache, where every recalculation leaves its answers (six hours);
 *   2. for the semester the sheet shows, the output columns the last recalculation wrote
 *      (persistent: one header read, the key column and the rows asked for);
 *   3. for an archived semester, the answers archived with it (the archive data tab's first
 *      pieces of that semester's column: no tab is read, whatever the workbook's size);
 *   4. otherwise the tabs themselves, read and graded here, which only a small workbook affords.
 */
import { type Answers, answersOf } from "../engine/answers.ts";
import { evaluate } from "../engine/evaluate.ts";
import { fingerprint } from "../engine/fingerprint.ts";
import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import { parseSemesterId, semesterOf } from "../engine/semester.ts";
import { outcomeLine } from "../engine/wording.ts";
import { type ArchiveStore, NO_ARCHIVE } from "../workbook/archive-store.ts";
import { isBlank } from "../workbook/cells.ts";
import { evaluationOf } from "../workbook/grade.ts";
import { chooseTab, layoutOf } from "../workbook/layout.ts";
import { normalizeId, textOf } from "../workbook/normalize.ts";
import { readWorkbook, type WorkbookRead } from "../workbook/read.ts";
import { tabSpec } from "../workbook/schema.ts";
import { getChunked, putChunked } from "./chunked-cache.ts";
import { archiveIn, KINDS } from "./history.ts";
import { ownTabs } from "./own-tab.ts";
import { readGrids, tabStubs } from "./sheets.ts";
import { type DocState, readState } from "./state.ts";
import { todayIn } from "./today.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Answer = string | number;
type Kind = "dorms" | "members";
type DormAnswer = readonly [string, number, number, number | ""];

/** Past this many rows on the input tabs a formula does not grade the workbook itself. */
export const FORMULA_MAX_ROWS = 10_000;

/** Other semesters a recalculation keeps answers for, besides the one the sheet shows. */
const OTHER_SEMESTERS = 3;

/** A digest of what the engine reads, the same in a recalculation and in a custom function. */
export function recordsDigest(read: WorkbookRead): string {
  return fingerprint([read.records, read.settings]);
}

/** The cache key of one kind of answers for one semester of one state of the records. */
function cacheKey(digest: string, semesterId: string, kind: Kind): string {
  return `dormPlaque.${digest}.${semesterId}.${kind}`;
}

/** What one lookup answers: a dorm's [grade, fails, streak] or a member's line, by id. */
interface Lookup {
  readonly lang: Lang;
  get(id: string): DormAnswer | string | undefined;
}

function lookupOf(answers: Answers, kind: Kind): Lookup {
  const values: Record<string, DormAnswer | string> = kind === "dorms" ? answers.dorms : answers.members;
  return { lang: answers.lang, get: (id) => values[id] };
}

function textsOf(digest: string, semesterId: string, answers: Answers): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const kind of ["dorms", "members"] as const) {
    texts[cacheKey(digest, semesterId, kind)] = JSON.stringify({
      lang: answers.lang,
      values: kind === "dorms" ? answers.dorms : answers.members,
    });
  }
  return texts;
}

/**
 * Keeps the answers of the graded semester and of the latest few others for the custom
 * functions, in one putAll. Returns why it could not, if it could not: never throws.
 */
export function cacheAnswers(
  digest: string,
  read: WorkbookRead,
  current: ReturnType<typeof evaluate>,
  lang: Lang,
  archive: ArchiveStore = NO_ARCHIVE,
): string | undefined {
  try {
    const texts = textsOf(digest, current.semester.id, answersOf(current, lang));
    // An archived semester answers from its archive, loaded when a formula asks for it.
    const archived = new Set(archive.metas.map((m) => m.semesterId));
    const others = [...new Set(read.records.inspections.map((i) => semesterOf(i.day, read.settings).id))]
      .filter((id) => id !== current.semester.id && !archived.has(id))
      .sort()
      .reverse()
      .slice(0, OTHER_SEMESTERS);
    for (const id of others) {
      Object.assign(
        texts,
        textsOf(digest, id, answersOf(evaluate(read.records, read.settings, current.today, id), lang)),
      );
    }
    return putChunked(CacheService.getDocumentCache(), texts);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function fromCache(state: DocState, semesterId: string, kind: Kind): Lookup | undefined {
  if (!state.fingerprint || !semesterId) return undefined;
  const text = getChunked(CacheService.getDocumentCache(), cacheKey(state.fingerprint, semesterId, kind));
  if (!text) return undefined;
  const { lang, values } = JSON.parse(text) as { lang: Lang; values: Record<string, DormAnswer | string> };
  return { lang, get: (id) => values[id] };
}

const DORM_OUTPUTS: readonly LabelKey[] = ["out.grade", "out.fails", "out.currentStreak", "out.meanScore"];

/** Columns a tab graded before them may lack: their answers are blank until the next recalculation. */
const LATER_OUTPUTS: readonly LabelKey[] = ["out.meanScore"];
const MEMBER_OUTPUTS: readonly LabelKey[] = [
  "out.criticisms",
  "out.praises",
  "out.eligibility",
  "out.priority",
  "out.assessment",
  "out.action",
  "out.review",
  "out.check",
];

const countOf = (value: unknown): number | "" => (isBlank(value) ? "" : Number(value));
const wordOf = (value: unknown): string => textOf(value);

/**
 * The answers the last recalculation wrote in a tab's output columns: a header read, the key
 * column, and one block spanning the rows asked for. Undefined when a column is missing.
 */
function fromColumns(ss: Spreadsheet, kind: Kind, ids: readonly string[], lang: Lang): Lookup | undefined {
  const spec = tabSpec(kind);
  const { stubs, sheets } = tabStubs(ss);
  const choice = chooseTab(stubs, spec);
  if (!("grid" in choice)) return undefined;
  const sheet = sheets.get(choice.grid.name);
  if (!sheet) return undefined;
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 2 || lastColumn < 1) return undefined;
  const header = sheet.getRange(1, 1, 1, lastColumn).getValues();
  const layout = layoutOf({ name: choice.grid.name, values: header }, spec);
  const keyColumn = layout.columns.get(kind === "dorms" ? "col.dorm" : "col.studentId");
  const wanted = kind === "dorms" ? DORM_OUTPUTS : MEMBER_OUTPUTS;
  const columns = wanted.map((key) => layout.outputs.get(key));
  const missing = wanted.filter((key, i) => columns[i] === undefined && !LATER_OUTPUTS.includes(key));
  if (keyColumn === undefined || missing.length > 0) return undefined;
  const present = columns.filter((c): c is number => c !== undefined);

  const rowOf = new Map<string, number>();
  sheet
    .getRange(2, keyColumn + 1, lastRow - 1, 1)
    .getValues()
    .forEach((row, i) => {
      const id = normalizeId(row[0]);
      if (id !== "" && !rowOf.has(id)) rowOf.set(id, i);
    });
  const rows = ids.map((id) => rowOf.get(id)).filter((r): r is number => r !== undefined);
  if (rows.length === 0) return { lang, get: () => undefined };
  const top = Math.min(...rows);
  const left = Math.min(...present);
  const block = sheet
    .getRange(top + 2, left + 1, Math.max(...rows) - top + 1, Math.max(...present) - left + 1)
    .getValues();
  const cell = (row: number, key: LabelKey): unknown => {
    const column = columns[wanted.indexOf(key)];
    return column === undefined ? "" : block[row - top]?.[column - left];
  };

  return {
    lang,
    get(id) {
      const row = rowOf.get(id);
      if (row === undefined) return undefined;
      if (kind === "dorms") {
        const grade = wordOf(cell(row, "out.grade"));
        if (grade === "") return undefined;
        const mean = cell(row, "out.meanScore");
        return [
          grade,
          Number(cell(row, "out.fails")) || 0,
          Number(cell(row, "out.currentStreak")) || 0,
          isBlank(mean) ? "" : Number(mean),
        ];
      }
      // A row the recalculation could not use has a message in its check column.
      if (!isBlank(cell(row, "out.check"))) return undefined;
      return outcomeLine(
        {
          criticisms: countOf(cell(row, "out.criticisms")),
          praises: countOf(cell(row, "out.praises")),
          eligibility: wordOf(cell(row, "out.eligibility")),
          priority: wordOf(cell(row, "out.priority")),
          assessment: wordOf(cell(row, "out.assessment")),
          action: wordOf(cell(row, "out.action")),
          review: wordOf(cell(row, "out.review")),
        },
        lang,
      );
    },
  };
}

/** Reads and grades the tabs (read-only, as Sheets requires of custom functions), if they are small enough. */
function fromSheet(ss: Spreadsheet, kind: Kind, semesterId: string, state: DocState): Lookup {
  const { stubs, sheets } = tabStubs(ss);
  const rows = stubs.reduce((n, stub) => n + (sheets.get(stub.name)?.getLastRow() ?? 0), 0);
  if (rows > FORMULA_MAX_ROWS) throw new Error(t(state.lang, "fn.tooLarge", { semester: semesterId }));
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  const read = readWorkbook(readGrids(ss).grids, { timeZone, today });
  if (read.problems.length > 0) throw new Error(read.problems.join("\n"));
  // An archived semester answers from its archive, as everywhere else.
  const archive = archiveIn(ownTabs(ss).get(KINDS.archiveData));
  const { evaluation } = evaluationOf(read, archive, today, semesterId || undefined);
  const answers = answersOf(evaluation, read.lang);
  const digest = recordsDigest(read);
  // Kept for the next cells only when these are the records the last recalculation saw.
  if (digest === state.fingerprint)
    putChunked(CacheService.getDocumentCache(), textsOf(digest, evaluation.semester.id, answers));
  return lookupOf(answers, kind);
}

/** The answers archived with a semester: what the engine answers for it, as it was archived. */
function fromArchive(ss: Spreadsheet, kind: Kind, semesterId: string, lang: Lang): Lookup | undefined {
  if (semesterId === "") return undefined;
  const answers = archiveIn(ownTabs(ss).get(KINDS.archiveData)).answers(semesterId);
  return answers ? lookupOf(answers[lang], kind) : undefined;
}

function lookup(kind: Kind, semester: unknown, ids: readonly string[]): Lookup {
  const state = readState();
  const text = textOf(semester);
  const semesterId = text === "" ? state.semester : parseSemesterId(text);
  if (semesterId === undefined) throw new Error(t(state.lang, "fn.badSemester", { value: text }));
  const cached = fromCache(state, semesterId, kind);
  if (cached) return cached;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (semesterId !== "" && semesterId === state.semester) {
    const columns = fromColumns(ss, kind, ids, state.lang);
    if (columns) return columns;
  }
  const archived = fromArchive(ss, kind, semesterId, state.lang);
  if (archived) return archived;
  return fromSheet(ss, kind, semesterId, state);
}

function idsOf(input: unknown): string[] {
  const cells = Array.isArray(input) ? (input as unknown[][]).flat() : [input];
  return cells.map(normalizeId).filter((id) => id !== "");
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

function dormFunction(pick: 0 | 1 | 2 | 3) {
  return (dorm: unknown, semester?: unknown): Answer | Answer[][] => {
    const answers = lookup("dorms", semester, idsOf(dorm));
    return answerEach(
      dorm,
      (id) => (answers.get(id) as DormAnswer | undefined)?.[pick],
      (text) => t(answers.lang, "check.unknownDorm", { value: text }),
    );
  };
}

export const DORMGRADE = dormFunction(0);
export const DORMFAILS = dormFunction(1);
export const DORMSTREAK = dormFunction(2);
/** The mean score of a dorm's inspections that carry one; blank when none does. */
export const DORMSCORE = dormFunction(3);

export function MEMBEROUTCOME(studentId: unknown, semester?: unknown): Answer | Answer[][] {
  const answers = lookup("members", semester, idsOf(studentId));
  return answerEach(
    studentId,
    (id) => answers.get(id) as string | undefined,
    (text) => t(answers.lang, "check.unknownStudent", { value: text }),
  );
}
