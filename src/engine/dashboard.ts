import { isoOf } from "./day.ts";
import type { Grade, Warning } from "./dorm-result.ts";
import type { Evaluation } from "./evaluate.ts";
import type { InspectionRef } from "./evidence.ts";
import type { Lang } from "./labels.ts";
import type { RankingsBoard } from "./rankings-board.ts";
import type { Status } from "./records.ts";

/** The headline figures of the current semester. */
export interface DashboardFigures {
  readonly dorms: number;
  readonly memberDorms: number;
  readonly plaquedDorms: number;
  readonly inspections: number;
  readonly fails: number;
  readonly excellents: number;
  readonly grades: Readonly<Record<Grade, number>>;
  /** Members whose award eligibility is revoked (R3). */
  readonly revoked: number;
  /** Members whose annual assessment or probation review is unqualified (R4). */
  readonly unqualified: number;
  /** Dorms with at least one early warning (R8). */
  readonly warnedDorms: number;
  /** Dorms visited fewer times than required (R11). */
  readonly belowVisits: number;
  /** Data rows that carry a check message. */
  readonly badRows: number;
}

/** R8: a dorm one fail away from a consequence, with the fails that brought it there. */
export interface DashboardWarning {
  readonly dormId: string;
  readonly dormLabel: string;
  readonly kind: Warning["kind"];
  /** The limit the next fail would reach. */
  readonly limit: number;
  readonly fails: number;
  readonly evidence: readonly InspectionRef[];
}

/** One consequence a member bears, with the inspections that caused it. */
export type DashboardConsequence =
  | { readonly kind: "revoked"; readonly limit: number; readonly evidence: readonly InspectionRef[] }
  | {
      readonly kind: "fullUnqualified" | "probationUnqualified";
      readonly limit: number;
      readonly evidence: readonly InspectionRef[];
      /** ISO date of the R4 action item. */
      readonly deadline: string;
      readonly contact: string;
    };

/** A member with at least one consequence this semester. */
export interface DashboardMember {
  readonly studentId: string;
  readonly name: string;
  readonly status: Status;
  readonly dormId: string;
  readonly dormLabel: string;
  readonly consequences: readonly DashboardConsequence[];
  /** For a member who moved during the semester: each dorm and its dates (ISO). */
  readonly stays?: readonly { readonly dormLabel: string; readonly from?: string; readonly to?: string }[];
}

/** An inspection revoked on appeal: on the sheet, counted by no rule. */
export interface DashboardRevoked {
  readonly date: string;
  readonly dormLabel: string;
  readonly category: string;
  readonly row: number;
  readonly reason: string;
}

/** A member below their contact requirement (联系分工), with the months that fell short. */
export interface DashboardContactGap {
  readonly studentId: string;
  readonly name: string;
  readonly dormLabels: readonly string[];
  readonly visits: number;
  /** `YYYY-MM` of each month that is over and fell short. */
  readonly months: readonly string[];
}

/** R11: a dorm visited fewer times than required, with the dates it was visited. */
export interface DashboardVisitGap {
  readonly dormId: string;
  readonly dormLabel: string;
  readonly visits: number;
  readonly required: number;
  readonly dates: readonly string[];
}

/** A dorm as the entry forms offer it. */
export interface DormOption {
  readonly id: string;
  readonly label: string;
  readonly building: string;
}

/**
 * What the sidebar shows for one semester. Plain data only (strings, numbers, booleans, arrays,
 * objects; dates as ISO text) so that it crosses google.script.run unchanged; the client words it
 * in either language from the labels.
 */
export interface Dashboard {
  readonly lang: Lang;
  readonly department: string;
  readonly semesterId: string;
  /** ISO dates of the semester's first and last day. */
  readonly semesterFirst: string;
  readonly semesterLast: string;
  /** ISO date of today in the spreadsheet's time zone. */
  readonly today: string;
  /** The outputs may be out of date: a recalculation is due. */
  readonly stale: boolean;
  readonly figures: DashboardFigures;
  readonly warnings: readonly DashboardWarning[];
  readonly members: readonly DashboardMember[];
  readonly belowVisits: readonly DashboardVisitGap[];
  readonly dorms: readonly DormOption[];
  /** The semester's and each month's rankings; absent when they could not be computed. */
  readonly rankings?: RankingsBoard;
  /** ISO date the semester was archived, when it is: its figures come from the archive. */
  readonly archivedOn?: string;
  /** Inspections of the semester revoked on appeal. */
  readonly revoked: readonly DashboardRevoked[];
  /** Fails cleared by later excellents. */
  readonly cleared: number;
  /** Members below their contact requirement. */
  readonly contactGaps: readonly DashboardContactGap[];
}

/** What the sidebar gets instead of a dashboard when the workbook cannot be graded. */
export interface DashboardProblems {
  readonly lang: Lang;
  readonly stale: boolean;
  /** Why, in the workbook's language: a missing tab or column. */
  readonly problems: readonly string[];
}

/** What the dashboard needs besides the evaluation. */
export interface DashboardContext {
  readonly lang: Lang;
  readonly stale: boolean;
  readonly badRows: number;
  /** ISO date the semester was archived, when it is. */
  readonly archivedOn?: string;
}

function consequencesOf(
  m: Evaluation["members"][number],
  settings: Evaluation["settings"],
): DashboardConsequence[] {
  const out: DashboardConsequence[] = [];
  if (m.eligibility === "revoked") {
    out.push({ kind: "revoked", limit: settings.consecutiveFailLimit, evidence: m.eligibilityEvidence });
  }
  if (m.assessment) {
    out.push({
      kind: m.assessment,
      limit: settings.semesterFailLimit,
      evidence: m.assessmentEvidence,
      deadline: m.action?.deadline ?? "",
      contact: m.action?.contact ?? "",
    });
  }
  return out;
}

/**
 * The sidebar's model of a semester: figures, early warnings, members with consequences and
 * their evidence, dorms below the required visits, and the dorms the entry forms offer.
 *
 * @example
 * const d = dashboardOf(evaluate(records, settings, today), { lang: "zh", stale: false, badRows: 0 });
 * d.figures.revoked //=> 1
 * d.members[0]?.consequences[0]?.evidence.map((e) => e.row) //=> [41, 57]
 */
export function dashboardOf(evaluation: Evaluation, context: DashboardContext): Dashboard {
  const { dorms, settings } = evaluation;
  const labelOf = new Map(dorms.map((d) => [d.dormId, d.dorm.label]));
  const grades: Record<Grade, number> = { excellent: 0, pass: 0, fail: 0, none: 0 };
  for (const d of dorms) grades[d.grade]++;

  const warnings = dorms.flatMap((d) =>
    d.warnings.map(
      (w): DashboardWarning => ({
        dormId: d.dormId,
        dormLabel: d.dorm.label,
        kind: w.kind,
        limit: w.limit,
        fails: w.fails,
        evidence: w.evidence,
      }),
    ),
  );

  const members = evaluation.members.flatMap((m): DashboardMember[] => {
    const consequences = consequencesOf(m, settings);
    if (consequences.length === 0) return [];
    const stays = evaluation.stays.get(m.studentId);
    return [
      {
        studentId: m.studentId,
        name: m.name,
        status: m.status,
        dormId: m.dormId,
        dormLabel: labelOf.get(m.dormId) ?? m.dormId,
        consequences,
        ...(stays
          ? {
              stays: stays.map((s) => ({
                dormLabel: labelOf.get(s.dormId) ?? s.dormId,
                ...(s.from !== undefined ? { from: isoOf(s.from) } : {}),
                ...(s.to !== undefined ? { to: isoOf(s.to) } : {}),
              })),
            }
          : {}),
      },
    ];
  });
  const names = new Map(evaluation.members.map((m) => [m.studentId, m.name]));
  const contactGaps = evaluation.coverage
    .filter((c) => c.below)
    .map(
      (c): DashboardContactGap => ({
        studentId: c.studentId,
        name: names.get(c.studentId) ?? c.studentId,
        dormLabels: c.dorms.map((d) => labelOf.get(d.dormId) ?? d.dormId),
        visits: c.visits.length,
        months: c.months.filter((x) => x.met === false).map((x) => x.month),
      }),
    );

  const belowVisits = dorms
    .filter((d) => d.visits.length < d.visitsRequired)
    .map(
      (d): DashboardVisitGap => ({
        dormId: d.dormId,
        dormLabel: d.dorm.label,
        visits: d.visits.length,
        required: d.visitsRequired,
        dates: d.visits.map((v) => isoOf(v.day)),
      }),
    );

  return {
    lang: context.lang,
    department: settings.department,
    semesterId: evaluation.semester.id,
    semesterFirst: isoOf(evaluation.semester.first),
    semesterLast: isoOf(evaluation.semester.last),
    today: isoOf(evaluation.today),
    stale: context.stale,
    figures: {
      dorms: dorms.length,
      memberDorms: dorms.filter((d) => d.memberDorm).length,
      plaquedDorms: dorms.filter((d) => d.dorm.plaque).length,
      inspections: dorms.reduce((n, d) => n + d.count, 0),
      fails: dorms.reduce((n, d) => n + d.fails, 0),
      excellents: dorms.reduce((n, d) => n + d.excellents, 0),
      grades,
      revoked: evaluation.members.filter((m) => m.eligibility === "revoked").length,
      unqualified: evaluation.members.filter((m) => m.assessment !== undefined).length,
      warnedDorms: dorms.filter((d) => d.warnings.length > 0).length,
      belowVisits: belowVisits.length,
      badRows: context.badRows,
    },
    warnings,
    members,
    belowVisits,
    dorms: dorms.map((d) => ({ id: d.dormId, label: d.dorm.label, building: d.dorm.building })),
    ...(context.archivedOn ? { archivedOn: context.archivedOn } : {}),
    revoked: dorms.flatMap((d) =>
      d.revoked.map((r) => ({
        date: r.inspection.date,
        dormLabel: d.dorm.label,
        category: r.inspection.category,
        row: r.inspection.row,
        reason: r.reason,
      })),
    ),
    cleared: dorms.reduce((n, d) => n + d.cleared.length, 0),
    contactGaps,
  };
}
