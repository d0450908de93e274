import { LABELS, type Label, type Lang, translator } from "../engine/labels.ts";
import type { Period } from "../engine/rankings.ts";
import { semesterName } from "../engine/semester.ts";

/**
 * The words of rankings and awards (the Rankings tab, the sidebar's rankings, the documents'),
 * beside the shared labels they also use. Only the code that shows rankings loads this table, so
 * the code every execution parses does not carry it.
 */
export const RANKING_LABELS = {
  "rank.sidebar": { zh: "排名与流动红旗", en: "Rankings and banner" },
  "rank.period": { zh: "时段", en: "Period" },
  "rank.summary": {
    zh: "检查 {inspections} 次 · 优秀率 {excellent} · 不合格率 {fail} · 平均分 {mean}",
    en: "{inspections} inspections · {excellent} excellent · {fail} failed · mean {mean}",
  },
  "rank.bannerWinners": { zh: "流动红旗：{winners}", en: "Rotating banner: {winners}" },
  "rank.range": { zh: "{from} 至 {to}", en: "{from} to {to}" },
  "rank.title": { zh: "排名与流动红旗：{semester}", en: "Rankings and the rotating banner: {semester}" },
  "rank.month": { zh: "{year}年{month}月", en: "{monthName} {year}" },
  "rank.byBuilding": { zh: "按楼栋", en: "By building" },
  "rank.byYear": { zh: "按年级", en: "By year" },
  "rank.byBranch": { zh: "按支部", en: "By branch" },
  "rank.top": { zh: "前 {n} 名宿舍", en: "Top {n} dorms" },
  "rank.bottom": { zh: "后 {n} 名宿舍", en: "Bottom {n} dorms" },
  "rank.bands": { zh: "评分档次", en: "Score bands" },
  "rank.banner": { zh: "流动红旗", en: "Rotating banner" },
  "rank.basis.score": { zh: "按平均分排名", en: "ranked by mean score" },
  "rank.basis.excellents": {
    zh: "按优秀次数排名，不合格少者在前",
    en: "ranked by excellents, fewer fails first",
  },
  "rank.bannerNote": {
    zh: "每月名额 {quota} 个（参评 {candidates} 个），并列的都授予；当月有不合格的宿舍不参评",
    en: "{quota} a month out of {candidates}, ties all included; a dorm that failed that month is out",
  },
  "rank.col.rank": { zh: "名次", en: "Rank" },
  "rank.col.dorms": { zh: "宿舍数", en: "Dorms" },
  "rank.col.excellentRate": { zh: "优秀率", en: "Excellent rate" },
  "rank.col.passRate": { zh: "合格率", en: "Pass rate" },
  "rank.col.failRate": { zh: "不合格率", en: "Fail rate" },
  "rank.col.band": { zh: "档次", en: "Band" },
  "rank.col.month": { zh: "月份", en: "Month" },
  "rank.col.winners": { zh: "获得者", en: "Winners" },
  "rank.all": { zh: "全部", en: "All" },
  "rank.unnamed": { zh: "（未填）", en: "(blank)" },
  "year.1": { zh: "大一", en: "year 1" },
  "year.2": { zh: "大二", en: "year 2" },
  "year.3": { zh: "大三", en: "year 3" },
  "year.4": { zh: "大四", en: "year 4" },
} as const satisfies Record<string, Label>;

export type RankingLabelKey = keyof typeof LABELS | keyof typeof RANKING_LABELS;

const ranking = translator<RankingLabelKey>({ ...LABELS, ...RANKING_LABELS });

/**
 * Looks up a ranking or shared label and fills its placeholders.
 *
 * @example
 * t("en", "rank.banner") //=> "Rotating banner"
 */
export const t = ranking.t;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A period's name for people: the semester's, or the month's.
 *
 * @example
 * periodName(monthPeriod("2025-11"), "zh") //=> "2025年11月"
 * periodName(monthPeriod("2025-11"), "en") //=> "November 2025"
 */
export function periodName(period: Period, lang: Lang): string {
  if (period.kind === "semester") return semesterName(period.id, lang);
  if (period.kind === "range") return t(lang, "rank.range", { from: period.first, to: period.last });
  const [year, month] = period.id.split("-").map(Number) as [number, number];
  return t(lang, "rank.month", { year, month, monthName: MONTHS[month - 1] ?? "" });
}

/**
 * A group's name for people: a year as 大一 / year 1, a blank building or branch as (blank).
 *
 * @example
 * groupName("years", "3", "zh") //=> "大三"
 */
export function groupName(kind: "buildings" | "years" | "branches", key: string, lang: Lang): string {
  if (key === "") return t(lang, "rank.unnamed");
  if (kind === "years" && ["1", "2", "3", "4"].includes(key)) return t(lang, `year.${key as "1"}`);
  return key;
}
