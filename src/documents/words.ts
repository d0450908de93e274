import type { Lang } from "../engine/labels.ts";
import type { Level } from "../engine/level.ts";
import type { PlaqueCondition, Status } from "../engine/records.ts";
import { type DocumentLabelKey, t } from "./labels.ts";
import type { QualityLine } from "./report/model.ts";
import type { PersonRef, TabName } from "./source.ts";

/**
 * The words a report puts into cells and tables: one place, so that the PDF, the web page and the
 * Report tab say the same thing.
 */

const CATEGORIES: Record<string, DocumentLabelKey> = {
  hygiene: "category.hygiene",
  discipline: "category.discipline",
  schedule: "category.schedule",
  safety: "category.safety",
  other: "doc.category.other",
};

const TABS: Record<TabName, DocumentLabelKey> = {
  dorms: "tab.dorms",
  members: "tab.members",
  inspections: "tab.inspections",
  visits: "tab.visits",
  talks: "tab.talks",
  moves: "tab.moves",
  assignments: "tab.assignments",
  settings: "tab.settings",
  scoresheet: "tab.scoresheet",
};

const YEARS: readonly DocumentLabelKey[] = ["report.year1", "report.year2", "report.year3", "report.year4"];

/**
 * A known category in the report's language, or the user's own text.
 *
 * @example
 * categoryLabel("hygiene", "zh") //=> "卫生"
 */
export function categoryLabel(category: string, lang: Lang): string {
  const key = CATEGORIES[category];
  return key ? t(lang, key) : category;
}

/**
 * The word of an inspection result.
 *
 * @example
 * levelLabel("fail", "en") //=> "fail"
 */
export function levelLabel(level: Level, lang: Lang): string {
  return t(lang, `level.${level}`);
}

/**
 * The word of a political status.
 *
 * @example
 * statusLabel("probationary", "zh") //=> "预备党员"
 */
export function statusLabel(status: Status, lang: Lang): string {
  return t(lang, `status.${status}`);
}

/**
 * A dorm's year, 大一…大四 in zh.
 *
 * @example
 * yearLabel(2, "zh") //=> "大二"
 */
export function yearLabel(year: number | undefined, lang: Lang): string {
  const key = year === undefined ? undefined : YEARS[year - 1];
  return key ? t(lang, key) : t(lang, "report.yearNone");
}

/**
 * A tab's name in the report's language.
 *
 * @example
 * tabLabel("inspections", "zh") //=> "检查记录"
 */
export function tabLabel(tab: TabName, lang: Lang): string {
  return t(lang, TABS[tab]);
}

/**
 * A plaque's condition.
 *
 * @example
 * conditionLabel("lost", "zh") //=> "遗失"
 */
export function conditionLabel(condition: PlaqueCondition, lang: Lang): string {
  return t(lang, `condition.${condition}`);
}

/**
 * A share as a percentage with one decimal; a dash when there is nothing to divide.
 *
 * @example
 * percent(0.9765) //=> "97.7%"
 */
export function percent(share: number | undefined): string {
  return share === undefined ? "—" : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/**
 * Names joined the way the language lists them.
 *
 * @example
 * namesOf([zhang, li], "zh") //=> "张三、李四"
 */
export function namesOf(people: readonly PersonRef[], lang: Lang): string {
  return people.map((p) => p.name).join(t(lang, "report.sep"));
}

/**
 * Items joined the way the language lists them.
 *
 * @example
 * listOf(["09-04", "09-11"], "en") //=> "09-04, 09-11"
 */
export function listOf(items: readonly string[], lang: Lang): string {
  return items.join(t(lang, "report.sep"));
}

/**
 * The data-quality table's rows: tab, row, the check message, and whether the row was skipped.
 *
 * @example
 * qualityRows(model.quality, "zh")[0] //=> ["检查记录", 1426, "宿舍 3-2O1 不在“宿舍”表中", "未使用"]
 */
export function qualityRows(quality: readonly QualityLine[], lang: Lang): (string | number)[][] {
  return quality.flatMap((q) =>
    q.rows.map((r) => [
      tabLabel(q.tab, lang),
      r.row,
      r.message,
      t(lang, r.skipped ? "report.rowSkipped" : "report.rowNoted"),
    ]),
  );
}
