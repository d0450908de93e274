import type { LabelKey } from "../engine/labels.ts";

export type TabKey =
  | "dorms"
  | "members"
  | "inspections"
  | "visits"
  | "talks"
  | "moves"
  | "assignments"
  | "settings"
  | "scoresheet";

export interface ColumnSpec {
  readonly label: LabelKey;
  readonly required: boolean;
}

export interface TabSpec {
  readonly key: TabKey;
  readonly label: LabelKey;
  /** Dorms, Members and Inspections must exist; the others are read as empty when missing. */
  readonly required: boolean;
  readonly columns: readonly ColumnSpec[];
  /** The engine's own columns, in the order it appends them. */
  readonly outputs: readonly LabelKey[];
  /**
   * Columns of a feature a department may not use (moves, contact assignments, appeals and
   * clearing): appended only once they hold a value, then kept and found by header like the others.
   */
  readonly optionalOutputs?: readonly LabelKey[];
}

const col = (label: LabelKey, required = false): ColumnSpec => ({ label, required });

/** The workbook contract: every tab, its input columns and its output columns. */
export const TABS: readonly TabSpec[] = [
  {
    key: "dorms",
    label: "tab.dorms",
    required: true,
    columns: [
      col("col.dorm", true),
      col("col.building"),
      col("col.year"),
      col("col.plaque"),
      col("col.plaqueDate"),
      col("col.plaqueCondition"),
      col("col.beds"),
    ],
    outputs: [
      "out.grade",
      "out.inspections",
      "out.fails",
      "out.longestStreak",
      "out.currentStreak",
      "out.excellents",
      "out.meanScore",
      "out.nobodyIn",
      "out.visits",
      "out.warning",
      "out.plaqueCheck",
      "out.check",
    ],
  },
  {
    key: "members",
    label: "tab.members",
    required: true,
    columns: [
      col("col.studentId", true),
      col("col.name", true),
      col("col.status", true),
      col("col.dorm", true),
      col("col.branch"),
      col("col.contact"),
    ],
    outputs: [
      "out.criticisms",
      "out.praises",
      "out.eligibility",
      "out.priority",
      "out.assessment",
      "out.action",
      "out.review",
      "out.check",
    ],
    optionalOutputs: ["out.stays", "out.coverage", "out.contactedFails"],
  },
  {
    key: "inspections",
    label: "tab.inspections",
    required: true,
    columns: [
      col("col.date", true),
      col("col.dorm", true),
      col("col.category"),
      col("col.result"),
      col("col.score"),
      col("col.inspector"),
      col("col.notes"),
      col("col.deductions"),
      col("col.tier"),
      col("col.appeal"),
      col("col.appealReason"),
    ],
    outputs: ["out.check"],
    // Only a tab that lists deductions gets the two score columns; appeals add the counting one.
    optionalOutputs: ["out.computedScore", "out.deductionDetail", "out.counting"],
  },
  {
    key: "visits",
    label: "tab.visits",
    required: false,
    columns: [
      col("col.date", true),
      col("col.dorm", true),
      col("col.teacher", true),
      col("col.group"),
      col("col.findings"),
      col("col.followUp"),
      col("col.visitors"),
    ],
    outputs: ["out.check"],
  },
  {
    key: "talks",
    label: "tab.talks",
    required: false,
    columns: [
      col("col.date", true),
      col("col.studentId", true),
      col("col.with"),
      col("col.reason"),
      col("col.notes"),
    ],
    outputs: ["out.check"],
  },
  {
    key: "moves",
    label: "tab.moves",
    required: false,
    columns: [
      col("col.date", true),
      col("col.studentId", true),
      col("col.fromDorm", true),
      col("col.toDorm", true),
      col("col.notes"),
    ],
    outputs: ["out.check"],
  },
  {
    key: "assignments",
    label: "tab.assignments",
    required: false,
    columns: [col("col.studentId", true), col("col.dorm", true), col("col.fromDate"), col("col.notes")],
    outputs: ["out.check"],
  },
  {
    key: "settings",
    label: "tab.settings",
    required: false,
    columns: [col("col.key", true), col("col.value")],
    outputs: ["out.check"],
  },
  {
    // Optional: a department that records results or scores by hand needs no scoresheet.
    key: "scoresheet",
    label: "tab.scoresheet",
    required: false,
    columns: [
      col("col.code", true),
      col("col.item", true),
      col("col.category"),
      col("col.points"),
      col("col.per"),
      col("col.pointsByBeds"),
      col("col.veto"),
    ],
    outputs: ["out.check"],
  },
];

/**
 * Every output column a tab may have: the contract's, then the optional ones.
 *
 * @example
 * allOutputs(tabSpec("inspections")) //=> ["out.check", "out.counting"]
 */
export function allOutputs(spec: TabSpec): readonly LabelKey[] {
  return spec.optionalOutputs ? [...spec.outputs, ...spec.optionalOutputs] : spec.outputs;
}

/**
 * The spec of a tab.
 *
 * @example
 * tabSpec("dorms").outputs[0] //=> "out.grade"
 */
export function tabSpec(key: TabKey): TabSpec {
  return TABS.find((t) => t.key === key) as TabSpec;
}
