/**
 * Star or flag bands by score (评分档次), a department's choice: red, blue, green and black flags
 * from 85, 75 and 65 (an 环境工程学院), or 五星 from 95, 四星 from 80… A dorm's band is the first
 * whose lower bound its mean score reaches.
 */

/** One band: its name and the score from which it applies. */
export interface Band {
  readonly name: string;
  readonly min: number;
}

/**
 * Reads bands written as names with their lower bounds, in any order, separated by ；, commas or
 * new lines: `红旗 85；蓝旗 75；绿旗 65；黑旗 0`, also `红旗≥85` or `五星:95分`. Sorted from the
 * highest bound down. Undefined when the text is not such a list; an empty list for blank text.
 *
 * @example
 * parseBands("红旗 85；蓝旗 75；黑旗 0") //=> [{ name: "红旗", min: 85 }, { name: "蓝旗", min: 75 }, { name: "黑旗", min: 0 }]
 */
export function parseBands(text: string): Band[] | undefined {
  const parts = text
    .normalize("NFKC")
    .split(/[;,、\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const bands: Band[] = [];
  for (const part of parts) {
    const m = /^(.*?)\s*(?:≥|>=|:|=)?\s*(\d+(?:\.\d+)?)\s*(?:分|points?)?(?:以上|及以上|\+)?$/.exec(part);
    const name = m?.[1]?.trim() ?? "";
    const min = Number(m?.[2]);
    if (!m || name === "" || !(min >= 0 && min <= 100)) return undefined;
    if (bands.some((b) => b.name === name || b.min === min)) return undefined;
    bands.push({ name, min });
  }
  return bands.sort((a, b) => b.min - a.min);
}

/**
 * The band of a mean score: the first, from the top, whose lower bound it reaches; undefined
 * without a score or below every band.
 *
 * @example
 * bandOf(78.5, [{ name: "红旗", min: 85 }, { name: "蓝旗", min: 75 }]) //=> "蓝旗"
 */
export function bandOf(score: number | undefined, bands: readonly Band[]): string | undefined {
  if (score === undefined) return undefined;
  return bands.find((b) => score >= b.min)?.name;
}

/**
 * Bands as the Settings tab writes them.
 *
 * @example
 * bandsText([{ name: "红旗", min: 85 }, { name: "蓝旗", min: 75 }], "zh") //=> "红旗 85；蓝旗 75"
 */
export function bandsText(bands: readonly Band[], lang: "zh" | "en"): string {
  return bands.map((b) => `${b.name} ${b.min}`).join(lang === "zh" ? "；" : "; ");
}
