/**
 * The Apps Script surface: every entry point is a one-line call into the layers below.
 * build.mjs turns each export into a top-level function. At load time only one thing runs, and
 * it calls no service: where the labels Code.js leaves out are found, when one is first needed.
 */
import { type Lang, t, useLateLabels } from "../engine/labels.ts";
import { buildMenu } from "./menu.ts";
import { actions, words } from "./on-demand.ts";
import { recalculateActive, recalculateGrading } from "./recalculate.ts";
import { isContractTab } from "./sheets.ts";
import { markStale, savedLang } from "./state.ts";

useLateLabels((key) => words().label(key));

export {
  applyImport,
  archiveSemester,
  exportReport,
  menuArchive,
  menuExportReport,
  menuImport,
  menuPlaqueKit,
  menuRegisterPlaques,
  plaqueKitPages,
  previewImport,
  showExportDialog,
  showImportDialog,
  unarchiveSemester,
} from "./actions.ts";
export { DORMFAILS, DORMGRADE, DORMSCORE, DORMSTREAK, MEMBEROUTCOME } from "./custom-functions.ts";
export { addInspection, addVisit, getDashboard, recalculate, setLanguage } from "./sidebar.ts";

/** Past this many rows on the input tabs an edit marks the outputs stale instead of refreshing them. */
const AUTO_REFRESH_MAX_ROWS = 10_000;

type OpenEvent = { authMode?: GoogleAppsScript.Script.AuthMode } | undefined;

export function onInstall(e: OpenEvent): void {
  onOpen(e);
}

export function onOpen(e: OpenEvent): void {
  // In AuthMode.NONE no document or property may be read: the menu falls back to zh.
  const lang: Lang = e && e.authMode === ScriptApp.AuthMode.NONE ? "zh" : savedLang();
  buildMenu(lang);
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range || e.authMode === ScriptApp.AuthMode.NONE) return;
  const sheet = e.range.getSheet();
  if (!isContractTab(sheet.getName())) return;
  // An edit leaves the outputs stale until it is graded. Marked first, so that a run cut short
  // (a simple trigger has 30 seconds) or refused (another run holds the lock) leaves the mark,
  // which the toast and the sidebar show and the next recalculation clears.
  markStale();
  const lang = savedLang();
  if (rowsOnInputTabs(e.source) > AUTO_REFRESH_MAX_ROWS) {
    e.source.toast(t(lang, "app.stale"), t(lang, "app.name"), 10);
    return;
  }
  const { result } = recalculateGrading();
  if (result.notice) e.source.toast(result.notice, t(lang, "app.name"), 10);
}

function rowsOnInputTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  return ss
    .getSheets()
    .filter((s) => isContractTab(s.getName()))
    .reduce((n, s) => n + s.getLastRow(), 0);
}

function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

export function showSidebar(): void {
  const lang = savedLang();
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(t(lang, "app.name"));
  ui().showSidebar(html);
}

export function menuRecalculate(): void {
  const result = recalculateActive();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!result.ok) ui().alert(result.lines.join("\n"));
  else ss.toast(result.lines.slice(1).join("\n"), result.lines[0] ?? "", 10);
}

export function setupTabs(): string[] {
  return actions().setupTabs(SpreadsheetApp.getActiveSpreadsheet(), savedLang());
}

export function menuSetupTabs(): void {
  const lang = savedLang();
  const created = setupTabs();
  ui().alert(
    created.length ? t(lang, "app.tabsCreated", { tabs: created.join(", ") }) : t(lang, "app.tabsPresent"),
  );
}

export function menuInsertSample(): void {
  const lang = savedLang();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!actions().isEmptyWorkbook(ss)) {
    ui().alert(t(lang, "app.notEmpty"));
    return;
  }
  actions().insertSample(ss, lang);
  recalculateActive();
  ss.toast(t(lang, "app.sampleInserted"), t(lang, "app.name"), 10);
}

export function menuHelp(): void {
  ui().alert(t(savedLang(), "app.help"));
}
