import type { Lang } from "../../engine/labels.ts";
import { gradeLabel } from "../../engine/wording.ts";
import { t } from "../labels.ts";
import { writtenDate } from "../official.ts";
import { evidenceWords } from "../parts.ts";
import {
  categoryLabel,
  conditionLabel,
  listOf,
  namesOf,
  statusLabel,
  tabLabel,
  yearLabel,
} from "../words.ts";
import type { DormConsequence, ReportModel } from "./model.ts";
import { reportTitle } from "./template.ts";

export type Cell = string | number;

export type FontWeight = "bold" | "normal";

/** Number formats of the Report tab: text stays as typed, counts and shares are numbers. */
export const FORMATS = { text: "@", count: "0", share: "0.0%" } as const;

/**
 * The Report tab as a document: a title row to merge across the width, then each section's
 * heading, its table header and its rows, one blank row between sections. Values, number formats
 * and bold marks are rectangles of the same size, so the add-on writes each in one call.
 */
export interface ReportSheet {
  readonly width: number;
  /** Pixel width of each column. */
  readonly columnWidths: readonly number[];
  readonly values: readonly (readonly Cell[])[];
  readonly formats: readonly (readonly string[])[];
  /** "bold" for the title, section headings and table headers; "normal" elsewhere. */
  readonly weights: readonly (readonly FontWeight[])[];
}

const WIDTH = 8;
const COLUMN_WIDTHS = [120, 110, 100, 100, 170, 150, 100, 120];
const GRADES = ["excellent", "pass", "fail", "none"] as const;
const STATUSES = ["full", "probationary", "candidate", "activist", "nonMember"] as const;

/** A cell with its number format: a share keeps its fraction and shows as a percentage. */
type Typed = Cell | { readonly share: number | undefined };

class SheetBuilder {
  readonly values: Cell[][] = [];
  readonly formats: string[][] = [];
  readonly weights: FontWeight[][] = [];

  row(cells: readonly Typed[], bold = false): void {
    const values: Cell[] = [];
    const formats: string[] = [];
    for (let i = 0; i < WIDTH; i++) {
      const cell = cells[i] ?? "";
      if (typeof cell === "object") {
        values.push(cell.share ?? "");
        formats.push(cell.share === undefined ? FORMATS.text : FORMATS.share);
      } else {
        values.push(cell);
        formats.push(typeof cell === "number" ? FORMATS.count : FORMATS.text);
      }
    }
    this.values.push(values);
    this.formats.push(formats);
    this.weights.push(values.map((): FontWeight => (bold ? "bold" : "normal")));
  }

  section(lang: Lang, title: string, header: readonly string[], body: readonly (readonly Typed[])[]): void {
    this.row([]);
    this.row([title], true);
    this.row(header, true);
    if (body.length === 0) this.row([t(lang, "report.empty")]);
    for (const r of body) this.row(r);
  }
}

/**
 * The internal report as the Report tab shows it: every list in full (the PDF cuts long ones and
 * points here or to the output columns), numbers as numbers, shares as percentages.
 *
 * @example
 * reportSheet(reportModel(grading, { edition: "internal" }), "zh").values[0]?.[0]
 * //=> "关于2025-2026学年第一学期学生党员寝室挂牌检查情况的报告"
 */
export function reportSheet(model: ReportModel, lang: Lang): ReportSheet {
  const b = new SheetBuilder();
  const h = model.headline;
  const internal = model.internal;
  b.row([reportTitle(lang, model.edition, model.semester.id)], true);
  b.row([
    [model.header.issuer, model.header.number].filter((x) => x).join("　"),
    "",
    "",
    "",
    t(lang, "report.asOf", { date: writtenDate(model.today, lang) }),
  ]);
  b.section(
    lang,
    t(lang, "report.sec.headline"),
    [t(lang, "report.col.figure"), t(lang, "report.col.value")],
    [
      [t(lang, "report.fig.plaqued"), h.plaqued],
      [t(lang, "report.fig.memberDorms"), h.memberDorms],
      ...(internal ? STATUSES.map((s): Typed[] => [statusLabel(s, lang), internal.members[s]]) : []),
      [t(lang, "report.fig.inspections"), h.inspections],
      [t(lang, "out.fails"), h.fails],
      [t(lang, "report.fig.passRate"), { share: h.passRate }],
      ...GRADES.map((g): Typed[] => [`${t(lang, "out.grade")} ${gradeLabel(g, lang)}`, h.grades[g]]),
      [t(lang, "report.fig.visits"), h.visits],
      [t(lang, "report.sub.criticism"), h.criticisms],
      [t(lang, "report.sub.praise"), h.praises],
    ],
  );
  b.section(
    lang,
    t(lang, "doc.sub.buildings"),
    [
      t(lang, "doc.col.rank"),
      t(lang, "col.building"),
      t(lang, "report.col.dorms"),
      ...GRADES.map((g) => gradeLabel(g, lang)),
      t(lang, "report.fig.passRate"),
    ],
    [...model.buildings]
      .sort((x, y) => x.rank - y.rank)
      .map((l) => [l.rank, l.building, l.dorms, ...GRADES.map((g) => l.grades[g]), { share: l.passRate }]),
  );
  const dormHeader = [
    t(lang, "col.dorm"),
    t(lang, "col.building"),
    t(lang, "out.inspections"),
    t(lang, "out.excellents"),
    t(lang, "out.fails"),
  ];
  b.section(
    lang,
    t(lang, "report.sub.excellentDorms"),
    dormHeader,
    model.excellentDorms.map((d) => [d.dorm.label, d.dorm.building, d.inspections, d.excellents, d.fails]),
  );
  b.section(
    lang,
    t(lang, "report.sub.failDorms"),
    dormHeader,
    model.failDorms.map((d) => [d.dorm.label, d.dorm.building, d.inspections, d.excellents, d.fails]),
  );
  if (!internal) return done(b);

  const perPerson = (lines: readonly DormConsequence[], what: string, withDeadline: boolean): Typed[][] =>
    lines.flatMap((line) =>
      line.people.map((p) => [
        p.name,
        p.studentId,
        statusLabel(p.status, lang),
        line.dorm.label,
        what,
        listOf(
          line.evidence.map((e) => evidenceWords(e, lang, e.date)),
          lang,
        ),
        withDeadline ? (line.deadline ?? "") : "",
        p.contact,
      ]),
    );
  b.section(
    lang,
    t(lang, "report.sec.consequences"),
    [
      t(lang, "col.name"),
      t(lang, "col.studentId"),
      t(lang, "col.status"),
      t(lang, "col.dorm"),
      t(lang, "report.col.what"),
      t(lang, "report.col.evidence"),
      t(lang, "report.col.deadline"),
      t(lang, "col.contact"),
    ],
    [
      ...perPerson(internal.revoked, t(lang, "report.sub.revoked"), false),
      ...perPerson(internal.assessments, t(lang, "outcome.fullUnqualified"), true),
      ...perPerson(internal.probation, t(lang, "outcome.probationUnqualified"), true),
    ],
  );
  b.section(
    lang,
    t(lang, "report.sub.priority"),
    [t(lang, "col.name"), t(lang, "col.studentId"), t(lang, "col.status"), t(lang, "col.dorm")],
    internal.priority.flatMap((line) =>
      line.people.map((p) => [p.name, p.studentId, statusLabel(p.status, lang), line.dorm.label]),
    ),
  );
  b.section(
    lang,
    t(lang, "report.sec.warnings"),
    [t(lang, "col.dorm"), t(lang, "col.building"), t(lang, "out.warning")],
    internal.warnings.map((w) => [
      w.dorm.label,
      w.dorm.building,
      w.kind === "streak"
        ? t(lang, "warning.streak", { limit: w.limit })
        : t(lang, "warning.total", { fails: w.fails }),
    ]),
  );
  b.section(
    lang,
    t(lang, "report.sub.belowVisits", { required: model.coverage.required }),
    [t(lang, "col.dorm"), t(lang, "col.building"), t(lang, "col.year"), t(lang, "out.visits")],
    internal.visits.below.map((v) => [v.dorm.label, v.dorm.building, yearLabel(v.dorm.year, lang), v.count]),
  );
  b.section(
    lang,
    t(lang, "report.sec.plaques"),
    [
      t(lang, "col.dorm"),
      t(lang, "col.building"),
      t(lang, "report.col.what"),
      t(lang, "col.plaqueCondition"),
    ],
    (["hang", "takeDown", "reissue"] as const).flatMap((action) =>
      internal.plaques[action].map((p) => [
        p.dorm.label,
        p.dorm.building,
        t(lang, `plaque.${action}`),
        conditionLabel(p.condition, lang),
      ]),
    ),
  );
  b.section(
    lang,
    t(lang, "report.sec.talks"),
    [
      t(lang, "col.date"),
      t(lang, "col.dorm"),
      t(lang, "col.category"),
      t(lang, "report.col.due"),
      t(lang, "report.col.members"),
    ],
    internal.talks.missed.map((m) => [
      m.inspection.date,
      m.dorm.label,
      categoryLabel(m.inspection.category, lang),
      m.due,
      namesOf(m.people, lang),
    ]),
  );
  b.section(
    lang,
    t(lang, "report.sec.quality"),
    [t(lang, "report.col.tab"), t(lang, "report.col.row"), t(lang, "report.col.problem"), ""],
    internal.quality.flatMap((q) =>
      q.rows.map((r) => [
        tabLabel(q.tab, lang),
        r.row,
        r.message,
        t(lang, r.skipped ? "report.rowSkipped" : "report.rowNoted"),
      ]),
    ),
  );
  return done(b);
}

function done(b: SheetBuilder): ReportSheet {
  return {
    width: WIDTH,
    columnWidths: COLUMN_WIDTHS,
    values: b.values,
    formats: b.formats,
    weights: b.weights,
  };
}
