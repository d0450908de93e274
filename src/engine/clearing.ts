import { type InspectionRef, refOf } from "./evidence.ts";
import type { Inspection } from "./records.ts";
import type { Settings } from "./settings.ts";

/** A fail taken off the dorm's record by the excellent inspections that followed it. */
export interface ClearedFail {
  readonly fail: InspectionRef;
  /** The excellent inspections that cleared it, in date order. */
  readonly by: readonly InspectionRef[];
}

const plain = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/**
 * The levels (级别) whose fails are never cleared, from the setting as typed.
 *
 * @example
 * unclearable("校级, school") //=> Set { "校级", "school" }
 */
export function unclearable(setting: string): Set<string> {
  return new Set(
    setting
      .split(/[,，、;；\s]+/)
      .map(plain)
      .filter((word) => word !== ""),
  );
}

/**
 * Fail clearing: in one dorm's semester, in date order, every `clearAfterExcellents` excellent
 * inspections that come after an uncleared fail clear the oldest such fail; excellents before a
 * fail do not count for it, and each excellent counts once. Fails of a level listed as never
 * cleared stay. Returns the record the rules then apply to (the inspections without the cleared
 * fails) and what was cleared by what. Off (nothing cleared) when the setting is 0.
 *
 * @example
 * clearFails(series("A", "2025-09-01", "feee"), { ...DEFAULT_SETTINGS, clearAfterExcellents: 3 }).cleared.length //=> 1
 */
export function clearFails(
  ordered: readonly Inspection[],
  settings: Pick<Settings, "clearAfterExcellents" | "unclearableTiers">,
): { record: readonly Inspection[]; cleared: ClearedFail[] } {
  const n = settings.clearAfterExcellents;
  if (!(n > 0)) return { record: ordered, cleared: [] };
  const never = unclearable(settings.unclearableTiers);
  const waiting: Inspection[] = [];
  let excellents: Inspection[] = [];
  const cleared: ClearedFail[] = [];
  const gone = new Set<Inspection>();
  for (const inspection of ordered) {
    if (inspection.level === "fail") {
      if (!never.has(plain(inspection.tier ?? ""))) waiting.push(inspection);
    } else if (inspection.level === "excellent" && waiting.length > 0) {
      excellents.push(inspection);
      if (excellents.length === n) {
        const fail = waiting.shift() as Inspection;
        gone.add(fail);
        cleared.push({ fail: refOf(fail), by: excellents.map(refOf) });
        excellents = [];
      }
    }
  }
  if (cleared.length === 0) return { record: ordered, cleared };
  return { record: ordered.filter((i) => !gone.has(i)), cleared };
}
