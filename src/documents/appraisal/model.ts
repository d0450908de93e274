import type { RevokedInspection } from "../../engine/appeals.ts";
import type { ClearedFail } from "../../engine/clearing.ts";
import type { MemberCoverage } from "../../engine/coverage.ts";
import type { Grade } from "../../engine/dorm-result.ts";
import type { MemberOutcome } from "../../engine/member-outcome.ts";
import { type Points, type PointsTable, pointsOf, pointsTable } from "../../engine/points.ts";
import type { Member, Status } from "../../engine/records.ts";
import type { Stay } from "../../engine/residence.ts";
import type { Settings } from "../../engine/settings.ts";
import {
  type DocumentHeader,
  type DormRef,
  dormLookup,
  headerOf,
  type PersonRef,
  personOf,
} from "../source.ts";
import type { YearSemester } from "./year.ts";

/** One semester of a person's dorm record. */
export interface AppraisalSemester {
  readonly semesterId: string;
  /** ISO date, when the semester's figures come from its archive. */
  readonly archivedOn?: string;
  /** The dorm lived in (the last of the semester's stays). */
  readonly dorm: DormRef;
  /** The stays of a member who moved during the semester; absent otherwise. */
  readonly stays?: readonly (Stay & { readonly dorm: DormRef })[];
  readonly grade: Grade;
  readonly inspections: number;
  readonly excellents: number;
  readonly fails: number;
  /** The regime's consequences, as the Members tab shows them (counts blank for those not sanctioned). */
  readonly outcome: MemberOutcome;
  readonly revoked: readonly RevokedInspection[];
  readonly cleared: readonly ClearedFail[];
  readonly coverage?: MemberCoverage;
  /** The written appraisal opinion of the dorm, when it has one. */
  readonly opinion: string;
}

/** A person's dorm record for the year: what their appraisal report must state. */
export interface AppraisalRecord {
  readonly person: PersonRef;
  readonly branch: string;
  readonly semesters: readonly AppraisalSemester[];
  /** When the Settings tab gives a points table. */
  readonly points?: Points;
}

/** The yearly appraisal record of a workbook: internal only, since it names people and consequences. */
export interface AppraisalModel {
  readonly kind: "appraisal";
  readonly year: string;
  readonly header: DocumentHeader;
  readonly department: string;
  readonly semesters: readonly { readonly id: string; readonly archivedOn?: string }[];
  readonly records: readonly AppraisalRecord[];
  readonly pointsTable?: PointsTable;
}

export interface AppraisalOptions {
  /** ISO date of the document. */
  readonly today: string;
  /** Only these student IDs (normalised); everyone reviewed or sanctioned when absent. */
  readonly students?: readonly string[];
}

const RECORDED: ReadonlySet<Status> = new Set(["full", "probationary", "candidate", "activist"]);

/**
 * The dorm record each member, candidate and activist's appraisal must state for a year: for each
 * semester that has begun, their (composed) dorm record, its grade, fails and excellents, the
 * consequences, moves, appeals and cleared fails, contact coverage and the dorm's written
 * opinion; and the year's points when the Settings tab prices them. People are those on the
 * Members tab now, in its order.
 *
 * @example
 * appraisalModel(yearSemesters(grading, "2025-2026", opinions), settings, { today: "2026-07-01" }).records[0]?.semesters.length //=> 2
 */
export function appraisalModel(
  year: string,
  semesters: readonly YearSemester[],
  settings: Settings,
  members: readonly Member[],
  options: AppraisalOptions,
): AppraisalModel {
  const table = pointsTable(settings);
  const wanted = options.students ? new Set(options.students) : undefined;
  const records: AppraisalRecord[] = [];
  // Lookups by ID, made once: a university has 20,000 people and 5,000 dorms.
  const indexed = semesters.map((s) => ({
    outcomes: new Map(s.evaluation.members.map((m) => [m.studentId, m])),
    coverage: new Map(s.evaluation.coverage.map((c) => [c.studentId, c])),
    dorms: new Map(s.evaluation.dorms.map((d) => [d.dormId, d])),
    dormOf: dormLookup(s.records.dorms),
  }));
  for (const member of members) {
    if (!RECORDED.has(member.status) || (wanted && !wanted.has(member.id))) continue;
    const entries = semesters.flatMap((s, i): AppraisalSemester[] => {
      const index = indexed[i] as (typeof indexed)[number];
      const outcome = index.outcomes.get(member.id);
      const record = s.evaluation.memberRecords.get(member.id);
      if (!outcome || !record) return [];
      const dormOf = index.dormOf;
      const stays = s.evaluation.stays.get(member.id);
      const dorms = [...new Set(stays?.map((x) => x.dormId) ?? [outcome.dormId])].flatMap((id) => {
        const d = index.dorms.get(id);
        return d ? [d] : [];
      });
      const lastDorm = stays?.at(-1)?.dormId ?? outcome.dormId;
      return [
        {
          semesterId: s.semesterId,
          ...(s.archivedOn ? { archivedOn: s.archivedOn } : {}),
          dorm: dormOf(lastDorm),
          ...(stays ? { stays: stays.map((x) => ({ ...x, dorm: dormOf(x.dormId) })) } : {}),
          grade: record.grade,
          inspections: record.count,
          excellents: record.excellents,
          fails: record.fails,
          outcome,
          revoked: dorms.flatMap((d) => d.revoked),
          cleared: dorms.flatMap((d) => d.cleared),
          ...((c) => (c ? { coverage: c } : {}))(
            s.evaluation.coverage.find((c) => c.studentId === member.id),
          ),
          opinion: s.opinions[lastDorm] ?? "",
        },
      ];
    });
    const points =
      table &&
      pointsOf(
        table,
        entries.map((e) => ({
          grade: e.grade,
          fails: e.fails,
          excellents: e.excellents,
          contactFails: e.coverage?.dorms.reduce((n, d) => n + d.fails.length, 0) ?? 0,
        })),
      );
    records.push({
      person: personOf(member),
      branch: member.branch,
      semesters: entries,
      ...(points ? { points } : {}),
    });
  }
  return {
    kind: "appraisal",
    year,
    header: headerOf(settings, options.today),
    department: settings.department,
    semesters: semesters.map((s) => ({
      id: s.semesterId,
      ...(s.archivedOn ? { archivedOn: s.archivedOn } : {}),
    })),
    records,
    ...(table ? { pointsTable: table } : {}),
  };
}
