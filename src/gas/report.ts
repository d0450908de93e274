import { t } from "../engine/labels.ts";
import { savedLang } from "./state.ts";

/** Menu: the semester report (not available yet). */
export function menuExportReport(): void {
  const lang = savedLang();
  SpreadsheetApp.getUi().alert(t(lang, "app.notYet", { feature: t(lang, "menu.exportReport") }));
}

/** Sidebar: the semester report (not available yet). */
export function exportReport(): never {
  throw new Error("not available yet");
}
