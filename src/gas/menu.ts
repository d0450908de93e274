import { type Lang, t } from "../engine/labels.ts";

/** The add-on menu: caption label and the entry point it calls. */
export const MENU_ITEMS = [
  ["menu.openSidebar", "showSidebar"],
  ["menu.recalculate", "menuRecalculate"],
  ["menu.exportReport", "menuExportReport"],
  ["menu.import", "menuImport"],
  ["menu.registerPlaques", "menuRegisterPlaques"],
  ["menu.plaqueKit", "menuPlaqueKit"],
  ["menu.archive", "menuArchive"],
  null,
  ["menu.setupTabs", "menuSetupTabs"],
  ["menu.insertSample", "menuInsertSample"],
  ["menu.help", "menuHelp"],
] as const;

/** Builds the add-on menu; needs no authorization, so it works in AuthMode.NONE. */
export function buildMenu(lang: Lang): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(t(lang, item[0]), item[1]);
  }
  menu.addToUi();
}
