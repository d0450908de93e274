import type { Lang } from "../../engine/labels.ts";
import { periodName } from "../../workbook/rankings-labels.ts";
import {
  type CellValue,
  type Column,
  documentOf,
  esc,
  key,
  para,
  type RenderOptions,
  table,
} from "../html.ts";
import { t } from "../labels.ts";
import { writtenDate } from "../official.ts";
import { percent } from "../words.ts";
import type { CollegeLine, RollupModel, SchoolDorm } from "./model.ts";

const score = (value: number | undefined): CellValue => (value === undefined ? "—" : value.toFixed(1));
const rank = (value: number | undefined): CellValue => value ?? "—";

/** The colleges table's columns and rows: ranks, figures, rates, mean score and, for a semester, grades. */
export function collegeTable(model: RollupModel, lang: Lang): { columns: Column[]; rows: CellValue[][] } {
  const semester = model.period.kind === "semester";
  const columns: Column[] = [
    { label: t(lang, "rollup.col.excellentRank"), num: true },
    key(t(lang, "rollup.col.college")),
    { label: t(lang, "rank.col.dorms"), num: true },
    { label: t(lang, "rollup.col.inspected"), num: true },
    { label: t(lang, "out.inspections"), num: true },
    { label: t(lang, "rank.col.excellentRate"), num: true },
    { label: t(lang, "rank.col.passRate"), num: true },
    { label: t(lang, "rank.col.failRate"), num: true },
    { label: t(lang, "rollup.col.failRank"), num: true },
    { label: t(lang, "out.meanScore"), num: true },
    ...(semester
      ? [
          { label: t(lang, "rollup.col.excellentDorms"), num: true },
          { label: t(lang, "rollup.col.failDorms"), num: true },
        ]
      : []),
  ];
  const rows = model.colleges.map((c: CollegeLine): CellValue[] => [
    rank(c.excellentRank),
    c.name,
    c.dorms,
    c.inspected,
    c.inspections,
    percent(c.excellentRate),
    percent(c.passRate),
    percent(c.failRate),
    rank(c.failRank),
    score(c.meanScore),
    ...(semester ? [c.grades?.excellent ?? 0, c.grades?.fail ?? 0] : []),
  ]);
  return { columns, rows };
}

function dormTable(
  list: readonly SchoolDorm[],
  lang: Lang,
  flavour: RenderOptions["charts"] & string,
): string {
  return table(
    [
      { label: t(lang, "rank.col.rank"), num: true },
      key(t(lang, "rollup.col.college")),
      key(t(lang, "col.dorm")),
      key(t(lang, "col.building")),
      { label: t(lang, "out.inspections"), num: true },
      { label: t(lang, "out.meanScore"), num: true },
    ],
    list.map((d) => [d.rank, d.college, d.label, d.building, d.inspections, score(d.meanScore)]),
    flavour,
  );
}

/**
 * The roll-up's title: the period and what it is.
 *
 * @example
 * rollupTitle(model, "zh") //=> "2025-2026学年第一学期各学院学生宿舍检查情况汇总"
 */
export function rollupTitle(model: RollupModel, lang: Lang): string {
  return t(lang, "rollup.title", { period: periodName(model.period, lang) });
}

/**
 * The school's roll-up as a complete HTML document, for the student-affairs office to post: the
 * school's figures, the colleges ranked by 优秀率 and 不合格率, and the school's best and worst
 * dorms. Every user string is escaped.
 *
 * @example
 * renderRollup(rollupModel(departments, period), "zh") //=> "<!DOCTYPE html>…"
 */
export function renderRollup(model: RollupModel, lang: Lang, options: RenderOptions = {}): string {
  const flavour = options.charts ?? "svg";
  const title = rollupTitle(model, lang);
  const s = model.school;
  const { columns, rows } = collegeTable(model, lang);
  const body = [
    `<h1>${esc(title)}</h1>`,
    para(
      t(lang, "rollup.intro", {
        count: model.colleges.length,
        names: model.colleges.map((c) => c.name).join(t(lang, "report.sep")),
      }),
      "",
    ),
    para(
      t(lang, "rollup.school", {
        inspections: s.inspections,
        inspected: s.inspected,
        excellent: percent(s.excellentRate),
        pass: percent(s.passRate),
        fail: percent(s.failRate),
        mean: String(score(s.meanScore)),
      }),
      "",
    ),
    `<h2>${esc(t(lang, "rollup.sec.colleges"))}</h2>`,
    table(columns, rows, flavour),
    `<h2>${esc(t(lang, "rollup.sec.top", { n: model.top.length }))}</h2>`,
    dormTable(model.top, lang, flavour),
    `<h2>${esc(t(lang, "rollup.sec.bottom", { n: model.bottom.length }))}</h2>`,
    dormTable(model.bottom, lang, flavour),
    para(
      `${t(lang, "poster.asOf", { date: writtenDate(model.today, lang) })}。${t(lang, "rollup.note")}`,
      "note",
    ),
  ].join("\n");
  return documentOf(lang, title, body);
}
