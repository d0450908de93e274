// Every benchmark prints its figures beside their targets here; a miss sets the exit code to 1.

const misses: string[] = [];

/**
 * Prints a measurement beside its target and remembers a miss.
 *
 * @example
 * check("grade", 120, 200, "ms") // prints "  ok   grade: 120.0 ms (target ≤ 200 ms)"
 */
export function check(label: string, value: number, target: number, unit: string): void {
  const ok = value <= target;
  if (!ok) misses.push(label);
  console.log(`  ${ok ? "ok  " : "MISS"} ${label}: ${value.toFixed(1)} ${unit} (target ≤ ${target} ${unit})`);
}

/** Reports the misses, if any, and sets the exit code. */
export function finish(): void {
  if (misses.length > 0) {
    console.log(`\n${misses.length} target(s) missed: ${misses.join(", ")}`);
    process.exitCode = 1;
  }
}
