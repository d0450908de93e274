import type { Day } from "./day.ts";
import type { Deduction } from "./deductions.ts";
import type { Level, LevelBasis } from "./level.ts";

/** 政治面貌: full and probationary members are sanctioned; candidates and activists are reviewed. */
export type Status = "full" | "probationary" | "candidate" | "activist" | "nonMember";

export type Category = "hygiene" | "discipline" | "schedule" | "safety";

export type PlaqueCondition = "ok" | "lost" | "damaged";

/** Where a record came from: its 1-based row on its tab, so outcomes can point back to it. */
export interface Source {
  readonly row: number;
}

export interface Dorm extends Source {
  /** Normalised dorm number, the key every other tab refers to. */
  readonly id: string;
  /** The dorm number as the user wrote it. */
  readonly label: string;
  readonly building: string;
  /** 1–4, or undefined when blank. */
  readonly year: number | undefined;
  readonly plaque: boolean;
  readonly plaqueDate: Day | undefined;
  readonly plaqueCondition: PlaqueCondition;
  /** 床位数: beds in the room, when given; per-bed scoresheet items may weigh by it. */
  readonly beds?: number;
}

export interface Member extends Source {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly status: Status;
  readonly dormId: string;
  readonly branch: string;
  readonly contact: string;
}

/** 申诉结果: an appeal upheld leaves the inspection counted; one revoked takes it out of every rule. */
export interface Appeal {
  readonly outcome: "upheld" | "revoked";
  readonly reason: string;
}

export interface Inspection extends Source {
  readonly day: Day;
  readonly dormId: string;
  /** A known category, or the user's own text. */
  readonly category: Category | string;
  readonly level: Level;
  /** The score it counts with: typed by hand, else computed from its items, 0 when refused (拒查). */
  readonly score: number | undefined;
  readonly inspector: string;
  readonly notes: string;
  /** What decided the level; absent means a typed result or score, as before scoresheets. */
  readonly basis?: LevelBasis;
  /** The scoresheet items found (扣分项), when the row lists them: the evidence of its level. */
  readonly deductions?: readonly Deduction[];
  /** The appeal's outcome, when the row has one. */
  readonly appeal?: Appeal;
  /** 级别: who inspected, as the user wrote it (e.g. 院级, 校级); some levels are never cleared. */
  readonly tier?: string;
}

/** 无人: the inspectors found nobody in. Not an inspection: counted apart, never a fail. */
export interface NobodyIn extends Source {
  readonly day: Day;
  readonly dormId: string;
  readonly category: Category | string;
  readonly inspector: string;
  readonly notes: string;
}

export interface Visit extends Source {
  readonly day: Day;
  readonly dormId: string;
  readonly teacher: string;
  readonly group: string;
  readonly findings: string;
  readonly followUp: string;
  /** 走访党员: the members who went, by student ID; empty when the column is blank. */
  readonly visitors?: readonly string[];
}

export interface Talk extends Source {
  readonly day: Day;
  /** The member who held the talk. */
  readonly studentId: string;
  readonly with: string;
  readonly reason: string;
  readonly notes: string;
}

/** 住宿变动: a member moved from one dorm to another; `day` is the first day in the new one. */
export interface Move extends Source {
  readonly day: Day;
  readonly studentId: string;
  readonly fromDormId: string;
  readonly toDormId: string;
}

/** 联系分工: a member is assigned a dorm to contact from a day (undefined: from the start). */
export interface Assignment extends Source {
  readonly day: Day | undefined;
  readonly studentId: string;
  readonly dormId: string;
}

/** Everything the engine reads: the usable rows of every input tab. */
export interface Records {
  readonly dorms: readonly Dorm[];
  readonly members: readonly Member[];
  readonly inspections: readonly Inspection[];
  readonly visits: readonly Visit[];
  readonly talks: readonly Talk[];
  /** Rows that recorded 无人 instead of an inspection; absent means none. */
  readonly nobodyIn?: readonly NobodyIn[];
  /** The optional Moves tab; absent or empty: everyone has always lived in their present dorm. */
  readonly moves?: readonly Move[];
  /** The optional Assignments tab. */
  readonly assignments?: readonly Assignment[];
}

/** Sanctions (R1–R4, R6) apply to full and probationary members only. */
export function isSanctioned(status: Status): boolean {
  return status === "full" || status === "probationary";
}

/** R7: candidates and activists are reviewed against their dorm's results. */
export function isReviewed(status: Status): boolean {
  return status === "candidate" || status === "activist";
}
