import type { Day } from "../engine/day.ts";
import { isoOf } from "../engine/day.ts";
import { noteDormPositions } from "../engine/group-by-dorm.ts";
import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import { memoized } from "../engine/memo.ts";
import type {
  Assignment,
  Dorm,
  Inspection,
  Member,
  Move,
  NobodyIn,
  Records,
  Talk,
  Visit,
} from "../engine/records.ts";
import { moveConflicts } from "../engine/residence.ts";
import type { ScoresheetItem } from "../engine/scoresheet.ts";
import type { Settings } from "../engine/settings.ts";
import {
  isBlank,
  type Read,
  readAppeal,
  readBoolean,
  readCategory,
  readCondition,
  readDay,
  readStatus,
  readYear,
} from "./cells.ts";
import { chooseTab, findTab, type Grid, layoutOf, type TabLayout } from "./layout.ts";
import { normalizeId, textOf } from "./normalize.ts";
import { missingColumnProblem, missingTabProblem, type Surface } from "./problems.ts";
import { type LevelCells, type LevelContext, levelReader } from "./read-level.ts";
import { indexScoresheet, readBeds, scoresheetRow } from "./read-scoresheet.ts";
import { readSettings } from "./read-settings.ts";
import { TABS, type TabKey } from "./schema.ts";

export interface ReadOptions {
  /** The zone date cells are shown in: the spreadsheet's zone in Sheets, "UTC" for .xlsx. */
  readonly timeZone: string;
  readonly today: Day;
  /** The language of the problems that stop grading; the workbook's own language by default. */
  readonly problemLang?: Lang;
  /** Where the problems are read, for the fix they suggest; "sheets" by default. */
  readonly surface?: Surface;
}

/** A workbook read into records, with a check message for every data row (blank when fine). */
export interface WorkbookRead {
  readonly lang: Lang;
  readonly settings: Settings;
  readonly records: Records;
  /** The Scoresheet tab's usable items; empty without the tab. */
  readonly scoresheet: readonly ScoresheetItem[];
  readonly layouts: Partial<Record<TabKey, TabLayout>>;
  /** Per tab, one message per data row (index 0 is sheet row 2). */
  readonly checks: Partial<Record<TabKey, string[]>>;
  /** Problems that stop grading: a missing tab or a missing required column. */
  readonly problems: readonly string[];
}

/** A column of a tab, found once by its key before the rows are read. */
interface Column {
  readonly key: LabelKey;
  /** Its 0-based index in the grid's rows; -1 when the tab has no such column. */
  readonly index: number;
}

/**
 * Reads one row's cells and collects the first problem. One reader serves every row of a tab
 * (`start` moves it to the next row), so reading allocates nothing per row; columns are found
 * once per tab (`column`), so a cell is read by its index.
 */
class RowReader {
  error: string | undefined;
  private row: readonly unknown[] = [];
  /** What `optional` noted on the current row. */
  readonly notes: string[] = [];
  /** Notes a problem that does not stop the row from being used. */
  readonly note = (message: string): void => {
    this.notes.push(message);
  };
  constructor(
    private readonly layout: TabLayout,
    private readonly lang: Lang,
  ) {}

  /** A column of this tab by its key. */
  column(key: LabelKey): Column {
    return { key, index: this.layout.columns.get(key) ?? -1 };
  }

  start(row: readonly unknown[]): void {
    this.row = row;
    this.error = undefined;
    if (this.notes.length > 0) this.notes.length = 0;
  }

  cell(column: Column): unknown {
    return column.index < 0 ? "" : this.row[column.index];
  }

  text(column: Column): string {
    return textOf(this.cell(column));
  }

  /** A value that must be there and readable; on failure records the message. */
  required<T>(column: Column, read: Read<T>): T | undefined {
    if (read.error !== undefined) this.error ??= read.error;
    else if (read.value === undefined)
      this.error ??= t(this.lang, "check.missing", { column: t(this.lang, column.key) });
    return read.error === undefined ? read.value : undefined;
  }

  /** A value that may be blank; an unreadable one is reported (the row is still used). */
  optional<T>(read: Read<T>, note: (message: string) => void): T | undefined {
    if (read.error !== undefined) {
      note(read.error);
      return undefined;
    }
    return read.value;
  }

  id(column: Column): string | undefined {
    const id = normalizeId(this.cell(column));
    if (id === "") this.error ??= t(this.lang, "check.missing", { column: t(this.lang, column.key) });
    return id === "" ? undefined : id;
  }
}

/**
 * The dorm of each record a tab gives, as its position on the Dorms tab, in the order the records
 * are given: noted beside the list for `groupByDorm`, which then groups 200,000 inspections with
 * no lookup by name.
 */
class DormsGiven {
  private readonly positions: Int32Array;
  private count = 0;
  constructor(layout: TabLayout | undefined) {
    this.positions = new Int32Array(layout ? layout.rows : 0);
  }

  /** The dorm of the record about to be given. */
  add(position: number): void {
    this.positions[this.count++] = position;
  }

  note(records: readonly DormDatedRecord[], dormIds: readonly string[]): void {
    if (records.length === this.count)
      noteDormPositions(records, { dormIds, positions: this.positions.subarray(0, this.count) });
  }
}

type DormDatedRecord = Inspection | NobodyIn | Visit;

interface TabRows<T> {
  readonly records: T[];
  readonly checks: string[];
}

const NO_CELLS: readonly unknown[] = [];

/** Student IDs listed in one cell, separated by commas, 、, semicolons or spaces. */
function idList(cell: unknown): string[] {
  if (isBlank(cell)) return [];
  return textOf(cell)
    .split(/[,，、;；\s]+/)
    .map((part) => normalizeId(part))
    .filter((id) => id !== "");
}

/** A row is blank when its input cells are: stale messages in output columns do not count. */
function isBlankRow(row: readonly unknown[], inputIndexes: readonly number[]): boolean {
  for (const c of inputIndexes) if (!isBlank(row[c])) return false;
  return true;
}

/** Reads one row (given its sheet row number) into a record, or undefined when it cannot be used. */
type RowRead<T> = (rowNumber: number, note: (message: string) => void) => T | undefined;

/**
 * Reads each non-blank data row of a tab; a row is used when it gives a record. `reader` finds
 * the tab's columns once and gives the function that reads a row through `r`.
 */
function readRows<T>(
  layout: TabLayout | undefined,
  lang: Lang,
  reader: (r: RowReader) => RowRead<T>,
): TabRows<T> {
  if (!layout) return { records: [], checks: [] };
  // Sized once: a 200,000-row tab would otherwise regrow (and copy) both lists some twenty times.
  const records = new Array<T>(layout.rows - 1);
  const checks = new Array<string>(layout.rows - 1).fill("");
  let used = 0;
  const inputIndexes = [...layout.columns.values()];
  const separator = lang === "zh" ? "；" : "; ";
  const r = new RowReader(layout, lang);
  const readRow = reader(r);
  const values = layout.grid.values;
  for (let i = 1; i < layout.rows; i++) {
    const row = values[i] ?? NO_CELLS;
    if (isBlankRow(row, inputIndexes)) continue;
    r.start(row);
    const record = readRow(i + 1, r.note);
    const notes = r.notes.length === 0 ? "" : r.notes.join(separator);
    if (r.error !== undefined || record === undefined) {
      checks[i - 1] = r.error ?? notes;
      continue;
    }
    records[used++] = record;
    checks[i - 1] = notes;
  }
  records.length = used;
  return { records, checks };
}

/**
 * Reads a workbook's tabs into the engine's records, following the workbook contract: tabs and
 * columns by name, forgiving values, and a clear message for each row that cannot be used.
 *
 * @example
 * readWorkbook(grids, { timeZone: "UTC", today }).records.dorms.length //=> 200
 */
export function readWorkbook(grids: readonly Grid[], options: ReadOptions): WorkbookRead {
  const layouts: Partial<Record<TabKey, TabLayout>> = {};
  const problems: string[] = [];
  const settingsLayout = TABS.find((s) => s.key === "settings");
  const settingsGrid = settingsLayout && findTab(grids, settingsLayout);
  const { settings } = readSettings(
    settingsGrid && settingsLayout ? layoutOf(settingsGrid, settingsLayout) : undefined,
  );
  const lang = settings.language;
  const problemLang = options.problemLang ?? lang;

  for (const spec of TABS) {
    const choice = chooseTab(grids, spec);
    if ("ambiguous" in choice) {
      const names = choice.ambiguous.map((g) => (problemLang === "zh" ? `“${g.name}”` : `"${g.name}"`));
      problems.push(
        t(problemLang, "check.ambiguousTab", {
          tab: t(problemLang, spec.label),
          candidates: names.join(problemLang === "zh" ? "、" : ", "),
        }),
      );
      continue;
    }
    const grid = "grid" in choice ? choice.grid : undefined;
    if (!grid) {
      if (spec.required)
        problems.push(missingTabProblem(spec, grids, problemLang, options.surface ?? "sheets"));
      continue;
    }
    const layout = layoutOf(grid, spec);
    for (const column of layout.missing) problems.push(missingColumnProblem(layout, column, problemLang));
    layouts[spec.key] = layout;
  }

  const { timeZone, today } = options;
  const readDate = (r: RowReader, column: Column): Day | undefined => {
    const day = r.required(column, readDay(r.cell(column), timeZone, lang));
    if (day !== undefined && day > today) r.error ??= t(lang, "check.futureDate", { value: isoOf(day) });
    return day;
  };

  // Each used dorm and student, with the row it was first read from: duplicates name that row,
  // and the other tabs check their references against these.
  const dormRows = new Map<string, number>();
  const dorms = readRows<Dorm>(layouts.dorms, lang, (r) => {
    const dorm = r.column("col.dorm");
    const building = r.column("col.building");
    const year = r.column("col.year");
    const plaque = r.column("col.plaque");
    const plaqueDate = r.column("col.plaqueDate");
    const plaqueCondition = r.column("col.plaqueCondition");
    const bedsColumn = r.column("col.beds");
    return (row, note) => {
      const id = r.id(dorm);
      if (id === undefined) return undefined;
      const seen = dormRows.get(id);
      if (seen !== undefined) {
        r.error = t(lang, "check.duplicateDorm", { value: r.text(dorm), row: seen });
        return undefined;
      }
      dormRows.set(id, row);
      const plaqueDay = r.optional(readDay(r.cell(plaqueDate), timeZone, lang), note);
      const beds = r.optional(readBeds(r.cell(bedsColumn), lang), note);
      const record: { -readonly [K in keyof Dorm]: Dorm[K] } = {
        row,
        id,
        label: r.text(dorm),
        building: r.text(building),
        year: r.optional(readYear(r.cell(year), lang), note),
        plaque: r.optional(readBoolean(r.cell(plaque), lang), note) ?? false,
        plaqueDate: plaqueDay,
        plaqueCondition: r.optional(readCondition(r.cell(plaqueCondition), lang), note) ?? "ok",
      };
      // Set in place, not spread: a spread makes each record through a slower path.
      if (beds !== undefined) record.beds = beds;
      return record;
    };
  });
  // A dorm number repeats on every row that names it: each spelling typed is looked up once, and
  // every record then holds the Dorms tab's own id string, which later lookups by dorm compare fast.
  const dormIds = dorms.records.map((d) => d.id);
  const dormPositions = new Map<string, number>();
  for (let p = 0; p < dormIds.length; p++) dormPositions.set(dormIds[p] as string, p);
  const knownSpellings = new Map<unknown, number>();
  /** The position of the row's dorm in `dormIds`; -1 when blank or not on the Dorms tab (said on the row). */
  const dormAt = (r: RowReader, dorm: Column): number => {
    const cell = r.cell(dorm);
    const known = knownSpellings.get(cell);
    if (known !== undefined) return known;
    const id = r.id(dorm);
    if (id === undefined) return -1;
    const position = dormPositions.get(id);
    if (position === undefined) {
      r.error ??= t(lang, "check.unknownDorm", { value: r.text(dorm) });
      return -1;
    }
    if (typeof cell === "string" || typeof cell === "number") knownSpellings.set(cell, position);
    return position;
  };
  const idAt = (position: number): string | undefined => (position < 0 ? undefined : dormIds[position]);
  const knownDorm = (r: RowReader, dorm: Column): string | undefined => idAt(dormAt(r, dorm));

  const studentRows = new Map<string, number>();
  const members = readRows<Member>(layouts.members, lang, (r) => {
    const studentId = r.column("col.studentId");
    const name = r.column("col.name");
    const status = r.column("col.status");
    const dorm = r.column("col.dorm");
    const branch = r.column("col.branch");
    const contact = r.column("col.contact");
    return (row) => {
      const id = r.id(studentId);
      const nameText = r.text(name);
      if (nameText === "") r.error ??= t(lang, "check.missing", { column: t(lang, "col.name") });
      const statusValue = r.required(status, readStatus(r.cell(status), lang));
      const dormId = knownDorm(r, dorm);
      if (id === undefined || statusValue === undefined || dormId === undefined || r.error) return undefined;
      const seen = studentRows.get(id);
      if (seen !== undefined) {
        r.error = t(lang, "check.duplicateStudent", { value: r.text(studentId), row: seen });
        return undefined;
      }
      studentRows.set(id, row);
      return {
        row,
        id,
        label: r.text(studentId),
        name: nameText,
        status: statusValue,
        dormId,
        branch: r.text(branch),
        contact: r.text(contact),
      };
    };
  });

  const codeRows = new Map<string, number>();
  const scoresheet = readRows<ScoresheetItem>(layouts.scoresheet, lang, (r) => {
    // A few dozen rows: each cell is found by its key.
    const cell = (key: LabelKey) => r.cell(r.column(key));
    return (row) => {
      const read = scoresheetRow(cell, row, lang, codeRows);
      if ("error" in read) r.error ??= read.error;
      return "item" in read ? read.item : undefined;
    };
  });
  const items = layouts.scoresheet ? indexScoresheet(scoresheet.records) : undefined;
  // Made when a row first lists deductions: most workbooks list none.
  let beds: Map<string, number | undefined> | undefined;
  const bedsOf = (dormId: string) => {
    beds ??= new Map(dorms.records.map((d) => [d.id, d.beds]));
    return beds.get(dormId);
  };

  // 无人 rows are read here too, and kept apart: they are no inspection.
  const nobodyIn: NobodyIn[] = [];
  const inspectionDorms = new DormsGiven(layouts.inspections);
  const nobodyInDorms = new DormsGiven(layouts.inspections);
  const inspectionRows = readRows<Inspection | NobodyIn>(layouts.inspections, lang, (r) => {
    const date = r.column("col.date");
    const dorm = r.column("col.dorm");
    const category = r.column("col.category");
    const resultColumn = r.column("col.result");
    const scoreColumn = r.column("col.score");
    const deductionsColumn = r.column("col.deductions");
    const inspector = r.column("col.inspector");
    const notes = r.column("col.notes");
    const appealColumn = r.column("col.appeal");
    const appealReason = r.column("col.appealReason");
    const tierColumn = r.column("col.tier");
    // Most workbooks have neither column: their rows skip three cells that could say nothing.
    const appeals = appealColumn.index >= 0 || appealReason.index >= 0;
    const tiers = tierColumn.index >= 0;
    // One of each for the whole tab, refilled on every row: 200,000 rows make no garbage here.
    const cells: { -readonly [K in keyof LevelCells]: LevelCells[K] } = {
      result: "",
      score: "",
      deductions: "",
    };
    const context: { -readonly [K in keyof LevelContext]: LevelContext[K] } = {
      lang,
      settings,
      scoresheet: items,
      beds: undefined,
    };
    const levelOf = levelReader(context);
    const categoryOf = memoized(readCategory, 1_024);
    return (row, note) => {
      const day = readDate(r, date);
      const position = dormAt(r, dorm);
      const dormId = idAt(position);
      cells.result = r.cell(resultColumn);
      cells.score = r.cell(scoreColumn);
      cells.deductions = r.cell(deductionsColumn);
      // Beds weigh per-bed items only: a row that lists none needs no lookup.
      context.beds = dormId === undefined || isBlank(cells.deductions) ? undefined : bedsOf(dormId);
      const read = levelOf(cells);
      if ("error" in read) r.error ??= read.error;
      else if (read.note !== undefined) note(read.note);
      if (day === undefined || dormId === undefined || "error" in read || r.error) return undefined;
      const categoryValue = categoryOf(r.cell(category));
      const inspectorText = r.text(inspector);
      const notesText = r.text(notes);
      if ("nobodyIn" in read) {
        const empty = {
          row,
          day,
          dormId,
          category: categoryValue,
          inspector: inspectorText,
          notes: notesText,
        };
        nobodyIn.push(empty);
        nobodyInDorms.add(position);
        return empty;
      }
      const { level, score, basis } = read.decided;
      const appealCell = appeals ? r.cell(appealColumn) : "";
      const appeal = isBlank(appealCell) ? undefined : r.optional(readAppeal(appealCell, lang), note);
      const reason = appeals ? r.text(appealReason) : "";
      if (appeal === "revoked" && reason === "") note(t(lang, "check.appealNoReason"));
      const tier = tiers ? r.text(tierColumn) : "";
      const record: { -readonly [K in keyof Inspection]: Inspection[K] } = {
        row,
        day,
        dormId,
        category: categoryValue,
        level,
        score,
        inspector: inspectorText,
        notes: notesText,
      };
      // Kept only when they say something, so that workbooks without scoresheets or appeals read
      // as before; set in place, not spread, on each of 200,000 rows.
      if (basis === "items" || basis === "refused") record.basis = basis;
      if (read.deductions) record.deductions = read.deductions;
      if (appeal) record.appeal = { outcome: appeal, reason };
      if (tier) record.tier = tier;
      inspectionDorms.add(position);
      return record;
    };
  });
  // Most tabs have no 无人 row: then the records are the inspections, with no second pass.
  const inspections =
    nobodyIn.length === 0
      ? (inspectionRows.records as Inspection[])
      : inspectionRows.records.filter((record): record is Inspection => "level" in record);
  inspectionDorms.note(inspections, dormIds);
  nobodyInDorms.note(nobodyIn, dormIds);

  const visitDorms = new DormsGiven(layouts.visits);
  const visits = readRows<Visit>(layouts.visits, lang, (r) => {
    const date = r.column("col.date");
    const dorm = r.column("col.dorm");
    const teacher = r.column("col.teacher");
    const group = r.column("col.group");
    const findings = r.column("col.findings");
    const followUp = r.column("col.followUp");
    const visitorsColumn = r.column("col.visitors");
    return (row, note) => {
      const day = readDate(r, date);
      const position = dormAt(r, dorm);
      const dormId = idAt(position);
      const teacherText = r.text(teacher);
      if (teacherText === "") r.error ??= t(lang, "check.missing", { column: t(lang, "col.teacher") });
      if (day === undefined || dormId === undefined || r.error) return undefined;
      const visitors = idList(r.cell(visitorsColumn));
      for (const id of visitors) {
        if (!studentRows.has(id)) note(t(lang, "check.unknownVisitor", { value: id }));
      }
      const record: { -readonly [K in keyof Visit]: Visit[K] } = {
        row,
        day,
        dormId,
        teacher: teacherText,
        group: r.text(group),
        findings: r.text(findings),
        followUp: r.text(followUp),
      };
      if (visitors.length > 0) record.visitors = visitors.filter((id) => studentRows.has(id));
      visitDorms.add(position);
      return record;
    };
  });

  visitDorms.note(visits.records, dormIds);

  const talks = readRows<Talk>(layouts.talks, lang, (r) => {
    const date = r.column("col.date");
    const student = r.column("col.studentId");
    const withColumn = r.column("col.with");
    const reason = r.column("col.reason");
    const notes = r.column("col.notes");
    return (row) => {
      const day = readDate(r, date);
      const studentId = r.id(student);
      if (studentId !== undefined && !studentRows.has(studentId)) {
        r.error ??= t(lang, "check.unknownStudent", { value: r.text(student) });
      }
      if (day === undefined || studentId === undefined || r.error) return undefined;
      return {
        row,
        day,
        studentId,
        with: r.text(withColumn),
        reason: r.text(reason),
        notes: r.text(notes),
      };
    };
  });

  const knownStudent = (r: RowReader, student: Column): string | undefined => {
    const id = r.id(student);
    if (id !== undefined && !studentRows.has(id))
      r.error ??= t(lang, "check.unknownStudent", { value: r.text(student) });
    return id;
  };

  const moves = readRows<Move>(layouts.moves, lang, (r) => {
    const date = r.column("col.date");
    const student = r.column("col.studentId");
    const fromDorm = r.column("col.fromDorm");
    const toDorm = r.column("col.toDorm");
    return (row) => {
      const day = readDate(r, date);
      const studentId = knownStudent(r, student);
      const fromDormId = knownDorm(r, fromDorm);
      const toDormId = knownDorm(r, toDorm);
      if (fromDormId !== undefined && fromDormId === toDormId) r.error ??= t(lang, "check.sameDorm");
      if (day === undefined || studentId === undefined || !fromDormId || !toDormId || r.error)
        return undefined;
      return { row, day, studentId, fromDormId, toDormId };
    };
  });
  // A move that does not follow from the one before is still used, and said so on its row.
  const dormLabels = new Map(dorms.records.map((d) => [d.id, d.label]));
  const label = (id: string) => dormLabels.get(id) ?? id;
  for (const conflict of moveConflicts(moves.records, members.records)) {
    const i = conflict.row - 2;
    const message =
      conflict.kind === "from"
        ? t(lang, "check.moveFrom", { value: label(conflict.dormId), previous: label(conflict.expected) })
        : t(lang, "check.moveLast", { value: label(conflict.dormId), present: label(conflict.expected) });
    moves.checks[i] = moves.checks[i]
      ? `${moves.checks[i]}${lang === "zh" ? "；" : "; "}${message}`
      : message;
  }

  const assignments = readRows<Assignment>(layouts.assignments, lang, (r) => {
    const student = r.column("col.studentId");
    const dorm = r.column("col.dorm");
    const fromDate = r.column("col.fromDate");
    return (row) => {
      const studentId = knownStudent(r, student);
      const dormId = knownDorm(r, dorm);
      // Blank: assigned from the start; unreadable: the row cannot say when, so it is not used.
      const from = readDay(r.cell(fromDate), timeZone, lang);
      if (from.error !== undefined) r.error ??= from.error;
      const day = from.error === undefined ? from.value : undefined;
      if (studentId === undefined || dormId === undefined || r.error) return undefined;
      return { row, day, studentId, dormId };
    };
  });

  return {
    lang,
    settings,
    records: {
      dorms: dorms.records,
      members: members.records,
      inspections,
      visits: visits.records,
      talks: talks.records,
      ...(nobodyIn.length > 0 ? { nobodyIn } : {}),
      moves: moves.records,
      assignments: assignments.records,
    },
    scoresheet: scoresheet.records,
    layouts,
    checks: {
      dorms: dorms.checks,
      members: members.checks,
      inspections: inspectionRows.checks,
      visits: visits.checks,
      talks: talks.checks,
      moves: moves.checks,
      assignments: assignments.checks,
      settings: readSettings(layouts.settings, lang).checks,
      ...(layouts.scoresheet ? { scoresheet: scoresheet.checks } : {}),
    },
    problems,
  };
}
