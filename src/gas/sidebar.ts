import { type RecalcResult, recalculateActive } from "./recalculate.ts";
import { isStale } from "./state.ts";

/** Sidebar endpoint: recalculates and returns the summary lines. */
export function recalculate(): RecalcResult {
  return recalculateActive();
}

export function getDashboard(): { stale: boolean } {
  return { stale: isStale() };
}

export function addInspection(): never {
  throw new Error("not available yet");
}

export function addVisit(): never {
  throw new Error("not available yet");
}

export function setLanguage(): never {
  throw new Error("not available yet");
}
