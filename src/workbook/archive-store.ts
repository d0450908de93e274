import type { Answers } from "../engine/answers.ts";
import type { FrozenSemester } from "../engine/archive.ts";
import { frozenDigest } from "../engine/archive.ts";
import { isoOf } from "../engine/day.ts";
import { fingerprint } from "../engine/fingerprint.ts";
import type { Lang } from "../engine/labels.ts";
import { semesterName, semesterOf } from "../engine/semester.ts";
import type { Settings } from "../engine/settings.ts";
import { isBlank, readDay } from "./cells.ts";
import { t } from "./labels.ts";
import type { TabLayout } from "./layout.ts";
import { textOf } from "./normalize.ts";
import type { WorkbookRead } from "./read.ts";
import type { TabKey } from "./schema.ts";

/**
 * Archived semesters as the engine keeps them in its own hidden tab (学期归档数据 / Archive
 * data), one column per semester: row 1 the semester, row 2 a small index (JSON), then the
 * custom functions' answers and the frozen semester, each as JSON in pieces of at most 30,000
 * characters (Excel keeps 32,767 in a cell, Sheets 50,000). A recalculation reads rows 1–2 only,
 * and a semester's pieces when it needs that semester; a formula reads only the answers.
 */

/** Characters per cell of the frozen JSON. */
export const CHUNK = 30_000;

/** The tabs whose rows belong to a semester by their date: an edit to one of an archived semester is reported. */
export const DATED_TABS = ["inspections", "visits", "talks", "moves"] as const satisfies readonly TabKey[];
export type DatedTab = (typeof DATED_TABS)[number];

/** What row 2 of a semester's column says. */
export interface ArchiveMeta {
  readonly semesterId: string;
  /** ISO date. */
  readonly archivedOn: string;
  /** Digest of the frozen semester. */
  readonly digest: string;
  /** Digest of its dated rows' keys: the same rows give the same digest. */
  readonly keysDigest: string;
  readonly chunks: number;
  /** Pieces of the custom functions' answers, before those of the frozen semester. */
  readonly answerChunks?: number;
}

/** What the custom functions answer for an archived semester, in both languages. */
export interface ArchivedAnswers {
  readonly zh: Answers;
  readonly en: Answers;
}

/** Everything kept of an archived semester. */
export interface ArchivedPayload {
  readonly frozen: FrozenSemester;
  /** Per dated tab, one key per row dated in the semester (what its cells say), when archived. */
  readonly keys: Readonly<Record<DatedTab, readonly string[]>>;
  /** The check messages of every tab when archived, as [row, message]: the report's data quality. */
  readonly checks: Readonly<Partial<Record<TabKey, readonly (readonly [number, string])[]>>>;
}

/** The archived semesters of a workbook: their index, and each one's payload on demand. */
export interface ArchiveStore {
  readonly metas: readonly ArchiveMeta[];
  load(semesterId: string): ArchivedPayload | undefined;
  /** The custom functions' answers alone: a formula reads these pieces, not the whole semester. */
  answers(semesterId: string): ArchivedAnswers | undefined;
}

/** A workbook with no archive. */
export const NO_ARCHIVE: ArchiveStore = { metas: [], load: () => undefined, answers: () => undefined };

/**
 * The archive from its tab: `head` is rows 1–2, `piecesOf(i)` the pieces below of column i (0-based).
 *
 * @example
 * archiveStoreOf(grid.values.slice(0, 2), (i) => grid.values.slice(2).map((r) => r[i])).metas[0]?.semesterId //=> "2025-2026-1"
 */
export function archiveStoreOf(
  head: readonly (readonly unknown[])[],
  piecesOf: (column: number, count: number, skip: number) => readonly unknown[],
): ArchiveStore {
  const metas: ArchiveMeta[] = [];
  const columnOf = new Map<string, number>();
  (head[0] ?? []).forEach((cell, i) => {
    const id = textOf(cell);
    if (id === "") return;
    try {
      const meta = JSON.parse(textOf(head[1]?.[i])) as ArchiveMeta;
      if (meta.semesterId !== id) return;
      metas.push(meta);
      columnOf.set(id, i);
    } catch {
      // A column that is not one of ours is left alone.
    }
  });
  const loaded = new Map<string, ArchivedPayload>();
  const find = (semesterId: string) => {
    const column = columnOf.get(semesterId);
    const meta = metas.find((m) => m.semesterId === semesterId);
    return column === undefined || !meta ? undefined : { column, meta };
  };
  return {
    metas,
    load(semesterId) {
      const at = find(semesterId);
      if (!at) return undefined;
      let payload = loaded.get(semesterId);
      if (!payload) {
        const skip = at.meta.answerChunks ?? 0;
        payload = JSON.parse(
          piecesOf(at.column, at.meta.chunks, skip).map(textOf).join(""),
        ) as ArchivedPayload;
        loaded.set(semesterId, payload);
      }
      return payload;
    },
    answers(semesterId) {
      const at = find(semesterId);
      if (!at?.meta.answerChunks) return undefined;
      return JSON.parse(piecesOf(at.column, at.meta.answerChunks, 0).map(textOf).join("")) as ArchivedAnswers;
    },
  };
}

/**
 * One semester's column of the archive data tab: its id, its index, the pieces of its JSON.
 *
 * @example
 * archiveColumn(payload).cells[0] //=> "2025-2026-1"
 */
export function archiveColumn(
  payload: ArchivedPayload,
  answers?: ArchivedAnswers,
): { meta: ArchiveMeta; cells: string[] } {
  const piecesOf = (json: string) => {
    const pieces: string[] = [];
    for (let i = 0; i < json.length; i += CHUNK) pieces.push(json.slice(i, i + CHUNK));
    return pieces;
  };
  const frozen = piecesOf(JSON.stringify(payload));
  const answered = answers ? piecesOf(JSON.stringify(answers)) : [];
  const meta: ArchiveMeta = {
    semesterId: payload.frozen.semesterId,
    archivedOn: isoOf(payload.frozen.archivedOn),
    digest: frozenDigest(payload.frozen),
    keysDigest: keysDigest(payload.keys),
    chunks: frozen.length,
    ...(answered.length ? { answerChunks: answered.length } : {}),
  };
  return { meta, cells: [meta.semesterId, JSON.stringify(meta), ...answered, ...frozen] };
}

/** What a row says, the same in Sheets and in an .xlsx: dates as ISO, other cells as text. */
function rowKey(layout: TabLayout, row: readonly unknown[], timeZone: string, lang: Lang): string {
  const cells = [...layout.columns].map(([key, index]) => {
    const cell = row[index];
    if (key === "col.date" || key === "col.fromDate") {
      const read = readDay(cell, timeZone, lang);
      if (read.error === undefined && read.value !== undefined) return isoOf(read.value);
    }
    return textOf(cell).normalize("NFKC");
  });
  return fingerprint(cells);
}

/**
 * The key of every non-blank row of the dated tabs, with the semester its date falls in (rows
 * whose date cannot be read belong to none).
 */
function datedRows(
  read: WorkbookRead,
  settings: Settings,
  timeZone: string,
  wanted: (semesterId: string) => boolean = () => true,
): { tab: DatedTab; index: number; semesterId: string; key: string }[] {
  const rows: { tab: DatedTab; index: number; semesterId: string; key: string }[] = [];
  for (const tab of DATED_TABS) {
    const layout = read.layouts[tab];
    const date = layout?.columns.get("col.date");
    if (!layout || date === undefined) continue;
    const inputs = [...layout.columns.values()];
    layout.grid.values.slice(1).forEach((row, index) => {
      if (inputs.every((c) => isBlank(row[c]))) return;
      const day = readDay(row[date], timeZone, read.lang);
      if (day.error !== undefined || day.value === undefined) return;
      const semesterId = semesterOf(day.value, settings).id;
      // Keys cost a digest each: only the semesters asked about get them.
      if (!wanted(semesterId)) return;
      rows.push({ tab, index, semesterId, key: rowKey(layout, row, timeZone, read.lang) });
    });
  }
  return rows;
}

/**
 * The keys of the rows dated in a semester, per tab: what is frozen beside it.
 *
 * @example
 * rowKeys(read, "2025-2026-1", "UTC").inspections.length //=> 2517
 */
export function rowKeys(
  read: WorkbookRead,
  semesterId: string,
  timeZone: string,
): Record<DatedTab, string[]> {
  const keys: Record<DatedTab, string[]> = { inspections: [], visits: [], talks: [], moves: [] };
  for (const row of datedRows(read, read.settings, timeZone, (id) => id === semesterId)) {
    keys[row.tab].push(row.key);
  }
  return keys;
}

/**
 * A digest of a semester's row keys, whatever the order of the rows.
 *
 * @example
 * keysDigest(rowKeys(read, "2025-2026-1", "UTC")) === meta.keysDigest //=> true while nothing was edited
 */
export function keysDigest(keys: Readonly<Record<DatedTab, readonly string[]>>): string {
  return fingerprint(DATED_TABS.map((tab) => [...(keys[tab] ?? [])].sort()));
}

/** Check messages for rows of archived semesters that the archive does not hold, and how many frozen rows are gone. */
export interface ArchivedEdits {
  /** Per tab, per data row (index 0 is sheet row 2), the message to add; absent when none. */
  readonly messages: Partial<Record<DatedTab, Map<number, string>>>;
  /** Per archived semester, the frozen rows no longer on the sheet as they were. */
  readonly missing: ReadonlyMap<string, number>;
}

/**
 * Finds the edits to rows of archived semesters: every row dated in one whose cells are not a
 * frozen row's gets a message; frozen rows no longer there are counted. While a semester's rows
 * are as archived (the digest of their keys matches), its frozen data is not even loaded.
 *
 * @example
 * archivedEdits(read, store, "UTC").messages.inspections?.get(44) //=> "本行属于已归档的2025-2026学年第一学期，…"
 */
export function archivedEdits(read: WorkbookRead, store: ArchiveStore, timeZone: string): ArchivedEdits {
  const messages: Partial<Record<DatedTab, Map<number, string>>> = {};
  const missing = new Map<string, number>();
  if (store.metas.length === 0) return { messages, missing };
  const archived = new Map(store.metas.map((m) => [m.semesterId, m]));
  const rows = datedRows(read, read.settings, timeZone, (id) => archived.has(id));
  for (const meta of store.metas) {
    const mine = rows.filter((r) => r.semesterId === meta.semesterId);
    const keys: Record<DatedTab, string[]> = { inspections: [], visits: [], talks: [], moves: [] };
    for (const r of mine) keys[r.tab].push(r.key);
    if (keysDigest(keys) === meta.keysDigest) continue;
    const payload = store.load(meta.semesterId);
    if (!payload) continue;
    const left = new Map<string, number>();
    for (const tab of DATED_TABS) {
      for (const key of payload.keys[tab] ?? [])
        left.set(`${tab}:${key}`, (left.get(`${tab}:${key}`) ?? 0) + 1);
    }
    const message = t(read.lang, "check.archivedRow", { semester: semesterName(meta.semesterId, read.lang) });
    for (const r of mine) {
      const id = `${r.tab}:${r.key}`;
      const n = left.get(id) ?? 0;
      if (n > 0) {
        left.set(id, n - 1);
        continue;
      }
      const tabMessages = messages[r.tab] ?? new Map<number, string>();
      tabMessages.set(r.index, message);
      messages[r.tab] = tabMessages;
    }
    missing.set(
      meta.semesterId,
      [...left.values()].reduce((a, b) => a + b, 0),
    );
  }
  return { messages, missing };
}
