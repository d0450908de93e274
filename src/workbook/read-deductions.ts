import type { Deduction } from "../engine/deductions.ts";
import { type Lang, t } from "../engine/labels.ts";
import { itemPoints, type ScoresheetItem } from "../engine/scoresheet.ts";
import type { Read } from "./cells.ts";
import { normalizeId, normalizeName, textOf } from "./normalize.ts";
import type { ScoresheetIndex } from "./read-scoresheet.ts";

/**
 * Splits a Deductions cell into its items: separated by commas, 、, semicolons, new lines or
 * spaces, but never inside brackets, and a space around × keeps a count with its code.
 *
 * @example
 * deductionTokens("B1 × 2，S1（热得快）") //=> ["B1×2", "S1(热得快)"]
 */
export function deductionTokens(text: string): string[] {
  const plain = text
    .normalize("NFKC")
    .replace(/\s*([×*])\s*/g, "$1")
    // "F1 x 3" is a count; "F1 X1" two codes.
    .replace(/\s+[xX]\s+(?=\d)/g, "×")
    .replace(/\s+\(/g, "(");
  const tokens: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of plain) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,、;\s]/.test(ch)) {
      if (current !== "") tokens.push(current);
      current = "";
    } else current += ch;
  }
  if (current !== "") tokens.push(current);
  return tokens;
}

/** What inspectors write when they found nothing to deduct. */
const NONE = new Set(["无", "没有", "无扣分", "none", "nothing", "-", "—", "/", "0"].map(normalizeName));

const COUNT = /^(.+?)[×*xX](\d+)\s*(?:床|张|个|处|件|人|次|项|beds?|items?)?$/;

function lookup(index: ScoresheetIndex, text: string): ScoresheetItem | undefined {
  return index.byCode.get(normalizeId(text)) ?? index.byName.get(normalizeName(text));
}

/**
 * Reads the Deductions column (扣分项) of an inspection: scoresheet codes such as `B1×2, S1`, each
 * with an optional count (`×2`: two items, or two beds for a per-bed item) and an optional remark
 * in brackets (`S1（热得快）`). A name of the scoresheet without spaces works in place of its code.
 * Each item's points are taken as they apply to a room of `beds` beds. 无 (none, -) is an empty
 * list: nothing found, full marks. A blank cell gives `value: undefined`; an unknown code, a count
 * below 1, or items without a Scoresheet tab give an error naming the item.
 *
 * @example
 * readDeductions("B1×2, S1（热得快）", index, 4, "zh").value?.map((d) => [d.code, d.count, d.points, d.remark])
 * //=> [["B1", 2, 20, ""], ["S1", 1, 100, "热得快"]]
 */
/** A blank cell, shared: most rows list no deductions. */
const NOTHING_LISTED: Read<Deduction[]> = Object.freeze({ value: undefined });

export function readDeductions(
  cell: unknown,
  index: ScoresheetIndex | undefined,
  beds: number | undefined,
  lang: Lang,
): Read<Deduction[]> {
  const text = textOf(cell);
  if (text === "") return NOTHING_LISTED;
  // "Nothing found" is full marks, when the inspectors say so.
  if (NONE.has(normalizeName(text))) return { value: [] };
  if (!index || index.items.length === 0) return { error: t(lang, "check.noScoresheet") };
  const deductions: Deduction[] = [];
  for (const token of deductionTokens(text)) {
    const remarkMatch = /\(([^()]*)\)/.exec(token);
    const remark = remarkMatch?.[1]?.trim() ?? "";
    const bare = token.replace(/\([^()]*\)/g, "").trim();
    let item = lookup(index, bare);
    let count = 1;
    if (!item) {
      const m = COUNT.exec(bare);
      if (m) {
        item = lookup(index, m[1] as string);
        count = Number(m[2]);
        if (item && count < 1) return { error: t(lang, "check.badItemCount", { value: token }) };
      } else if (/[×*]/.test(bare)) {
        const code = bare.split(/[×*]/)[0] ?? "";
        if (lookup(index, code)) return { error: t(lang, "check.badItemCount", { value: token }) };
      }
    }
    if (!item) return { error: t(lang, "check.unknownItem", { value: token }) };
    deductions.push({
      code: item.code,
      name: item.name,
      category: item.category,
      unit: item.unit,
      count,
      points: itemPoints(item, beds),
      veto: item.veto,
      remark,
    });
  }
  return deductions.length > 0 ? { value: deductions } : { value: undefined };
}
