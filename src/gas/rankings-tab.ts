/**
 * The Rankings tab in Sheets: the add-on's own tab (found by its mark), rewritten when the
 * records it is made from changed. It is laid out by the on-demand documents module, so the code
 * every execution parses (custom functions included) does not carry the rankings.
 */

import { isoOf } from "../engine/day.ts";
import { fingerprint } from "../engine/fingerprint.ts";
import type { Grading } from "../workbook/grade.ts";
import type { RankingsSheet } from "../workbook/rankings-sheet.ts";
import { documents } from "./on-demand.ts";
import { ownTab } from "./own-tab.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Pixels per character cell, as for the computed columns. */
const PIXELS_PER_CELL = 7;

/**
 * Rewrites the add-on's own Rankings tab (created and marked when missing; never a user's tab of
 * the same name): cleared, then number formats, values and weights in one call each, and the
 * column widths. The number of calls does not depend on the rows.
 */
export function writeRankingsTab(ss: Spreadsheet, rankings: RankingsSheet): void {
  const sheet = ownTab(ss, "rankings", rankings.name);
  const rows = rankings.values.length;
  const width = rankings.widths.length;
  sheet.clear();
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const range = sheet.getRange(1, 1, rows, width);
  // Formats first: a dorm number such as 3-201 written into a text cell stays text.
  range.setNumberFormats(rankings.formats.map((row) => [...row]));
  range.setValues(rankings.values.map((row) => [...row]));
  range.setFontWeights(rankings.bold.map((bold) => Array(width).fill(bold ? "bold" : "normal")));
  // One call per run of equal widths.
  let start = 0;
  rankings.widths.forEach((cells, c) => {
    if (rankings.widths[c + 1] === cells) return;
    sheet.setColumnWidths(start + 1, c - start + 1, cells * PIXELS_PER_CELL);
    start = c + 1;
  });
}

/**
 * A digest of what the Rankings tab is made from: the shown semester's inspections by dorm (date,
 * level, score), each dorm's building and year, the members' branches, the semester's 无人, the
 * settings and the language. An edit of another semester leaves it, and the tab, as they are.
 */
export function rankingsKey(grading: Grading): string {
  const { evaluation, read } = grading;
  const flat: unknown[] = [read.lang, evaluation.semester.id, evaluation.settings];
  for (const d of evaluation.dorms) {
    flat.push(d.dorm.label, d.dorm.building, d.dorm.year ?? 0, d.inspections.length);
    for (const i of d.inspections) flat.push(i.date, i.level, i.score ?? -1);
  }
  for (const m of read.records.members) flat.push(m.dormId, m.status, m.branch);
  const { first, last } = evaluation.semester;
  for (const n of read.records.nobodyIn ?? [])
    if (n.day >= first && n.day <= last) flat.push(n.dormId, isoOf(n.day));
  return fingerprint(flat);
}

/**
 * Brings the Rankings tab up to date when what it is made from (`rankingsKey`) changed since it
 * was last written (`previous`); returns the key to keep. A failure leaves the previous key, so that the next recalculation writes the tab; it
 * never stops the outputs from being written.
 */
export function refreshRankingsTab(ss: Spreadsheet, grading: Grading, previous: string): string {
  const key = rankingsKey(grading);
  if (key === previous) return previous;
  try {
    writeRankingsTab(ss, documents().rankingsTab(grading));
    return key;
  } catch {
    return previous;
  }
}
