import { bothLangs, type LabelKey, type Lang, t } from "../engine/labels.ts";
import type { TabLayout } from "../workbook/layout.ts";
import { normalizeName } from "../workbook/normalize.ts";

/** What it takes to set one key of the Settings tab: a new tab, or a few cells. */
export type SettingWrite =
  | { readonly create: { readonly name: string; readonly values: readonly (readonly string[])[] } }
  | { readonly cells: readonly { readonly row: number; readonly column: number; readonly value: string }[] };

/**
 * How to set a key of the Settings tab: its value cell where the key is already listed (every row
 * that lists it, as the language switch does), else a new row under the last one, else a new
 * Settings tab. Only those cells are written.
 *
 * @example
 * settingWrite(layout, "set.importColumns", "门牌=宿舍号", "zh") //=> { cells: [{ row: 18, column: 1, … }, …] }
 */
export function settingWrite(
  layout: TabLayout | undefined,
  key: LabelKey,
  value: string,
  lang: Lang,
): SettingWrite {
  if (!layout) {
    return {
      create: {
        name: t(lang, "tab.settings"),
        values: [
          [t(lang, "col.key"), t(lang, "col.value")],
          [t(lang, key), value],
        ],
      },
    };
  }
  const keyAt = layout.columns.get("col.key") ?? 0;
  const valueAt = layout.columns.get("col.value") ?? keyAt + 1;
  const names = new Set(bothLangs(key).map(normalizeName));
  const rows = layout.grid.values
    .map((row, i) => ({ row: i + 1, name: normalizeName(row[keyAt]) }))
    .filter((r) => r.row > 1 && names.has(r.name));
  if (rows.length > 0) return { cells: rows.map((r) => ({ row: r.row, column: valueAt + 1, value })) };
  const row = layout.grid.values.length + 1;
  return {
    cells: [
      { row, column: keyAt + 1, value: t(lang, key) },
      { row, column: valueAt + 1, value },
    ],
  };
}
