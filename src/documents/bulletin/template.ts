import type { Lang } from "../../engine/labels.ts";
import {
  type CellValue,
  type Column,
  documentOf,
  esc,
  figures,
  html,
  key,
  para,
  type RenderOptions,
  table,
} from "../html.ts";
import { t } from "../labels.ts";
import { cover, list, noticeTable, section, tableOrNone } from "../report/template.ts";
import { categoryLabel, levelLabel, percent } from "../words.ts";
import type { BulletinModel } from "./model.ts";

/**
 * The bulletin (通报) of a period as a complete HTML document, in the same style as the semester
 * report. The inspections table marks each row with its sheet row (`data-row`), so a reader can
 * find it on the Inspections tab.
 *
 * @example
 * renderBulletin(bulletinModel(grading, { edition: "internal", from: "2025-09-01", to: "2025-09-07" }), "zh")
 */
export function renderBulletin(model: BulletinModel, lang: Lang, options: RenderOptions = {}): string {
  const flavour = options.charts ?? "svg";
  const internal = model.edition === "internal";
  const title = t(lang, "report.bulletinTitle");
  const totals = model.totals;
  const head = figures(
    [
      { label: t(lang, "report.fig.inspections"), value: String(totals.inspections) },
      { label: t(lang, "report.fig.dormsInspected"), value: String(totals.dorms) },
      { label: t(lang, "out.excellents"), value: String(totals.excellents) },
      {
        label: t(lang, "report.fig.passRate"),
        value: percent(totals.passRate),
        note: t(lang, "report.fig.passRateNote", { fails: totals.fails }),
      },
    ],
    flavour,
  );
  const reached = tableOrNone(
    lang,
    [
      key(t(lang, "col.date")),
      key(t(lang, "col.dorm")),
      { label: t(lang, "report.col.what") },
      { label: t(lang, "report.col.memberCount"), num: true },
    ],
    model.reached.map((r) => [
      r.date,
      r.dorm.label,
      r.kind === "streak"
        ? t(lang, "report.reached.streak", { limit: r.limit })
        : t(lang, "report.reached.total", { limit: r.limit, deadline: r.deadline ?? "" }),
      r.count,
    ]),
    flavour,
  );
  const dormCols: Column[] = [key(t(lang, "col.dorm")), key(t(lang, "col.building"))];
  const excellent = tableOrNone(
    lang,
    [...dormCols, { label: t(lang, "out.excellents"), num: true }],
    model.excellentDorms.map((d) => [d.dorm.label, d.dorm.building, d.excellents]),
    flavour,
  );
  const failing = tableOrNone(
    lang,
    [...dormCols, { label: t(lang, "out.fails"), num: true }, key(t(lang, "col.category"))],
    model.failDorms.map((d) => [
      d.dorm.label,
      d.dorm.building,
      d.fails,
      list(
        d.categories.map((c) => categoryLabel(c, lang)),
        lang,
      ),
    ]),
    flavour,
  );
  const inspectionCols: Column[] = [
    key(t(lang, "col.date")),
    key(t(lang, "col.dorm")),
    key(t(lang, "col.building")),
    key(t(lang, "col.category")),
    key(t(lang, "col.result")),
    { label: t(lang, "col.score"), num: true },
    ...(internal ? [{ label: t(lang, "col.inspector") }, { label: t(lang, "col.notes") }] : []),
  ];
  const inspectionRows = model.inspections.map((i): CellValue[] => [
    i.date,
    i.dorm.label,
    i.dorm.building,
    categoryLabel(i.category, lang),
    html(`<span class="level-${i.level}">${esc(levelLabel(i.level, lang))}</span>`),
    i.score ?? "",
    ...(internal ? [i.inspector, i.notes] : []),
  ]);
  const inspections =
    inspectionRows.length === 0
      ? para(t(lang, "report.empty"), "empty")
      : table(
          inspectionCols,
          inspectionRows,
          flavour,
          (r) => ` data-row="${model.inspections[r]?.row ?? ""}"`,
        );

  const body = [
    cover(lang, {
      department: model.department,
      title,
      period: t(lang, "report.period", { from: model.from, to: model.to }),
      today: model.today,
      edition: model.edition,
    }),
    head,
    section(t(lang, "report.sub.criticism"), noticeTable(model.criticism, lang, internal, flavour)),
    section(t(lang, "report.sub.praise"), noticeTable(model.praise, lang, internal, flavour)),
    section(t(lang, "report.sec.reached"), reached),
    section(t(lang, "report.sub.failDorms"), failing),
    section(t(lang, "report.sub.excellentDorms"), excellent),
    section(t(lang, "report.sec.inspections"), inspections),
    internal ? "" : `<footer class="basis">${para(t(lang, "report.publicNote"))}</footer>`,
  ].join("\n");
  const fullTitle = [model.department, title, t(lang, "report.period", { from: model.from, to: model.to })]
    .filter((x) => x)
    .join(" ");
  return documentOf(lang, fullTitle, body);
}
