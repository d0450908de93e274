import type { Lang } from "../engine/labels.ts";
import { COMPUTED_HEADER } from "./formats.ts";
import { COLORS } from "./highlights.ts";
import { t } from "./labels.ts";

/** One row of the Legend tab: a colour's name on its own colour, and what it means. */
export interface LegendRow {
  readonly cells: readonly [string, string];
  /** The first cell's fill; none for the title and the notes. */
  readonly background?: string;
  readonly bold?: boolean;
}

/** The Legend tab the engine keeps beside the contract's tabs: its name and its rows. */
export interface LegendPlan {
  readonly name: string;
  readonly rows: readonly LegendRow[];
  /** Widths of its two columns, in character cells. */
  readonly widths: readonly [number, number];
}

/**
 * The Legend tab: what the computed headers and each highlight colour mean, so that the colours
 * can be read on screen and on paper (the colour's name is written in its swatch).
 *
 * @example
 * legendPlan("en").rows[2]?.cells //=> ["Red", "Dorms: graded fail this semester. …"]
 * legendPlan("zh", "2025-2026-1").rows.at(-1)?.cells //=> ["计算列显示的学期", "2025-2026-1"]
 */
export function legendPlan(lang: Lang, semesterId?: string): LegendPlan {
  const colour = (name: "red" | "orange" | "green" | "yellow"): LegendRow => ({
    cells: [t(lang, `legend.${name}.name`), t(lang, `legend.${name}`)],
    background: COLORS[name],
  });
  return {
    name: t(lang, "legend.tab"),
    widths: [14, 90],
    rows: [
      { cells: [t(lang, "legend.title"), ""], bold: true },
      { cells: [t(lang, "legend.colour"), t(lang, "legend.meaning")], bold: true },
      { cells: [t(lang, "legend.computed.name"), t(lang, "legend.computed")], background: COMPUTED_HEADER },
      colour("red"),
      colour("orange"),
      colour("green"),
      colour("yellow"),
      { cells: ["", t(lang, "legend.order")] },
      // Which semester the computed columns show: offline, the next run reads it back to tell a
      // change of consequence from a change of semester.
      ...(semesterId ? [{ cells: [t(lang, "legend.semester"), semesterId] as const }] : []),
    ],
  };
}
