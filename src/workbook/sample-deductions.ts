import type { LabelKey, Lang } from "../engine/labels.ts";
import { decideLevel, type Level } from "../engine/level.ts";
import { DEFAULT_SETTINGS } from "../engine/settings.ts";
import { defaultScoresheetRows } from "./default-scoresheet.ts";
import { readDeductions } from "./read-deductions.ts";
import { indexScoresheet, type ScoresheetIndex, scoresheetRow } from "./read-scoresheet.ts";

/**
 * What the sample's inspectors write in the Deductions column: codes of the default scoresheet,
 * with remarks in both languages. Each list is checked against the scoresheet itself, so the
 * sample's levels stay what its story needs (see `itemsFor`).
 */

/** A Deductions cell in both languages: the codes are the same, the remarks differ. */
export type ItemWords = readonly [zh: string, en: string];

const both = (text: string): ItemWords => [text, text];

/** Nothing found: full marks. */
const NONE: ItemWords = ["无", "none"];

/** Hygiene rounds, by the level they should give: the first list that does in the dorm's room wins. */
const HYGIENE: Record<Level, readonly ItemWords[]> = {
  excellent: [NONE, both("D1"), both("B2")],
  pass: [
    both("F1, D1"),
    both("G1, B2×2"),
    both("B1"),
    both("W1, D1"),
    both("F1, G1, D1"),
    ["B1, D1（书桌堆满外卖盒）", "B1, D1 (takeaway boxes on the desk)"],
  ],
  fail: [
    both("B1×2, F1, G1"),
    ["W1, F1, G1, B2×3, D1", "W1, F1, G1, B2×3, D1"],
    ["B1×3, G1（有异味）", "B1×3, G1 (smells)"],
  ],
};

/** Veto items found at safety and discipline checks, with what the inspectors saw. */
const SAFETY_VETO: readonly ItemWords[] = [
  ["S1（热得快）", "S1 (immersion heater)"],
  ["S1（电热锅）", "S1 (electric hot pot)"],
  ["S2（床头私拉插线板）", "S2 (extension lead run to a bed)"],
];
const DISCIPLINE_VETO: readonly ItemWords[] = [
  ["N1（留宿外来人员）", "N1 (an outsider stayed overnight)"],
  ["N1（两人晚归）", "N1 (two came back after curfew)"],
];

/** A mistyped code (B7 for B1): the row cannot be scored, and its check column says why. */
export const MISTYPED_ITEMS: ItemWords = both("B7, F1");

let sheet: ScoresheetIndex | undefined;

/** The default scoresheet as the reader indexes it: the sample uses that very sheet. */
function defaultSheet(): ScoresheetIndex {
  if (sheet) return sheet;
  const seen = new Map<string, number>();
  const words = { perItem: "每项", perBed: "每床", yes: "是", no: "否" };
  const columns: LabelKey[] = [
    "col.code",
    "col.item",
    "col.category",
    "col.points",
    "col.per",
    "col.pointsByBeds",
    "col.veto",
  ];
  const items = defaultScoresheetRows("zh", words).flatMap((row, i) => {
    const read = scoresheetRow((key) => row[columns.indexOf(key)], i + 2, "zh", seen);
    return "item" in read ? [read.item] : [];
  });
  sheet = indexScoresheet(items);
  return sheet;
}

/**
 * The level a Deductions cell gives in a room of `beds` beds, by the default scoresheet and
 * settings, as the reader will decide it.
 *
 * @example
 * levelOfItems("B1×2, F1, G1", 4) //=> "fail"
 */
export function levelOfItems(items: string, beds: number): Level | undefined {
  const read = readDeductions(items, defaultSheet(), beds, "zh");
  if (!("value" in read) || read.value === undefined) return undefined;
  const decided = decideLevel(
    { result: undefined, score: undefined, deductions: read.value },
    DEFAULT_SETTINGS,
  );
  return decided && "level" in decided ? decided.level : undefined;
}

/**
 * The Deductions cell of an inspection of a given category and level, in a room of `beds` beds:
 * hygiene rounds list what was found (nothing, for most excellent ones); a failing safety or
 * discipline check names its veto item. `pick` chooses among the lists that give the level.
 * Undefined for what the sample records by hand (passing safety checks, discipline scores).
 *
 * @example
 * itemsFor("hygiene", "fail", 4, (lists) => lists[0]) //=> ["B1×2, F1, G1", "B1×2, F1, G1"]
 */
export function itemsFor(
  category: string,
  level: Level,
  beds: number,
  pick: (lists: readonly ItemWords[]) => ItemWords,
): ItemWords | undefined {
  const lists =
    category === "hygiene"
      ? HYGIENE[level]
      : level !== "fail"
        ? []
        : category === "safety"
          ? SAFETY_VETO
          : DISCIPLINE_VETO;
  const fitting = lists.filter((words) => levelOfItems(words[0], beds) === level);
  if (lists.length > 0 && fitting.length === 0)
    throw new Error(`no sample deductions give ${level} in a ${beds}-bed room`);
  return fitting.length > 0 ? pick(fitting) : undefined;
}

/**
 * The cell's words in a language.
 *
 * @example
 * itemsText(["S1（热得快）", "S1 (immersion heater)"], "en") //=> "S1 (immersion heater)"
 */
export function itemsText(words: ItemWords, lang: Lang): string {
  return lang === "zh" ? words[0] : words[1];
}
