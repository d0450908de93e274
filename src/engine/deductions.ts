import { type Lang, t } from "./labels.ts";
import type { ItemUnit } from "./scoresheet.ts";

/** The full marks of a scoresheet: an inspection's score is this minus its deductions. */
export const FULL_MARKS = 100;

/**
 * One scoresheet item found at an inspection, with the points as they applied to that dorm on that
 * day: plain data, kept on the record and named as evidence, so a later change of the
 * scoresheet never rewrites what an old consequence was based on.
 */
export interface Deduction {
  /** The code as the Scoresheet tab writes it. */
  readonly code: string;
  readonly name: string;
  readonly category: string;
  readonly unit: ItemUnit;
  /** How many items, or beds. */
  readonly count: number;
  /** Points per item or per bed in this dorm. */
  readonly points: number;
  readonly veto: boolean;
  /** What the inspector wrote in brackets after the code, e.g. 热得快; blank when nothing. */
  readonly remark: string;
}

/** The score a list of deductions gives, and whether a veto item decided it. */
export interface DeductedScore {
  readonly score: number;
  readonly vetoed: boolean;
}

/**
 * The score of an inspection from the items found: 100 minus each item's points times its count,
 * floored at 0; 0 when a veto item is among them.
 *
 * @example
 * deductedScore([{ points: 10, count: 2, veto: false }, { points: 5, count: 1, veto: false }]) //=> { score: 75, vetoed: false }
 * deductedScore([{ points: 100, count: 1, veto: true }]) //=> { score: 0, vetoed: true }
 */
export function deductedScore(
  deductions: readonly Pick<Deduction, "points" | "count" | "veto">[],
): DeductedScore {
  let lost = 0;
  let vetoed = false;
  for (const d of deductions) {
    lost += d.points * d.count;
    if (d.veto) vetoed = true;
  }
  if (vetoed) return { score: 0, vetoed };
  // Points such as 0.5 add up in binary fractions: round to hundredths, as a person would.
  return { score: Math.max(0, Math.round((FULL_MARKS - lost) * 100) / 100), vetoed };
}

/** A number as a person writes points: 10, 0.5. */
function pointsText(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/**
 * The items found at an inspection in words, each with its points, its count and its remark:
 * the "why" of a score that a member whose record it affects can check item by item.
 *
 * @example
 * deductionsLine([bedding×2 (10 per bed), appliance (veto, remark 热得快)], "zh")
 * //=> "−10 被子未叠 ×2床；−100 违章电器：热得快（一票否决）"
 */
export function deductionsLine(deductions: readonly Deduction[], lang: Lang): string {
  return deductions
    .map(
      (d) =>
        t(lang, "deduction.item", { points: pointsText(d.points), name: d.name }) +
        (d.count > 1 || d.unit === "bed"
          ? t(lang, d.unit === "bed" ? "deduction.count.bed" : "deduction.count.item", { count: d.count })
          : "") +
        (d.remark === "" ? "" : t(lang, "deduction.remark", { remark: d.remark })) +
        (d.veto ? t(lang, "deduction.veto") : ""),
    )
    .join(t(lang, "deduction.sep"));
}

/**
 * What an inspection named as evidence scored and why: its score, then its items.
 *
 * @example
 * scoreDetail({ score: 0, deductions: [appliance] }, "zh") //=> "0分：−100 违章电器：热得快（一票否决）"
 * scoreDetail({ score: 85 }, "en") //=> "85 points"
 */
export function scoreDetail(
  ref: { readonly score?: number; readonly deductions?: readonly Deduction[] },
  lang: Lang,
): string {
  const score = ref.score === undefined ? "" : t(lang, "deduction.score", { score: pointsText(ref.score) });
  const items = ref.deductions?.length ? deductionsLine(ref.deductions, lang) : "";
  if (score === "" || items === "") return score + items;
  return `${score}${lang === "zh" ? "：" : ": "}${items}`;
}
