import type { Grade } from "../../engine/dorm-result.ts";
import type { Lang } from "../../engine/labels.ts";
import { semesterName } from "../../engine/semester.ts";
import { SETTING_SPECS } from "../../engine/settings.ts";
import { gradeLabel } from "../../engine/wording.ts";
import { columns, stackedBars } from "../charts.ts";
import {
  type CellValue,
  type ChartFlavour,
  type Column,
  documentOf,
  esc,
  figures,
  html,
  items,
  key,
  LEVEL_COLORS,
  para,
  type RenderOptions,
  table,
} from "../html.ts";
import { t } from "../labels.ts";
import type { Notice } from "../source.ts";
import {
  categoryLabel,
  conditionLabel,
  listOf,
  percent,
  qualityRows,
  statusLabel,
  tabLabel,
  yearLabel,
} from "../words.ts";
import type { DormConsequence, ReportModel } from "./model.ts";

const GRADES: readonly Grade[] = ["excellent", "pass", "fail", "none"];

/** A short date for lists of dates within one semester: 09-04. */
const short = (iso: string) => iso.slice(5);

/** Items listed the language's way, none broken inside. */
export const list = (values: readonly string[], lang: Lang): CellValue =>
  items(values, t(lang, "report.sep"));

/**
 * A grade with its colour, as safe markup.
 *
 * @example
 * gradeCell("fail", "zh") //=> { html: '<span class="level-fail">不合格</span>' }
 */
export function gradeCell(grade: Grade, lang: Lang): CellValue {
  return html(`<span class="level-${grade}">${esc(gradeLabel(grade, lang))}</span>`);
}

/** The cover of a report or bulletin: department, title, period and edition. */
export function cover(
  lang: Lang,
  parts: {
    department: string;
    title: string;
    period: string;
    today: string;
    edition: ReportModel["edition"];
  },
): string {
  return `<header class="cover">${parts.department ? `<p class="dept">${esc(parts.department)}</p>` : ""}<h1>${esc(parts.title)}</h1><p class="meta">${esc(parts.period)} · ${esc(t(lang, "report.asOf", { date: parts.today }))}</p><span class="edition edition-${parts.edition}">${esc(t(lang, `report.edition.${parts.edition}`))}</span></header>`;
}

/** A section heading, then its content or "None". */
export function section(title: string, content: string, level: 2 | 3 = 2): string {
  return `<h${level}>${esc(title)}</h${level}>${content}`;
}

/** A table, or the word "None" when it has no row. */
export function tableOrNone(
  lang: Lang,
  cols: readonly Column[],
  rows: readonly (readonly CellValue[])[],
  flavour: ChartFlavour,
): string {
  return rows.length === 0 ? para(t(lang, "report.empty"), "empty") : table(cols, rows, flavour);
}

/** Columns and cells for "who": names in the internal edition, a count in the public one. */
export function whoColumn(lang: Lang, internal: boolean): Column {
  return internal
    ? { label: t(lang, "report.col.members") }
    : { label: t(lang, "report.col.memberCount"), num: true };
}

export function whoCell(lang: Lang, line: Pick<Notice, "people" | "count">, internal: boolean): CellValue {
  return internal
    ? list(
        line.people.map((p) => p.name),
        lang,
      )
    : line.count;
}

function headline(model: ReportModel, lang: Lang, flavour: ChartFlavour): string {
  const h = model.headline;
  const m = h.members;
  const members = [
    `${statusLabel("full", lang)} ${m.full}`,
    `${statusLabel("probationary", lang)} ${m.probationary}`,
    `${statusLabel("candidate", lang)} ${m.candidate}`,
    `${statusLabel("activist", lang)} ${m.activist}`,
  ];
  return figures(
    [
      {
        label: t(lang, "report.fig.plaqued"),
        value: String(h.plaqued),
        note: `${t(lang, "report.fig.memberDorms")} ${h.memberDorms} · ${t(lang, "report.fig.dorms", { count: h.dorms })}`,
      },
      {
        label: t(lang, "report.fig.inspections"),
        value: String(h.inspections),
        note: t(lang, "report.fig.passRateNote", { fails: h.fails }),
      },
      { label: t(lang, "report.fig.passRate"), value: percent(h.passRate) },
      {
        label: t(lang, "report.fig.excellentDorms"),
        value: String(h.grades.excellent),
        note: t(lang, "report.fig.failDorms", { count: h.grades.fail }),
      },
      {
        label: t(lang, "report.fig.members"),
        value: String(m.full + m.probationary),
        note: listOf(members, lang),
      },
      {
        label: t(lang, "report.fig.notices"),
        value: String(h.criticisms + h.praises),
        note: t(lang, "report.fig.noticesNote", { criticisms: h.criticisms, praises: h.praises }),
      },
      {
        label: t(lang, "report.fig.visits"),
        value: String(h.visits),
        note: t(lang, "report.fig.visitsNote", { count: model.visits.below.length }),
      },
      { label: t(lang, "report.fig.warnings"), value: String(h.warnings) },
    ],
    flavour,
  );
}

function buildings(model: ReportModel, lang: Lang, flavour: ChartFlavour): string {
  const chart = stackedBars(
    t(lang, "report.sec.buildings"),
    model.buildings.map((b) => ({
      label: b.building || "—",
      segments: GRADES.map((g) => ({
        name: gradeLabel(g, lang),
        value: b.grades[g],
        color: LEVEL_COLORS[g],
      })),
    })),
    flavour,
  );
  const rows = model.buildings.map((b): CellValue[] => [
    b.building || "—",
    b.dorms,
    ...GRADES.map((g) => b.grades[g]),
    b.inspections,
    b.fails,
  ]);
  return (
    chart +
    table(
      [
        key(t(lang, "col.building")),
        { label: t(lang, "report.col.dorms"), num: true },
        ...GRADES.map((g) => ({ label: gradeLabel(g, lang), num: true })),
        { label: t(lang, "out.inspections"), num: true },
        { label: t(lang, "out.fails"), num: true },
      ],
      rows,
      flavour,
    )
  );
}

function weeks(model: ReportModel, lang: Lang, flavour: ChartFlavour): string {
  if (model.weeks.length === 0) return para(t(lang, "report.empty"), "empty");
  return (
    columns(
      t(lang, "report.sec.weeks"),
      model.weeks.map((w) => ({ label: short(w.weekOf), value: w.fails, sub: String(w.inspections) })),
      LEVEL_COLORS.fail,
      flavour,
    ) + para(t(lang, "report.weeksNote"))
  );
}

function honours(model: ReportModel, lang: Lang, flavour: ChartFlavour, internal: boolean): string {
  const { excellentDorms, priority, praise } = model.honours;
  const dormCols: Column[] = [key(t(lang, "col.dorm")), key(t(lang, "col.building"))];
  const excellent = tableOrNone(
    lang,
    [
      ...dormCols,
      { label: t(lang, "out.inspections"), num: true },
      { label: t(lang, "out.excellents"), num: true },
    ],
    excellentDorms.map((d) => [d.dorm.label, d.dorm.building, d.inspections, d.excellents]),
    flavour,
  );
  const priorityTable = internal
    ? tableOrNone(
        lang,
        [
          key(t(lang, "col.name")),
          key(t(lang, "col.studentId")),
          key(t(lang, "col.status")),
          key(t(lang, "col.dorm")),
        ],
        priority.flatMap((line) =>
          line.people.map((p) => [p.name, p.studentId, statusLabel(p.status, lang), line.dorm.label]),
        ),
        flavour,
      )
    : tableOrNone(
        lang,
        [...dormCols, whoColumn(lang, false)],
        priority.map((line) => [line.dorm.label, line.dorm.building, line.count]),
        flavour,
      );
  const praiseTable = tableOrNone(
    lang,
    [...dormCols, { label: t(lang, "report.col.dates") }, whoColumn(lang, internal)],
    praise.map((p) => [
      p.dorm.label,
      p.dorm.building,
      list(p.dates.map(short), lang),
      whoCell(lang, p, internal),
    ]),
    flavour,
  );
  return [
    section(t(lang, "report.sub.excellentDorms"), excellent, 3),
    section(t(lang, "report.sub.priority"), priorityTable, 3),
    section(t(lang, "report.sub.praise"), praiseTable, 3),
  ].join("");
}

function consequenceTable(
  lines: readonly DormConsequence[],
  lang: Lang,
  flavour: ChartFlavour,
  internal: boolean,
  extra?: { label: string; cell: (line: DormConsequence) => CellValue },
): string {
  return tableOrNone(
    lang,
    [
      key(t(lang, "col.dorm")),
      key(t(lang, "col.building")),
      { label: t(lang, "report.col.evidence") },
      whoColumn(lang, internal),
      ...(extra ? [{ label: extra.label }] : []),
    ],
    lines.map((line) => [
      line.dorm.label,
      line.dorm.building,
      list(
        line.evidence.map((e) => short(e.date)),
        lang,
      ),
      whoCell(lang, line, internal),
      ...(extra ? [extra.cell(line)] : []),
    ]),
    flavour,
  );
}

/**
 * A table of praise or criticism notices: date, dorm, building, category and who was named.
 *
 * @example
 * noticeTable(model.consequences.criticisms, "zh", true, "svg")
 */
export function noticeTable(
  notices: readonly Notice[],
  lang: Lang,
  internal: boolean,
  flavour: ChartFlavour,
): string {
  return tableOrNone(
    lang,
    [
      key(t(lang, "col.date")),
      key(t(lang, "col.dorm")),
      key(t(lang, "col.building")),
      key(t(lang, "col.category")),
      whoColumn(lang, internal),
    ],
    notices.map((n) => [
      n.inspection.date,
      n.dorm.label,
      n.dorm.building,
      categoryLabel(n.inspection.category, lang),
      whoCell(lang, n, internal),
    ]),
    flavour,
  );
}

function consequences(model: ReportModel, lang: Lang, flavour: ChartFlavour, internal: boolean): string {
  const c = model.consequences;
  const criticisms = noticeTable(c.criticisms, lang, internal, flavour);
  const actions = tableOrNone(
    lang,
    [
      key(t(lang, "col.dorm")),
      whoColumn(lang, internal),
      ...(internal ? [key(t(lang, "col.contact"))] : []),
      key(t(lang, "report.col.deadline")),
    ],
    c.actions.map((line) => [
      line.dorm.label,
      whoCell(lang, line, internal),
      ...(internal
        ? [list([...new Set(line.people.map((p) => p.contact).filter((x) => x !== ""))], lang)]
        : []),
      line.deadline ?? "",
    ]),
    flavour,
  );
  return [
    section(t(lang, "report.sub.criticism"), criticisms, 3),
    section(t(lang, "report.sub.revoked"), consequenceTable(c.revoked, lang, flavour, internal), 3),
    section(t(lang, "report.sub.assessment"), consequenceTable(c.assessments, lang, flavour, internal), 3),
    section(
      t(lang, "report.sub.probation"),
      consequenceTable(c.probation, lang, flavour, internal, {
        label: t(lang, "out.action"),
        cell: () => t(lang, "outcome.probationUnqualified"),
      }),
      3,
    ),
    section(t(lang, "report.sub.actions"), para(t(lang, "report.actionsNote")) + actions, 3),
  ].join("");
}

function warnings(model: ReportModel, lang: Lang, flavour: ChartFlavour): string {
  return tableOrNone(
    lang,
    [key(t(lang, "col.dorm")), key(t(lang, "col.building")), { label: t(lang, "out.warning") }],
    model.warnings.map((w) => [
      w.dorm.label,
      w.dorm.building,
      w.kind === "streak"
        ? t(lang, "warning.streak", { limit: w.limit })
        : t(lang, "warning.total", { fails: w.fails }),
    ]),
    flavour,
  );
}

function reviews(model: ReportModel, lang: Lang, flavour: ChartFlavour, internal: boolean): string {
  const r = model.reviews;
  const intro = para(`${t(lang, "report.reviewNote")} ${t(lang, "report.reviewCount", { count: r.total })}`);
  if (!internal) {
    return (
      intro +
      table(
        [key(t(lang, "out.grade")), { label: t(lang, "report.col.people"), num: true }],
        GRADES.map((g) => [gradeCell(g, lang), r.byGrade[g]]),
        flavour,
      )
    );
  }
  return (
    intro +
    tableOrNone(
      lang,
      [
        key(t(lang, "col.name")),
        key(t(lang, "col.studentId")),
        key(t(lang, "col.status")),
        key(t(lang, "col.dorm")),
        key(t(lang, "out.grade")),
        { label: t(lang, "out.fails"), num: true },
        { label: t(lang, "out.excellents"), num: true },
      ],
      r.people.map((p) => [
        p.person.name,
        p.person.studentId,
        statusLabel(p.person.status, lang),
        p.dorm.label,
        gradeCell(p.grade, lang),
        p.fails,
        p.excellents,
      ]),
      flavour,
    )
  );
}

function visits(model: ReportModel, lang: Lang, flavour: ChartFlavour, internal: boolean): string {
  const v = model.visits;
  const colors = { met: LEVEL_COLORS.excellent, below: "#d4a72c", never: LEVEL_COLORS.fail };
  const chart = stackedBars(
    t(lang, "report.sub.coverage"),
    v.byYear.map((y) => ({
      label: yearLabel(y.year, lang),
      segments: [
        { name: t(lang, "report.legend.met", { required: v.required }), value: y.met, color: colors.met },
        { name: t(lang, "report.legend.below"), value: y.below, color: colors.below },
        { name: t(lang, "report.legend.never"), value: y.never, color: colors.never },
      ],
    })),
    flavour,
  );
  const byYear = table(
    [
      key(t(lang, "col.year")),
      { label: t(lang, "report.col.dorms"), num: true },
      { label: t(lang, "report.col.met"), num: true },
      { label: t(lang, "report.col.below"), num: true },
      { label: t(lang, "report.col.never"), num: true },
      { label: t(lang, "out.visits"), num: true },
    ],
    v.byYear.map((y) => [yearLabel(y.year, lang), y.dorms, y.met, y.below, y.never, y.visits]),
    flavour,
  );
  const below = tableOrNone(
    lang,
    [
      key(t(lang, "col.dorm")),
      key(t(lang, "col.building")),
      key(t(lang, "col.year")),
      { label: t(lang, "out.visits"), num: true },
      { label: t(lang, "report.col.dates") },
    ],
    v.below.map((b) => [
      b.dorm.label,
      b.dorm.building,
      yearLabel(b.dorm.year, lang),
      b.count,
      list(b.dates.map(short), lang),
    ]),
    flavour,
  );
  const findings = internal
    ? section(
        t(lang, "report.sub.findings"),
        tableOrNone(
          lang,
          [
            { label: t(lang, "col.findings"), width: "22%" },
            { label: t(lang, "col.followUp"), width: "16%" },
            { label: t(lang, "out.visits"), num: true },
            { label: t(lang, "report.col.visitedDorms") },
          ],
          v.findings.map((f) => [
            f.findings,
            f.followUp,
            f.visits.length,
            list(
              f.visits.map((x) => t(lang, "report.dormOnDate", { dorm: x.dorm.label, date: short(x.date) })),
              lang,
            ),
          ]),
          flavour,
        ),
        3,
      )
    : "";
  const perRow = 8;
  const cells = v.dorms.map(
    (d) =>
      `<td${d.count < v.required ? ' class="level-fail"' : ""}>${esc(d.dorm.label)}</td><td class="count${d.count < v.required ? " level-fail" : ""}">${d.count}</td>`,
  );
  const countRows: string[] = [];
  for (let i = 0; i < cells.length; i += perRow)
    countRows.push(`<tr>${cells.slice(i, i + perRow).join("")}</tr>`);
  const counts = `<table class="counts"${flavour === "html" ? ' border="1" cellspacing="0" cellpadding="2"' : ""}>${countRows.join("")}</table>`;
  return [
    chart,
    byYear,
    section(t(lang, "report.sub.belowVisits", { required: v.required }), below, 3),
    findings,
    section(t(lang, "report.sub.visitCounts"), counts, 3),
  ].join("");
}

function plaques(model: ReportModel, lang: Lang, flavour: ChartFlavour): string {
  const rows = (["hang", "takeDown", "reissue"] as const).flatMap((action) =>
    model.plaques[action].map((p) => [
      p.dorm.label,
      p.dorm.building,
      t(lang, `plaque.${action}`),
      conditionLabel(p.condition, lang),
    ]),
  );
  return tableOrNone(
    lang,
    [
      key(t(lang, "col.dorm")),
      key(t(lang, "col.building")),
      { label: t(lang, "report.col.what") },
      { label: t(lang, "col.plaqueCondition") },
    ],
    rows,
    flavour,
  );
}

function talks(model: ReportModel, lang: Lang, flavour: ChartFlavour, internal: boolean): string {
  const k = model.talks;
  const intro =
    para(t(lang, "report.talkRule", { days: k.days })) +
    para(
      `${t(lang, "report.talkCounts", { total: k.total, followed: k.followed })}${k.pending > 0 ? ` ${t(lang, "report.talkPending", { count: k.pending })}` : ""}`,
    );
  return (
    intro +
    tableOrNone(
      lang,
      [
        key(t(lang, "col.date")),
        key(t(lang, "col.dorm")),
        key(t(lang, "col.category")),
        key(t(lang, "report.col.due")),
        ...(internal ? [{ label: t(lang, "report.col.members") }] : []),
      ],
      k.missed.map((m) => [
        m.inspection.date,
        m.dorm.label,
        categoryLabel(m.inspection.category, lang),
        m.due,
        ...(internal
          ? [
              list(
                m.people.map((p) => p.name),
                lang,
              ),
            ]
          : []),
      ]),
      flavour,
    )
  );
}

function quality(model: ReportModel, lang: Lang, flavour: ChartFlavour, internal: boolean): string {
  if (!internal) {
    return tableOrNone(
      lang,
      [
        key(t(lang, "report.col.tab")),
        { label: t(lang, "report.col.skipped"), num: true },
        { label: t(lang, "report.col.noted"), num: true },
      ],
      model.quality.map((q) => [tabLabel(q.tab, lang), q.skipped, q.noted]),
      flavour,
    );
  }
  return tableOrNone(
    lang,
    [
      key(t(lang, "report.col.tab")),
      { label: t(lang, "report.col.row"), num: true },
      { label: t(lang, "report.col.problem") },
      { label: "" },
    ],
    qualityRows(model.quality, lang),
    flavour,
  );
}

function basis(model: ReportModel, lang: Lang): string {
  const s = model.settings;
  const shown = SETTING_SPECS.filter(
    (spec) => !["department", "currentSemester", "language"].includes(spec.key),
  );
  const items = shown.map((spec) => {
    const value = s[spec.key];
    const text = spec.kind === "share" && typeof value === "number" ? percent(value) : String(value ?? "");
    return `${t(lang, spec.label)} ${text}`;
  });
  const lines = [listOf(items, lang)];
  if (model.edition === "public") lines.push(t(lang, "report.publicNote"));
  return `<footer class="basis"><h3>${esc(t(lang, "report.sec.basis"))}</h3>${lines.map((l) => para(l)).join("")}</footer>`;
}

/**
 * The semester report as a complete HTML document: print-friendly A4, inline CSS, inline charts,
 * and every user string (names, dorms, notes) escaped as text. `charts: "html"` draws the charts
 * as coloured text bars for Apps Script's HTML → PDF converter; the default is SVG.
 *
 * @example
 * renderReport(reportModel(grading, { edition: "public" }), "zh", { charts: "svg" })
 * //=> "<!DOCTYPE html>\n<html lang=\"zh-CN\">…"
 */
export function renderReport(model: ReportModel, lang: Lang, options: RenderOptions = {}): string {
  const flavour = options.charts ?? "svg";
  const internal = model.edition === "internal";
  const title = t(lang, "report.title");
  const body = [
    cover(lang, {
      department: model.department,
      title,
      period: t(lang, "report.semesterPeriod", {
        semester: semesterName(model.semester.id, lang),
        from: model.semester.first,
        to: model.semester.last,
      }),
      today: model.today,
      edition: model.edition,
    }),
    section(t(lang, "report.sec.headline"), headline(model, lang, flavour)),
    section(t(lang, "report.sec.buildings"), buildings(model, lang, flavour)),
    section(t(lang, "report.sec.weeks"), weeks(model, lang, flavour)),
    section(t(lang, "report.sec.honours"), honours(model, lang, flavour, internal)),
    section(t(lang, "report.sec.consequences"), consequences(model, lang, flavour, internal)),
    section(t(lang, "report.sec.warnings"), warnings(model, lang, flavour)),
    section(t(lang, "report.sec.reviews"), reviews(model, lang, flavour, internal)),
    section(t(lang, "report.sec.visits"), visits(model, lang, flavour, internal)),
    section(t(lang, "report.sec.plaques"), plaques(model, lang, flavour)),
    section(t(lang, "report.sec.talks"), talks(model, lang, flavour, internal)),
    section(t(lang, "report.sec.quality"), quality(model, lang, flavour, internal)),
    basis(model, lang),
  ].join("\n");
  const fullTitle = [model.department, title, semesterName(model.semester.id, lang)]
    .filter((x) => x)
    .join(" ");
  return documentOf(lang, fullTitle, body);
}
