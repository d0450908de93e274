import type { Lang } from "../../engine/labels.ts";
import { semesterName } from "../../engine/semester.ts";
import { gradeLabel } from "../../engine/wording.ts";
import { t } from "../labels.ts";
import {
  categoryLabel,
  conditionLabel,
  listOf,
  namesOf,
  percent,
  qualityRows,
  statusLabel,
} from "../words.ts";
import type { DormConsequence, ReportModel } from "./model.ts";

export type Cell = string | number;

const GRADES = ["excellent", "pass", "fail", "none"] as const;
const STATUSES = ["full", "probationary", "candidate", "activist", "nonMember"] as const;

/**
 * The report's key tables as one rectangle of values, for the Report tab: written with a single
 * setValues, so every row has the same width. Values only: no formulas, nothing the sheet would
 * recalculate.
 *
 * @example
 * reportGrid(reportModel(grading, { edition: "internal" }), "zh")[0]?.[0] //=> "党员寝室挂牌制度学期报告"
 */
export function reportGrid(model: ReportModel, lang: Lang): Cell[][] {
  const rows: Cell[][] = [];
  const section = (title: string, header: readonly string[], body: readonly Cell[][]) => {
    rows.push([], [title], [...header]);
    if (body.length === 0) rows.push([t(lang, "report.empty")]);
    else rows.push(...body.map((r) => [...r]));
  };
  const h = model.headline;

  rows.push([
    t(lang, "report.title"),
    semesterName(model.semester.id, lang),
    t(lang, "report.asOf", { date: model.today }),
    model.department,
  ]);
  section(
    t(lang, "report.sec.headline"),
    [t(lang, "report.col.figure"), t(lang, "report.col.value")],
    [
      [t(lang, "report.fig.plaqued"), h.plaqued],
      [t(lang, "report.fig.memberDorms"), h.memberDorms],
      ...STATUSES.map((s): Cell[] => [statusLabel(s, lang), h.members[s]]),
      [t(lang, "report.fig.inspections"), h.inspections],
      [t(lang, "out.fails"), h.fails],
      [t(lang, "report.fig.passRate"), percent(h.passRate)],
      ...GRADES.map((g): Cell[] => [`${t(lang, "out.grade")} ${gradeLabel(g, lang)}`, h.grades[g]]),
      [t(lang, "report.fig.warnings"), h.warnings],
      [t(lang, "report.fig.visits"), h.visits],
      [t(lang, "report.sub.criticism"), h.criticisms],
      [t(lang, "report.sub.praise"), h.praises],
    ],
  );
  section(
    t(lang, "report.sec.buildings"),
    [
      t(lang, "col.building"),
      t(lang, "report.col.dorms"),
      ...GRADES.map((g) => gradeLabel(g, lang)),
      t(lang, "out.inspections"),
      t(lang, "out.fails"),
    ],
    model.buildings.map((b) => [
      b.building,
      b.dorms,
      ...GRADES.map((g) => b.grades[g]),
      b.inspections,
      b.fails,
    ]),
  );

  const perPerson = (lines: readonly DormConsequence[], what: string, withDeadline: boolean): Cell[][] =>
    lines.flatMap((line) => {
      const evidence = listOf(
        line.evidence.map((e) => e.date),
        lang,
      );
      const deadline = withDeadline ? (line.deadline ?? "") : "";
      if (line.people.length === 0) return [["", "", "", line.dorm.label, what, evidence, deadline, ""]];
      return line.people.map((p) => [
        p.name,
        p.studentId,
        statusLabel(p.status, lang),
        line.dorm.label,
        what,
        evidence,
        deadline,
        withDeadline ? p.contact : "",
      ]);
    });
  const c = model.consequences;
  section(
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
      ...perPerson(c.revoked, t(lang, "report.sub.revoked"), false),
      ...perPerson(c.assessments, t(lang, "outcome.fullUnqualified"), true),
      ...perPerson(c.probation, t(lang, "outcome.probationUnqualified"), true),
    ],
  );
  section(
    t(lang, "report.sub.priority"),
    [t(lang, "col.name"), t(lang, "col.studentId"), t(lang, "col.status"), t(lang, "col.dorm")],
    model.honours.priority.flatMap((line) =>
      line.people.length === 0
        ? [["", "", "", line.dorm.label]]
        : line.people.map((p) => [p.name, p.studentId, statusLabel(p.status, lang), line.dorm.label]),
    ),
  );
  section(
    t(lang, "report.sec.plaques"),
    [
      t(lang, "col.dorm"),
      t(lang, "col.building"),
      t(lang, "report.col.what"),
      t(lang, "col.plaqueCondition"),
    ],
    (["hang", "takeDown", "reissue"] as const).flatMap((action) =>
      model.plaques[action].map((p) => [
        p.dorm.label,
        p.dorm.building,
        t(lang, `plaque.${action}`),
        conditionLabel(p.condition, lang),
      ]),
    ),
  );
  section(
    t(lang, "report.sec.talks"),
    [
      t(lang, "col.date"),
      t(lang, "col.dorm"),
      t(lang, "col.category"),
      t(lang, "report.col.due"),
      t(lang, "report.col.members"),
    ],
    model.talks.missed.map((m) => [
      m.inspection.date,
      m.dorm.label,
      categoryLabel(m.inspection.category, lang),
      m.due,
      namesOf(m.people, lang),
    ]),
  );
  section(
    t(lang, "report.sec.quality"),
    [t(lang, "report.col.tab"), t(lang, "report.col.row"), t(lang, "report.col.problem"), ""],
    qualityRows(model.quality, lang),
  );

  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
}
