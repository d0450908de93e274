/**
 * Import in Sheets: the import dialog (dist/Import.html) takes a pasted table or another tab (a
 * Google Form's responses tab, say), shows the dry run row by row, and on confirmation appends the
 * new rows to the Inspections tab in one batched write per run of columns, under the document
 * lock, then recalculates. The import's logic is the on-demand module's; this file makes the
 * service calls.
 */
import { t } from "../engine/labels.ts";
import type { ImportRequest, ImportWrite, IntakePreview } from "../intake/sheets-module.ts";
import { intake } from "./on-demand.ts";
import { ownTabNames } from "./own-tab.ts";
import { LOCK_WAIT_MS, recalculateLocked } from "./recalculate.ts";
import { isContractTab, readGrids } from "./sheets.ts";
import { isStale, markStale, savedLang } from "./state.ts";
import { todayIn } from "./today.ts";
import { asTyped } from "./typed-cells.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { ImportRequest, IntakePreview };

/** What an applied import did, as plain data for the dialog. */
export interface ImportReply {
  readonly preview: IntakePreview;
  /** Rows appended, and where (0 when nothing was new). */
  readonly appended: number;
  readonly first: number;
  readonly tab: string;
  /** The recalculation's summary, or why it could not run. */
  readonly lines: readonly string[];
}

/** The workbook and the source as grids: one getValues per tab read, whatever their size. */
function prepare(ss: Spreadsheet, request: ImportRequest): ImportWrite {
  const timeZone = ss.getSpreadsheetTimeZone();
  const { grids } = readGrids(ss);
  let values: unknown[][] | undefined;
  if (request?.source?.kind === "tab") {
    const sheet = ss.getSheetByName(String(request.source.tab));
    if (!sheet || isContractTab(sheet.getName()) || ownTabNames(ss).has(sheet.getName()))
      throw new Error(t(savedLang(), "app.noSourceTab", { tab: String(request.source.tab) }));
    values = sheet.getDataRange().getValues();
  }
  const clean: ImportRequest = {
    source:
      request?.source?.kind === "tab"
        ? { kind: "tab", tab: String(request.source.tab) }
        : {
            kind: "paste",
            text: String(request?.source && "text" in request.source ? request.source.text : ""),
          },
    choices: Array.isArray(request?.choices)
      ? request.choices.map((c) => ({ header: String(c.header), target: c.target }))
      : [],
  };
  const result = intake().importWrite(grids, { timeZone, today: todayIn(timeZone) }, clean, values);
  if ("problems" in result) throw new Error(result.problems.join("\n"));
  return result;
}

/**
 * Import dialog: the dry run of importing a pasted table or a tab. Writes nothing.
 *
 * @example
 * previewImport({ source: { kind: "tab", tab: "表单回复 1" }, choices: [] }).counts //=> { new: 8, duplicate: 3, unreadable: 1 }
 */
export function previewImport(request: ImportRequest): IntakePreview {
  return prepare(SpreadsheetApp.getActiveSpreadsheet(), request).preview;
}

/**
 * The new rows under the last row of the Inspections tab, in one write: rows past the last row
 * hold nothing (no value, no formula), so the cells between our columns are written blank and a
 * run killed at any moment leaves all of the rows or none. Headers for fields the tab lacked go
 * first, in one write of their own (a header alone is a column like any other).
 */
function appendRows(ss: Spreadsheet, write: ImportWrite): number {
  const sheet = ss.getSheetByName(write.tab) as GoogleAppsScript.Spreadsheet.Sheet;
  const { append } = write;
  const first = sheet.getLastRow() + 1;
  const last = first + append.rows - 1;
  const maxRows = sheet.getMaxRows();
  if (last > maxRows) sheet.insertRowsAfter(maxRows, last - maxRows);
  const from = Math.min(...append.runs.map((run) => run.column));
  const to = Math.max(...append.runs.map((run) => run.column + run.keys.length - 1));
  const maxColumns = sheet.getMaxColumns();
  if (to > maxColumns) sheet.insertColumnsAfter(maxColumns, to - maxColumns);
  if (append.headers.length > 0) {
    const start = append.headers[0]?.column as number;
    sheet.getRange(1, start, 1, append.headers.length).setValues([append.headers.map((h) => h.label)]);
  }
  const range = sheet.getRange(first, from, append.rows, to - from + 1);
  const formats = range.getNumberFormats();
  const rows = Array.from({ length: append.rows }, (_, r) => {
    const row: (string | number)[] = Array.from({ length: to - from + 1 }, () => "");
    for (const run of append.runs) {
      const typed = asTyped(run.keys, run.values[r] ?? [], (formats[r] ?? []).slice(run.column - from));
      typed.forEach((value, i) => {
        row[run.column - from + i] = value;
      });
    }
    return row;
  });
  range.setValues(rows);
  return first;
}

/** Sets 导入列对应 / Import columns on the Settings tab (created when missing). */
function remember(ss: Spreadsheet, write: NonNullable<ImportWrite["remember"]>): void {
  if ("create" in write.write) {
    const sheet = ss.insertSheet(write.write.create.name);
    const values = write.write.create.values.map((row) => row.map((v) => `'${v}`));
    sheet.getRange(1, 1, values.length, 2).setValues(values);
    sheet.setFrozenRows(1);
    return;
  }
  const sheet = write.tab === undefined ? null : ss.getSheetByName(write.tab);
  for (const cell of write.write.cells) sheet?.getRange(cell.row, cell.column).setValue(`'${cell.value}`);
}

/**
 * Import dialog: imports what the dry run showed as new. Under the document lock the workbook and
 * the source are read again and planned again (so a row someone typed meanwhile is not doubled),
 * the new rows are appended in one write, the column choices are
 * remembered, and everything is recalculated. When another run holds the lock, nothing is written
 * and the dialog says so.
 *
 * @example
 * applyImport({ source: { kind: "paste", text }, choices: [] }).appended //=> 8
 */
export function applyImport(request: ImportRequest): ImportReply {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(t(savedLang(), "sidebar.busy"));
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const write = prepare(ss, request);
    const { preview } = write;
    if (preview.problem !== undefined) throw new Error(preview.problem);
    if (write.append.rows === 0 && !write.remember) {
      // Nothing new; but an import cut short before its recalculation left the outputs stale.
      const lines = isStale() ? recalculateLocked().result.lines : [];
      return { preview, appended: 0, first: 0, tab: write.tab, lines };
    }
    // Marked first, as an edit is: a run cut short before its recalculation leaves the outputs
    // marked out of date, and the next recalculation grades the new rows.
    markStale();
    const first = write.append.rows > 0 ? appendRows(ss, write) : 0;
    if (write.remember) remember(ss, write.remember);
    const { result } = recalculateLocked();
    return { preview, appended: write.append.rows, first, tab: write.tab, lines: result.lines };
  } finally {
    lock.releaseLock();
  }
}

/** Opens the import dialog: the tabs to import from, the workbook's language. */
export function showImportDialog(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = savedLang();
  const tabs = ss.getSheets().map((s) => s.getName());
  const module = intake();
  const own = ownTabNames(ss);
  const choices = module.importChoices(
    lang,
    tabs,
    tabs.filter((name) => isContractTab(name) || own.has(name)),
  );
  const page = module.importPage(HtmlService.createHtmlOutputFromFile("Import").getContent(), choices);
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(page).setWidth(760).setHeight(560),
    t(lang, "menu.import"),
  );
}

/** Menu: the import dialog, or an alert saying why it cannot open. */
export function menuImport(): void {
  try {
    showImportDialog();
  } catch (error) {
    SpreadsheetApp.getUi().alert(error instanceof Error ? error.message : String(error));
  }
}
