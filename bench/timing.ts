// Timing that holds up on a shared machine. The things compared are warmed up, then take turns,
// so that a busy moment on the machine hits them alike; each figure is the fastest of its runs,
// since a neighbour's load or a collection of the previous run's garbage only ever adds time.
import { performance } from "node:perf_hooks";

/**
 * The middle value (the mean of the two middle ones for an even count).
 *
 * @example
 * median([5, 1, 3]) //=> 3
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Runs each task `runs` times, taking turns after one warm-up run each; gives each task's
 * fastest time in milliseconds, in the order given.
 *
 * @example
 * const [typed, graded] = fastestTimes([() => typedPass(grids), () => gradeWorkbook(grids, options)], 9);
 */
export function fastestTimes(tasks: readonly (() => unknown)[], runs: number): number[] {
  const fastest = tasks.map(() => Number.POSITIVE_INFINITY);
  for (const task of tasks) task();
  for (let run = 0; run < runs; run++) {
    tasks.forEach((task, i) => {
      const start = performance.now();
      task();
      fastest[i] = Math.min(fastest[i] as number, performance.now() - start);
    });
  }
  return fastest;
}
