// Timing that holds up on a shared machine: runs of the things compared take turns, each starts
// on a freshly collected heap (so no run pays for the garbage of the one before), and each figure
// is the median of its runs (so one run slowed by a neighbour does not decide it).
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
/** V8's full collection, reachable once `--expose-gc` is set, from a fresh context. */
const collect = runInNewContext("gc") as () => void;

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
 * Runs each task `runs` times, taking turns, each after a full collection; gives each task's
 * median time in milliseconds, in the order given.
 *
 * @example
 * const [typed, graded] = medianTimes([() => typedPass(grids), () => gradeWorkbook(grids, options)], 7);
 */
export function medianTimes(tasks: readonly (() => unknown)[], runs: number): number[] {
  const times: number[][] = tasks.map(() => []);
  for (const task of tasks) task(); // warm up: compile before measuring
  for (let run = 0; run < runs; run++) {
    tasks.forEach((task, i) => {
      collect();
      const start = performance.now();
      task();
      times[i]?.push(performance.now() - start);
    });
  }
  return times.map(median);
}
