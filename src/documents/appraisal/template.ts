import type { Lang } from "../../engine/labels.ts";
import { semesterName } from "../../engine/semester.ts";
import { documentOf, esc, key, para, type RenderOptions, table } from "../html.ts";
import { t } from "../labels.ts";
import { officialHead, signature } from "../official.ts";
import { gradeCell } from "../parts.ts";
import { statusLabel } from "../words.ts";
import type { AppraisalModel, AppraisalRecord } from "./model.ts";
import { consequencesWords, dormsWords, pointsWords, semesterNotes } from "./words.ts";

/** The title of a year's record. */
export function appraisalTitle(lang: Lang, year: string): string {
  return t(lang, "appraisal.title", { year });
}

const CSS = `<style>
section.person { break-before: page; page-break-before: always; break-inside: avoid; page-break-inside: avoid; margin: 0 0 10pt; }
section.person h3 { margin-top: 10pt; }
section.person p { text-indent: 0; font-size: 10pt; margin: 1pt 0; }
p.sign { margin-top: 6pt; }
</style>`;

function personSection(r: AppraisalRecord, lang: Lang, flavour: RenderOptions["charts"] & string): string {
  const p = r.person;
  const title = [p.name, `（${p.studentId}）`, statusLabel(p.status, lang), r.branch]
    .filter((x) => x !== "")
    .join(" ");
  const rows = r.semesters.map((s) => [
    semesterName(s.semesterId, lang),
    dormsWords(s, lang),
    gradeCell(s.grade, lang),
    s.inspections,
    s.excellents,
    s.fails,
    consequencesWords(s, lang),
  ]);
  const notes = r.semesters.flatMap((s) => semesterNotes(s, lang));
  return `<section class="person"><h3>${esc(title)}</h3>${
    rows.length
      ? table(
          [
            key(t(lang, "appraisal.col.semester")),
            key(t(lang, "col.dorm")),
            key(t(lang, "out.grade")),
            { label: t(lang, "out.inspections"), num: true },
            { label: t(lang, "out.excellents"), num: true },
            { label: t(lang, "out.fails"), num: true },
            { label: t(lang, "appraisal.col.consequences") },
          ],
          rows,
          flavour,
        )
      : para(t(lang, "outcome.none"), "empty")
  }${notes.map((n) => para(n)).join("")}${r.points ? para(pointsWords(r.points, lang)) : ""}<p class="sign">${esc(
    t(lang, "appraisal.signature"),
  )}</p></section>`;
}

/**
 * The yearly appraisal record as a complete HTML document in the official form: a summary of
 * everyone, then each person's record on a page of its own (to hand to that person), with a line to sign.
 * Internal only: it names people and Party-internal consequences.
 *
 * @example
 * renderAppraisal(model, "zh").includes("年度考评记录") //=> true
 */
export function renderAppraisal(model: AppraisalModel, lang: Lang, options: RenderOptions = {}): string {
  const flavour = options.charts ?? "svg";
  const title = appraisalTitle(lang, model.year);
  const archived = model.semesters
    .filter((s) => s.archivedOn)
    .map((s) =>
      t(lang, "appraisal.archivedNote", { semester: semesterName(s.id, lang), date: s.archivedOn ?? "" }),
    );
  const summary = table(
    [
      key(t(lang, "col.studentId")),
      key(t(lang, "appraisal.col.person")),
      key(t(lang, "col.status")),
      ...model.semesters.map((s) => key(`${semesterName(s.id, lang)} ${t(lang, "out.grade")}`)),
      { label: t(lang, "out.fails"), num: true },
      { label: t(lang, "out.excellents"), num: true },
      ...(model.pointsTable ? [{ label: t(lang, "appraisal.col.points"), num: true }] : []),
    ],
    model.records.map((r) => [
      r.person.studentId,
      r.person.name,
      statusLabel(r.person.status, lang),
      ...model.semesters.map((s) => {
        const entry = r.semesters.find((e) => e.semesterId === s.id);
        return entry ? gradeCell(entry.grade, lang) : "";
      }),
      r.semesters.reduce((n, s) => n + s.fails, 0),
      r.semesters.reduce((n, s) => n + s.excellents, 0),
      ...(model.pointsTable ? [r.points?.total ?? 0] : []),
    ]),
    flavour,
  );
  const body = [
    officialHead(lang, model.header, "internal", title),
    para(t(lang, "appraisal.intro"), "intro"),
    ...archived.map((a) => para(a)),
    model.pointsTable ? para(t(lang, "appraisal.pointsNote")) : "",
    `<h2>${esc(t(lang, "appraisal.summary"))}</h2>`,
    model.records.length ? summary : para(t(lang, "appraisal.none"), "empty"),
    `<h2>${esc(t(lang, "appraisal.records"))}</h2>`,
    ...model.records.map((r) => personSection(r, lang, flavour)),
    signature(lang, model.header),
  ].join("");
  return documentOf(lang, title, CSS + body);
}
