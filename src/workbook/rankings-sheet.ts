import { type Banner, banner } from "../engine/banner.ts";
import type { Evaluation } from "../engine/evaluate.ts";
import type { Lang } from "../engine/labels.ts";
import {
  type DormRank,
  inspectedMonths,
  monthPeriod,
  type Period,
  type Rankings,
  type RateLine,
  rankings,
  semesterPeriod,
} from "../engine/rankings.ts";
import type { Records } from "../engine/records.ts";
import { semesterName } from "../engine/semester.ts";
import { groupName, type RankingLabelKey as LabelKey, periodName, t } from "./rankings-labels.ts";

/** A cell of the Rankings tab: text, a count, a share or a score. */
export type RankingsCell = string | number;

/**
 * The Rankings tab (排名 / Rankings), the engine's own, rewritten whole on every recalculation:
 * the semester's rankings, then each inspected month's, each with its banner. Plain data that
 * both adapters write: values, a number format and a weight per cell, and column widths.
 */
export interface RankingsSheet {
  readonly name: string;
  readonly values: readonly (readonly RankingsCell[])[];
  /** `@` text, `0` counts, `0.0` scores, `0.0%` shares. */
  readonly formats: readonly (readonly string[])[];
  readonly bold: readonly boolean[];
  /** In character cells. */
  readonly widths: readonly number[];
}

/** The tab's width: every row has this many cells. */
const WIDTH = 9;

type Format = "@" | "0" | "0.0" | "0.0%";

class Sheet {
  readonly values: RankingsCell[][] = [];
  readonly formats: Format[][] = [];
  readonly bold: boolean[] = [];

  row(cells: readonly (readonly [RankingsCell | undefined, Format])[], bold = false): void {
    const padded = Array.from({ length: WIDTH }, (_, i) => cells[i] ?? (["", "@"] as const));
    this.values.push(padded.map(([v]) => v ?? ""));
    this.formats.push(padded.map(([v, f]) => (v === undefined || v === "" ? "@" : f)));
    this.bold.push(bold);
  }

  blank(): void {
    this.row([]);
  }
}

const text = (value: string): readonly [string, Format] => [value, "@"];
const count = (value: number | undefined): readonly [number | undefined, Format] => [value, "0"];
const score = (value: number | undefined): readonly [number | undefined, Format] => [value, "0.0"];
const share = (value: number | undefined): readonly [number | undefined, Format] => [value, "0.0%"];

function header(sheet: Sheet, lang: Lang, keys: readonly LabelKey[]): void {
  sheet.row(
    keys.map((k) => text(t(lang, k))),
    true,
  );
}

const GROUP_COLUMNS: readonly LabelKey[] = [
  "rank.col.rank",
  "col.building",
  "rank.col.dorms",
  "out.inspections",
  "rank.col.excellentRate",
  "rank.col.passRate",
  "rank.col.failRate",
  "out.meanScore",
  "out.nobodyIn",
];

function groups(
  sheet: Sheet,
  lang: Lang,
  title: LabelKey,
  kind: "buildings" | "years" | "branches",
  lines: readonly RateLine[],
): void {
  sheet.row([text(t(lang, title))], true);
  const column: LabelKey =
    kind === "buildings" ? "col.building" : kind === "years" ? "col.year" : "col.branch";
  header(
    sheet,
    lang,
    GROUP_COLUMNS.map((k) => (k === "col.building" ? column : k)),
  );
  for (const line of lines) {
    sheet.row([
      count(line.rank),
      text(groupName(kind, line.key, lang)),
      count(line.dorms),
      count(line.inspections),
      share(line.excellentRate),
      share(line.passRate),
      share(line.failRate),
      score(line.meanScore),
      count(line.nobodyIn),
    ]);
  }
}

function dorms(sheet: Sheet, lang: Lang, title: string, list: readonly DormRank[]): void {
  sheet.row([text(title)], true);
  header(sheet, lang, [
    "rank.col.rank",
    "col.dorm",
    "col.building",
    "out.inspections",
    "out.excellents",
    "out.fails",
    "out.meanScore",
    "rank.col.band",
  ]);
  for (const d of list) {
    sheet.row([
      count(d.rank),
      text(d.label),
      text(d.building),
      count(d.inspections),
      count(d.excellents),
      count(d.fails),
      score(d.meanScore),
      text(d.band ?? ""),
    ]);
  }
}

function banners(sheet: Sheet, lang: Lang, list: readonly Banner[]): void {
  if (list.length === 0) return;
  const [first] = list;
  sheet.row([text(t(lang, "rank.banner"))], true);
  header(sheet, lang, [
    "rank.col.month",
    first?.for === "buildings" ? "col.building" : "col.dorm",
    "rank.col.winners",
  ]);
  const sep = lang === "zh" ? "、" : ", ";
  for (const b of list) {
    const names = b.winners.map((w) => w.label).join(sep);
    sheet.row([
      text(periodName(monthPeriod(b.month), lang)),
      count(b.winners.length),
      text(names === "" ? t(lang, "outcome.none") : names),
    ]);
  }
}

function block(sheet: Sheet, lang: Lang, r: Rankings, monthly: readonly Banner[]): void {
  sheet.row([text(periodName(r.period, lang)), text(t(lang, `rank.basis.${r.basis}`))], true);
  const a = r.all;
  sheet.row([text(""), ...GROUP_COLUMNS.slice(2).map((k) => text(t(lang, k)))], true);
  sheet.row([
    text(t(lang, "rank.all")),
    count(a.dorms),
    count(a.inspections),
    share(a.excellentRate),
    share(a.passRate),
    share(a.failRate),
    score(a.meanScore),
    count(a.nobodyIn),
  ]);
  sheet.blank();
  groups(sheet, lang, "rank.byBuilding", "buildings", r.buildings);
  sheet.blank();
  groups(sheet, lang, "rank.byYear", "years", r.years);
  if (r.branches.length > 0) {
    sheet.blank();
    groups(sheet, lang, "rank.byBranch", "branches", r.branches);
  }
  sheet.blank();
  dorms(sheet, lang, t(lang, "rank.top", { n: r.top.length }), r.top);
  sheet.blank();
  dorms(sheet, lang, t(lang, "rank.bottom", { n: r.bottom.length }), r.bottom);
  if (r.bands.length > 0) {
    sheet.blank();
    sheet.row([text(t(lang, "rank.bands"))], true);
    header(sheet, lang, ["rank.col.band", "rank.col.dorms"]);
    for (const band of r.bands) sheet.row([text(band.name), count(band.dorms)]);
  }
  if (monthly.length > 0) {
    sheet.blank();
    banners(sheet, lang, monthly);
  }
}

/**
 * The Rankings tab of a semester's evaluation: the semester's rankings with every month's banner,
 * then each inspected month's rankings with its own banner. Internal (it names branches): the
 * tab lives in the workbook, beside the members' names.
 *
 * @example
 * rankingsSheet(evaluation, records, "zh").values[0]?.[0] //=> "排名与流动红旗：2025-2026学年第一学期"
 */
export function rankingsSheet(
  evaluation: Evaluation,
  records: Pick<Records, "members" | "nobodyIn">,
  lang: Lang,
): RankingsSheet {
  const sheet = new Sheet();
  sheet.row([text(t(lang, "rank.title", { semester: semesterName(evaluation.semester.id, lang) }))], true);
  const months = inspectedMonths(evaluation);
  const monthly = months.map((month) => banner(evaluation, records, month));
  if (monthly[0]) {
    sheet.row([
      text(
        t(lang, "rank.bannerNote", {
          quota: monthly.map((b) => b.quota).join("/"),
          candidates: monthly.map((b) => b.candidates).join("/"),
        }),
      ),
    ]);
  }
  sheet.blank();
  const periods: Period[] = [semesterPeriod(evaluation), ...months.map(monthPeriod)];
  periods.forEach((period, i) => {
    if (i > 0) sheet.blank();
    block(sheet, lang, rankings(evaluation, records, period), i === 0 ? monthly : monthly.slice(i - 1, i));
  });
  return {
    name: t(lang, "tab.rankings"),
    values: sheet.values,
    formats: sheet.formats,
    bold: sheet.bold,
    widths: [8, 18, 12, 12, 12, 12, 12, 12, 12],
  };
}
