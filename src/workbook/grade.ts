import { earlierFrom, thaw } from "../engine/archive.ts";
import { consequenceChanges, type Variant, withoutRule } from "../engine/change-log.ts";
import { type Day, isoOf } from "../engine/day.ts";
import { currentSemester, type Evaluation, evaluate } from "../engine/evaluate.ts";
import type { Records } from "../engine/records.ts";
import { semesterById } from "../engine/semester.ts";
import { type Summary, summarize } from "../engine/summary.ts";
import {
  type ArchivedPayload,
  type ArchiveMeta,
  type ArchiveStore,
  archivedEdits,
  NO_ARCHIVE,
} from "./archive-store.ts";
import { type ChangeLogPlan, changeLogPlan, shownOutcomes } from "./change-log-tab.ts";
import { type TabFormat, tabFormat } from "./formats.ts";
import { type Highlight, highlights } from "./highlights.ts";
import type { Grid } from "./layout.ts";
import { type LegendPlan, legendPlan } from "./legend.ts";
import { tabOutputs } from "./outputs.ts";
import { planTab, type TabPlan } from "./plan.ts";
import { type ReadOptions, readWorkbook, type WorkbookRead } from "./read.ts";
import type { TabKey } from "./schema.ts";

/** What the engine's own tabs and the host remember, besides the input tabs. */
export interface HistoryInput {
  /** The semester the output columns showed before this run: changes are logged only within it. */
  readonly shownSemester?: string;
  /** The archived semesters. */
  readonly archive?: ArchiveStore;
  /** Why this run happens when an action made it: un-archiving, with the reason given. */
  readonly cause?: { readonly kind: "unarchived"; readonly note: string };
}

/** What documents read of a graded workbook: the frozen records of an archived semester, else the live ones. */
export interface GradedSource {
  readonly read: { readonly records: Records; readonly checks: Partial<Record<TabKey, readonly string[]>> };
  readonly evaluation: Evaluation;
  /** ISO date the semester was archived, when it is. */
  readonly archivedOn?: string;
}

/** Everything one recalculation decides: what to write, what to highlight, and the figures. */
export interface Grading {
  readonly read: WorkbookRead;
  readonly evaluation: Evaluation;
  /** The day graded on (an archived semester's evaluation keeps the day it was archived). */
  readonly today: Day;
  readonly plans: readonly TabPlan[];
  readonly highlights: readonly Highlight[];
  /** How the engine's columns look: widths, wraps, and the notes and fill of their headers. */
  readonly formats: readonly TabFormat[];
  /** The Legend tab that explains the highlights and the computed headers. */
  readonly legend: LegendPlan;
  readonly summary: Summary;
  /** Data rows whose check column has a message. */
  readonly badRows: number;
  /** The semester's archive, when it is archived: its figures then come from there. */
  readonly archived?: ArchiveMeta;
  /** The archived semesters of the workbook. */
  readonly archive: ArchiveStore;
  /** Per archived semester, its rows changed or deleted since it was archived (its results stand). */
  readonly archiveEdits: ReadonlyMap<string, number>;
  /** What the documents read: frozen for an archived semester. */
  readonly source: GradedSource;
  /** The rows to append to the Change log tab. */
  readonly changes: ChangeLogPlan;
}

/** A workbook that cannot be graded: the reasons, in the workbook's language. */
export interface GradingProblems {
  readonly problems: readonly string[];
}

/** The check messages of each tab with those of edits to archived semesters added. */
function withArchiveChecks(
  read: WorkbookRead,
  archive: ArchiveStore,
  timeZone: string,
): { read: WorkbookRead; missing: ReadonlyMap<string, number> } {
  const { messages, missing } = archivedEdits(read, archive, timeZone);
  if (Object.keys(messages).length === 0) return { read, missing };
  const checks = { ...read.checks };
  for (const [tab, byRow] of Object.entries(messages) as [TabKey, Map<number, string>][]) {
    const merged = [...(checks[tab] ?? [])];
    for (const [index, message] of byRow) {
      merged[index] = merged[index]
        ? `${merged[index]}${read.lang === "zh" ? "；" : "; "}${message}`
        : message;
    }
    checks[tab] = merged;
  }
  return { read: { ...read, checks }, missing };
}

/** The check messages an archived semester was archived with, as the report reads them. */
function frozenChecks(payload: ArchivedPayload): Partial<Record<TabKey, string[]>> {
  const checks: Partial<Record<TabKey, string[]>> = {};
  for (const [tab, rows] of Object.entries(payload.checks) as [TabKey, [number, string][]][]) {
    const list: string[] = [];
    for (const [row, message] of rows) {
      while (list.length < row - 1) list.push("");
      list[row - 2] = message;
    }
    checks[tab] = list;
  }
  return checks;
}

/**
 * The evaluation of a semester: from its archive when it is archived; otherwise from the records,
 * taking the first semester's R4 from its archive when that one is.
 *
 * @example
 * evaluationOf(read, archive, today, "2025-2026-1").payload //=> the frozen semester, when archived
 */
export function evaluationOf(
  read: WorkbookRead,
  archive: ArchiveStore,
  today: number,
  semesterId?: string,
): { evaluation: Evaluation; payload?: ArchivedPayload } {
  const semester = semesterId
    ? semesterById(semesterId, read.settings)
    : currentSemester(read.records, read.settings, today);
  const id = semester.id;
  const payload = archive.load(id);
  if (payload) return { evaluation: thaw(payload.frozen), payload };
  const first =
    semester.term === 2 ? archive.load(`${semester.startYear}-${semester.startYear + 1}-1`) : undefined;
  const earlier = first ? earlierFrom(first.frozen, id) : undefined;
  return { evaluation: evaluate(read.records, read.settings, today, id, earlier ? { earlier } : {}) };
}

/**
 * Grades a workbook given as plain grids: read → evaluate → plan. Shared by the add-on and the
 * command line, so both write the same cells, highlights, formats and legend. An archived
 * semester is graded from its archive; an edit to a row of an archived semester is reported in
 * that row's check column; a change to a consequence the Members tab already showed for the
 * same semester becomes a row of the Change log.
 *
 * @example
 * const grading = gradeWorkbook(grids, { timeZone: "UTC", today });
 * if ("plans" in grading) grading.plans.flatMap((p) => p.blocks) // the writes
 */
export function gradeWorkbook(
  grids: readonly Grid[],
  options: ReadOptions,
  semesterId?: string,
  history: HistoryInput = {},
): Grading | GradingProblems {
  const raw = readWorkbook(grids, options);
  if (raw.problems.length > 0) return { problems: raw.problems };
  const archive = history.archive ?? NO_ARCHIVE;
  const { read, missing } = withArchiveChecks(raw, archive, options.timeZone);
  const { evaluation, payload } = evaluationOf(read, archive, options.today, semesterId);
  const outputs = tabOutputs(read, evaluation);
  const plans = Object.values(read.layouts).map((layout) =>
    planTab(layout, outputs.get(layout.spec.key) ?? new Map(), read.lang),
  );
  let badRows = 0;
  for (const checks of Object.values(read.checks)) {
    for (let i = 0; i < checks.length; i++) if (checks[i] !== "") badRows++;
  }
  const semester = evaluation.semester.id;
  // Dorm labels by id, for the Change log's words: made only when a change needs them.
  let labels: Map<string, string> | undefined;
  const labelOf = (id: string): string => {
    labels ??= new Map(evaluation.dorms.map((d) => [d.dormId, d.dorm.label]));
    return labels.get(id) ?? id;
  };
  const changes =
    history.shownSemester === semester
      ? consequenceChanges(shownOutcomes(read), evaluation, read.lang, variantsOf(read, payload, evaluation))
      : [];
  const cause = history.cause;
  return {
    read,
    evaluation,
    today: options.today,
    plans,
    formats: plans.map((plan) =>
      tabFormat(
        plan,
        outputs.get(plan.tab) ?? new Map(),
        read.layouts[plan.tab]?.grid.values[0] ?? [],
        read.lang,
      ),
    ),
    legend: legendPlan(read.lang, semester),
    highlights: plans.flatMap((plan) =>
      highlights(plan, { layout: read.layouts[plan.tab], passScore: read.settings.passScore }),
    ),
    summary: summarize(evaluation),
    badRows,
    ...(payload ? { archived: archive.metas.find((m) => m.semesterId === semester) } : {}),
    archive,
    archiveEdits: new Map([...missing].filter(([, n]) => n > 0)),
    source: payload
      ? {
          read: { records: payload.frozen.records, checks: frozenChecks(payload) },
          evaluation,
          archivedOn: isoOf(payload.frozen.archivedOn),
        }
      : { read, evaluation },
    changes: changeLogPlan(
      cause ? changes.map((c) => ({ ...c, reason: cause })) : changes,
      semester,
      options.today,
      labelOf,
      read.lang,
    ),
  };
}

/** The evaluations without one history rule each, made only when a change needs explaining. */
function variantsOf(
  read: WorkbookRead,
  payload: ArchivedPayload | undefined,
  evaluation: Evaluation,
): (kind: Variant) => Evaluation {
  const made = new Map<Variant, Evaluation>();
  const records = payload?.frozen.records ?? read.records;
  const settings = payload?.frozen.settings ?? read.settings;
  return (kind) => {
    let variant = made.get(kind);
    if (!variant) {
      const [r, s] = withoutRule(kind, records, settings);
      variant = evaluate(r, s, evaluation.today, evaluation.semester.id);
      made.set(kind, variant);
    }
    return variant;
  };
}
