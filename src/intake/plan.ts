import { isoOf } from "../engine/day.ts";
import type { Lang } from "../engine/labels.ts";
import { isBlank, readCategory, readScore } from "../workbook/cells.ts";
import type { InspectionValue } from "../workbook/entry.ts";
import { textOf } from "../workbook/normalize.ts";
import { duplicateKey, type IntakeBook } from "./book.ts";
import { type Choice, choiceMap, writeChoices } from "./choices.ts";
import type { IntakeField } from "./fields.ts";
import { normalizeHeader } from "./header.ts";
import { t } from "./labels.ts";
import { type ColumnMapping, type ColumnUse, type Missing, mapColumns, namedColumns } from "./mapping.ts";
import { dayOrder, readIntakeDay, readResult } from "./values.ts";

/** A table to import: an export's rows as read from its file, or a tab, or pasted text. */
export interface SourceTable {
  /** What the user calls it: a file name, a tab name. */
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  /** The zone its date cells are shown in ("UTC" for files, the spreadsheet's zone for a tab). */
  readonly timeZone: string;
}

export type RowStatus = "new" | "duplicate" | "unreadable";

/** One row of the dry run, as a user sees it: what was read, and what the import would do. */
export interface PreviewRow {
  /** The row number in the import, as a spreadsheet shows it (the header's row counts). */
  readonly row: number;
  readonly status: RowStatus;
  /** The values read, in the workbook's words (the cell's text when it could not be read). */
  readonly date: string;
  readonly dorm: string;
  readonly category: string;
  readonly result: string;
  readonly score: string;
  readonly inspector: string;
  readonly notes: string;
  /** Why a row is a duplicate or cannot be read; blank for a new row. */
  readonly reason: string;
}

/** The dry run of an import: plain data, for the command line's listing and the Sheets dialog. */
export interface IntakePreview {
  readonly lang: Lang;
  readonly source: string;
  /** The row (1-based) that holds the headers. */
  readonly headerRow: number;
  /** Rows under the header that are not blank. */
  readonly dataRows: number;
  readonly columns: readonly ColumnUse[];
  readonly missing: readonly Missing[];
  /** Why nothing can be imported (a required column is missing); undefined otherwise. */
  readonly problem?: string;
  /** Columns chosen by hand that the table does not have. */
  readonly unknownChoices?: readonly string[];
  readonly rows: readonly PreviewRow[];
  readonly counts: { readonly new: number; readonly duplicate: number; readonly unreadable: number };
  /** The Settings tab's 导入列对应 after this import, when it chose columns by hand; else undefined. */
  readonly remember?: string;
}

/** A dry run and the inspections an apply appends, in order. */
export interface IntakePlan {
  readonly preview: IntakePreview;
  readonly values: readonly InspectionValue[];
}

/** Blank rows are not data; a table's header is at most this far down (a title row may come first). */
const HEADER_SEARCH = 10;

/** What 问卷星 writes for a question left unanswered: a blank. */
const SKIPPED = new Set(["(跳过)", "(空)", "-3"]);

function unskipped(cell: unknown): unknown {
  return typeof cell === "string" && SKIPPED.has(cell.normalize("NFKC").trim()) ? "" : cell;
}

/** The row that looks most like a header: the most columns named or chosen. */
function headerIndex(values: SourceTable["values"], chosen: ReadonlySet<string>): number {
  let best = 0;
  let bestScore = 0;
  values.slice(0, HEADER_SEARCH).forEach((row, i) => {
    const score = namedColumns(row) + row.filter((cell) => chosen.has(normalizeHeader(cell))).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function cellOf(row: readonly unknown[], mapping: ColumnMapping, field: IntakeField): unknown {
  const at = mapping.fields.get(field)?.[0];
  return at === undefined ? "" : row[at];
}

/** Notes from every notes column, joined; 问卷星 separates the choices of a multiple choice with ┋. */
function notesOf(row: readonly unknown[], mapping: ColumnMapping, lang: Lang): string {
  return (mapping.fields.get("notes") ?? [])
    .map((i) => textOf(row[i]).replace(/\s*┋\s*/gu, t(lang, "intake.list")))
    .filter((text) => text !== "")
    .join(t(lang, "intake.sep"));
}

function categoryWords(category: string, lang: Lang): string {
  return ["hygiene", "discipline", "schedule", "safety"].includes(category)
    ? t(lang, `category.${category as "hygiene"}`)
    : category;
}

/**
 * Why nothing of a table can be imported, in any language (the command line speaks the shell's):
 * a column chosen by hand that the table lacks, or the required fields no column holds, with the
 * columns that could not be placed.
 *
 * @example
 * problemText(preview, "en") //=> "The import has no column for a dorm. Columns not recognised: 门牌."
 */
export function problemText(
  preview: Pick<IntakePreview, "columns" | "missing" | "unknownChoices">,
  lang: Lang,
): string | undefined {
  const strays = preview.unknownChoices ?? [];
  if (strays.length > 0)
    return strays.map((header) => t(lang, "intake.unknownHeader", { header })).join(t(lang, "intake.sep"));
  if (preview.missing.length === 0) return undefined;
  const unknown = preview.columns.filter((c) => c.how === "unknown" && c.header !== "").map((c) => c.header);
  return t(lang, "intake.missing", {
    fields: preview.missing.map((m) => t(lang, `intake.need.${m}`)).join(t(lang, "intake.list")),
    unknown: unknown.length ? unknown.join(t(lang, "intake.list")) : t(lang, "intake.noUnknown"),
  });
}

/**
 * The dry run of importing a table into a workbook: each column's field (by its name, by a choice
 * the Settings tab remembers, or by one given now), then each data row read as an inspection and
 * sorted into new, duplicate (same dorm, day, category and inspector as a row already on the
 * Inspections tab or earlier in the import) or unreadable, with the reason. Pure: nothing is
 * written; `values` holds what an apply would append.
 *
 * @example
 * const plan = planIntake({ name: "问卷星.csv", values, timeZone: "UTC" }, book, []);
 * plan.preview.counts //=> { new: 8, duplicate: 3, unreadable: 1 }
 */
export function planIntake(source: SourceTable, book: IntakeBook, given: readonly Choice[]): IntakePlan {
  const { lang } = book;
  const givenMap = choiceMap(given);
  const rememberedMap = choiceMap(book.remembered);
  const at = headerIndex(source.values, new Set([...givenMap.keys(), ...rememberedMap.keys()]));
  const header = source.values[at] ?? [];
  const mapping = mapColumns(header, rememberedMap, givenMap);
  const remember = given.length > 0 ? writeChoices([...book.remembered, ...given], lang) : undefined;
  const base = {
    lang,
    source: source.name,
    headerRow: at + 1,
    dataRows: source.values.slice(at + 1).filter((row) => !row.map(unskipped).every(isBlank)).length,
    columns: mapping.columns,
    missing: mapping.missing,
    ...(remember === undefined ? {} : { remember }),
  };
  const headerKeys = new Set(header.map(normalizeHeader));
  const strays = given.filter((c) => !headerKeys.has(normalizeHeader(c.header))).map((c) => c.header);
  if (strays.length > 0 || mapping.missing.length > 0) {
    const blocked = {
      ...base,
      unknownChoices: strays,
      rows: [],
      counts: { new: 0, duplicate: 0, unreadable: 0 },
    };
    return { preview: { ...blocked, problem: problemText(blocked, lang) }, values: [] };
  }

  const dateColumn = mapping.fields.get("date")?.[0] as number;
  const data = source.values.slice(at + 1);
  const order = dayOrder(data.map((row) => row[dateColumn]));
  const seen = new Map<string, number>();
  const rows: PreviewRow[] = [];
  const values: InspectionValue[] = [];
  const inspectionsTab = book.inspections.grid.name;
  data.forEach((cells, i) => {
    const row = cells.map(unskipped);
    if (row.every(isBlank)) return;
    const number = at + i + 2;
    const errors: string[] = [];
    const note = (message: string | undefined) => {
      if (message !== undefined) errors.push(message);
    };
    const dateCell = row[dateColumn];
    const read = readIntakeDay(dateCell, source.timeZone, lang, order);
    const day = read.error === undefined ? read.value : undefined;
    note(read.error);
    if (read.error === undefined && day === undefined)
      note(t(lang, "check.missing", { column: t(lang, "col.date") }));
    if (day !== undefined && day > book.today) note(t(lang, "check.futureDate", { value: isoOf(day) }));
    const room = cellOf(row, mapping, "dorm");
    const dorm = book.dorms.find(room, cellOf(row, mapping, "building"));
    if (textOf(room) === "") note(t(lang, "check.missing", { column: t(lang, "col.dorm") }));
    else if (!dorm) note(t(lang, "check.unknownDorm", { value: textOf(room) }));
    const result = readResult(cellOf(row, mapping, "result"), lang);
    const score = readScore(cellOf(row, mapping, "score"), lang);
    const level = result.error === undefined ? result.value : undefined;
    const points = score.error === undefined ? score.value : undefined;
    // As on the Inspections tab: the result wins; a bad score matters only without one.
    if (result.error !== undefined) note(result.error);
    else if (level === undefined && score.error !== undefined) note(score.error);
    else if (level === undefined && points === undefined) note(t(lang, "check.noResult"));
    const category = readCategory(cellOf(row, mapping, "category"));
    const inspector = textOf(cellOf(row, mapping, "inspector"));
    const notes = notesOf(row, mapping, lang);
    const shown = {
      row: number,
      date: day !== undefined ? isoOf(day) : textOf(dateCell),
      dorm: dorm?.label ?? textOf(room),
      category: categoryWords(category, lang),
      result: level ? t(lang, `level.${level}`) : textOf(cellOf(row, mapping, "result")),
      score: points !== undefined ? String(points) : textOf(cellOf(row, mapping, "score")),
      inspector,
      notes,
    };
    if (errors.length > 0 || day === undefined || !dorm) {
      rows.push({ ...shown, status: "unreadable", reason: errors.join(t(lang, "intake.sep")) });
      return;
    }
    const key = duplicateKey(dorm.id, day, category, inspector);
    const onTab = book.existing.get(key);
    const inImport = seen.get(key);
    if (onTab !== undefined || inImport !== undefined) {
      const reason =
        onTab !== undefined
          ? t(lang, "intake.sameAsTab", { tab: inspectionsTab, row: onTab })
          : t(lang, "intake.sameAsSource", { row: inImport as number });
      rows.push({ ...shown, status: "duplicate", reason });
      return;
    }
    seen.set(key, number);
    rows.push({ ...shown, status: "new", reason: "" });
    values.push({
      day,
      dormId: dorm.id,
      dormLabel: dorm.label,
      category,
      level,
      score: points,
      // A form's 扣分项 is free text, joined into the notes: codes of the Scoresheet tab are typed there by hand.
      deductions: "",
      inspector,
      notes,
    });
  });
  const count = (status: RowStatus) => rows.filter((r) => r.status === status).length;
  return {
    preview: {
      ...base,
      rows,
      counts: { new: count("new"), duplicate: count("duplicate"), unreadable: count("unreadable") },
    },
    values,
  };
}
