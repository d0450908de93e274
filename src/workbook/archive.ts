import { answersOf } from "../engine/answers.ts";
import { earlierFrom, freezeSemester, thaw } from "../engine/archive.ts";
import type { Day } from "../engine/day.ts";
import type { Lang } from "../engine/labels.ts";
import { parseSemesterId, semesterName } from "../engine/semester.ts";
import {
  type ArchivedPayload,
  type ArchiveMeta,
  type ArchiveStore,
  archiveColumn,
  rowKeys,
} from "./archive-store.ts";
import { type ArchiveSheet, archiveSheet } from "./archive-tab.ts";
import { archiveEventRow } from "./change-log-tab.ts";
import type { Grading } from "./grade.ts";
import { t } from "./history-labels.ts";
import type { TabKey } from "./schema.ts";

/** What archiving a semester writes: its column of the archive data tab, its own tab, a Change log row. */
export interface ArchivePlan {
  readonly semesterId: string;
  readonly meta: ArchiveMeta;
  /** The data tab's column: the semester, its index, its frozen JSON in pieces. */
  readonly column: readonly string[];
  readonly sheet: ArchiveSheet;
  /** The name of the archive data tab, when it has to be made. */
  readonly dataName: string;
  readonly event: readonly string[];
  /** What to tell the user. */
  readonly message: string;
}

/**
 * Archives the semester a grading shows: freezes its records, the settings used, the day and the
 * written opinions; keys its dated rows; lays out its tab. Refused, with the reason, when the
 * semester is already archived or has not begun.
 *
 * @example
 * const plan = planArchive(grading, opinions, "UTC", today);
 * if ("column" in plan) plan.sheet.name //=> "学期归档 2025-2026-1"
 */
export function planArchive(
  grading: Grading,
  opinions: Readonly<Record<string, string>>,
  timeZone: string,
  today: Day,
): ArchivePlan | { readonly problem: string } {
  const { read } = grading;
  const lang = read.lang;
  const semester = grading.evaluation.semester;
  const name = semesterName(semester.id, lang);
  if (grading.archived) {
    return { problem: t(lang, "archive.already", { semester: name, date: grading.archived.archivedOn }) };
  }
  if (semester.first > today) return { problem: t(lang, "archive.notYet", { semester: name }) };
  const first =
    semester.term === 2
      ? grading.archive.load(`${semester.startYear}-${semester.startYear + 1}-1`)
      : undefined;
  const frozen = freezeSemester(
    read.records,
    read.settings,
    today,
    semester.id,
    opinions,
    first ? earlierFrom(first.frozen, semester.id) : undefined,
  );
  const checks: Partial<Record<TabKey, [number, string][]>> = {};
  for (const [tab, list] of Object.entries(read.checks) as [TabKey, string[]][]) {
    const rows = list.flatMap((message, i): [number, string][] => (message ? [[i + 2, message]] : []));
    if (rows.length > 0) checks[tab] = rows;
  }
  const payload: ArchivedPayload = { frozen, keys: rowKeys(read, semester.id, timeZone), checks };
  // What is written is what will be read back: the tab shows the frozen semester as JSON returns it.
  const stored = JSON.parse(JSON.stringify(payload)) as ArchivedPayload;
  const evaluation = thaw(stored.frozen);
  const { meta, cells } = archiveColumn(stored, {
    zh: answersOf(evaluation, "zh"),
    en: answersOf(evaluation, "en"),
  });
  const sheet = archiveSheet(stored, evaluation, meta.digest, lang);
  return {
    semesterId: semester.id,
    meta,
    column: cells,
    sheet,
    dataName: t(lang, "archive.dataTab"),
    event: archiveEventRow("archived", semester.id, today, meta.digest, lang),
    message: t(lang, "archive.done", { semester: name, digest: meta.digest, tab: sheet.name }),
  };
}

/**
 * Un-archives a semester: the Change log row that records it, with the reason given. Refused
 * when the semester is not archived or no reason is given. It needs no grading: the archive's
 * index and the workbook's language are enough.
 *
 * @example
 * planUnarchive(archive, "2025-2026-1", "申诉改判", today, "zh")
 * //=> { event: ["2026-03-02", "2025-2026-1", "", "", "学期归档", "已归档", "未归档", "申诉改判"], message: "…" }
 */
export function planUnarchive(
  archive: ArchiveStore,
  semesterId: string,
  reason: string,
  today: Day,
  lang: Lang,
):
  | { readonly semesterId: string; readonly event: readonly string[]; readonly message: string }
  | { readonly problem: string } {
  const id = parseSemesterId(semesterId) ?? semesterId;
  const name = parseSemesterId(id) ? semesterName(id, lang) : id;
  if (!archive.metas.some((m) => m.semesterId === id))
    return { problem: t(lang, "archive.notArchived", { semester: name }) };
  if (reason.trim() === "") return { problem: t(lang, "archive.needReason") };
  return {
    semesterId: id,
    event: archiveEventRow("unarchived", id, today, reason.trim(), lang),
    message: t(lang, "archive.undone", { semester: name }),
  };
}
