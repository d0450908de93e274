/**
 * The labels the add-on's Code.js leaves out, loaded on demand (dist/WordsCode.html): those of
 * recalculations and actions, and the sheet's notes, Legend and Change log.
 */
import type { Label } from "../engine/labels.ts";
import { RUN_LABELS } from "../engine/run-labels.ts";
import { SHEET_LABELS } from "./sheet-labels.ts";

const WORDS: Readonly<Record<string, Label>> = { ...RUN_LABELS, ...SHEET_LABELS };

/** One of the labels, or undefined when it is none of them. */
export function label(key: string): Label | undefined {
  return Object.hasOwn(WORDS, key) ? WORDS[key] : undefined;
}
