import type { RevokedInspection } from "./appeals.ts";
import type { ClearedFail } from "./clearing.ts";
import { isoOf } from "./day.ts";
import type { Grade } from "./dorm-result.ts";
import type { Evaluation } from "./evaluate.ts";
import type { InspectionRef } from "./evidence.ts";
import type { MemberOutcome } from "./member-outcome.ts";
import type { Records } from "./records.ts";
import type { Stay } from "./residence.ts";
import type { Settings } from "./settings.ts";
import { type MemberOutcomeCells, memberOutcomeCells } from "./wording.ts";

/** A consequence the Members tab shows, by its output column. */
export type ChangeItem = keyof MemberOutcomeCells;

/** The consequences logged: not the review of candidates and activists, which describes their dorm. */
export const CHANGE_ITEMS: readonly ChangeItem[] = [
  "criticisms",
  "praises",
  "eligibility",
  "priority",
  "assessment",
  "action",
];

/** Why a consequence changed, as far as the records tell. */
export type ChangeReason =
  | { readonly kind: "appeal"; readonly revoked: readonly RevokedInspection[] }
  | { readonly kind: "cleared"; readonly cleared: readonly ClearedFail[] }
  | { readonly kind: "move"; readonly stays: readonly Stay[] }
  | { readonly kind: "streak" | "total"; readonly evidence: readonly InspectionRef[] }
  | { readonly kind: "unarchived"; readonly note: string }
  | { readonly kind: "grade"; readonly grade: Grade }
  | { readonly kind: "records" };

/** One automatic change to a consequence that had already been reported. */
export interface ConsequenceChange {
  readonly studentId: string;
  readonly name: string;
  readonly item: ChangeItem;
  /** As the Members tab showed it. */
  readonly before: string;
  /** As it shows it now, in the workbook's language. */
  readonly after: string;
  readonly reason: ChangeReason;
}

/** What the Members tab showed before this recalculation, per student ID and item. */
export type ShownOutcomes = ReadonlyMap<string, Readonly<Partial<Record<ChangeItem, string>>>>;

/** The same evaluation without one of the history rules: how each change is explained. */
export type Variant = "appeal" | "cleared" | "move";

const text = (value: number | string): string => String(value);

/** A cell in both languages: a change of language alone is no change. */
function both(m: MemberOutcome, item: ChangeItem): [string, string] {
  return [text(memberOutcomeCells(m, "zh")[item]), text(memberOutcomeCells(m, "en")[item])];
}

function showsAs(m: MemberOutcome | undefined, item: ChangeItem, shown: string): boolean {
  return m !== undefined && both(m, item).includes(shown);
}

/** The record of a member's stays this semester, or their present dorm's for the whole of it. */
function staysOf(evaluation: Evaluation, m: MemberOutcome): readonly Stay[] {
  return (
    evaluation.stays.get(m.studentId) ?? [
      { dormId: m.dormId, from: evaluation.semester.first, to: evaluation.semester.last, moveRow: undefined },
    ]
  );
}

function inStays(ref: InspectionRef, stays: readonly Stay[]): boolean {
  return stays.some(
    (s) =>
      s.dormId === ref.dormId &&
      (s.from === undefined || ref.date >= isoOf(s.from)) &&
      (s.to === undefined || ref.date <= isoOf(s.to)),
  );
}

/**
 * The records and settings without one history rule, to evaluate what the outcome would be
 * without it: appeals ignored, clearing off, or nobody ever moved.
 *
 * @example
 * evaluate(...withoutRule("appeal", records, settings), today)
 */
export function withoutRule(kind: Variant, records: Records, settings: Settings): [Records, Settings] {
  if (kind === "cleared") return [records, { ...settings, clearAfterExcellents: 0 }];
  if (kind === "move") return [{ ...records, moves: [] }, settings];
  const inspections = records.inspections.map((i) => (i.appeal ? { ...i, appeal: undefined } : i));
  return [{ ...records, inspections }, settings];
}

function reasonOf(
  evaluation: Evaluation,
  m: MemberOutcome,
  item: ChangeItem,
  before: string,
  variant: (kind: Variant) => Evaluation,
): ChangeReason {
  // A new sanction is explained by the inspections that brought it, whichever rule let them count.
  if (item === "eligibility" && m.eligibility === "revoked")
    return { kind: "streak", evidence: m.eligibilityEvidence };
  if ((item === "assessment" || item === "action") && m.assessment)
    return { kind: "total", evidence: m.assessmentEvidence };
  const stays = staysOf(evaluation, m);
  const dorms = evaluation.dorms.filter((d) => stays.some((s) => s.dormId === d.dormId));
  const outcomeIn = (e: Evaluation) => e.members.find((x) => x.studentId === m.studentId);
  const revoked = dorms.flatMap((d) => d.revoked.filter((r) => inStays(r.inspection, stays)));
  if (revoked.length > 0 && showsAs(outcomeIn(variant("appeal")), item, before))
    return { kind: "appeal", revoked };
  const cleared = dorms.flatMap((d) => d.cleared.filter((c) => inStays(c.fail, stays)));
  if (cleared.length > 0 && showsAs(outcomeIn(variant("cleared")), item, before))
    return { kind: "cleared", cleared };
  if (evaluation.stays.has(m.studentId) && showsAs(outcomeIn(variant("move")), item, before))
    return { kind: "move", stays };
  // Award priority follows the semester grade (R6): lost, it is the grade that says why.
  if (item === "priority" && !m.priority) {
    const grade =
      evaluation.memberRecords.get(m.studentId)?.grade ??
      evaluation.dorms.find((d) => d.dormId === m.dormId)?.grade;
    if (grade && grade !== "excellent") return { kind: "grade", grade };
  }
  return { kind: "records" };
}

/**
 * The automatic changes to consequences already reported: for each member the Members tab
 * showed, each item whose cell was not blank and now says something else, in either language
 * (a change of language is no change). More criticisms or praises than before are new notices,
 * not a change of those reported, and are left out. Each change says why: a new sanction by the
 * inspections that brought it; any other change by an appeal, a cleared fail or a move when the
 * evaluation without that rule (`variant`) shows what the tab showed; lost award priority by the
 * semester grade; else by the records.
 *
 * @example
 * consequenceChanges(shown, evaluation, "zh", variant)[0]
 * //=> { studentId: "2022010001", item: "eligibility", before: "取消", after: "保留", reason: { kind: "appeal", … } }
 */
export function consequenceChanges(
  shown: ShownOutcomes,
  evaluation: Evaluation,
  lang: "zh" | "en",
  variant: (kind: Variant) => Evaluation,
): ConsequenceChange[] {
  const changes: ConsequenceChange[] = [];
  for (const m of evaluation.members) {
    const before = shown.get(m.studentId);
    if (!before) continue;
    const now = memberOutcomeCells(m, lang);
    for (const item of CHANGE_ITEMS) {
      const was = (before[item] ?? "").trim();
      if (was === "" || showsAs(m, item, was)) continue;
      const after = text(now[item]);
      const counts = item === "criticisms" || item === "praises";
      if (counts && after !== "" && Number(after) > Number(was)) continue;
      changes.push({
        studentId: m.studentId,
        name: m.name,
        item,
        before: was,
        after,
        reason: reasonOf(evaluation, m, item, was, variant),
      });
    }
  }
  return changes;
}
