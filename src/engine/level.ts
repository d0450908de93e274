import type { Settings } from "./settings.ts";

/** The result of one inspection, and the three levels of a semester grade. */
export type Level = "excellent" | "pass" | "fail";

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
