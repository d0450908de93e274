/**
 * Loads code that only one menu item needs (the document renderer, the sample generator) from
 * the HTML files build.mjs writes beside Code.js, so that every other execution, custom functions
 * included, parses only Code.js. The file's raw content is one JavaScript expression:
 * `HtmlService.createTemplateFromFile(name).getRawContent()` returns it unprocessed, and an
 * indirect eval evaluates it in the global scope, once per execution.
 */

import type * as KitModule from "../documents/plaque-kit/sheets-module.ts";
import type * as DocumentsModule from "../documents/sheets-module.ts";
import type * as IntakeModule from "../intake/sheets-module.ts";
import type * as HistoryModule from "../workbook/archive-module.ts";
import type * as SampleModule from "../workbook/sample-module.ts";
import type * as WordsModule from "../workbook/words-module.ts";
import type * as ActionsModule from "./actions-module.ts";

const loaded = new Map<string, unknown>();

/**
 * Called through a variable, eval is indirect: the module sees only globals, never this file's
 * scope. What it runs is a file of this same project, pushed with Code.js, never user data.
 */
// biome-ignore lint/security/noGlobalEval: loads this project's own on-demand module.
const indirectEval: (source: string) => unknown = eval;

function load<T>(name: string): T {
  if (!loaded.has(name)) {
    const source = HtmlService.createTemplateFromFile(name).getRawContent();
    loaded.set(name, indirectEval(source));
  }
  return loaded.get(name) as T;
}

/** The report, bulletin, Report tab and export dialog renderers (dist/DocumentsCode.html). */
export function documents(): typeof DocumentsModule {
  return load<typeof DocumentsModule>("DocumentsCode");
}

/** The sample department generator (dist/SampleCode.html). */
export function sample(): typeof SampleModule {
  return load<typeof SampleModule>("SampleCode");
}

/** The import's column mapping, dry run and writes (dist/IntakeCode.html). */
export function intake(): typeof IntakeModule {
  return load<typeof IntakeModule>("IntakeCode");
}

/** The plaque kit's model, pages and QR codes (dist/KitCode.html). */
export function kit(): typeof KitModule {
  return load<typeof KitModule>("KitCode");
}

/** Archiving a semester: the plan of its archive tab and data, or of undoing it (dist/HistoryCode.html). */
export function history(): typeof HistoryModule {
  return load<typeof HistoryModule>("HistoryCode");
}

/** The labels Code.js leaves out: those of recalculations and actions (dist/WordsCode.html). */
export function words(): typeof WordsModule {
  return load<typeof WordsModule>("WordsCode");
}

/** The dialogs and rarely used menu items: import, export, the kit, plaques, archive, tab setup and the sample (dist/ActionsCode.html). */
export function actions(): typeof ActionsModule {
  return load<typeof ActionsModule>("ActionsCode");
}
