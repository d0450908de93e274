/**
 * The add-on's own tabs (the Report tab, for one), recognised by a mark it leaves on them, never
 * by their name: a user's tab that happens to be called 学期报告 is never written.
 *
 * The mark is developer metadata on the sheet, which the spreadsheets.currentonly scope allows:
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#adddevelopermetadatakey,-value,-visibility
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createdevelopermetadatafinder
 * PROJECT visibility keeps it to this script; it is deleted with the sheet.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer-metadata key of the mark; its value names the kind of tab. */
export const OWN_TAB_KEY = "dormPlaque.ownTab";

/** A tab name not yet taken: Sheets keeps names unique ignoring case (and we ignore spaces too). */
function freeName(ss: Spreadsheet, wanted: string): string {
  const taken = new Set(ss.getSheets().map((s) => s.getName().trim().toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.trim().toLowerCase()); n++) name = `${wanted} ${n}`;
  return name;
}

/**
 * The add-on's own tab of a kind: the one it marked, or a new one it creates and marks, named
 * `name` or, when a tab of the user's already has that name, `name 2`, `name 3`…
 *
 * @example
 * ownTab(ss, "report", "学期报告").getName() //=> "学期报告 2" when the user has a 学期报告 tab
 */
export function ownTab(ss: Spreadsheet, kind: string, name: string): Sheet {
  const marks = ss
    .createDeveloperMetadataFinder()
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .withKey(OWN_TAB_KEY)
    .withValue(kind)
    .find();
  for (const mark of marks) {
    const sheet = mark.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return newOwnTab(ss, kind, name);
}

/** Creates and marks an own tab, beside (never over) a user's tab of the same name. */
export function newOwnTab(ss: Spreadsheet, kind: string, name: string): Sheet {
  const sheet = ss.insertSheet(freeName(ss, name));
  sheet.addDeveloperMetadata(OWN_TAB_KEY, kind, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  return sheet;
}

/**
 * Every own tab of the spreadsheet by kind, in one search: what a recalculation reads of them.
 *
 * @example
 * ownTabs(ss).get("opinions")?.getName() //=> "考评意见"
 */
export function ownTabs(ss: Spreadsheet): Map<string, Sheet> {
  const tabs = new Map<string, Sheet>();
  const marks = ss
    .createDeveloperMetadataFinder()
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .withKey(OWN_TAB_KEY)
    .find();
  for (const mark of marks) {
    const sheet = mark.getLocation().getSheet();
    const kind = mark.getValue();
    if (sheet && kind && !tabs.has(kind)) tabs.set(kind, sheet);
  }
  return tabs;
}

/**
 * Protects an own tab with a warning, not a lock: anyone may still edit it after confirming
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)),
 * within what the spreadsheets.currentonly scope allows. `open` ranges stay free of the warning.
 */
export function protectWithWarning(
  sheet: Sheet,
  description: string,
  open: GoogleAppsScript.Spreadsheet.Range[] = [],
): void {
  const protection = sheet.protect().setWarningOnly(true).setDescription(description);
  if (open.length > 0) protection.setUnprotectedRanges(open);
}

/**
 * The names of every tab the add-on marked as its own (the Report tab, the Legend), in one search.
 *
 * @example
 * ownTabNames(ss) //=> Set { "学期报告", "图例" }
 */
export function ownTabNames(ss: Spreadsheet): Set<string> {
  const marks = ss
    .createDeveloperMetadataFinder()
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .withKey(OWN_TAB_KEY)
    .find();
  const names = new Set<string>();
  for (const mark of marks) {
    const sheet = mark.getLocation().getSheet();
    if (sheet) names.add(sheet.getName());
  }
  return names;
}
