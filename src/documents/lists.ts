import type { Lang } from "../engine/labels.ts";
import { type CellValue, type ChartFlavour, type Column, esc, items, key, para, table } from "./html.ts";
import { type DocumentLabelKey, t } from "./labels.ts";
import type { DormRef } from "./source.ts";

/**
 * Lists that stay readable at any size: dorms grouped by building on one line each, and tables cut
 * at a number of rows, with a line saying how many more there are and where the full list is
 * (an output column of the workbook, which holds every one of them).
 */

/** Where the full list is: a tab of the workbook and one of its columns. */
export interface Where {
  readonly tab: DocumentLabelKey;
  readonly column: DocumentLabelKey;
}

/** One dorm of a list, with an optional short note such as a count or a date. */
export interface DormItem {
  readonly dorm: DormRef;
  readonly note?: string;
}

/**
 * The line under a cut list: "另有 N 项未列出，完整名单见工作簿“党员”表“通报批评”列。"
 *
 * @example
 * moreLine("en", 12, { tab: "tab.members", column: "out.criticisms" })
 */
export function moreLine(lang: Lang, count: number, where?: Where): string {
  const text = where
    ? t(lang, "doc.moreWhere", { count, tab: t(lang, where.tab), column: t(lang, where.column) })
    : t(lang, "doc.more", { count });
  return `<p class="more">${esc(text)}</p>`;
}

/**
 * Dorms grouped by building, one row per building with its count and its dorms inline: a list of
 * hundreds of dorms fits on a page. At most `cap` dorms are shown, in sheet order.
 *
 * @example
 * dormList("zh", [{ dorm, note: "2" }], 200, "svg") // one row: 东区3号楼 | 1 | 3-201（2）
 */
export function dormList(
  lang: Lang,
  list: readonly DormItem[],
  cap: number,
  flavour: ChartFlavour,
  where?: Where,
): string {
  if (list.length === 0) return para(t(lang, "report.empty"), "empty");
  const byBuilding = new Map<string, DormItem[]>();
  for (const item of list.slice(0, cap)) {
    const group = byBuilding.get(item.dorm.building);
    if (group) group.push(item);
    else byBuilding.set(item.dorm.building, [item]);
  }
  const counts = new Map<string, number>();
  for (const item of list) counts.set(item.dorm.building, (counts.get(item.dorm.building) ?? 0) + 1);
  const label = (item: DormItem) =>
    item.note ? t(lang, "doc.dormNote", { dorm: item.dorm.label, note: item.note }) : item.dorm.label;
  const rows = [...byBuilding].map(([building, group]): CellValue[] => [
    building || "—",
    counts.get(building) ?? group.length,
    items(group.map(label), t(lang, "report.sep")),
  ]);
  const columns: Column[] = [
    { ...key(t(lang, "col.building")), width: "16%" },
    { label: t(lang, "report.col.dorms"), num: true, width: "8%" },
    { label: t(lang, "col.dorm") },
  ];
  const more = list.length > cap ? moreLine(lang, list.length - cap, where) : "";
  return table(columns, rows, flavour) + more;
}

/**
 * A table of at most `cap` rows, then how many more and where they all are; "None" when empty.
 *
 * @example
 * cappedTable("zh", [key("宿舍号")], rows, "svg", 40, { tab: "tab.members", column: "out.criticisms" })
 */
export function cappedTable(
  lang: Lang,
  columns: readonly Column[],
  rows: readonly (readonly CellValue[])[],
  flavour: ChartFlavour,
  cap: number,
  where?: Where,
): string {
  if (rows.length === 0) return para(t(lang, "report.empty"), "empty");
  const more = rows.length > cap ? moreLine(lang, rows.length - cap, where) : "";
  return table(columns, rows.slice(0, cap), flavour) + more;
}
