import { type Day, dayOfIso, isoOf } from "../../engine/day.ts";
import type { Grade } from "../../engine/dorm-result.ts";
import type { DormSemester } from "../../engine/evaluate.ts";
import type { InspectionRef } from "../../engine/evidence.ts";
import type { MemberOutcome } from "../../engine/member-outcome.ts";
import { semesterPeriod } from "../../engine/rankings.ts";
import type { PlaqueCondition, Status, Visit } from "../../engine/records.ts";
import type { Settings } from "../../engine/settings.ts";
import { type DeductionLine, deductionLines, type RankingsPart, rankingsPart } from "../rankings-part.ts";
import {
  type DocumentHeader,
  type DormRef,
  dormLookup,
  type Edition,
  headerOf,
  type Notice,
  noticesOf,
  type PersonRef,
  passRate,
  personOf,
  type ReportSource,
  residentsOn,
  sanctionedByDorm,
  type TabName,
} from "../source.ts";

export interface ReportOptions {
  readonly edition: Edition;
}

export type GradeCounts = Record<Grade, number>;

/** The headline figures of a semester: dorm-level facts, the same in both editions. */
export interface Headline {
  readonly dorms: number;
  /** Dorms whose Plaque cell says yes (the seed's "more than 60"). */
  readonly plaqued: number;
  /** Dorms where full or probationary members live. */
  readonly memberDorms: number;
  readonly inspections: number;
  readonly fails: number;
  readonly excellents: number;
  /** Inspections that did not fail, as a share of all; undefined without inspections. */
  readonly passRate: number | undefined;
  readonly grades: GradeCounts;
  readonly visits: number;
  /** R1 and R2 notices, counted per inspection of a member dorm. */
  readonly criticisms: number;
  readonly praises: number;
}

export interface BuildingLine {
  readonly building: string;
  readonly dorms: number;
  readonly grades: GradeCounts;
  readonly inspections: number;
  readonly fails: number;
  readonly passRate: number | undefined;
  /** 1 for the best pass rate; buildings with the same rate share a rank. */
  readonly rank: number;
}

/** One Monday-to-Sunday week of the semester. */
export interface WeekLine {
  /** ISO date of the Monday. */
  readonly weekOf: string;
  readonly inspections: number;
  readonly fails: number;
  readonly excellents: number;
}

export interface DormLine {
  readonly dorm: DormRef;
  readonly inspections: number;
  readonly excellents: number;
  readonly fails: number;
}

/** The members of one dorm a rule reached, with the inspections behind it (internal edition). */
export interface DormConsequence {
  readonly dorm: DormRef;
  readonly evidence: readonly InspectionRef[];
  /** R4: the date by which to correct. */
  readonly deadline: string | undefined;
  readonly people: readonly PersonRef[];
}

/** R2 notices of one dorm, grouped: a model dorm is praised nearly every week. */
export interface PraiseLine {
  readonly dorm: DormRef;
  readonly dates: readonly string[];
  /** Internal edition only. */
  readonly members?: readonly PersonRef[];
}

export interface WarningLine {
  readonly dorm: DormRef;
  readonly kind: "streak" | "total";
  readonly limit: number;
  readonly fails: number;
}

/** R7: one activist's or candidate's review material. */
export interface ReviewLine {
  readonly person: PersonRef;
  readonly dorm: DormRef;
  readonly grade: Grade;
  readonly fails: number;
  readonly excellents: number;
}

export interface YearCoverage {
  readonly year: number | undefined;
  readonly dorms: number;
  readonly met: number;
  readonly below: number;
  readonly never: number;
  readonly visits: number;
}

/**
 * A problem contact visits raised, with every visit that raised it. Visits with the same findings
 * and follow-up are one line: a secretary acts on the problem, not the visit.
 */
export interface FindingLine {
  readonly findings: string;
  readonly followUp: string;
  readonly visits: readonly { readonly date: string; readonly dorm: DormRef }[];
}

/** Contact-visit coverage: figures, the same in both editions. */
export interface VisitCoverage {
  readonly required: number;
  readonly visits: number;
  readonly byYear: readonly YearCoverage[];
}

export interface PlaqueLine {
  readonly dorm: DormRef;
  readonly condition: PlaqueCondition;
}

/** R9: a failing inspection of a member dorm and the talk it still lacks. */
export interface TalkLine {
  readonly inspection: InspectionRef;
  readonly dorm: DormRef;
  /** ISO date by which a talk should have been recorded. */
  readonly due: string;
  /** The members who could hold the talk. */
  readonly people: readonly PersonRef[];
}

export interface QualityLine {
  readonly tab: TabName;
  readonly skipped: number;
  readonly noted: number;
  /** Each row with a message. */
  readonly rows: readonly { readonly row: number; readonly message: string; readonly skipped: boolean }[];
}

/**
 * What only the internal edition holds: Party-internal consequences, early warnings, the review
 * of activists and candidates, talk follow-up, plaque management, visit details and data quality.
 */
export interface InternalReport {
  /** People on the Members tab, by status. */
  readonly members: Record<Status, number>;
  readonly priority: readonly DormConsequence[];
  readonly revoked: readonly DormConsequence[];
  readonly assessments: readonly DormConsequence[];
  readonly probation: readonly DormConsequence[];
  readonly actions: readonly DormConsequence[];
  readonly warnings: readonly WarningLine[];
  readonly reviews: {
    readonly total: number;
    readonly byGrade: GradeCounts;
    readonly people: readonly ReviewLine[];
  };
  readonly visits: {
    /** Dorms with fewer visits than required, with the dates of those they had. */
    readonly below: readonly {
      readonly dorm: DormRef;
      readonly count: number;
      readonly dates: readonly string[];
    }[];
    /** The problems raised by visits with a follow-up item. */
    readonly findings: readonly FindingLine[];
    readonly followUps: number;
  };
  readonly plaques: {
    readonly hang: readonly PlaqueLine[];
    readonly takeDown: readonly PlaqueLine[];
    readonly reissue: readonly PlaqueLine[];
  };
  readonly talks: {
    readonly days: number;
    readonly total: number;
    readonly followed: number;
    readonly pending: number;
    readonly missed: readonly TalkLine[];
  };
  readonly quality: readonly QualityLine[];
  /** The scoresheet items found this semester, most often first. */
  readonly deductions: readonly DeductionLine[];
  /** Appeals, cleared fails and moves of the semester: none of them is public. */
  readonly history: {
    readonly revoked: readonly {
      readonly inspection: InspectionRef;
      readonly dorm: DormRef;
      readonly reason: string;
    }[];
    readonly cleared: readonly {
      readonly fail: InspectionRef;
      readonly dorm: DormRef;
      readonly by: readonly string[];
    }[];
    readonly moves: readonly {
      readonly person: PersonRef;
      readonly stays: readonly { readonly dorm: DormRef; readonly from?: string; readonly to?: string }[];
    }[];
  };
  /** Members below their contact requirement (联系分工); empty without an Assignments tab. */
  readonly contact: {
    readonly required: number;
    readonly below: readonly {
      readonly person: PersonRef;
      readonly dorms: readonly DormRef[];
      readonly visits: number;
      readonly months: readonly string[];
    }[];
  };
}

/**
 * Everything a semester report shows, as plain data: ISO dates, no `Date`, no words. The public
 * edition has no `internal` part at all.
 */
export interface ReportModel {
  readonly kind: "semester";
  readonly edition: Edition;
  readonly header: DocumentHeader;
  readonly department: string;
  readonly semester: { readonly id: string; readonly first: string; readonly last: string };
  readonly today: string;
  readonly settings: Settings;
  readonly headline: Headline;
  readonly buildings: readonly BuildingLine[];
  readonly weeks: readonly WeekLine[];
  readonly excellentDorms: readonly DormLine[];
  readonly failDorms: readonly DormLine[];
  readonly praise: readonly PraiseLine[];
  readonly criticism: readonly Notice[];
  readonly coverage: VisitCoverage;
  /** The semester's rankings, the bands and each month's rotating banner: dorm-level figures. */
  readonly rankings: RankingsPart;
  /** ISO date the semester was archived, when its figures come from the archive. */
  readonly archivedOn?: string;
  readonly internal?: InternalReport;
}

const zeroGrades = (): GradeCounts => ({ excellent: 0, pass: 0, fail: 0, none: 0 });

/**
 * The Monday of a day's week. Day 0 (1970-01-01) was a Thursday.
 *
 * @example
 * isoOf(mondayOf(dayOfIso("2025-09-04")!)) //=> "2025-09-01"
 */
export function mondayOf(day: Day): Day {
  return day - ((((day + 3) % 7) + 7) % 7);
}

function weeksOf(dorms: readonly DormSemester[]): WeekLine[] {
  const byWeek = new Map<Day, { inspections: number; fails: number; excellents: number }>();
  // Inspections fall on a few dozen dates: each is parsed once.
  const mondays = new Map<string, Day>();
  for (const i of dorms.flatMap((d) => d.inspections)) {
    let monday = mondays.get(i.date);
    if (monday === undefined) {
      monday = mondayOf(dayOfIso(i.date) as Day);
      mondays.set(i.date, monday);
    }
    const week = byWeek.get(monday) ?? { inspections: 0, fails: 0, excellents: 0 };
    week.inspections++;
    if (i.level === "fail") week.fails++;
    if (i.level === "excellent") week.excellents++;
    byWeek.set(monday, week);
  }
  if (byWeek.size === 0) return [];
  const weeks = [...byWeek.keys()];
  const lines: WeekLine[] = [];
  // Empty weeks in between stay on the chart: a holiday week shows as a gap, not as nothing.
  for (let d = Math.min(...weeks); d <= Math.max(...weeks); d += 7) {
    lines.push({ weekOf: isoOf(d), ...(byWeek.get(d) ?? { inspections: 0, fails: 0, excellents: 0 }) });
  }
  return lines;
}

function findingsOf(visits: readonly Visit[], dormOf: (id: string) => DormRef): FindingLine[] {
  const groups = new Map<
    string,
    { findings: string; followUp: string; visits: { date: string; dorm: DormRef }[] }
  >();
  for (const v of [...visits].sort((a, b) => a.day - b.day || a.row - b.row)) {
    const key = JSON.stringify([v.findings, v.followUp]);
    const group = groups.get(key) ?? { findings: v.findings, followUp: v.followUp, visits: [] };
    group.visits.push({ date: isoOf(v.day), dorm: dormOf(v.dormId) });
    groups.set(key, group);
  }
  return [...groups.values()];
}

function buildingsOf(dorms: readonly DormSemester[]): BuildingLine[] {
  const byBuilding = new Map<
    string,
    { dorms: number; grades: GradeCounts; inspections: number; fails: number }
  >();
  for (const d of dorms) {
    const line = byBuilding.get(d.dorm.building) ?? {
      dorms: 0,
      grades: zeroGrades(),
      inspections: 0,
      fails: 0,
    };
    line.dorms++;
    line.grades[d.grade]++;
    line.inspections += d.count;
    line.fails += d.fails;
    byBuilding.set(d.dorm.building, line);
  }
  const lines = [...byBuilding].map(([building, line]) => ({
    building,
    ...line,
    passRate: passRate(line.inspections, line.fails),
  }));
  const rates = lines.map((l) => l.passRate ?? -1).sort((x, y) => y - x);
  return lines.map((l) => ({ ...l, rank: rates.indexOf(l.passRate ?? -1) + 1 }));
}

function dormLine(d: DormSemester, dormOf: (id: string) => DormRef): DormLine {
  return { dorm: dormOf(d.dormId), inspections: d.count, excellents: d.excellents, fails: d.fails };
}

/**
 * The internal edition's own part: everything that concerns people, or the branch's management.
 * Only `reportModel` of the internal edition calls this.
 */
function internalOf(source: ReportSource): InternalReport {
  const { records, checks } = source.read;
  const evaluation = source.evaluation;
  const { settings } = evaluation;
  const dormOf = dormLookup(records.dorms);
  const sanctioned = sanctionedByDorm(records.members);
  const dorms = evaluation.dorms;
  const people = (dormId: string, keep: (status: Status) => boolean = () => true) =>
    (sanctioned.get(dormId) ?? []).filter((m) => keep(m.status));

  const members: Record<Status, number> = {
    full: 0,
    probationary: 0,
    candidate: 0,
    activist: 0,
    nonMember: 0,
  };
  for (const m of records.members) members[m.status]++;

  // Each consequence names the members it reached, grouped by the dorm and the inspections behind
  // it: those who lived there together share them; one who moved has their own.
  const dormOrder = new Map(dorms.map((d, i) => [d.dormId, i]));
  const byId = new Map(records.members.map((m) => [m.id, m]));
  const grouped = (
    pick: (m: MemberOutcome) => { evidence: readonly InspectionRef[]; deadline?: string } | undefined,
    keep: (status: Status) => boolean = () => true,
  ): DormConsequence[] => {
    const groups = new Map<
      string,
      {
        dorm: DormRef;
        evidence: readonly InspectionRef[];
        deadline: string | undefined;
        people: PersonRef[];
        order: number;
      }
    >();
    for (const m of evaluation.members) {
      const member = byId.get(m.studentId);
      const found = member && keep(m.status) ? pick(m) : undefined;
      if (!member || !found) continue;
      const dormId =
        found.evidence.at(-1)?.dormId ?? evaluation.stays.get(m.studentId)?.at(-1)?.dormId ?? m.dormId;
      const key = JSON.stringify([dormId, found.evidence.map((e) => e.row), found.deadline ?? ""]);
      let group = groups.get(key);
      if (!group) {
        group = {
          dorm: dormOf(dormId),
          evidence: found.evidence,
          deadline: found.deadline,
          people: [],
          order: dormOrder.get(dormId) ?? 0,
        };
        groups.set(key, group);
      }
      group.people.push(personOf(member));
    }
    return [...groups.values()]
      .sort((a, b) => a.order - b.order)
      .map(({ dorm, evidence, deadline, people }) => ({ dorm, evidence, deadline, people }));
  };
  const sanctionedOnly = (status: Status) => status === "full" || status === "probationary";
  const revoked = grouped((m) =>
    m.eligibility === "revoked" ? { evidence: m.eligibilityEvidence } : undefined,
  );
  const actions = grouped((m) =>
    m.action ? { evidence: m.assessmentEvidence, deadline: m.action.deadline } : undefined,
  );
  // Assessments are yearly: in a second semester they include R4 reached in the first.
  const yearly = (keep: (status: Status) => boolean) =>
    grouped(
      (m) =>
        m.assessment
          ? { evidence: m.assessmentEvidence, ...(m.action ? { deadline: m.action.deadline } : {}) }
          : undefined,
      keep,
    );
  const priority = grouped((m) => (m.priority ? { evidence: [] } : undefined), sanctionedOnly);

  const reviewed = evaluation.members.filter((m) => m.review !== undefined);
  const byGrade = zeroGrades();
  for (const m of reviewed) byGrade[m.review?.grade ?? "none"]++;
  const memberById = byId;

  const withFollowUp = dorms.flatMap((d) => d.visits.filter((v) => v.followUp !== ""));
  const followUps = evaluation.talkFollowUps;

  const usedRows: Partial<Record<TabName, Set<number>>> = {
    dorms: new Set(records.dorms.map((r) => r.row)),
    members: new Set(records.members.map((r) => r.row)),
    // 无人 rows are used too: they are counted apart.
    inspections: new Set([...records.inspections, ...(records.nobodyIn ?? [])].map((r) => r.row)),
    visits: new Set(records.visits.map((r) => r.row)),
    talks: new Set(records.talks.map((r) => r.row)),
    moves: new Set((records.moves ?? []).map((r) => r.row)),
    assignments: new Set((records.assignments ?? []).map((r) => r.row)),
  };
  const quality = (Object.keys(checks) as TabName[]).flatMap((tab): QualityLine[] => {
    const rows = (checks[tab] ?? []).flatMap((message, i) => {
      const row = i + 2;
      // Settings rows are never skipped: an unreadable value falls back to its default.
      return message === ""
        ? []
        : [{ row, message, skipped: usedRows[tab] ? !usedRows[tab].has(row) : false }];
    });
    if (rows.length === 0) return [];
    const skipped = rows.filter((r) => r.skipped).length;
    return [{ tab, skipped, noted: rows.length - skipped, rows }];
  });
  const planned = (action: "hang" | "takeDown" | "reissue") =>
    dorms
      .filter((d) => d.plaque === action)
      .map((d) => ({ dorm: dormOf(d.dormId), condition: d.dorm.plaqueCondition }));

  return {
    members,
    priority,
    revoked,
    assessments: yearly((s) => s === "full"),
    probation: yearly((s) => s === "probationary"),
    actions,
    warnings: dorms.flatMap((d) =>
      d.warnings.map((w) => ({ dorm: dormOf(d.dormId), kind: w.kind, limit: w.limit, fails: w.fails })),
    ),
    reviews: {
      total: reviewed.length,
      byGrade,
      people: reviewed.flatMap((m) => {
        const member = memberById.get(m.studentId);
        return member && m.review ? [{ person: personOf(member), dorm: dormOf(m.dormId), ...m.review }] : [];
      }),
    },
    visits: {
      below: dorms
        .filter((d) => d.visits.length < d.visitsRequired)
        .map((d) => ({
          dorm: dormOf(d.dormId),
          count: d.visits.length,
          dates: d.visits.map((v) => isoOf(v.day)),
        })),
      findings: findingsOf(withFollowUp, dormOf),
      followUps: withFollowUp.length,
    },
    plaques: { hang: planned("hang"), takeDown: planned("takeDown"), reissue: planned("reissue") },
    history: {
      revoked: dorms.flatMap((d) =>
        d.revoked.map((r) => ({ inspection: r.inspection, dorm: dormOf(d.dormId), reason: r.reason })),
      ),
      cleared: dorms.flatMap((d) =>
        d.cleared.map((c) => ({ fail: c.fail, dorm: dormOf(d.dormId), by: c.by.map((b) => b.date) })),
      ),
      moves: [...evaluation.stays].flatMap(([id, stays]) => {
        const member = byId.get(id);
        if (!member) return [];
        return [
          {
            person: personOf(member),
            stays: stays.map((x) => ({
              dorm: dormOf(x.dormId),
              ...(x.from !== undefined ? { from: isoOf(x.from) } : {}),
              ...(x.to !== undefined ? { to: isoOf(x.to) } : {}),
            })),
          },
        ];
      }),
    },
    contact: {
      required: settings.memberVisitsPerMonth,
      below: evaluation.coverage.flatMap((c) => {
        const member = byId.get(c.studentId);
        if (!member || !c.below) return [];
        return [
          {
            person: personOf(member),
            dorms: c.dorms.map((d) => dormOf(d.dormId)),
            visits: c.visits.length,
            months: c.months.filter((m) => m.met === false).map((m) => m.month),
          },
        ];
      }),
    },
    talks: {
      days: settings.talkFollowUpDays,
      total: followUps.length,
      followed: followUps.filter((f) => f.status === "followed").length,
      pending: followUps.filter((f) => f.status === "pending").length,
      missed: followUps
        .filter((f) => f.status === "missed")
        .map((f) => ({
          inspection: f.inspection,
          dorm: dormOf(f.inspection.dormId),
          due: isoOf((dayOfIso(f.inspection.date) as Day) + settings.talkFollowUpDays),
          people: people(f.inspection.dormId).map(personOf),
        }))
        .sort(
          (a, b) => a.inspection.date.localeCompare(b.inspection.date) || a.inspection.row - b.inspection.row,
        ),
    },
    quality,
    deductions: deductionLines(evaluation),
  };
}

/**
 * The semester report of a graded workbook, for one edition. Pure: every date comes from the
 * source (its evaluation carries `today`), and the result is plain data that crosses the
 * sidebar bridge and renders in either language.
 *
 * The public edition is what a department may post (see the README, "What the public edition
 * shows"): dorm-level facts only, built without people rather than blanked afterwards. It has
 * grades, excellent and failing dorms, praise and criticism notices by dorm (categories from the
 * fixed list, anything typed becoming "other"), building rankings and visit coverage figures; it
 * has no `internal` part, so no name, student ID, contact, teacher, inspector, free text,
 * Party-internal consequence, early warning, talk follow-up or data-quality message.
 *
 * @example
 * const model = reportModel(grading, { edition: "public" });
 * model.headline.plaqued //=> 60
 * model.internal //=> undefined
 */
export function reportModel(source: ReportSource, options: ReportOptions): ReportModel {
  const { edition } = options;
  const { records } = source.read;
  const evaluation = source.evaluation;
  const { semester, settings } = evaluation;
  const dormOf = dormLookup(records.dorms);
  // Who bears a notice: the full and probationary members living in the dorm on its day.
  const residents = residentsOn(records.members, evaluation.stays);
  const dorms = evaluation.dorms;

  const grades = zeroGrades();
  for (const d of dorms) grades[d.grade]++;

  // A cleared fail leaves the record, but the public criticism it brought (R1) stands.
  const failing = dorms
    .flatMap((d) => [...d.inspections.filter((i) => i.level === "fail"), ...d.cleared.map((c) => c.fail)])
    .sort((a, b) => a.date.localeCompare(b.date) || a.row - b.row);
  const criticism = noticesOf(failing, residents, dormOf, edition);
  const praise: PraiseLine[] = dorms.flatMap((d) => {
    const excellent = d.inspections.filter((i) => i.level === "excellent");
    const ms = [...new Set(excellent.flatMap((i) => residents(d.dormId, i.date)))];
    const dates = excellent.filter((i) => residents(d.dormId, i.date).length > 0).map((i) => i.date);
    if (ms.length === 0 || dates.length === 0) return [];
    const line = { dorm: dormOf(d.dormId), dates };
    return [edition === "internal" ? { ...line, members: ms.map(personOf) } : line];
  });

  const visitsInSemester = dorms.reduce((n, d) => n + d.visits.length, 0);
  const years = [...new Set(dorms.map((d) => d.dorm.year))].sort((a, b) => (a ?? 99) - (b ?? 99));
  const byYear = years.map((year): YearCoverage => {
    const ofYear = dorms.filter((d) => d.dorm.year === year);
    return {
      year,
      dorms: ofYear.length,
      met: ofYear.filter((d) => d.visits.length >= d.visitsRequired).length,
      below: ofYear.filter((d) => d.visits.length > 0 && d.visits.length < d.visitsRequired).length,
      never: ofYear.filter((d) => d.visits.length === 0 && d.visitsRequired > 0).length,
      visits: ofYear.reduce((n, d) => n + d.visits.length, 0),
    };
  });

  const inspections = dorms.reduce((n, d) => n + d.count, 0);
  const fails = dorms.reduce((n, d) => n + d.fails, 0);
  const today = isoOf(evaluation.today);

  const model: ReportModel = {
    kind: "semester",
    edition,
    header: headerOf(settings, today),
    department: settings.department,
    semester: { id: semester.id, first: isoOf(semester.first), last: isoOf(semester.last) },
    today,
    settings,
    headline: {
      dorms: dorms.length,
      plaqued: records.dorms.filter((d) => d.plaque).length,
      memberDorms: dorms.filter((d) => d.memberDorm).length,
      inspections,
      fails,
      excellents: dorms.reduce((n, d) => n + d.excellents, 0),
      passRate: passRate(inspections, fails),
      grades,
      visits: visitsInSemester,
      criticisms: criticism.length,
      praises: praise.reduce((n, p) => n + p.dates.length, 0),
    },
    buildings: buildingsOf(dorms),
    weeks: weeksOf(dorms),
    excellentDorms: dorms.filter((d) => d.grade === "excellent").map((d) => dormLine(d, dormOf)),
    failDorms: dorms.filter((d) => d.grade === "fail").map((d) => dormLine(d, dormOf)),
    praise,
    criticism,
    coverage: { required: settings.visitsPerSemester, visits: visitsInSemester, byYear },
    rankings: rankingsPart(source, semesterPeriod(evaluation), edition),
    ...(source.archivedOn ? { archivedOn: source.archivedOn } : {}),
  };
  return edition === "internal" ? { ...model, internal: internalOf(source) } : model;
}
