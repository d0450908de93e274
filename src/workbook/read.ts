import type { Day } from "../engine/day.ts";
import { isoOf } from "../engine/day.ts";
import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import { levelOf } from "../engine/level.ts";
import type { Assignment, Dorm, Inspection, Member, Move, Records, Talk, Visit } from "../engine/records.ts";
import { moveConflicts } from "../engine/residence.ts";
import type { Settings } from "../engine/settings.ts";
import {
  isBlank,
  isScoreTyped,
  type Read,
  readAppeal,
  readBoolean,
  readCategory,
  readCondition,
  readDay,
  readLevel,
  readScore,
  readStatus,
  readYear,
} from "./cells.ts";
import { chooseTab, findTab, type Grid, layoutOf, type TabLayout } from "./layout.ts";
import { normalizeId, textOf } from "./normalize.ts";
import { missingColumnProblem, missingTabProblem, type Surface } from "./problems.ts";
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
  readonly layouts: Partial<Record<TabKey, TabLayout>>;
  /** Per tab, one message per data row (index 0 is sheet row 2). */
  readonly checks: Partial<Record<TabKey, string[]>>;
  /** Problems that stop grading: a missing tab or a missing required column. */
  readonly problems: readonly string[];
}

/** Reads one row's cells by column key and collects the first problem. */
class RowReader {
  error: string | undefined;
  constructor(
    private readonly layout: TabLayout,
    private readonly row: readonly unknown[],
    private readonly lang: Lang,
  ) {}

  cell(key: LabelKey): unknown {
    const index = this.layout.columns.get(key);
    return index === undefined ? "" : this.row[index];
  }

  text(key: LabelKey): string {
    return textOf(this.cell(key));
  }

  /** A value that must be there and readable; on failure records the message. */
  required<T>(key: LabelKey, read: Read<T>): T | undefined {
    if (read.error !== undefined) this.error ??= read.error;
    else if (read.value === undefined)
      this.error ??= t(this.lang, "check.missing", { column: t(this.lang, key) });
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

  id(key: LabelKey): string | undefined {
    const id = normalizeId(this.cell(key));
    if (id === "") this.error ??= t(this.lang, "check.missing", { column: t(this.lang, key) });
    return id === "" ? undefined : id;
  }
}

interface TabRows<T> {
  readonly records: T[];
  readonly checks: string[];
}

/** Student IDs listed in one cell, separated by commas, 、, semicolons or spaces. */
function idList(cell: unknown): string[] {
  return textOf(cell)
    .split(/[,，、;；\s]+/)
    .map((part) => normalizeId(part))
    .filter((id) => id !== "");
}

/** Runs `readRow` over each non-blank data row; a row is used when it returns a record. */
function readRows<T>(
  layout: TabLayout | undefined,
  lang: Lang,
  readRow: (r: RowReader, rowNumber: number, note: (message: string) => void) => T | undefined,
): TabRows<T> {
  const records: T[] = [];
  const checks: string[] = [];
  if (!layout) return { records, checks };
  const inputIndexes = [...layout.columns.values()];
  layout.grid.values.slice(1).forEach((row, i) => {
    // A row is blank when its input cells are: stale messages in output columns do not count.
    if (inputIndexes.every((c) => isBlank(row[c]))) {
      checks.push("");
      return;
    }
    const notes: string[] = [];
    const reader = new RowReader(layout, row, lang);
    const record = readRow(reader, i + 2, (m) => notes.push(m));
    if (reader.error !== undefined || record === undefined) {
      checks.push(reader.error ?? notes.join(lang === "zh" ? "；" : "; "));
      return;
    }
    records.push(record);
    checks.push(notes.join(lang === "zh" ? "；" : "; "));
  });
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
  const readDate = (r: RowReader, key: LabelKey): Day | undefined => {
    const day = r.required(key, readDay(r.cell(key), timeZone, lang));
    if (day !== undefined && day > today) r.error ??= t(lang, "check.futureDate", { value: isoOf(day) });
    return day;
  };

  const firstRow = new Map<string, number>();
  const dorms = readRows<Dorm>(layouts.dorms, lang, (r, row, note) => {
    const id = r.id("col.dorm");
    if (id === undefined) return undefined;
    const seen = firstRow.get(id);
    if (seen !== undefined) {
      r.error = t(lang, "check.duplicateDorm", { value: r.text("col.dorm"), row: seen });
      return undefined;
    }
    firstRow.set(id, row);
    const plaqueDate = r.optional(readDay(r.cell("col.plaqueDate"), timeZone, lang), note);
    return {
      row,
      id,
      label: r.text("col.dorm"),
      building: r.text("col.building"),
      year: r.optional(readYear(r.cell("col.year"), lang), note),
      plaque: r.optional(readBoolean(r.cell("col.plaque"), lang), note) ?? false,
      plaqueDate,
      plaqueCondition: r.optional(readCondition(r.cell("col.plaqueCondition"), lang), note) ?? "ok",
    };
  });
  const dormIds = new Set(dorms.records.map((d) => d.id));
  const knownDorm = (r: RowReader): string | undefined => {
    const id = r.id("col.dorm");
    if (id !== undefined && !dormIds.has(id))
      r.error ??= t(lang, "check.unknownDorm", { value: r.text("col.dorm") });
    return id;
  };

  firstRow.clear();
  const members = readRows<Member>(layouts.members, lang, (r, row) => {
    const id = r.id("col.studentId");
    const name = r.text("col.name");
    if (name === "") r.error ??= t(lang, "check.missing", { column: t(lang, "col.name") });
    const status = r.required("col.status", readStatus(r.cell("col.status"), lang));
    const dormId = knownDorm(r);
    if (id === undefined || status === undefined || dormId === undefined || r.error) return undefined;
    const seen = firstRow.get(id);
    if (seen !== undefined) {
      r.error = t(lang, "check.duplicateStudent", { value: r.text("col.studentId"), row: seen });
      return undefined;
    }
    firstRow.set(id, row);
    return {
      row,
      id,
      label: r.text("col.studentId"),
      name,
      status,
      dormId,
      branch: r.text("col.branch"),
      contact: r.text("col.contact"),
    };
  });
  const studentIds = new Set(members.records.map((m) => m.id));

  const inspections = readRows<Inspection>(layouts.inspections, lang, (r, row, note) => {
    const day = readDate(r, "col.date");
    const dormId = knownDorm(r);
    // A score typed in the Result column (95) is read as the score.
    const typedScore = isScoreTyped(r.cell("col.result"));
    const result = typedScore ? { value: undefined } : readLevel(r.cell("col.result"), lang);
    const score = readScore(r.cell(typedScore ? "col.result" : "col.score"), lang);
    const resultValue = result.error === undefined ? result.value : undefined;
    const scoreValue = score.error === undefined ? score.value : undefined;
    if (result.error !== undefined) r.error ??= result.error;
    // The result wins over a score; a bad score only matters when there is no result.
    else if (resultValue === undefined && score.error !== undefined) r.error ??= score.error;
    const level = levelOf(resultValue, scoreValue, settings);
    if (level === undefined) r.error ??= t(lang, "check.noResult");
    if (day === undefined || dormId === undefined || level === undefined || r.error) return undefined;
    const appeal = r.optional(readAppeal(r.cell("col.appeal"), lang), note);
    const reason = r.text("col.appealReason");
    if (appeal === "revoked" && reason === "") note(t(lang, "check.appealNoReason"));
    const tier = r.text("col.tier");
    return {
      row,
      day,
      dormId,
      category: readCategory(r.cell("col.category")),
      level,
      score: scoreValue,
      inspector: r.text("col.inspector"),
      notes: r.text("col.notes"),
      ...(appeal ? { appeal: { outcome: appeal, reason } } : {}),
      ...(tier ? { tier } : {}),
    };
  });

  const visits = readRows<Visit>(layouts.visits, lang, (r, row, note) => {
    const day = readDate(r, "col.date");
    const dormId = knownDorm(r);
    const teacher = r.text("col.teacher");
    if (teacher === "") r.error ??= t(lang, "check.missing", { column: t(lang, "col.teacher") });
    if (day === undefined || dormId === undefined || r.error) return undefined;
    const visitors = idList(r.cell("col.visitors"));
    for (const id of visitors) {
      if (!studentIds.has(id)) note(t(lang, "check.unknownVisitor", { value: id }));
    }
    return {
      row,
      day,
      dormId,
      teacher,
      group: r.text("col.group"),
      findings: r.text("col.findings"),
      followUp: r.text("col.followUp"),
      ...(visitors.length > 0 ? { visitors: visitors.filter((id) => studentIds.has(id)) } : {}),
    };
  });

  const talks = readRows<Talk>(layouts.talks, lang, (r, row) => {
    const day = readDate(r, "col.date");
    const studentId = r.id("col.studentId");
    if (studentId !== undefined && !studentIds.has(studentId)) {
      r.error ??= t(lang, "check.unknownStudent", { value: r.text("col.studentId") });
    }
    if (day === undefined || studentId === undefined || r.error) return undefined;
    return {
      row,
      day,
      studentId,
      with: r.text("col.with"),
      reason: r.text("col.reason"),
      notes: r.text("col.notes"),
    };
  });

  const knownStudent = (r: RowReader): string | undefined => {
    const id = r.id("col.studentId");
    if (id !== undefined && !studentIds.has(id))
      r.error ??= t(lang, "check.unknownStudent", { value: r.text("col.studentId") });
    return id;
  };
  const dormIn = (r: RowReader, key: LabelKey): string | undefined => {
    const id = r.id(key);
    if (id !== undefined && !dormIds.has(id))
      r.error ??= t(lang, "check.unknownDorm", { value: r.text(key) });
    return id;
  };

  const moves = readRows<Move>(layouts.moves, lang, (r, row) => {
    const day = readDate(r, "col.date");
    const studentId = knownStudent(r);
    const fromDormId = dormIn(r, "col.fromDorm");
    const toDormId = dormIn(r, "col.toDorm");
    if (fromDormId !== undefined && fromDormId === toDormId) r.error ??= t(lang, "check.sameDorm");
    if (day === undefined || studentId === undefined || !fromDormId || !toDormId || r.error) return undefined;
    return { row, day, studentId, fromDormId, toDormId };
  });
  // A move that does not follow from the one before is still used, and said so on its row.
  for (const conflict of moveConflicts(moves.records, members.records)) {
    const i = conflict.row - 2;
    const label = (id: string) => dorms.records.find((d) => d.id === id)?.label ?? id;
    const message =
      conflict.kind === "from"
        ? t(lang, "check.moveFrom", { value: label(conflict.dormId), previous: label(conflict.expected) })
        : t(lang, "check.moveLast", { value: label(conflict.dormId), present: label(conflict.expected) });
    moves.checks[i] = moves.checks[i]
      ? `${moves.checks[i]}${lang === "zh" ? "；" : "; "}${message}`
      : message;
  }

  const assignments = readRows<Assignment>(layouts.assignments, lang, (r, row) => {
    const studentId = knownStudent(r);
    const dormId = dormIn(r, "col.dorm");
    // Blank: assigned from the start; unreadable: the row cannot say when, so it is not used.
    const from = readDay(r.cell("col.fromDate"), timeZone, lang);
    if (from.error !== undefined) r.error ??= from.error;
    const day = from.error === undefined ? from.value : undefined;
    if (studentId === undefined || dormId === undefined || r.error) return undefined;
    return { row, day, studentId, dormId };
  });

  return {
    lang,
    settings,
    records: {
      dorms: dorms.records,
      members: members.records,
      inspections: inspections.records,
      visits: visits.records,
      talks: talks.records,
      moves: moves.records,
      assignments: assignments.records,
    },
    layouts,
    checks: {
      dorms: dorms.checks,
      members: members.checks,
      inspections: inspections.checks,
      visits: visits.checks,
      talks: talks.checks,
      moves: moves.checks,
      assignments: assignments.checks,
      settings: readSettings(layouts.settings, lang).checks,
    },
    problems,
  };
}
