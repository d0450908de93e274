import type { DormSemester, Evaluation } from "../engine/evaluate.ts";
import { fingerprint } from "../engine/fingerprint.ts";
import type { Lang } from "../engine/labels.ts";
import { isSanctioned, type Records } from "../engine/records.ts";
import { semesterName } from "../engine/semester.ts";
import { gradeLabel } from "../engine/wording.ts";
import type { Grading } from "./grade.ts";
import { t } from "./history-labels.ts";
import type { Grid } from "./layout.ts";
import { normalizeId, normalizeName, textOf } from "./normalize.ts";

/**
 * The engine's own 考评意见 / Opinions tab: one row per member dorm per semester, with a draft
 * written appraisal opinion (书面考评意见) composed from the evidence. The engine writes every
 * column but one: the secretary writes their opinion in 书面考评意见, which the engine never
 * writes, and which, when not blank, is the opinion that counts. The last column keeps a mark
 * (the digests of the draft and of the secretary's text at their last edit, `draft|theirs`), so that the status
 * can say when the draft changed after the secretary wrote their own.
 */

export const OPINION_COLUMNS = [
  "changes.col.semester",
  "col.dorm",
  "col.building",
  "opinions.col.members",
  "out.grade",
  "opinions.col.draft",
  "opinions.col.opinion",
  "opinions.col.status",
  "opinions.col.mark",
] as const;

/** 0-based: the secretary's column, which the engine never writes. */
export const OPINION_COLUMN = 6;

/** One row of the tab: the engine's cells (every column but the secretary's), and its sheet row. */
export interface OpinionRow {
  /** 1-based row on the sheet. */
  readonly row: number;
  readonly cells: readonly string[];
}

/** What to write to the Opinions tab, and the opinions that count for the graded semester. */
export interface OpinionsPlan {
  readonly name: string;
  readonly header: readonly string[];
  /** Every data row the tab will have, in sheet order: the existing ones in place, new ones after. */
  readonly rows: readonly OpinionRow[];
  /** Whether any engine cell differs from what the tab holds. */
  readonly changed: boolean;
  /** The graded semester's opinions by dorm ID: the secretary's text, else the draft. */
  readonly effective: Readonly<Record<string, string>>;
  /** What the tab's warning protection says. */
  readonly protection: string;
}

const sep = (lang: Lang): string => (lang === "zh" ? "；" : "; ");

/**
 * The draft written appraisal opinion of a member dorm for a semester: inspections, excellents
 * and fails (with dates), what was revoked or cleared, the members and their notices, the
 * sanctions reached, visits and talks, and a closing sentence for the grade.
 *
 * @example
 * draftOpinion(dorm, evaluation, ["张三"], 1, "zh")
 * //=> "2025-2026学年第一学期，3-201共接受检查 18 次，其中优秀 6 次、不合格 2 次（2025-10-13；2025-10-20），学期等级为合格。…"
 */
export function draftOpinion(
  d: DormSemester,
  evaluation: Evaluation,
  names: readonly string[],
  talks: number,
  lang: Lang,
): string {
  const fails = d.inspections.filter((i) => i.level === "fail").map((i) => i.date);
  const parts = [
    t(lang, "opinion.body", {
      semester: semesterName(evaluation.semester.id, lang),
      dorm: d.dorm.label,
      count: d.count,
      excellents: d.excellents,
      fails: d.fails,
      failList: fails.length ? t(lang, "opinion.fails", { list: fails.join(sep(lang)) }) : "",
      grade: gradeLabel(d.grade, lang),
    }),
  ];
  if (d.revoked.length) parts.push(t(lang, "opinion.revoked", { count: d.revoked.length }));
  if (d.cleared.length) parts.push(t(lang, "opinion.cleared", { count: d.cleared.length }));
  if (names.length > 0) {
    parts.push(
      t(lang, "opinion.members", {
        names: names.join(lang === "zh" ? "、" : ", "),
        criticisms: d.fails + d.cleared.length,
        praises: d.excellents,
      }),
    );
  }
  if (d.streakLimit)
    parts.push(t(lang, "opinion.revokedEligibility", { limit: evaluation.settings.consecutiveFailLimit }));
  if (d.totalLimit)
    parts.push(t(lang, "opinion.unqualified", { limit: evaluation.settings.semesterFailLimit }));
  parts.push(t(lang, "opinion.contact", { visits: d.visits.length, talks }));
  parts.push(t(lang, `opinion.close.${d.grade}`));
  return parts.join(lang === "zh" ? "" : " ");
}

/** Where each of our columns is on the tab, by header; the fixed order when a header is missing. */
function columnsOf(header: readonly unknown[]): number[] {
  const found = OPINION_COLUMNS.map((key) => {
    const words = [t("zh", key), t("en", key)].map(normalizeName);
    return header.findIndex((h) => words.includes(normalizeName(h)));
  });
  return found.every((i) => i >= 0) ? found : OPINION_COLUMNS.map((_, i) => i);
}

/**
 * The Opinions tab after this recalculation: each member dorm of the graded semester gets its row
 * (found by semester and dorm, or added at the end) with a fresh draft, unless the semester is
 * archived (`frozen` holds its opinions then): its rows stay as they were, and what counts is
 * what was frozen. The secretary's column is read, never written.
 *
 * @example
 * opinionsPlan(grid, evaluation, records, undefined, "zh").effective["3-201"] //=> the secretary's text, else the draft
 */
export function opinionsPlan(
  grid: Grid | undefined,
  evaluation: Evaluation,
  records: Records,
  frozen: Readonly<Record<string, string>> | undefined,
  lang: Lang,
): OpinionsPlan {
  const header = OPINION_COLUMNS.map((key) => t(lang, key));
  const values = grid?.values ?? [];
  const at = columnsOf(values[0] ?? []);
  const cell = (row: readonly unknown[] | undefined, c: number) => textOf(row?.[at[c] as number]);
  const semesterId = evaluation.semester.id;

  // Who lived in each dorm during the semester, among full and probationary members.
  const residents = new Map<string, string[]>();
  for (const m of records.members) {
    if (!isSanctioned(m.status)) continue;
    const dorms = evaluation.stays.get(m.id)?.map((s) => s.dormId) ?? [m.dormId];
    for (const dormId of new Set(dorms)) residents.set(dormId, [...(residents.get(dormId) ?? []), m.name]);
  }
  // Talks of the semester by the members of each dorm, counted once.
  const talkers = new Map<string, string>(records.members.map((m) => [m.id, m.dormId]));
  const talks = new Map<string, number>();
  for (const talk of records.talks) {
    if (talk.day < evaluation.semester.first || talk.day > evaluation.semester.last) continue;
    const dormId = talkers.get(talk.studentId);
    if (dormId !== undefined) talks.set(dormId, (talks.get(dormId) ?? 0) + 1);
  }
  const talksOf = (dormId: string) => talks.get(dormId) ?? 0;

  const rows: OpinionRow[] = [];
  const index = new Map<string, number>();
  values.slice(1).forEach((row, i) => {
    const key = `${cell(row, 0)}|${normalizeId(cell(row, 1))}`;
    if (cell(row, 0) !== "") index.set(key, i);
    rows.push({ row: i + 2, cells: OPINION_COLUMNS.map((_, c) => cell(row, c)) });
  });

  const effective: Record<string, string> = {};
  const list = lang === "zh" ? "、" : ", ";
  let changed = values.length === 0 || header.some((h, c) => cell(values[0], c) !== h);
  for (const d of evaluation.dorms) {
    const names = residents.get(d.dormId) ?? [];
    if (names.length === 0) continue;
    const i = index.get(`${semesterId}|${normalizeId(d.dorm.label)}`);
    const before = i === undefined ? undefined : rows[i];
    const theirs = before?.cells[OPINION_COLUMN] ?? "";
    const [draftMark = "", theirMark = ""] = (before?.cells[8] ?? "").split("|");
    let cells: string[];
    if (frozen) {
      const kept = frozen[d.dormId] ?? "";
      const edited = theirs !== "" && theirs !== kept;
      cells = before
        ? [...before.cells]
        : [
            semesterId,
            d.dorm.label,
            d.dorm.building,
            names.join(list),
            gradeLabel(d.grade, lang),
            kept,
            "",
            "",
            "",
          ];
      cells[7] = t(lang, edited ? "opinions.status.archivedEdit" : "opinions.status.archived");
      effective[d.dormId] = kept;
    } else {
      const draft = draftOpinion(d, evaluation, names, talksOf(d.dormId), lang);
      const mine = theirs === "" ? "" : fingerprint(theirs);
      // The draft the secretary edited from stays marked until they edit again.
      const drafted = theirs === "" || mine !== theirMark ? fingerprint(draft) : draftMark;
      const status =
        theirs === ""
          ? "opinions.status.draft"
          : drafted !== fingerprint(draft)
            ? "opinions.status.newer"
            : "opinions.status.edited";
      cells = [
        semesterId,
        d.dorm.label,
        d.dorm.building,
        names.join(list),
        gradeLabel(d.grade, lang),
        draft,
        theirs,
        t(lang, status),
        `${drafted}|${mine}`,
      ];
      effective[d.dormId] = theirs !== "" ? theirs : draft;
    }
    if (before) {
      if (cells.some((c, k) => k !== OPINION_COLUMN && c !== before.cells[k])) changed = true;
      rows[i as number] = { row: before.row, cells };
    } else {
      changed = true;
      rows.push({ row: rows.length + 2, cells });
    }
  }
  return {
    name: t(lang, "opinions.tab"),
    header,
    rows,
    changed,
    effective,
    protection: t(lang, "protect.opinions"),
  };
}

/**
 * The Opinions tab after a grading: the graded semester's drafts, or, when it is archived, what
 * was frozen with it.
 *
 * @example
 * gradingOpinions(grading, opinionsGrid).effective["3-201"]
 */
export function gradingOpinions(grading: Grading, grid: Grid | undefined): OpinionsPlan {
  const payload = grading.archived ? grading.archive.load(grading.evaluation.semester.id) : undefined;
  return opinionsPlan(
    grid,
    grading.evaluation,
    grading.source.read.records,
    payload?.frozen.opinions,
    grading.read.lang,
  );
}
