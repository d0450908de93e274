/**
 * The sidebar's endpoints, called through google.script.run. Each returns plain data (no Date)
 * and checks what the client sent: the client's checks are a courtesy, these are the rule.
 */
import { type Dashboard, type DashboardProblems, dashboardOf } from "../engine/dashboard.ts";
import { isoOf } from "../engine/day.ts";
import { bothLangs, type Lang, t } from "../engine/labels.ts";
import {
  checkInspection,
  checkVisit,
  type EntryCells,
  type EntryContext,
  entryRuns,
  type FieldError,
  type InspectionEntry,
  inspectionCells,
  type VisitEntry,
  visitCells,
} from "../workbook/entry.ts";
import { type Grading, gradeWorkbook } from "../workbook/grade.ts";
import { chooseTab, layoutOf } from "../workbook/layout.ts";
import { normalizeName, textOf } from "../workbook/normalize.ts";
import { readWorkbook } from "../workbook/read.ts";
import { type TabKey, tabSpec } from "../workbook/schema.ts";
import { historyIn } from "./history.ts";
import { buildMenu } from "./menu.ts";
import { documents } from "./on-demand.ts";
import { LOCK_WAIT_MS, type RecalcResult, recalculateGrading, recalculateLocked } from "./recalculate.ts";
import { readGrids, tabStubs } from "./sheets.ts";
import { isStale, savedLang, writeState } from "./state.ts";
import { todayIn } from "./today.ts";
import { asTyped } from "./typed-cells.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the sidebar shows: the dashboard, or why there is none. */
export type SidebarData = Dashboard | DashboardProblems;

/** The answer to a quick entry: the row it went to, or the fields to correct (nothing written). */
export type EntryReply<F extends string> =
  | { readonly ok: true; readonly tab: string; readonly row: number; readonly data: SidebarData }
  | { readonly ok: false; readonly errors: readonly FieldError<F>[] };

/** A recalculation's summary and the dashboard after it. */
export type RecalcReply = RecalcResult & { readonly data: SidebarData };

/** Runs `work` under the document lock, saying in words when another run holds it too long. */
function locked<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(t(savedLang(), "sidebar.busy"));
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Sidebar: the current semester's dashboard, computed from the data as it is now (the output
 * columns may lag behind when `stale`).
 *
 * @example
 * const data = await call("getDashboard"); // from src/ui/run.ts
 * if (!("problems" in data)) data.figures.revoked //=> 1
 */
export function getDashboard(): SidebarData {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const options = { timeZone, today: todayIn(timeZone) };
  const { grids } = readGrids(ss);
  const stale = isStale();
  const grading = gradeWorkbook(grids, options, undefined, historyIn(ss, ""));
  if ("problems" in grading) {
    return { lang: readWorkbook(grids, options).lang, stale, problems: [...grading.problems] };
  }
  return dashboardAfter(grading, { stale });
}

/**
 * Sidebar: recalculates every output and returns the summary with the new dashboard.
 *
 * @example
 * recalculate().lines[0] //=> "2025-2026学年第一学期 计算完成"
 */
export function recalculate(): RecalcReply {
  const { result, grading } = recalculateGrading();
  return { ...result, data: grading ? dashboardAfter(grading, result) : getDashboard() };
}

/** The dashboard of a grading just written: fresh, unless rows changed or an edit came in meanwhile. */
export function dashboardAfter(grading: Grading, result: Pick<RecalcResult, "stale">): SidebarData {
  return withRankings(
    dashboardOf(grading.evaluation, {
      lang: grading.read.lang,
      stale: result.stale === true,
      badRows: grading.badRows,
      ...(grading.archived ? { archivedOn: grading.archived.archivedOn } : {}),
    }),
    grading,
  );
}

/**
 * The dashboard with the rankings, which the on-demand documents module computes; without them
 * when it cannot be loaded, so that the rest of the sidebar still shows.
 */
function withRankings(dashboard: Dashboard, grading: Grading): Dashboard {
  try {
    return { ...dashboard, rankings: documents().sidebarRankings(grading) };
  } catch {
    return dashboard;
  }
}

/** Each field as text, whatever the client sent: a missing or odd field reads as blank. */
function fieldsOf<K extends string>(input: unknown, keys: readonly K[]): Record<K, string> {
  const source = (input !== null && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const value = source[key];
    out[key] = typeof value === "string" || typeof value === "number" ? textOf(value) : "";
  }
  return out;
}

type Checked<F extends string> =
  | { readonly ok: true; readonly cells: EntryCells }
  | { readonly ok: false; readonly errors: readonly FieldError<F>[] };

/**
 * Checks an entry against the workbook as it is now and appends it as one new row of its tab,
 * writing only the input columns it fills; then recalculates, under the same hold of the lock,
 * so the reply says what the sheet now shows. When another run holds the lock, nothing is
 * written and the sidebar says so.
 */
function addEntry<F extends string>(
  tab: TabKey,
  check: (context: EntryContext) => Checked<F>,
): EntryReply<F> {
  return locked((): EntryReply<F> => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const timeZone = ss.getSpreadsheetTimeZone();
    const today = todayIn(timeZone);
    const { grids, sheets } = readGrids(ss);
    const read = readWorkbook(grids, { timeZone, today });
    const lang = read.lang;
    // A missing tab or column of the contract: the same words as a recalculation would give.
    if (read.problems.length > 0) throw new Error(read.problems.join("\n"));
    const layout = read.layouts[tab];
    const sheet = layout && sheets.get(layout.grid.name);
    if (!layout || !sheet) {
      const spec = tabSpec(tab);
      const other: Lang = lang === "zh" ? "en" : "zh";
      throw new Error(t(lang, "check.missingTab", { tab: t(lang, spec.label), alt: t(other, spec.label) }));
    }
    const checked = check({
      lang,
      today: isoOf(today),
      dorms: read.records.dorms.map((d) => ({ id: d.id, label: d.label })),
    });
    if (!checked.ok) return checked;
    const runs = entryRuns(layout, checked.cells, lang);
    const row = sheet.getLastRow() + 1;
    const maxRows = sheet.getMaxRows();
    if (row > maxRows) sheet.insertRowsAfter(maxRows, row - maxRows);
    for (const run of runs) {
      const range = sheet.getRange(row, run.column, 1, run.values.length);
      range.setValues([asTyped(run.keys, run.values, range.getNumberFormats()[0] ?? [])]);
    }
    const { result, grading } = recalculateLocked();
    return {
      ok: true,
      tab: sheet.getName(),
      row,
      data: grading ? dashboardAfter(grading, result) : getDashboard(),
    };
  });
}

const INSPECTION_FIELDS = [
  "date",
  "dorm",
  "category",
  "result",
  "score",
  "deductions",
  "inspector",
  "notes",
] as const;
const VISIT_FIELDS = ["date", "dorm", "teacher", "group", "findings", "followUp"] as const;

/**
 * Sidebar: appends an inspection to the Inspections tab and recalculates.
 *
 * @example
 * addInspection({ date: "2025-09-15", dorm: "3-201", category: "hygiene", result: "fail", score: "", inspector: "", notes: "" })
 * //=> { ok: true, tab: "检查记录", row: 2518, data: {…} }
 */
export function addInspection(entry: InspectionEntry): EntryReply<keyof InspectionEntry> {
  const fields = fieldsOf(entry, INSPECTION_FIELDS);
  return addEntry("inspections", (context) => {
    const checked = checkInspection(fields, context);
    return checked.ok ? { ok: true, cells: inspectionCells(checked.value, context.lang) } : checked;
  });
}

/**
 * Sidebar: appends a contact visit to the Visits tab and recalculates.
 *
 * @example
 * addVisit({ date: "2025-09-20", dorm: "3-201", teacher: "", group: "", findings: "", followUp: "" })
 * //=> { ok: false, errors: [{ field: "teacher", message: "缺少必填项：带队教师" }] }
 */
export function addVisit(entry: VisitEntry): EntryReply<keyof VisitEntry> {
  const fields = fieldsOf(entry, VISIT_FIELDS);
  return addEntry("visits", (context) => {
    const checked = checkVisit(fields, context);
    return checked.ok ? { ok: true, cells: visitCells(checked.value) } : checked;
  });
}

const LANGUAGE_KEYS = new Set(bothLangs("set.language").map(normalizeName));

/**
 * Writes the language into the Settings tab: every 语言/Language row, or a new row when there is
 * none; creates the tab when it is missing. Touches no other cell.
 */
function writeLanguageSetting(ss: Spreadsheet, lang: Lang): void {
  const spec = tabSpec("settings");
  const { stubs } = tabStubs(ss);
  const choice = chooseTab(stubs, spec);
  if ("ambiguous" in choice) {
    const candidates = choice.ambiguous.map((g) => g.name).join(lang === "zh" ? "、" : ", ");
    throw new Error(t(lang, "check.ambiguousTab", { tab: t(lang, spec.label), candidates }));
  }
  let sheet = "grid" in choice ? ss.getSheetByName(choice.grid.name) : null;
  if (!sheet) {
    sheet = ss.insertSheet(t(lang, spec.label));
    sheet.getRange(1, 1, 1, 2).setValues([[t(lang, "col.key"), t(lang, "col.value")]]);
    sheet.setFrozenRows(1);
  }
  const values = sheet.getDataRange().getValues();
  const layout = layoutOf({ name: sheet.getName(), values }, spec);
  const keyAt = layout.columns.get("col.key");
  const valueAt = layout.columns.get("col.value");
  if (keyAt === undefined || valueAt === undefined) {
    const column = keyAt === undefined ? "col.key" : "col.value";
    throw new Error(t(lang, "check.missingColumn", { tab: sheet.getName(), column: t(lang, column) }));
  }
  const rows = values
    .map((row, i) => ({ row: i + 1, key: normalizeName(row[keyAt]) }))
    .filter((r) => r.row > 1 && LANGUAGE_KEYS.has(r.key));
  for (const { row } of rows) sheet.getRange(row, valueAt + 1).setValue(lang);
  if (rows.length > 0) return;
  const row = sheet.getLastRow() + 1;
  sheet.getRange(row, keyAt + 1).setValue(t(lang, "set.language"));
  sheet.getRange(row, valueAt + 1).setValue(lang);
}

/**
 * Sidebar: sets the workbook's language (the Settings tab's 语言/Language), recalculates so the
 * outputs speak it, rebuilds the menu and returns the dashboard.
 *
 * @example
 * setLanguage("en").lang //=> "en"
 */
export function setLanguage(lang: Lang): SidebarData {
  if (lang !== "zh" && lang !== "en") {
    throw new Error(t(savedLang(), "sidebar.badLanguage", { value: String(lang) }));
  }
  locked(() => writeLanguageSetting(SpreadsheetApp.getActiveSpreadsheet(), lang));
  // The menu reads the saved language; keep it even when the workbook cannot be graded yet.
  writeState({ lang });
  const { result, grading } = recalculateGrading();
  buildMenu(lang);
  return grading ? dashboardAfter(grading, result) : getDashboard();
}
