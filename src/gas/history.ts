/**
 * The add-on's side of history: what its own tabs remember (the archive data, the Opinions tab)
 * read for a recalculation, and what a recalculation writes back to them (the opinions, the rows
 * of the Change log). A constant number of calls, whatever the rows.
 */
import type { Lang } from "../engine/labels.ts";
import type { OpinionsPlan } from "../workbook/archive-module.ts";
import { type ArchiveStore, archiveStoreOf, NO_ARCHIVE } from "../workbook/archive-store.ts";
import type { ChangeLogPlan } from "../workbook/change-log-tab.ts";
import type { Grading, HistoryInput } from "../workbook/grade.ts";
import { t } from "../workbook/labels.ts";
import type { Grid } from "../workbook/layout.ts";
import { history } from "./on-demand.ts";
import { newOwnTab, ownTabs, protectWithWarning } from "./own-tab.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Text as Sheets must keep it: with a leading apostrophe, so that `2022010001`, `3-12` or a
 * piece of JSON starting with `=` stay the text they are (numbers stay numbers).
 */
export function asText(value: string | number): string | number {
  return typeof value === "string" && value !== "" ? `'${value}` : value;
}

/** 0-based: the Opinions tab's column that is the secretary's (src/workbook/opinions.ts). */
const OPINION_COLUMN = 6;

/** The kinds of own tab, as their marks name them. */
export const KINDS = { changeLog: "changeLog", opinions: "opinions", archiveData: "archiveData" } as const;

/** An archived semester's own tab is marked with this kind. */
export function archiveKind(semesterId: string): string {
  return `archive:${semesterId}`;
}

/** The archive from its data tab: rows 1–2 now, a semester's pieces when asked for. */
export function archiveIn(data: Sheet | undefined): ArchiveStore {
  if (!data) return NO_ARCHIVE;
  const columns = data.getLastColumn();
  if (columns < 1) return NO_ARCHIVE;
  const head = data.getRange(1, 1, 2, columns).getValues();
  return archiveStoreOf(head, (column, count, skip) =>
    count < 1
      ? []
      : data
          .getRange(3 + skip, column + 1, count, 1)
          .getValues()
          .map((row) => row[0]),
  );
}

/**
 * What the own tabs and the document's state remember, for a recalculation: the archive, and the
 * semester the output columns showed.
 */
export function historyIn(ss: Spreadsheet, shownSemester: string, tabs = ownTabs(ss)): HistoryInput {
  return { archive: archiveIn(tabs.get(KINDS.archiveData)), ...(shownSemester ? { shownSemester } : {}) };
}

/** The Opinions tab as a grid, the secretary's column included; undefined before it exists. */
export function opinionsGrid(ss: Spreadsheet, tabs = ownTabs(ss)): Grid | undefined {
  const sheet = tabs.get(KINDS.opinions);
  return sheet ? { name: sheet.getName(), values: sheet.getDataRange().getValues() } : undefined;
}

/**
 * Writes the Opinions tab when something of the engine's changed: the header and every engine
 * column in two blocks (the columns before the secretary's and those after), never the
 * secretary's column. Created the first time, protected with a warning but for that column.
 */
function writeOpinions(ss: Spreadsheet, tabs: Map<string, Sheet>, plan: OpinionsPlan): void {
  if (!plan.changed || plan.rows.length === 0) return;
  let sheet = tabs.get(KINDS.opinions);
  if (!sheet) {
    sheet = newOwnTab(ss, KINDS.opinions, plan.name);
    sheet.setFrozenRows(1);
    protectWithWarning(sheet, plan.protection, [
      sheet.getRange(2, OPINION_COLUMN + 1, sheet.getMaxRows() - 1, 1),
    ]);
    tabs.set(KINDS.opinions, sheet);
  }
  const rows = [plan.header, ...plan.rows.map((r) => r.cells)];
  const maxRows = sheet.getMaxRows();
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  const width = plan.header.length;
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  sheet
    .getRange(1, 1, rows.length, OPINION_COLUMN)
    .setValues(rows.map((r) => r.slice(0, OPINION_COLUMN).map(asText)));
  // Row 1 of the secretary's column is our header; below it, their opinions stay untouched.
  sheet.getRange(1, OPINION_COLUMN + 1).setValue(asText(plan.header[OPINION_COLUMN] ?? ""));
  sheet
    .getRange(1, OPINION_COLUMN + 2, rows.length, width - OPINION_COLUMN - 1)
    .setValues(rows.map((r) => r.slice(OPINION_COLUMN + 1, width).map(asText)));
}

/**
 * Refreshes the Opinions tab after a recalculation: its plan comes from the on-demand module,
 * which reads the tab as it is (the secretary's column included). Returns the plan.
 */
export function refreshOpinions(ss: Spreadsheet, tabs: Map<string, Sheet>, grading: Grading): OpinionsPlan {
  const plan = history().gradingOpinions(grading, opinionsGrid(ss, tabs));
  writeOpinions(ss, tabs, plan);
  return plan;
}

/** Appends rows to the Change log tab, created with its header and a warning protection the first time. */
export function appendChangeLog(
  ss: Spreadsheet,
  tabs: Map<string, Sheet>,
  plan: ChangeLogPlan,
  lang: Lang,
): void {
  if (plan.rows.length === 0) return;
  let sheet = tabs.get(KINDS.changeLog);
  let rows = plan.rows.map((r) => [...r]);
  if (!sheet) {
    sheet = newOwnTab(ss, KINDS.changeLog, plan.name);
    sheet.setFrozenRows(1);
    protectWithWarning(sheet, t(lang, "protect.own"));
    tabs.set(KINDS.changeLog, sheet);
    rows = [[...plan.header], ...rows];
  }
  const top = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  if (top + rows.length - 1 > maxRows) sheet.insertRowsAfter(maxRows, top + rows.length - 1 - maxRows);
  sheet.getRange(top, 1, rows.length, plan.header.length).setValues(rows.map((r) => r.map(asText)));
}
