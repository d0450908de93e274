/**
 * 学期归档 / Archive semester in Sheets: the menu item and the sidebar's endpoints. The plans come
 * from the on-demand module (dist/HistoryCode.html); this file makes the service calls: the
 * archive data tab's column, the semester's own protected tab, the Change log row, and a
 * recalculation, all under the document lock.
 */
import { type Lang, t } from "../engine/labels.ts";
import { semesterName } from "../engine/semester.ts";
import type { ArchivePlan } from "../workbook/archive-module.ts";
import { changeLogHeader } from "../workbook/change-log-tab.ts";
import type { Grading } from "../workbook/grade.ts";
import { t as sheetT } from "../workbook/labels.ts";
import { appendChangeLog, archiveIn, archiveKind, asText, KINDS, opinionsGrid } from "./history.ts";
import { history } from "./on-demand.ts";
import { newOwnTab, ownTabs, protectWithWarning } from "./own-tab.ts";
import { LOCK_WAIT_MS, type RecalcResult, recalculateLocked } from "./recalculate.ts";
import { dashboardAfter, type SidebarData } from "./sidebar.ts";
import { readState, savedLang } from "./state.ts";
import { todayIn } from "./today.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What an archive action did: its message, and the dashboard after it. */
export interface ArchiveReply {
  readonly message: string;
  readonly data: SidebarData;
}

function locked<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(t(savedLang(), "sidebar.busy"));
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** The grading of a fresh recalculation, or an error saying why the workbook cannot be graded. */
function recalculated(cause?: Parameters<typeof recalculateLocked>[0]): {
  result: RecalcResult;
  grading: Grading;
} {
  const { result, grading } = recalculateLocked(cause);
  if (!grading) throw new Error(result.lines.join("\n"));
  return { result, grading };
}

/** Writes an archive: a column of the hidden data tab, the semester's own tab, both protected with a warning. */
function writeArchive(ss: Spreadsheet, plan: ArchivePlan, lang: Lang): void {
  const tabs = ownTabs(ss);
  const note = sheetT(lang, "protect.own");
  let data = tabs.get(KINDS.archiveData);
  if (!data) {
    data = newOwnTab(ss, KINDS.archiveData, plan.dataName);
    data.hideSheet();
    protectWithWarning(data, note);
  }
  const head =
    data.getLastColumn() > 0 ? (data.getRange(1, 1, 1, data.getLastColumn()).getValues()[0] ?? []) : [];
  const free = head.findIndex((id) => String(id) === "");
  const column = free >= 0 ? free + 1 : head.length + 1;
  if (column > data.getMaxColumns())
    data.insertColumnsAfter(data.getMaxColumns(), column - data.getMaxColumns());
  if (plan.column.length > data.getMaxRows())
    data.insertRowsAfter(data.getMaxRows(), plan.column.length - data.getMaxRows());
  data.getRange(1, column, plan.column.length, 1).setValues(plan.column.map((cell) => [asText(cell)]));

  const sheet = newOwnTab(ss, archiveKind(plan.semesterId), plan.sheet.name);
  const width = Math.max(...plan.sheet.rows.map((r) => r.length), 2);
  const rows = plan.sheet.rows.map((r) => Array.from({ length: width }, (_, c) => asText(r[c] ?? "")));
  if (rows.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setValues(rows);
  const bold = new Set(plan.sheet.bold);
  range.setFontWeights(
    rows.map((_, r) => Array.from({ length: width }, () => (bold.has(r) ? "bold" : "normal"))),
  );
  range.setVerticalAlignment("top").setWrap(true);
  plan.sheet.widths.forEach((w, i) => {
    if (i < width) sheet.setColumnWidth(i + 1, w * 7);
  });
  protectWithWarning(sheet, note);
}

/** Removes an archive: the semester's own tab and its column of the data tab. */
function removeArchive(ss: Spreadsheet, semesterId: string): void {
  const tabs = ownTabs(ss);
  const sheet = tabs.get(archiveKind(semesterId));
  if (sheet) ss.deleteSheet(sheet);
  const data = tabs.get(KINDS.archiveData);
  if (!data || data.getLastColumn() < 1) return;
  const ids = data.getRange(1, 1, 1, data.getLastColumn()).getValues()[0] ?? [];
  const column = ids.findIndex((id) => String(id) === semesterId);
  // Cleared, not deleted: a sheet keeps at least one column, and a later archive reuses it.
  if (column >= 0) data.getRange(1, column + 1, data.getMaxRows(), 1).clearContent();
}

/**
 * Sidebar and menu: archives the semester the workbook shows. Recalculates first, so that what is
 * frozen is what the sheet shows; the outputs then stand as they are, since the archive holds
 * exactly what they were graded from: one reading of the workbook in all, as a university's
 * 6-minute limit needs.
 *
 * @example
 * archiveSemester().message //=> "已归档2025-2026学年第一学期（摘要 …）。此后该学期的结果取自“学期归档 2025-2026-1”。"
 */
export function archiveSemester(): ArchiveReply {
  return locked(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { grading, result } = recalculated();
    const today = todayIn(ss.getSpreadsheetTimeZone());
    const module = history();
    const opinions = module.gradingOpinions(grading, opinionsGrid(ss)).effective;
    const plan = module.planArchive(grading, opinions, ss.getSpreadsheetTimeZone(), today);
    if ("problem" in plan) throw new Error(plan.problem);
    writeArchive(ss, plan, grading.read.lang);
    appendChangeLog(ss, ownTabs(ss), { ...grading.changes, rows: [plan.event] }, grading.read.lang);
    return { message: plan.message, data: dashboardAfter({ ...grading, archived: plan.meta }, result) };
  });
}

/** The semester the outputs show and whether it is archived, read without grading the workbook. */
function shownArchive(ss: Spreadsheet): {
  semesterId: string;
  archived: boolean;
  archive: ReturnType<typeof archiveIn>;
} {
  const archive = archiveIn(ownTabs(ss).get(KINDS.archiveData));
  const semesterId = readState().semester;
  return { semesterId, archived: archive.metas.some((m) => m.semesterId === semesterId), archive };
}

/**
 * Sidebar and menu: un-archives the semester the workbook shows, recording why in the Change log,
 * then recalculates from the records as they are (each consequence that changes is logged).
 *
 * @example
 * unarchiveSemester("申诉改判").message //=> "已取消2025-2026学年第一学期的归档，…"
 */
export function unarchiveSemester(reason: string): ArchiveReply {
  return locked(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const lang = savedLang();
    const { semesterId, archive } = shownArchive(ss);
    const today = todayIn(ss.getSpreadsheetTimeZone());
    const plan = history().planUnarchive(archive, semesterId, String(reason ?? ""), today, lang);
    if ("problem" in plan) throw new Error(plan.problem);
    appendChangeLog(
      ss,
      ownTabs(ss),
      { name: sheetT(lang, "changes.tab"), header: changeLogHeader(lang), rows: [plan.event] },
      lang,
    );
    removeArchive(ss, plan.semesterId);
    const after = recalculated({ kind: "unarchived", note: String(reason).trim() });
    return { message: plan.message, data: dashboardAfter(after.grading, after.result) };
  });
}

/** Menu: archives the semester shown after a confirmation, or, when it is archived, un-archives it with a reason. */
export function menuArchive(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const lang = savedLang();
    const { semesterId, archived } = shownArchive(ss);
    const semester = semesterId ? semesterName(semesterId, lang) : "";
    if (archived) {
      const answer = ui.prompt(
        t(lang, "menu.archive"),
        t(lang, "app.unarchivePrompt", { semester }),
        ui.ButtonSet.OK_CANCEL,
      );
      if (answer.getSelectedButton() !== ui.Button.OK) return;
      ui.alert(unarchiveSemester(answer.getResponseText()).message);
      return;
    }
    const confirm = ui.alert(
      t(lang, "menu.archive"),
      t(lang, "app.archiveConfirm", { semester }),
      ui.ButtonSet.YES_NO,
    );
    if (confirm !== ui.Button.YES) return;
    ss.toast(archiveSemester().message, t(lang, "app.name"), 10);
  } catch (error) {
    ui.alert(error instanceof Error ? error.message : String(error));
  }
}
