/**
 * The plaque kit in Sheets: a dialog (dist/PlaqueKit.html) with the same pages as the command
 * line's kit, printable from the browser (the dialog's iframe allows `window.print()`: Apps
 * Script's IFRAME sandbox sets allow-modals). The pages come from the on-demand module.
 */
import { t } from "../engine/labels.ts";
import { kit } from "./on-demand.ts";
import { gradeActive } from "./recalculate.ts";

/** The kit's pages as the dialog shows them, plain data. */
export interface KitReply {
  readonly body: string;
  readonly summary: string;
}

function graded() {
  const { grading } = gradeActive(SpreadsheetApp.getActiveSpreadsheet());
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  return grading;
}

/**
 * Kit dialog: the kit's pages, for the dorms to hang or reissue or, with `all`, every member dorm.
 * Writes nothing.
 *
 * @example
 * plaqueKitPages({ all: true }).summary //=> "2025-2026学年第一学期挂牌材料：门牌 60 张，…"
 */
export function plaqueKitPages(options: { all?: boolean }): KitReply {
  return kit().kitView(graded(), { all: options?.all === true });
}

/** Menu: the kit dialog, or an alert saying why the workbook cannot be graded. */
export function menuPlaqueKit(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const grading = graded();
    const page = kit().kitPage(HtmlService.createHtmlOutputFromFile("PlaqueKit").getContent(), grading);
    ui.showModalDialog(
      HtmlService.createHtmlOutput(page).setWidth(900).setHeight(640),
      t(grading.read.lang, "menu.plaqueKit"),
    );
  } catch (error) {
    ui.alert(error instanceof Error ? error.message : String(error));
  }
}
