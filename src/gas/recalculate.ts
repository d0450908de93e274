import { type Lang, t } from "../engine/labels.ts";
import { semesterName } from "../engine/semester.ts";
import { summaryLines } from "../engine/summary.ts";
import { type Grading, type GradingProblems, gradeWorkbook, type HistoryInput } from "../workbook/grade.ts";
import { cacheAnswers, recordsDigest } from "./custom-functions.ts";
import { appendChangeLog, historyIn, refreshOpinions } from "./history.ts";
import { ownTabs } from "./own-tab.ts";
import { refreshRankingsTab } from "./rankings-tab.ts";
import { refreshCustomFunctions } from "./refresh.ts";
import { writeLooks } from "./sheet-format.ts";
import { readGrids, writeHighlights, writePlan } from "./sheets.ts";
import { clearStale, markStale, readState, savedLang, writeState } from "./state.ts";
import { todayIn } from "./today.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a recalculation did, as plain data for the sidebar and the toast. */
export interface RecalcResult {
  readonly ok: boolean;
  readonly lang: Lang;
  readonly lines: readonly string[];
  /** Blocks written; 0 when nothing changed. */
  readonly writes: number;
  /** The outputs may be out of date: the run was refused, or rows changed while it ran. */
  readonly stale?: boolean;
  /** Why they may be, in words, for a toast. */
  readonly notice?: string;
}

/** How long a run waits for another one to finish before it leaves the outputs marked stale. */
export const LOCK_WAIT_MS = 10_000;

/** Grades the active spreadsheet as it is now, without writing anything. */
export function gradeActive(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  options: { cause?: HistoryInput["cause"]; shownSemester?: string; semesterId?: string } = {},
): {
  grading: Grading | GradingProblems;
  sheets: Map<string, Sheet>;
  tabs: Map<string, Sheet>;
} {
  const timeZone = ss.getSpreadsheetTimeZone();
  const { grids, sheets } = readGrids(ss);
  const tabs = ownTabs(ss);
  const history = historyIn(ss, options.shownSemester ?? "", tabs);
  return {
    grading: gradeWorkbook(
      grids,
      { timeZone, today: todayIn(timeZone) },
      options.semesterId,
      options.cause ? { ...history, cause: options.cause } : history,
    ),
    sheets,
    tabs,
  };
}

/**
 * Runs `work` under the document lock. When another run holds it past the wait, the outputs are
 * marked stale (so the next run grades what this one would have) and `busy` answers instead.
 */
export function withDocumentLock<T>(work: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    markStale();
    return busy();
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Reads every input tab once, runs the engine and writes each changed output block once, under
 * the document lock so that two recalculations never interleave.
 */
export function recalculateActive(): RecalcResult {
  return recalculateGrading().result;
}

function busyResult(): { result: RecalcResult } {
  const lang = savedLang();
  const notice = t(lang, "app.busyStale");
  return { result: { ok: false, lang, lines: [notice], writes: 0, stale: true, notice } };
}

/** A recalculation, and the grading it wrote (undefined when the workbook could not be graded). */
export function recalculateGrading(): { result: RecalcResult; grading?: Grading } {
  return withDocumentLock(recalculateLocked, busyResult);
}

/** Whether a tab gained or lost rows since it was read: an insertion or deletion during the run. */
function rowsChanged(grading: Grading, sheets: Map<string, Sheet>): boolean {
  return Object.values(grading.read.layouts).some((layout) => {
    const sheet = layout && sheets.get(layout.grid.name);
    return sheet !== undefined && sheet.getLastRow() !== layout.grid.values.length;
  });
}

/**
 * The recalculation itself, for a caller that holds the document lock. Its order keeps every
 * kill harmless: the outputs, then the answers cache (failures only cost speed), then the
 * custom-function refresh, and only then the state that says all of it is done, so that a run
 * killed anywhere before leaves the next run to do it all again.
 */
export function recalculateLocked(cause?: HistoryInput["cause"]): {
  result: RecalcResult;
  grading?: Grading;
} {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const before = readState();
  const { grading, sheets, tabs } = gradeActive(ss, {
    shownSemester: before.semester,
    ...(cause ? { cause } : {}),
  });
  if ("problems" in grading) {
    return { result: { ok: false, lang: savedLang(), lines: grading.problems, writes: 0 } };
  }
  // The Change log first: a run cut short after it logs the change again next time rather than never.
  appendChangeLog(ss, tabs, grading.changes, grading.read.lang);
  let writes = 0;
  for (const plan of grading.plans) {
    const sheet = sheets.get(plan.sheetName);
    if (!sheet) continue;
    writePlan(sheet, plan);
    writes += plan.blocks.length;
    writeHighlights(
      sheet,
      grading.highlights.filter((h) => h.sheetName === plan.sheetName),
    );
  }
  refreshOpinions(ss, tabs, grading);
  const formats = writeLooks(ss, sheets, grading, before.formats);
  const lang = grading.read.lang;
  const digest = recordsDigest(grading.read);
  const semester = grading.evaluation.semester.id;
  // Custom functions answer from the records and the output columns: refresh them whenever
  // either changed, even when no output column did (e.g. a grade asked for a past semester).
  if (writes > 0 || digest !== before.fingerprint || semester !== before.semester) {
    cacheAnswers(digest, grading.read, grading.evaluation, lang, grading.archive);
    refreshCustomFunctions(ss);
  }
  const rankings = refreshRankingsTab(ss, grading, before.rankings);
  const changed = rowsChanged(grading, sheets);
  const after = readState();
  writeState({ lang, fingerprint: digest, semester, formats, rankings }, after);
  if (changed) markStale();
  else clearStale(before.staleMark, after);
  const lines = summaryLines(grading.summary, grading.badRows, lang);
  if (grading.archived) lines.push(t(lang, "summary.archived", { date: grading.archived.archivedOn }));
  for (const [semester, count] of grading.archiveEdits)
    lines.push(t(lang, "summary.archiveEdits", { semester: semesterName(semester, lang), count }));
  if (grading.changes.rows.length > 0)
    lines.push(t(lang, "summary.changes", { count: grading.changes.rows.length }));
  const notice = changed ? t(lang, "app.changedDuring") : undefined;
  return {
    result: {
      ok: true,
      lang,
      lines: notice ? [...lines, notice] : lines,
      writes,
      stale: changed || (after.stale && after.staleMark !== before.staleMark),
      ...(notice ? { notice } : {}),
    },
    grading,
  };
}
