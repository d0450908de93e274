/**
 * The mean score of some inspections, over those that carry a score (typed, computed from their
 * items, or 0 for a refusal), rounded to one decimal as it is shown: two dorms that show the same
 * mean rank the same. Undefined when none carries a score.
 *
 * @example
 * meanScore([{ score: 90 }, { score: 85 }, {}]) //=> 87.5
 * meanScore([{}]) //=> undefined
 */
export function meanScore(
  inspections: readonly { readonly score?: number | undefined }[],
): number | undefined {
  let sum = 0;
  let scored = 0;
  for (const i of inspections) {
    if (i.score === undefined) continue;
    sum += i.score;
    scored++;
  }
  return scored === 0 ? undefined : Math.round((sum / scored) * 10) / 10;
}
