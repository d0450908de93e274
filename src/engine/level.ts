import { type DeductedScore, type Deduction, deductedScore } from "./deductions.ts";
import type { Settings } from "./settings.ts";
import { type InspectionStatus, REFUSED_SCORE } from "./statuses.ts";

/** The result of one inspection, and the three levels of a semester grade. */
export type Level = "excellent" | "pass" | "fail";

/**
 * What decided an inspection's level: a result typed by hand, a score typed by hand, the
 * scoresheet items it lists, or a refusal (拒查).
 */
export type LevelBasis = "result" | "score" | "items" | "refused";

/**
 * The level of an inspection from its result, or from its score when it has no result
 * (score mode): the result wins when both are given.
 *
 * @example
 * levelOf(undefined, 95, DEFAULT_SETTINGS) //=> "excellent"
 */
export function levelOf(
  result: Level | undefined,
  score: number | undefined,
  settings: Settings,
): Level | undefined {
  if (result) return result;
  if (score === undefined) return undefined;
  if (score >= settings.excellentScore) return "excellent";
  return score >= settings.passScore ? "pass" : "fail";
}

/** What one row of the Inspections tab says, read but not yet decided. */
export interface LevelInputs {
  /** A result word, or a status typed in the Result column. */
  readonly result: Level | InspectionStatus | undefined;
  /** A score typed by hand. */
  readonly score: number | undefined;
  /** The scoresheet items the row lists, empty when it says none were found; undefined when blank. */
  readonly deductions: readonly Deduction[] | undefined;
}

/** An ordinary inspection's level, its score, and how they were decided. */
export interface DecidedLevel {
  readonly level: Level;
  /** The score the inspection counts with: typed, else computed from its items, 0 when refused. */
  readonly score: number | undefined;
  readonly basis: LevelBasis;
  /** The score its items give, when it lists some. */
  readonly computed: DeductedScore | undefined;
  /** The level its items alone would give, when it lists some. */
  readonly computedLevel: Level | undefined;
}

/**
 * Decides an inspection row: 无人 is no inspection; 拒查 fails with a score of 0; otherwise a
 * result typed by hand wins, then a score typed by hand, then the score its scoresheet items
 * give (100 minus their points, 0 with a veto item, which always fails). Undefined when the row
 * gives none of these.
 *
 * @example
 * decideLevel({ result: undefined, score: undefined, deductions: [{ points: 100, count: 1, veto: true, … }] }, DEFAULT_SETTINGS)
 * //=> { level: "fail", score: 0, basis: "items", computed: { score: 0, vetoed: true }, computedLevel: "fail" }
 */
export function decideLevel(
  inputs: LevelInputs,
  settings: Settings,
): DecidedLevel | { readonly nobodyIn: true } | undefined {
  const { result, score, deductions } = inputs;
  if (result === "nobodyIn") return { nobodyIn: true };
  // An empty list is an inspection that found nothing: full marks.
  const computed = deductions ? deductedScore(deductions) : undefined;
  const computedLevel = computed
    ? computed.vetoed
      ? "fail"
      : levelOf(undefined, computed.score, settings)
    : undefined;
  let level: Level;
  let used: number | undefined;
  let basis: LevelBasis;
  if (result === "refused") [level, used, basis] = ["fail", REFUSED_SCORE, "refused"];
  else if (result) [level, used, basis] = [result, score ?? computed?.score, "result"];
  else if (score !== undefined)
    [level, used, basis] = [levelOf(undefined, score, settings) as Level, score, "score"];
  else if (computed && computedLevel) [level, used, basis] = [computedLevel, computed.score, "items"];
  else return undefined;
  return { level, score: used, basis, computed, computedLevel };
}
