import { recalculateActive, type RecalcResult } from "./recalculate.ts";

/** Sidebar endpoint: recalculates and returns the summary lines. */
export function recalculate(): RecalcResult {
  return recalculateActive();
}
