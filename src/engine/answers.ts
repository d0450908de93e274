import type { Evaluation } from "./evaluate.ts";
import type { Lang } from "./labels.ts";
import { gradeLabel, memberOutcomeLine } from "./wording.ts";

/** What the custom functions answer for one semester, by dorm and by student: plain data to cache. */
export interface Answers {
  /** Per dorm id: grade label, fails, current failing streak, mean score ("" without one). */
  readonly dorms: Readonly<Record<string, readonly [string, number, number, number | ""]>>;
  /** Per student id: the outcome line. */
  readonly members: Readonly<Record<string, string>>;
  /** Labels of unknown keys are in this language. */
  readonly lang: Lang;
}

/**
 * The custom functions' answers for an evaluation, in a language.
 *
 * @example
 * answersOf(evaluation, "zh").dorms["3-201"] //=> ["合格", 1, 0, 82.5]
 */
export function answersOf(evaluation: Evaluation, lang: Lang): Answers {
  const dorms: Record<string, [string, number, number, number | ""]> = {};
  for (const d of evaluation.dorms)
    dorms[d.dormId] = [gradeLabel(d.grade, lang), d.fails, d.currentStreak, d.meanScore ?? ""];
  const members: Record<string, string> = {};
  for (const m of evaluation.members) members[m.studentId] = memberOutcomeLine(m, lang);
  return { dorms, members, lang };
}
