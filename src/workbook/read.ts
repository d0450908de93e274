import type { Day } from "../engine/day.ts";
import { isoOf } from "../engine/day.ts";
import { type LabelKey, type Lang, t } from "../engine/labels.ts";
import type { Dorm, Inspection, Member, NobodyIn, Records, Talk, Visit } from "../engine/records.ts";
import type { ScoresheetItem } from "../engine/scoresheet.ts";
import type { Settings } from "../engine/settings.ts";
import {
  isBlank,
  type Read,
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
import { readRowLevel } from "./read-level.ts";
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
    const beds = r.optional(readBeds(r.cell("col.beds"), lang), note);
    return {
      row,
      id,
      label: r.text("col.dorm"),
      building: r.text("col.building"),
      year: r.optional(readYear(r.cell("col.year"), lang), note),
      plaque: r.optional(readBoolean(r.cell("col.plaque"), lang), note) ?? false,
      plaqueDate,
      plaqueCondition: r.optional(readCondition(r.cell("col.plaqueCondition"), lang), note) ?? "ok",
      ...(beds === undefined ? {} : { beds }),
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

  const codeRows = new Map<string, number>();
  const scoresheet = readRows<ScoresheetItem>(layouts.scoresheet, lang, (r, row) => {
    const read = scoresheetRow((key) => r.cell(key), row, lang, codeRows);
    if ("error" in read) r.error ??= read.error;
    return "item" in read ? read.item : undefined;
  });
  const items = layouts.scoresheet ? indexScoresheet(scoresheet.records) : undefined;
  const bedsOf = new Map(dorms.records.map((d) => [d.id, d.beds]));

  // 无人 rows are read here too, and kept apart: they are no inspection.
  const inspectionRows = readRows<Inspection | NobodyIn>(layouts.inspections, lang, (r, row, note) => {
    const day = readDate(r, "col.date");
    const dormId = knownDorm(r);
    const read = readRowLevel(
      { result: r.cell("col.result"), score: r.cell("col.score"), deductions: r.cell("col.deductions") },
      { lang, settings, scoresheet: items, beds: dormId === undefined ? undefined : bedsOf.get(dormId) },
    );
    if ("error" in read) r.error ??= read.error;
    else if (read.note !== undefined) note(read.note);
    if (day === undefined || dormId === undefined || "error" in read || r.error) return undefined;
    const common = {
      row,
      day,
      dormId,
      category: readCategory(r.cell("col.category")),
      inspector: r.text("col.inspector"),
      notes: r.text("col.notes"),
    };
    if ("nobodyIn" in read) return common;
    const { level, score, basis } = read.decided;
    return {
      ...common,
      level,
      score,
      // Kept only when they say something, so that workbooks without scoresheets read as before.
      ...(basis === "items" || basis === "refused" ? { basis } : {}),
      ...(read.deductions ? { deductions: read.deductions } : {}),
    };
  });
  const inspections: Inspection[] = [];
  const nobodyIn: NobodyIn[] = [];
  for (const record of inspectionRows.records) {
    if ("level" in record) inspections.push(record);
    else nobodyIn.push(record);
  }

  const visits = readRows<Visit>(layouts.visits, lang, (r, row) => {
    const day = readDate(r, "col.date");
    const dormId = knownDorm(r);
    const teacher = r.text("col.teacher");
    if (teacher === "") r.error ??= t(lang, "check.missing", { column: t(lang, "col.teacher") });
    if (day === undefined || dormId === undefined || r.error) return undefined;
    return {
      row,
      day,
      dormId,
      teacher,
      group: r.text("col.group"),
      findings: r.text("col.findings"),
      followUp: r.text("col.followUp"),
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
    },
    scoresheet: scoresheet.records,
    layouts,
    checks: {
      dorms: dorms.checks,
      members: members.checks,
      inspections: inspectionRows.checks,
      visits: visits.checks,
      talks: talks.checks,
      settings: readSettings(layouts.settings, lang).checks,
      ...(layouts.scoresheet ? { scoresheet: scoresheet.checks } : {}),
    },
    problems,
  };
}
