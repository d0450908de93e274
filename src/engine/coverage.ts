import { type Day, dayOf, dayOfIso, partsOf } from "./day.ts";
import type { InspectionRef } from "./evidence.ts";
import type { Assignment, Records, Visit } from "./records.ts";
import type { Semester } from "./semester.ts";
import type { Settings } from "./settings.ts";

/** One calendar month of a member's contact assignment. */
export interface MonthCoverage {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly visits: number;
  readonly required: number;
  /** Whether the month met its requirement; undefined while the month is not over and not yet met. */
  readonly met: boolean | undefined;
}

/** A dorm a member contacts, with its fails while it was theirs this semester. */
export interface ContactedDorm {
  readonly dormId: string;
  readonly fails: readonly InspectionRef[];
}

/** How a member covered the dorms assigned to them in a semester (联系分工). */
export interface MemberCoverage {
  readonly studentId: string;
  readonly dorms: readonly ContactedDorm[];
  /** The visits credited to the member: to an assigned dorm, by them when the visit lists who went. */
  readonly visits: readonly Visit[];
  readonly months: readonly MonthCoverage[];
  /** Some month that is over fell short. */
  readonly below: boolean;
}

/** A member's assignments as periods: from a day (undefined: the start), the set of dorms. */
interface Period {
  readonly from: Day | undefined;
  readonly to: Day | undefined;
  readonly dorms: readonly string[];
}

function periodsOf(rows: readonly Assignment[]): Period[] {
  const byDay = new Map<number, string[]>();
  for (const row of rows) {
    const key = row.day ?? Number.NEGATIVE_INFINITY;
    const dorms = byDay.get(key) ?? [];
    if (!dorms.includes(row.dormId)) dorms.push(row.dormId);
    byDay.set(key, dorms);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  return days.map((d, i) => {
    const next = days[i + 1];
    return {
      from: Number.isFinite(d) ? d : undefined,
      to: next === undefined ? undefined : next - 1,
      dorms: byDay.get(d) ?? [],
    };
  });
}

const within = (p: Period, day: Day): boolean =>
  (p.from === undefined || day >= p.from) && (p.to === undefined || day <= p.to);

const monthKey = (day: Day): string => {
  const { year, month } = partsOf(day);
  return `${year}-${String(month).padStart(2, "0")}`;
};

/** The first day of the month after the one `day` is in. */
function nextMonth(day: Day): Day {
  const { year, month } = partsOf(day);
  return (month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, month + 1, 1)) as Day;
}

/**
 * Contact coverage per assigned member in a semester: the visits credited to them (a visit to a
 * dorm assigned to them that day, by them when the visit's 走访党员 lists who went), month by
 * month against `memberVisitsPerMonth`, and each assigned dorm's fails while it was theirs. A
 * member's rows with the latest from date replace their earlier ones. Months count from the
 * first assignment, up to today; a month in which nobody recorded any visit (a holiday) does
 * not count.
 *
 * @example
 * coverageOf(records, settings, semester, today, failsOf)[0]?.months[0] //=> { month: "2025-09", visits: 1, required: 1, met: true }
 */
export function coverageOf(
  records: Pick<Records, "assignments" | "visits">,
  settings: Pick<Settings, "memberVisitsPerMonth">,
  semester: Semester,
  today: Day,
  failsOf: (dormId: string) => readonly InspectionRef[],
): MemberCoverage[] {
  const assignments = records.assignments ?? [];
  if (assignments.length === 0) return [];
  const byStudent = new Map<string, Assignment[]>();
  for (const a of assignments) byStudent.set(a.studentId, [...(byStudent.get(a.studentId) ?? []), a]);
  const visits = records.visits.filter((v) => v.day >= semester.first && v.day <= semester.last);
  const activeMonths = new Set(visits.map((v) => monthKey(v.day)));
  const end = Math.min(today, semester.last);
  const required = settings.memberVisitsPerMonth;

  const out: MemberCoverage[] = [];
  for (const [studentId, rows] of byStudent) {
    const periods = periodsOf(rows).filter(
      (p) =>
        (p.from === undefined || p.from <= semester.last) && (p.to === undefined || p.to >= semester.first),
    );
    if (periods.length === 0) continue;
    const assignedOn = (dormId: string, day: Day) =>
      periods.some((p) => within(p, day) && p.dorms.includes(dormId));
    const credited = visits.filter(
      (v) =>
        assignedOn(v.dormId, v.day) &&
        (!v.visitors || v.visitors.length === 0 || v.visitors.includes(studentId)),
    );
    const start = Math.max(semester.first, periods[0]?.from ?? semester.first);
    const months: MonthCoverage[] = [];
    for (let d = start; d <= end; d = nextMonth(d)) {
      const month = monthKey(d);
      if (!activeMonths.has(month)) continue;
      const count = credited.filter((v) => monthKey(v.day) === month).length;
      const over = nextMonth(d) <= today;
      months.push({
        month,
        visits: count,
        required,
        met: count >= required ? true : over ? false : undefined,
      });
    }
    const dormIds = [...new Set(periods.flatMap((p) => p.dorms))];
    out.push({
      studentId,
      dorms: dormIds.map((dormId) => ({
        dormId,
        fails: failsOf(dormId).filter((f) => assignedOn(dormId, dayOfIso(f.date) as Day)),
      })),
      visits: credited,
      months,
      below: months.some((m) => m.met === false),
    });
  }
  return out;
}
