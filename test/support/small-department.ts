import { evaluate } from "../../src/engine/evaluate.ts";
import type { Settings } from "../../src/engine/settings.ts";
import { day, dorm, inspection, member, records, settings } from "./records.ts";

/**
 * A small department, computed by hand below: dorms A and B in building X, C and D in Y; A and D
 * in year 1, B and C in year 2; members of 一支部 in A and C, of 二支部 in B. D was never in.
 */
export const SMALL = records({
  dorms: [
    dorm("A", { row: 2, building: "X", year: 1 }),
    dorm("B", { row: 3, building: "X", year: 2 }),
    dorm("C", { row: 4, building: "Y", year: 2 }),
    dorm("D", { row: 5, building: "Y", year: 1 }),
  ],
  members: [
    member("S1", "A", "full", { row: 2, branch: "一支部" }),
    member("S2", "B", "probationary", { row: 3, branch: "二支部" }),
    member("S3", "C", "full", { row: 4, branch: "一支部" }),
    member("S4", "C", "activist", { row: 5, branch: "二支部" }),
  ],
  inspections: [
    inspection("2025-10-06", "A", "pass", 2, { score: 85 }),
    inspection("2025-10-06", "C", "excellent", 3, { score: 98 }),
    inspection("2025-11-03", "A", "excellent", 4, { score: 95 }),
    inspection("2025-11-03", "B", "fail", 5, { score: 50 }),
    inspection("2025-11-03", "C", "pass", 6, { score: 70 }),
    inspection("2025-11-10", "A", "pass", 7, { score: 80 }),
    inspection("2025-11-10", "B", "excellent", 8, { score: 92 }),
    inspection("2025-11-10", "C", "pass", 9),
  ],
  nobodyIn: [{ row: 10, day: day("2025-11-17"), dormId: "D", category: "hygiene", inspector: "", notes: "" }],
});

export function small(overrides: Partial<Settings> = {}) {
  const s = settings({
    rankingSize: 2,
    bands: [
      { name: "红旗", min: 85 },
      { name: "蓝旗", min: 75 },
      { name: "黑旗", min: 0 },
    ],
    ...overrides,
  });
  return evaluate(SMALL, s, day("2026-01-20"), "2025-2026-1");
}
