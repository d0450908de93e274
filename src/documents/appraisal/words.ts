import { contactedLine, coverageLine, staysLine } from "../../engine/history-words.ts";
import type { Lang } from "../../engine/labels.ts";
import type { Points } from "../../engine/points.ts";
import { semesterName } from "../../engine/semester.ts";
import { memberOutcomeCells } from "../../engine/wording.ts";
import { t } from "../labels.ts";
import { categoryLabel } from "../words.ts";
import type { AppraisalSemester } from "./model.ts";

const sep = (lang: Lang): string => t(lang, "doc.semicolon");

/**
 * A semester's consequences in one phrase: notices, eligibility, priority, assessment, action or,
 * for candidates and activists, the review.
 *
 * @example
 * consequencesWords(semester, "zh") //=> "通报批评 2；评奖评优资格 取消"
 */
export function consequencesWords(s: AppraisalSemester, lang: Lang): string {
  const cells = memberOutcomeCells(s.outcome, lang);
  const colon = lang === "zh" ? " " : ": ";
  const parts: string[] = [];
  if (cells.criticisms) parts.push(`${t(lang, "out.criticisms")}${colon}${cells.criticisms}`);
  if (cells.praises) parts.push(`${t(lang, "out.praises")}${colon}${cells.praises}`);
  if (cells.eligibility && cells.eligibility === t(lang, "outcome.revoked"))
    parts.push(`${t(lang, "out.eligibility")}${colon}${cells.eligibility}`);
  if (cells.priority) parts.push(`${t(lang, "out.priority")}${colon}${cells.priority}`);
  if (cells.assessment) parts.push(cells.assessment);
  if (cells.action) parts.push(cells.action);
  return parts.length ? parts.join(sep(lang)) : t(lang, "outcome.none");
}

/**
 * The dorm or dorms lived in during a semester, in order: a member who moved answers for each.
 *
 * @example
 * dormsWords(semesterWithAMove, "zh") //=> "3-201→5-402"
 */
export function dormsWords(s: AppraisalSemester, lang: Lang): string {
  const labels = s.stays?.map((x) => x.dorm.label).filter((l, i, all) => l !== all[i - 1]);
  return labels?.length ? labels.join(lang === "zh" ? "→" : " → ") : s.dorm.label;
}

/**
 * What else a semester's record says, a line each: moves, revoked and cleared inspections,
 * contact coverage and the dorm's written opinion.
 *
 * @example
 * semesterNotes(semester, "zh")[0] //=> "住宿变动：3-201（至 2025-10-31）→5-402（2025-11-01 起）"
 */
export function semesterNotes(s: AppraisalSemester, lang: Lang): string[] {
  const labelOf = (id: string) => s.stays?.find((x) => x.dormId === id)?.dorm.label ?? id;
  const inspection = (date: string, dorm: string, category: string) =>
    [date, dorm, categoryLabel(category, lang)].filter((x) => x !== "").join(" ");
  const notes: string[] = [];
  if (s.stays) notes.push(t(lang, "appraisal.moves", { stays: staysLine(s.stays, labelOf, lang) }));
  if (s.revoked.length) {
    const list = s.revoked.map(
      (r) => `${inspection(r.inspection.date, r.inspection.dormId, r.inspection.category)}（${r.reason}）`,
    );
    notes.push(t(lang, "appraisal.revoked", { list: list.join(sep(lang)) }));
  }
  if (s.cleared.length) {
    const list = s.cleared.map((c) => inspection(c.fail.date, c.fail.dormId, c.fail.category));
    notes.push(t(lang, "appraisal.cleared", { list: list.join(sep(lang)) }));
  }
  if (s.coverage) {
    notes.push(
      t(lang, "appraisal.contact", {
        fails: contactedLine(s.coverage, (id) => id, lang),
        coverage: coverageLine(s.coverage, lang),
      }),
    );
  }
  if (s.opinion)
    notes.push(t(lang, "appraisal.opinion", { semester: semesterName(s.semesterId, lang), text: s.opinion }));
  return notes;
}

/**
 * The year's points in words: the total and how it adds up.
 *
 * @example
 * pointsWords({ total: 5, lines: [...] }, "zh") //=> "积分：5（本人宿舍不合格 1 次 × -5；学期等级合格 1 次 × 10）"
 */
export function pointsWords(points: Points, lang: Lang): string {
  const lines = points.lines.map((l) =>
    t(lang, `appraisal.points.${l.kind}`, { count: l.count, each: l.each }),
  );
  return t(lang, "appraisal.points", {
    total: points.total,
    lines: lines.join(sep(lang)) || t(lang, "outcome.none"),
  });
}
