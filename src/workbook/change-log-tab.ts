import {
  CHANGE_ITEMS,
  type ChangeItem,
  type ChangeReason,
  type ConsequenceChange,
  type ShownOutcomes,
} from "../engine/change-log.ts";
import { isoOf } from "../engine/day.ts";
import type { InspectionRef } from "../engine/evidence.ts";
import { staysLine } from "../engine/history-words.ts";
import type { Lang } from "../engine/labels.ts";
import { gradeLabel } from "../engine/wording.ts";
import { t } from "./labels.ts";
import { textOf } from "./normalize.ts";
import type { WorkbookRead } from "./read.ts";

/** The engine's own Change log tab: a header once, then rows appended, never rewritten. */
export interface ChangeLogPlan {
  readonly name: string;
  readonly header: readonly string[];
  /** Rows to append below what the tab already holds. */
  readonly rows: readonly (readonly string[])[];
}

const COLUMNS = ["date", "semester", "studentId", "name", "item", "before", "after", "reason"] as const;

const OUTPUT_OF: Record<ChangeItem, `out.${ChangeItem}`> = {
  criticisms: "out.criticisms",
  praises: "out.praises",
  eligibility: "out.eligibility",
  priority: "out.priority",
  assessment: "out.assessment",
  action: "out.action",
  review: "out.review",
};

/**
 * What the Members tab showed before this recalculation: each member's consequence cells, by
 * student ID, read from the output columns found by header.
 *
 * @example
 * shownOutcomes(read).get("2022010001")?.eligibility //=> "取消"
 */
export function shownOutcomes(read: WorkbookRead): ShownOutcomes {
  const layout = read.layouts.members;
  const shown = new Map<string, Partial<Record<ChangeItem, string>>>();
  if (!layout) return shown;
  for (const m of read.records.members) {
    const row = layout.grid.values[m.row - 1] ?? [];
    const cells: Partial<Record<ChangeItem, string>> = {};
    for (const item of CHANGE_ITEMS) {
      const column = layout.outputs.get(OUTPUT_OF[item]);
      if (column !== undefined) cells[item] = textOf(row[column]);
    }
    shown.set(m.id, cells);
  }
  return shown;
}

const sep = (lang: Lang): string => (lang === "zh" ? "；" : "; ");

function evidenceWords(ref: InspectionRef, labelOf: (id: string) => string, lang: Lang): string {
  const known = ["hygiene", "discipline", "schedule", "safety"].includes(ref.category);
  return t(lang, "reason.evidence", {
    date: ref.date,
    dorm: labelOf(ref.dormId),
    category: known ? t(lang, `category.${ref.category as "hygiene"}`) : ref.category,
    row: ref.row,
  });
}

/**
 * Why a consequence changed, in words, naming each inspection by date, dorm and row.
 *
 * @example
 * reasonWords({ kind: "appeal", revoked: [r] }, (id) => id, "zh") //=> "申诉撤销：2025-10-20 3-201 卫生（检查记录第 45 行），理由：复查有误"
 */
export function reasonWords(reason: ChangeReason, labelOf: (id: string) => string, lang: Lang): string {
  const list = (refs: readonly InspectionRef[]) =>
    refs.map((r) => evidenceWords(r, labelOf, lang)).join(sep(lang));
  switch (reason.kind) {
    case "appeal":
      return t(lang, "reason.appeal", {
        list: reason.revoked
          .map((r) =>
            t(lang, "reason.appealItem", {
              evidence: evidenceWords(r.inspection, labelOf, lang),
              reason: r.reason,
            }),
          )
          .join(sep(lang)),
      });
    case "cleared":
      return t(lang, "reason.cleared", {
        list: reason.cleared
          .map((c) =>
            t(lang, "reason.clearedItem", {
              evidence: evidenceWords(c.fail, labelOf, lang),
              count: c.by.length,
              dates: c.by.map((b) => b.date).join(lang === "zh" ? "、" : ", "),
            }),
          )
          .join(sep(lang)),
      });
    case "move":
      return t(lang, "reason.move", { stays: staysLine(reason.stays, labelOf, lang) });
    case "streak":
    case "total":
      return t(lang, `reason.${reason.kind}`, { count: reason.evidence.length, list: list(reason.evidence) });
    case "unarchived":
      return t(lang, "reason.unarchived", { note: reason.note });
    case "grade":
      return t(lang, "reason.grade", { grade: gradeLabel(reason.grade, lang) });
    case "records":
      return t(lang, "reason.records");
  }
}

/**
 * The Change log tab's header and the rows that record these changes: date, semester, who,
 * which item, before, after and why.
 *
 * @example
 * changeLogPlan(changes, "2025-2026-1", today, (id) => id, "zh").rows[0]
 * //=> ["2025-12-20", "2025-2026-1", "2022010001", "张三", "评奖评优资格", "取消", "保留", "申诉撤销：…"]
 */
export function changeLogPlan(
  changes: readonly ConsequenceChange[],
  semesterId: string,
  today: number,
  labelOf: (id: string) => string,
  lang: Lang,
): ChangeLogPlan {
  const blank = t(lang, "changes.blank");
  return {
    name: t(lang, "changes.tab"),
    header: changeLogHeader(lang),
    rows: changes.map((c) => [
      isoOf(today),
      semesterId,
      c.studentId,
      c.name,
      t(lang, OUTPUT_OF[c.item]),
      c.before,
      c.after === "" ? blank : c.after,
      reasonWords(c.reason, labelOf, lang),
    ]),
  };
}

/**
 * The Change log tab's header row.
 *
 * @example
 * changeLogHeader("en") //=> ["Date", "Semester", "Student ID", "Name", "Item", "Before", "After", "Reason"]
 */
export function changeLogHeader(lang: Lang): string[] {
  return COLUMNS.map((c) => t(lang, `changes.col.${c}`));
}

/**
 * The row that records archiving a semester or undoing it.
 *
 * @example
 * archiveEventRow("archived", "2025-2026-1", today, "a1b2", "zh")
 * //=> ["2026-01-20", "2025-2026-1", "", "", "学期归档", "未归档", "已归档", "结果、所用设置和记录已冻结（摘要 a1b2）"]
 */
export function archiveEventRow(
  event: "archived" | "unarchived",
  semesterId: string,
  today: number,
  note: string,
  lang: Lang,
): string[] {
  const archived = t(lang, "changes.archived");
  const notArchived = t(lang, "changes.notArchived");
  return [
    isoOf(today),
    semesterId,
    "",
    "",
    t(lang, "changes.item.archive"),
    event === "archived" ? notArchived : archived,
    event === "archived" ? archived : notArchived,
    event === "archived" ? t(lang, "reason.archived", { digest: note }) : note,
  ];
}
