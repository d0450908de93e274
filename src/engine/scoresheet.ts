/**
 * A department's scoresheet (检查细则): the deduction items an inspector may find, each with its
 * points. Inspections list the items they found; the score is 100 minus their points.
 */

/** How an item's points are counted: once per item found, or once per bed (per person). */
export type ItemUnit = "item" | "bed";

/** One deduction item of the scoresheet. */
export interface ScoresheetItem {
  /** Its row on the Scoresheet tab. */
  readonly row: number;
  /** The code inspections use (`B1`), compared ignoring case and width. */
  readonly code: string;
  readonly name: string;
  /** The scoresheet's own grouping (卫生, 内务, 安全, 纪律, or the department's own words). */
  readonly category: string;
  /** Points deducted per item, or per bed; for per-bed items, unless the room size says otherwise. */
  readonly points: number;
  readonly unit: ItemUnit;
  /**
   * Points per bed by room size, as [beds, points] pairs sorted by beds: a bed item weighs more
   * in a smaller room (中国海洋大学: 10 per bed in an 8-person room, 30 in a 3-person one).
   */
  readonly byBeds: readonly (readonly [beds: number, points: number])[];
  /** One-vote veto (一票否决): found once, the score is 0 and the inspection fails. */
  readonly veto: boolean;
}

/**
 * The points one unit of an item costs in a dorm of `beds` beds. A per-bed item with points by
 * room size takes the entry of its room size, or else of the next larger room listed (the
 * lighter one: a size the sheet does not name is given the benefit of the doubt), or else of the
 * largest listed; without a known room size, or for a per-item item, its plain points.
 *
 * @example
 * itemPoints({ points: 10, unit: "bed", byBeds: [[3, 30], [4, 20], [6, 15], [8, 10]] }, 4) //=> 20
 * itemPoints({ points: 10, unit: "bed", byBeds: [[3, 30], [4, 20], [6, 15], [8, 10]] }, 5) //=> 15
 */
export function itemPoints(
  item: Pick<ScoresheetItem, "points" | "unit" | "byBeds">,
  beds: number | undefined,
): number {
  if (item.unit !== "bed" || beds === undefined || item.byBeds.length === 0) return item.points;
  for (const [size, points] of item.byBeds) if (size >= beds) return points;
  return item.byBeds[item.byBeds.length - 1]?.[1] ?? item.points;
}
