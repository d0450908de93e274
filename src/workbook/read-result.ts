import { bothLangs, type LabelKey, type Lang, t } from "../engine/labels.ts";
import type { Level } from "../engine/level.ts";
import { memoized } from "../engine/memo.ts";
import type { InspectionStatus } from "../engine/statuses.ts";
import { type Read, readLevel } from "./cells.ts";
import { normalizeName, textOf } from "./normalize.ts";

/** Every way inspectors write 无人 and 拒查, in both languages. */
const STATUS_WORDS = new Map<string, InspectionStatus>();
const spellings: [InspectionStatus, LabelKey, string[]][] = [
  ["nobodyIn", "result.nobodyIn", ["无人在", "无人在寝", "不在", "没人", "nobody", "no one in", "empty"]],
  ["refused", "result.refused", ["拒绝检查", "拒检", "拒不配合", "refused inspection", "refusal"]],
];
for (const [status, label, extra] of spellings) {
  for (const word of [...bothLangs(label), ...extra]) STATUS_WORDS.set(normalizeName(word), status);
}

/** A status word, folded once per distinct text: a column repeats the same few words. */
const statusOf = memoized((text: string) => STATUS_WORDS.get(normalizeName(text)));

/**
 * Reads the Result column of an inspection: 优秀/合格/不合格 (excellent/pass/fail), or one of the
 * statuses inspectors record instead, 无人 (nobody in) and 拒查 (refused), any case.
 *
 * @example
 * readResult("拒查", "zh") //=> { value: "refused" }
 * readResult("Nobody in", "en") //=> { value: "nobodyIn" }
 */
export function readResult(cell: unknown, lang: Lang): Read<Level | InspectionStatus> {
  const text = textOf(cell);
  const status = text === "" ? undefined : statusOf(text);
  if (status) return { value: status };
  const level = readLevel(cell, lang);
  return level.error === undefined ? level : { error: t(lang, "check.badResultOrStatus", { value: text }) };
}
