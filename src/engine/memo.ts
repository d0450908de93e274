/**
 * A pure function that remembers its answers. A workbook repeats the same few dorm numbers,
 * words and dates thousands of times, and folding text (NFKC) or asking `Intl` for a day costs
 * far more than a lookup. At most `limit` answers are kept; past that it starts afresh, so memory
 * stays bounded whatever the input.
 *
 * @example
 * const upper = memoized((s: string) => s.toUpperCase());
 * upper("3-201a") //=> "3-201A" (computed once, then looked up)
 */
export function memoized<K, T>(compute: (key: K) => T, limit = 20_000): (key: K) => T {
  const answers = new Map<K, T>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    if (answers.size >= limit) answers.clear();
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
