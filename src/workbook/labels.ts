import { LABELS, translator } from "../engine/labels.ts";
import { SHEET_LABELS } from "./sheet-labels.ts";

export { SHEET_LABELS };

export type SheetLabelKey = keyof typeof LABELS | keyof typeof SHEET_LABELS;

const sheet = translator<SheetLabelKey>({ ...LABELS, ...SHEET_LABELS });

/**
 * Looks up a sheet or shared label and fills its placeholders.
 *
 * @example
 * t("en", "legend.tab") //=> "Legend"
 */
export const t = sheet.t;

/** Both languages' words for a sheet or shared label. */
export const bothLangs = sheet.bothLangs;
