/**
 * The add-on's dialogs and rarely used menu items: import, export, the plaque kit, plaque
 * registration, the semester archive, and setting up the tabs or the sample. Loaded on demand (dist/ActionsCode.html) when one of
 * them runs, so that Code.js, which every execution parses, carries only their entry points.
 */
export { archiveSemester, menuArchive, unarchiveSemester } from "./archive.ts";
export { applyImport, menuImport, previewImport, showImportDialog } from "./import.ts";
export { menuPlaqueKit, plaqueKitPages } from "./plaque-kit.ts";
export { menuRegisterPlaques } from "./plaques.ts";
export { exportReport, menuExportReport, showExportDialog } from "./report.ts";
export { insertSample, isEmptyWorkbook, setupTabs } from "./setup.ts";
