import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import type { ItemUnit, ScoresheetItem } from "../engine/scoresheet.ts";
import { decimalOf, readBoolean } from "./cells.ts";
import { normalizeId, normalizeName, textOf } from "./normalize.ts";

/** The items of a Scoresheet tab, found by code or, failing that, by name. */
export interface ScoresheetIndex {
  readonly items: readonly ScoresheetItem[];
  readonly byCode: ReadonlyMap<string, ScoresheetItem>;
  readonly byName: ReadonlyMap<string, ScoresheetItem>;
}

/**
 * An index of scoresheet items: codes compared like dorm numbers (trimmed, width and case folded),
 * names like headers.
 *
 * @example
 * indexScoresheet(items).byCode.get("B1")?.name //=> "被子未叠"
 */
export function indexScoresheet(items: readonly ScoresheetItem[]): ScoresheetIndex {
  return {
    items,
    byCode: new Map(items.map((item) => [normalizeId(item.code), item])),
    byName: new Map(items.map((item) => [normalizeName(item.name), item])),
  };
}

const UNITS = new Map<string, ItemUnit>(
  [
    ["item", ["每项", "每处", "每件", "每个", "每次", "per item", "item", "项", "次"]],
    ["bed", ["每床", "每人", "每张床", "每人次", "per bed", "per person", "bed", "床", "人"]],
  ].flatMap(([unit, words]) =>
    (words as string[]).map((w): [string, ItemUnit] => [normalizeName(w), unit as ItemUnit]),
  ),
);

/**
 * Reads points by room size, such as `8:10, 6:15, 4:20, 3:30` or `8人间10分；4人间20分`, into
 * [beds, points] pairs sorted by beds; undefined when the text is not such a list.
 *
 * @example
 * readByBeds("8:10, 4:20") //=> [[4, 20], [8, 10]]
 */
export function readByBeds(text: string): [number, number][] | undefined {
  const plain = text.normalize("NFKC").trim();
  if (plain === "") return [];
  const pairs: [number, number][] = [];
  const pair = /(\d+)\s*(?:(?:人间|人|床|-?beds?)\s*[:=]?|[:=])\s*(\d+(?:\.\d+)?)\s*(?:分|points?)?/y;
  let at = 0;
  while (at < plain.length) {
    pair.lastIndex = at;
    const m = pair.exec(plain);
    if (!m) return undefined;
    const beds = Number(m[1]);
    const points = Number(m[2]);
    if (beds < 1 || beds > 20 || points > 100) return undefined;
    pairs.push([beds, points]);
    at = pair.lastIndex;
    const gap = /\s*[,，、;；/]?\s*/y;
    gap.lastIndex = at;
    gap.exec(plain);
    if (gap.lastIndex === at && at < plain.length) return undefined;
    at = gap.lastIndex;
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** One row of the Scoresheet tab: the item, or why it cannot be used. */
export type ScoresheetRow = { readonly item: ScoresheetItem } | { readonly error: string };

/**
 * Reads one row of the Scoresheet tab. Code and item are required; points are required except for
 * a veto item (whose score is 0 whatever its points); per is 每项 (per item, the default) or
 * 每床 (per bed, also 每人); veto is 是/否. `seen` holds the codes of the rows above, to refuse a
 * code given twice.
 *
 * @example
 * scoresheetRow((key) => ({ "col.code": "S1", "col.item": "违章电器", "col.veto": "是" })[key] ?? "", 5, "zh", new Map())
 * //=> { item: { row: 5, code: "S1", name: "违章电器", points: 0, unit: "item", veto: true, … } }
 */
export function scoresheetRow(
  cell: (key: LabelKey) => unknown,
  row: number,
  lang: Lang,
  seen: Map<string, number>,
): ScoresheetRow {
  const code = textOf(cell("col.code"));
  const name = textOf(cell("col.item"));
  if (code === "") return { error: t(lang, "check.missing", { column: t(lang, "col.code") }) };
  if (name === "") return { error: t(lang, "check.missing", { column: t(lang, "col.item") }) };
  const first = seen.get(normalizeId(code));
  if (first !== undefined) return { error: t(lang, "check.duplicateCode", { value: code, row: first }) };
  const veto = readBoolean(cell("col.veto"), lang);
  if (veto.error !== undefined)
    return { error: t(lang, "check.badVeto", { value: textOf(cell("col.veto")) }) };
  const pointsCell = cell("col.points");
  const pointsText = textOf(pointsCell);
  const points = typeof pointsCell === "number" ? pointsCell : decimalOf(pointsText);
  if (pointsText === "" && !veto.value)
    return { error: t(lang, "check.missing", { column: t(lang, "col.points") }) };
  if (pointsText !== "" && (points === undefined || points < 0 || points > 100))
    return { error: t(lang, "check.badPoints", { value: pointsText }) };
  const perText = textOf(cell("col.per"));
  const unit = perText === "" ? "item" : UNITS.get(normalizeName(perText));
  if (unit === undefined) return { error: t(lang, "check.badPer", { value: perText }) };
  const byBedsText = textOf(cell("col.pointsByBeds"));
  const byBeds = readByBeds(byBedsText);
  if (byBeds === undefined) return { error: t(lang, "check.badByBeds", { value: byBedsText }) };
  seen.set(normalizeId(code), row);
  return {
    item: {
      row,
      code,
      name,
      category: textOf(cell("col.category")),
      points: points ?? 0,
      unit,
      byBeds,
      veto: veto.value === true,
    },
  };
}

/**
 * Reads the Dorms tab's 床位数 / Beds: a whole number from 1 to 20.
 *
 * @example
 * readBeds("4人间", "zh") //=> { value: 4 }
 */
export function readBeds(cell: unknown, lang: Lang): { value: number | undefined } | { error: string } {
  const text = textOf(cell).normalize("NFKC");
  if (text === "") return { value: undefined };
  const n = typeof cell === "number" ? cell : decimalOf(text.replace(/\s*(?:人间|人|床|beds?)$/, ""));
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 20
    ? { value: n }
    : { error: t(lang, "check.badBeds", { value: text }) };
}
