import type { Lang } from "../../engine/labels.ts";
import { semesterName } from "../../engine/semester.ts";
import { gradeLabel } from "../../engine/wording.ts";
import { t } from "../labels.ts";
import { statusLabel } from "../words.ts";
import type { AppraisalModel } from "./model.ts";
import { consequencesWords, dormsWords, pointsWords, semesterNotes } from "./words.ts";

/** The yearly record as one table: a row per person, the semesters side by side. */
export interface AppraisalSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number)[])[];
  /** Column widths in character cells. */
  readonly widths: readonly number[];
}

/**
 * The yearly appraisal record as a tab (in Sheets) or a workbook's sheet (offline): who, then for
 * each semester the dorm, grade, inspections, excellents, fails and consequences, then the notes
 * (moves, appeals, clearing, contact, opinions) and the points.
 *
 * @example
 * appraisalSheet(model, "zh").rows[0]?.slice(0, 3) //=> ["学号", "姓名", "政治面貌"]
 */
export function appraisalSheet(model: AppraisalModel, lang: Lang): AppraisalSheet {
  const perSemester = (id: string) =>
    [
      "col.dorm",
      "out.grade",
      "out.inspections",
      "out.excellents",
      "out.fails",
      "appraisal.col.consequences",
    ].map((k) => `${semesterName(id, lang)} ${t(lang, k as "col.dorm")}`);
  const header = [
    t(lang, "col.studentId"),
    t(lang, "appraisal.col.person"),
    t(lang, "col.status"),
    t(lang, "col.branch"),
    ...model.semesters.flatMap((s) => perSemester(s.id)),
    t(lang, "col.notes"),
    ...(model.pointsTable ? [t(lang, "appraisal.col.points"), t(lang, "appraisal.pointsNote")] : []),
  ];
  const rows = model.records.map((r) => [
    r.person.studentId,
    r.person.name,
    statusLabel(r.person.status, lang),
    r.branch,
    ...model.semesters.flatMap((s) => {
      const e = r.semesters.find((x) => x.semesterId === s.id);
      return e
        ? [
            dormsWords(e, lang),
            gradeLabel(e.grade, lang),
            e.inspections,
            e.excellents,
            e.fails,
            consequencesWords(e, lang),
          ]
        : ["", "", "", "", "", ""];
    }),
    r.semesters.flatMap((s) => semesterNotes(s, lang)).join("\n"),
    ...(model.pointsTable ? [r.points?.total ?? 0, r.points ? pointsWords(r.points, lang) : ""] : []),
  ]);
  return {
    name: t(lang, "appraisal.sheet", { year: model.year }),
    rows: [header, ...rows],
    widths: [12, 10, 12, 16, ...model.semesters.flatMap(() => [10, 8, 8, 8, 8, 30]), 60, 8, 40],
  };
}
