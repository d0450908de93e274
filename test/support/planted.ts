/**
 * The sample workbook with a distinctive token planted in every field a person types freely or
 * that names someone, for proving that the public edition carries none of them: names, student
 * IDs, branches, contacts, inspectors, notes, categories typed as free text, visit teachers,
 * groups, findings and follow-ups, talk partners, reasons and notes, the scoresheet's item names
 * and categories, the remarks written beside deductions, two rows whose check messages quote a
 * token, and the Settings' department, issuing body and document number. Dorm numbers,
 * buildings and years are left alone: they are what a public edition is about. Dates, results,
 * scores and statuses are words from a fixed list and cannot carry a token.
 */
import { type DocumentLabelKey, t } from "../../src/documents/labels.ts";
import type { Lang } from "../../src/engine/labels.ts";
import type { Grid } from "../../src/workbook/layout.ts";
import { normalizeName } from "../../src/workbook/normalize.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import { type TabKey, tabSpec } from "../../src/workbook/schema.ts";

/** Grids whose cells a test may change. */
type Sheet = { name: string; values: unknown[][] };

export interface Planted {
  readonly grids: Grid[];
  /** Tokens no public document may show anywhere. */
  readonly personal: readonly string[];
  /** Tokens of the issuing body's head (department, issuer, number): shown, never in file metadata. */
  readonly header: readonly string[];
}

/** A token that no word of either language contains. */
const token = (field: string, n: number) => `QZX${field}${n}Q`;

export function plantedWorkbook(lang: Lang): Planted {
  const grids: Sheet[] = sampleWorkbook(lang).map((g) => ({
    name: g.name,
    values: g.values.map((r) => [...r]),
  }));
  const personal: string[] = [];
  const header: string[] = [];
  const gridOf = (tab: TabKey) => grids.find((g) => g.name === t(lang, tabSpec(tab).label)) as Sheet;
  const column = (tab: TabKey, label: DocumentLabelKey) =>
    (gridOf(tab).values[0] ?? []).findIndex((h) =>
      normalizeName(String(h)).startsWith(normalizeName(t(lang, label))),
    );
  const plant = (tab: TabKey, label: DocumentLabelKey, field: string) => {
    const c = column(tab, label);
    gridOf(tab)
      .values.slice(1)
      .forEach((row, i) => {
        const value = token(field, i);
        row[c] = value;
        personal.push(value);
      });
  };

  // Student IDs: the talks that name a member keep naming the same one.
  const idColumn = column("members", "col.studentId");
  const talkIdColumn = column("talks", "col.studentId");
  const ids = new Map<string, string>();
  gridOf("members")
    .values.slice(1)
    .forEach((row, i) => {
      const id = token("ID", i);
      ids.set(String(row[idColumn]), id);
      row[idColumn] = id;
      personal.push(id);
    });
  for (const row of gridOf("talks").values.slice(1))
    row[talkIdColumn] = ids.get(String(row[talkIdColumn])) ?? row[talkIdColumn];

  plant("members", "col.name", "NAME");
  plant("members", "col.branch", "BRANCH");
  plant("members", "col.contact", "CONTACT");
  plant("inspections", "col.category", "CATEGORY");
  plant("inspections", "col.inspector", "INSPECTOR");
  plant("inspections", "col.notes", "NOTES");
  plant("visits", "col.teacher", "TEACHER");
  plant("visits", "col.group", "GROUP");
  plant("visits", "col.findings", "FINDINGS");
  plant("visits", "col.followUp", "FOLLOWUP");
  plant("talks", "col.with", "WITH");
  plant("talks", "col.reason", "REASON");
  plant("talks", "col.notes", "TALKNOTES");

  plant("scoresheet", "col.item", "ITEM");
  plant("scoresheet", "col.category", "ITEMCATEGORY");
  // A remark in brackets after the first item of every itemised row: the inspector's own words.
  const deductions = column("inspections", "col.deductions");
  gridOf("inspections")
    .values.slice(1)
    .forEach((row, i) => {
      const cell = String(row[deductions] ?? "");
      if (!/^[A-Z]\d/.test(cell)) return;
      const value = token("REMARK", i);
      row[deductions] = cell.replace(/^([A-Z]\d[^,，、;；\s(（]*)(?:[(（][^)）]*[)）])?/, `$1（${value}）`);
      personal.push(value);
    });

  // Rows whose check message quotes what was typed.
  const inspections = gridOf("inspections").values;
  const template = [...(inspections[1] ?? [])];
  const badDorm = [...template];
  badDorm[column("inspections", "col.dorm")] = token("BADDORM", 0);
  const badDate = [...template];
  badDate[column("inspections", "col.date")] = token("BADDATE", 0);
  inspections.push(badDorm, badDate);
  personal.push(token("BADDORM", 0), token("BADDATE", 0));

  const settings = gridOf("settings").values;
  const keyColumn = column("settings", "col.key");
  const valueColumn = column("settings", "col.value");
  for (const [label, field] of [
    ["set.department", "DEPARTMENT"],
    ["set.issuer", "ISSUER"],
    ["set.documentNumber", "DOCNUMBER"],
  ] as const) {
    const row = settings.find((r) => r[keyColumn] === t(lang, label));
    if (!row) throw new Error(`no ${label} row`);
    row[valueColumn] = token(field, 0);
    header.push(token(field, 0));
  }
  return { grids, personal, header };
}
