import { dayOfIso } from "../engine/day.ts";
import type { Evaluation } from "../engine/evaluate.ts";
import type { InspectionRef } from "../engine/evidence.ts";
import {
  type Category,
  type Dorm,
  isSanctioned,
  type Member,
  type Records,
  type Status,
} from "../engine/records.ts";
import { dormOn, type Stay } from "../engine/residence.ts";
import type { Settings } from "../engine/settings.ts";

/**
 * Who a report is for. The internal edition names people; the public one gives dorms and figures
 * only, so that it can be posted on a notice board or sent outside the branch.
 */
export type Edition = "internal" | "public";

/** The workbook's tabs, as the report names them in its data-quality notes. */
export type TabName =
  | "dorms"
  | "members"
  | "inspections"
  | "visits"
  | "talks"
  | "moves"
  | "assignments"
  | "settings"
  | "scoresheet";

/**
 * What a report needs of a graded workbook: the records with each tab's check messages, and the
 * semester's evaluation. The workbook layer's `Grading` fits as it is.
 */
export interface ReportSource {
  readonly read: {
    readonly records: Records;
    /** Per tab, one message per data row (index 0 is sheet row 2); blank when the row is fine. */
    readonly checks: Partial<Record<TabName, readonly string[]>>;
  };
  readonly evaluation: Evaluation;
  /** ISO date the semester was archived, when its figures come from the archive. */
  readonly archivedOn?: string;
}

/** A dorm as a report shows it. */
export interface DormRef {
  readonly id: string;
  /** The dorm number as the user wrote it. */
  readonly label: string;
  readonly building: string;
  readonly year: number | undefined;
}

/** A person named by the internal edition. */
export interface PersonRef {
  readonly studentId: string;
  readonly name: string;
  readonly status: Status;
  readonly contact: string;
}

/**
 * A public criticism (R1) or praise (R2): one inspection of a dorm where full or probationary
 * members live. The public edition keeps the dorm, the date and a category from the fixed list;
 * only the internal one has the sheet row and the members named.
 */
export interface Notice {
  readonly date: string;
  readonly dorm: DormRef;
  /** A known category, "other" for free text in the public edition, or blank. */
  readonly category: string;
  /** Internal edition only: the row on the Inspections tab. */
  readonly row?: number;
  /** Internal edition only: the full and probationary members named. */
  readonly members?: readonly PersonRef[];
}

const CATEGORIES: ReadonlySet<string> = new Set<Category>(["hygiene", "discipline", "schedule", "safety"]);

/**
 * A category as the public edition may print it: one of the fixed list, or "other" for anything
 * a user typed (which may name someone, e.g. `张三违规用电`). Blank stays blank.
 *
 * @example
 * publicCategory("张三违规用电") //=> "other"
 */
export function publicCategory(category: string): string {
  return category === "" || CATEGORIES.has(category) ? category : "other";
}

/**
 * A category for an edition: as recorded internally, from the fixed list publicly.
 *
 * @example
 * categoryFor("internal", "张三违规用电") //=> "张三违规用电"
 */
export function categoryFor(edition: Edition, category: string): string {
  return edition === "internal" ? category : publicCategory(category);
}

/** The head and foot of an official document: who issues it, its number and its date. */
export interface DocumentHeader {
  /** The issuing body (Settings 发文单位), else the department; may be blank. */
  readonly issuer: string;
  /** The document number (Settings 文号); may be blank. */
  readonly number: string;
  /** The date of the document, ISO: the day it was made. */
  readonly date: string;
}

/**
 * The header of a document made on `today` under these settings.
 *
 * @example
 * headerOf({ ...DEFAULT_SETTINGS, department: "电子工程系" }, "2026-01-20") //=> { issuer: "电子工程系", number: "", date: "2026-01-20" }
 */
export function headerOf(
  settings: Pick<Settings, "issuer" | "department" | "documentNumber">,
  today: string,
): DocumentHeader {
  return { issuer: settings.issuer || settings.department, number: settings.documentNumber, date: today };
}

/**
 * Looks up dorms by id; an id missing from the Dorms tab (never the case for read records) is
 * shown as itself.
 *
 * @example
 * dormLookup(records.dorms)("3-201").building //=> "东区3号楼"
 */
export function dormLookup(dorms: readonly Dorm[]): (id: string) => DormRef {
  const byId = new Map<string, DormRef>(
    dorms.map((d) => [d.id, { id: d.id, label: d.label || d.id, building: d.building, year: d.year }]),
  );
  return (id) => byId.get(id) ?? { id, label: id, building: "", year: undefined };
}

/**
 * A person as a report names them. Only the internal edition calls this: the public edition
 * keeps no `PersonRef` at all, so a name cannot leak through a field someone forgot to blank.
 *
 * @example
 * personOf(member) //=> { studentId: "2022010001", name: "张三", status: "full", contact: "王老师" }
 */
export function personOf(member: Pick<Member, "label" | "id" | "name" | "status" | "contact">): PersonRef {
  return {
    studentId: member.label || member.id,
    name: member.name,
    status: member.status,
    contact: member.contact,
  };
}

/**
 * The full and probationary members of each dorm, in sheet order: the people notices name.
 *
 * @example
 * sanctionedByDorm(records.members).get("3-201")?.length //=> 2
 */
export function sanctionedByDorm(members: readonly Member[]): Map<string, Member[]> {
  const byDorm = new Map<string, Member[]>();
  for (const m of members) {
    if (!isSanctioned(m.status)) continue;
    const list = byDorm.get(m.dormId);
    if (list) list.push(m);
    else byDorm.set(m.dormId, [m]);
  }
  return byDorm;
}

/**
 * The full and probationary members who lived in a dorm on a day: those who never moved by their
 * present dorm, those who moved by where they lived that day.
 *
 * @example
 * residentsOn(records.members, evaluation.stays)("3-201", "2025-10-13").map((m) => m.name) //=> ["张三"]
 */
export function residentsOn(
  members: readonly Member[],
  stays: ReadonlyMap<string, readonly Stay[]>,
): (dormId: string, date: string) => readonly Member[] {
  const settled = sanctionedByDorm(members.filter((m) => !stays.has(m.id)));
  const movers = members.filter((m) => stays.has(m.id) && isSanctioned(m.status));
  if (movers.length === 0) return (dormId) => settled.get(dormId) ?? [];
  return (dormId, date) => {
    const day = dayOfIso(date) as number;
    const moved = movers.filter((m) => dormOn(stays.get(m.id), m.dormId, day) === dormId);
    const here = settled.get(dormId) ?? [];
    return moved.length ? [...here, ...moved] : here;
  };
}

/**
 * The people of an edition: everyone for the internal one, nobody (undefined) for the public one.
 *
 * @example
 * peopleFor("public", members) //=> undefined
 */
export function peopleFor(edition: Edition, members: readonly Member[] | undefined): PersonRef[] | undefined {
  return edition === "internal" ? (members ?? []).map(personOf) : undefined;
}

/**
 * The notices (R1 for fails, R2 for excellents) of some inspections: one per inspection of a dorm
 * where full or probationary members live.
 *
 * @example
 * noticesOf(fails, residentsOn(members, stays), dormOf, "public")[0]?.members //=> undefined
 */
export function noticesOf(
  inspections: readonly InspectionRef[],
  sanctioned: (dormId: string, date: string) => readonly Member[],
  dormOf: (id: string) => DormRef,
  edition: Edition,
): Notice[] {
  return inspections.flatMap((inspection): Notice[] => {
    const members = sanctioned(inspection.dormId, inspection.date);
    if (!members || members.length === 0) return [];
    const notice = {
      date: inspection.date,
      dorm: dormOf(inspection.dormId),
      category: categoryFor(edition, inspection.category),
    };
    return [
      edition === "internal" ? { ...notice, row: inspection.row, members: members.map(personOf) } : notice,
    ];
  });
}

/**
 * The share of inspections that did not fail; undefined when there were none.
 *
 * @example
 * passRate(200, 6) //=> 0.97
 */
export function passRate(inspections: number, fails: number): number | undefined {
  return inspections === 0 ? undefined : (inspections - fails) / inspections;
}
