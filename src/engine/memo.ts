/**
 * A pure function that remembers its answers. A workbook repeats the same few dorm numbers,
 * words and dates thousands of times, and folding text (NFKC) or asking `Intl` for a day costs
 * far more than a lookup. At most `limit` answers are kept; past that it starts afresh, so memory
 * stays bounded whatever the input. The last answer is kept apart: rows entered in batches repeat
 * the cell above (one day's hygiene inspections), and a comparison is cheaper than a lookup.
 *
 * @example
 * const upper = memoized((s: string) => s.toUpperCase());
 * upper("3-201a") //=> "3-201A" (computed once, then looked up)
 */
export function memoized<K, T>(compute: (key: K) => T, limit = 20_000): (key: K) => T {
  const answers = new Map<K, T>();
  let lastKey: K | undefined;
  let lastAnswer: T | undefined;
  let any = false;
  const computed = (key: K): T => {
    if (answers.size >= limit) answers.clear();
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
  return (key) => {
    if (key === lastKey && any) return lastAnswer as T;
    const known = answers.get(key);
    const answer = known !== undefined || answers.has(key) ? (known as T) : computed(key);
    lastKey = key;
    lastAnswer = answer;
    any = true;
    return answer;
  };
}
