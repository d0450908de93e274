import type { Deduction } from "../engine/deductions.ts";
import { type Lang, t } from "../engine/labels.ts";
import { type DecidedLevel, decideLevel, type Level } from "../engine/level.ts";
import { memoized } from "../engine/memo.ts";
import type { Settings } from "../engine/settings.ts";
import { isBlank, isScoreTyped, readScore } from "./cells.ts";
import { readDeductions } from "./read-deductions.ts";
import { readResult } from "./read-result.ts";
import type { ScoresheetIndex } from "./read-scoresheet.ts";

/** The cells of an inspection row that decide its level. */
export interface LevelCells {
  readonly result: unknown;
  readonly score: unknown;
  readonly deductions: unknown;
}

/** What reading them needs besides the cells. */
export interface LevelContext {
  readonly lang: Lang;
  readonly settings: Settings;
  /** The Scoresheet tab's items; undefined when the workbook has no such tab. */
  readonly scoresheet: ScoresheetIndex | undefined;
  /** The beds of the dorm inspected, for per-bed items that weigh by room size. */
  readonly beds: number | undefined;
}

/** A row's level as read: no inspection (无人), a decided inspection, or why neither. */
export type RowLevel =
  | { readonly error: string }
  | { readonly nobodyIn: true; readonly note?: string }
  | {
      readonly decided: DecidedLevel;
      readonly deductions: readonly Deduction[] | undefined;
      /** A remark for the check column that does not stop the row from being used. */
      readonly note?: string;
    };

function levelWord(level: Level, lang: Lang): string {
  return t(lang, `level.${level}`);
}

/**
 * Reads the Result, Score and Deductions cells of an inspection and decides its level (see
 * `decideLevel`): a result typed by hand wins, then a score, then the items. A score typed in
 * Result counts as the score. A bad value that would decide the level stops the row; a bad
 * score beside a result, or a bad deduction beside a result or a score, is only noted. When the
 * items would give another level than the one typed, a note says so.
 *
 * @example
 * readRowLevel({ result: "", score: "", deductions: "S1" }, context) //=> { decided: { level: "fail", score: 0, basis: "items", … }, deductions: [...] }
 */
export function readRowLevel(cells: LevelCells, context: LevelContext): RowLevel {
  const { lang, settings } = context;
  const typedScore = isScoreTyped(cells.result);
  const result = typedScore ? { value: undefined } : readResult(cells.result, lang);
  const score = readScore(typedScore ? cells.result : cells.score, lang);
  if (result.error !== undefined) return { error: result.error };
  const resultValue = result.value;
  // The result wins over a score; a bad score only matters when there is no result.
  if (resultValue === undefined && score.error !== undefined) return { error: score.error };
  const scoreValue = score.error === undefined ? score.value : undefined;
  if (resultValue === "nobodyIn") return { nobodyIn: true };
  const items = readDeductions(cells.deductions, context.scoresheet, context.beds, lang);
  const typed = resultValue !== undefined || scoreValue !== undefined;
  if (items.error !== undefined && !typed) return { error: items.error };
  const deductions = items.error === undefined ? items.value : undefined;
  const decided = decideLevel({ result: resultValue, score: scoreValue, deductions }, settings);
  if (!decided || "nobodyIn" in decided) return { error: t(lang, "check.noResult") };
  let note = items.error;
  const { computed, computedLevel } = decided;
  if (
    computed &&
    computedLevel &&
    computedLevel !== decided.level &&
    (decided.basis === "result" || decided.basis === "score")
  ) {
    note = t(lang, "check.levelDiffers", {
      score: computed.score,
      computed: levelWord(computedLevel, lang),
      typed: t(lang, decided.basis === "result" ? "check.typedResult" : "check.typedScore"),
    });
  }
  return note === undefined ? { decided, deductions } : { decided, deductions, note };
}

/** How many Result or Score spellings a tab's level memo keeps (see `memoized`). */
const MEMO_LIMIT = 4_096;

/**
 * `readRowLevel` for one tab, remembering its answers for the rows that list no deductions: their
 * level depends on the Result cell alone (Score blank) or the Score cell alone (Result blank), and
 * a tab repeats a handful of those on every row. `context` is the tab's; rows that list items, or
 * fill both cells, are read afresh.
 *
 * @example
 * const levelOf = levelReader(context);
 * levelOf({ result: "合格", score: "", deductions: "" }) // decided once, then looked up
 */
export function levelReader(context: LevelContext): (cells: LevelCells) => RowLevel {
  // Any blank cell reads as blank, so the other cells are given as "".
  const byResult = memoized(
    (result: unknown) => readRowLevel({ result, score: "", deductions: "" }, context),
    MEMO_LIMIT,
  );
  const byScore = memoized(
    (score: unknown) => readRowLevel({ result: "", score, deductions: "" }, context),
    MEMO_LIMIT,
  );
  return (cells) => {
    if (!isBlank(cells.deductions)) return readRowLevel(cells, context);
    if (isBlank(cells.score)) return byResult(cells.result);
    if (isBlank(cells.result)) return byScore(cells.score);
    return readRowLevel(cells, context);
  };
}
