import { answersOf } from "../engine/answers.ts";
import { type Lang, t } from "../engine/labels.ts";
import { summaryLines } from "../engine/summary.ts";
import { type Grading, type GradingProblems, gradeWorkbook } from "../workbook/grade.ts";
import { cacheAnswers, recordsDigest, refreshCustomFunctions } from "./custom-functions.ts";
import { writeLooks } from "./sheet-format.ts";
import { readGrids, writeHighlights, writePlan } from "./sheets.ts";
import { readState, savedLang, writeState } from "./state.ts";
import { todayIn } from "./today.ts";

/** What a recalculation did, as plain data for the sidebar and the toast. */
export interface RecalcResult {
  readonly ok: boolean;
  readonly lang: Lang;
  readonly lines: readonly string[];
  /** Blocks written; 0 when nothing changed. */
  readonly writes: number;
}

/** Grades the active spreadsheet as it is now, without writing anything. */
export function gradeActive(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  grading: Grading | GradingProblems;
  sheets: Map<string, GoogleAppsScript.Spreadsheet.Sheet>;
} {
  const timeZone = ss.getSpreadsheetTimeZone();
  const { grids, sheets } = readGrids(ss);
  return { grading: gradeWorkbook(grids, { timeZone, today: todayIn(timeZone) }), sheets };
}

/**
 * Reads every input tab once, runs the engine and writes each changed output block once, under
 * the document lock so that two recalculations never interleave.
 */
export function recalculateActive(): RecalcResult {
  return recalculateGrading().result;
}

/** A recalculation, and the grading it wrote (undefined when the workbook could not be graded). */
export function recalculateGrading(): { result: RecalcResult; grading?: Grading } {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(20_000)) {
    const lang = savedLang();
    return { result: { ok: false, lang, lines: [t(lang, "sidebar.busy")], writes: 0 } };
  }
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { grading, sheets } = gradeActive(ss);
    if ("problems" in grading) {
      return { result: { ok: false, lang: savedLang(), lines: grading.problems, writes: 0 } };
    }
    const state = readState();
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
    const formats = writeLooks(ss, sheets, grading, state.formats);
    // Custom functions depend on the input records only: refresh them whenever those changed,
    // even when no output column did (e.g. a grade asked for a past semester).
    const digest = recordsDigest(grading.read);
    const lang = grading.read.lang;
    writeState({ stale: false, lang, fingerprint: digest, formats }, state);
    if (digest !== state.fingerprint) {
      // The answers first, so that the refreshed cells find them.
      cacheAnswers(digest, answersOf(grading.evaluation, lang));
      refreshCustomFunctions(ss);
    }
    return {
      result: { ok: true, lang, lines: summaryLines(grading.summary, grading.badRows, lang), writes },
      grading,
    };
  } finally {
    lock.releaseLock();
  }
}
