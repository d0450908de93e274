import type { Band } from "./bands.ts";
import type { LabelKey, Lang } from "./labels.ts";

/** What rankings and the banner order dorms by: their mean score, or their excellent inspections. */
export type RankBy = "score" | "excellents";

/** How many win the monthly banner: a number, or a share of those in the running. */
export type Quota =
  | { readonly kind: "count"; readonly value: number }
  | { readonly kind: "share"; readonly value: number };

/** Every threshold of the regime; a department changes them on the Settings tab. */
export interface Settings {
  readonly department: string;
  /** The issuing body printed at the head and foot of a document; blank: the department. */
  readonly issuer: string;
  /** A document number such as `电子工程系党委〔2025〕3号`; blank: none. */
  readonly documentNumber: string;
  /** A semester id such as `2025-2026-1`, or undefined for the latest semester with an inspection. */
  readonly currentSemester: string | undefined;
  readonly semester1StartMonth: number;
  readonly semester2StartMonth: number;
  readonly consecutiveFailLimit: number;
  readonly semesterFailLimit: number;
  readonly correctionDays: number;
  readonly excellentMinInspections: number;
  /** A share between 0 and 1. */
  readonly excellentShare: number;
  readonly excellentScore: number;
  readonly passScore: number;
  readonly visitsPerSemester: number;
  readonly talkFollowUpDays: number;
  /** How many dorms the top and bottom lists of a ranking name. */
  readonly rankingSize: number;
  readonly rankBy: RankBy;
  /** The monthly rotating banner (流动红旗): how many win it, and whether dorms or buildings. */
  readonly bannerQuota: Quota;
  readonly bannerFor: "dorms" | "buildings";
  /** Star or flag bands by mean score; none when empty. */
  readonly bands: readonly Band[];
  readonly language: Lang;
  /** The department's inspection form, with `{dorm}` where each door card's QR code puts its dorm. */
  readonly formUrl: string;
  /** The line each door card and 承诺书 carries; blank: the default pledge. */
  readonly pledge: string;
  /** Column choices an import remembers, such as `门牌=宿舍号；签到人=检查人`. */
  readonly importColumns: string;
  /** Fail clearing: one fail leaves the record after this many excellent inspections; 0 is off. */
  readonly clearAfterExcellents: number;
  /** Levels (级别) whose fails are never cleared, as typed: separated by commas or spaces. */
  readonly unclearableTiers: string;
  /** Contact assignments: visits each member owes per month to their assigned dorms. */
  readonly memberVisitsPerMonth: number;
  /** The optional appraisal points table; undefined entries give no points. */
  readonly pointsOwnFail: number | undefined;
  readonly pointsContactFail: number | undefined;
  readonly pointsOwnExcellent: number | undefined;
  readonly pointsGradeExcellent: number | undefined;
  readonly pointsGradePass: number | undefined;
  readonly pointsGradeFail: number | undefined;
}

export const DEFAULT_SETTINGS: Settings = {
  department: "",
  issuer: "",
  documentNumber: "",
  currentSemester: undefined,
  semester1StartMonth: 8,
  semester2StartMonth: 2,
  consecutiveFailLimit: 2,
  semesterFailLimit: 4,
  correctionDays: 14,
  excellentMinInspections: 2,
  excellentShare: 0.5,
  excellentScore: 90,
  passScore: 60,
  visitsPerSemester: 2,
  talkFollowUpDays: 7,
  rankingSize: 5,
  rankBy: "score",
  bannerQuota: { kind: "share", value: 0.05 },
  bannerFor: "dorms",
  bands: [],
  language: "zh",
  formUrl: "",
  pledge: "",
  importColumns: "",
  clearAfterExcellents: 0,
  unclearableTiers: "",
  memberVisitsPerMonth: 1,
  pointsOwnFail: undefined,
  pointsContactFail: undefined,
  pointsOwnExcellent: undefined,
  pointsGradeExcellent: undefined,
  pointsGradePass: undefined,
  pointsGradeFail: undefined,
};

export type SettingKind =
  | "text"
  | "semester"
  | "month"
  | "count"
  | "countOrOff"
  | "days"
  | "share"
  | "score"
  | "lang"
  | "url"
  | "line"
  | "rankBy"
  | "quota"
  | "bannerFor"
  | "bands"
  | "points";

export interface SettingSpec {
  readonly key: keyof Settings;
  readonly label: LabelKey;
  readonly kind: SettingKind;
}

/** The Settings tab's keys, in the order `init` writes them. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: "department", label: "set.department", kind: "text" },
  { key: "issuer", label: "set.issuer", kind: "text" },
  { key: "documentNumber", label: "set.documentNumber", kind: "text" },
  { key: "currentSemester", label: "set.currentSemester", kind: "semester" },
  { key: "semester1StartMonth", label: "set.semester1StartMonth", kind: "month" },
  { key: "semester2StartMonth", label: "set.semester2StartMonth", kind: "month" },
  { key: "consecutiveFailLimit", label: "set.consecutiveFailLimit", kind: "count" },
  { key: "semesterFailLimit", label: "set.semesterFailLimit", kind: "count" },
  { key: "correctionDays", label: "set.correctionDays", kind: "days" },
  { key: "excellentMinInspections", label: "set.excellentMinInspections", kind: "count" },
  { key: "excellentShare", label: "set.excellentShare", kind: "share" },
  { key: "excellentScore", label: "set.excellentScore", kind: "score" },
  { key: "passScore", label: "set.passScore", kind: "score" },
  { key: "visitsPerSemester", label: "set.visitsPerSemester", kind: "count" },
  { key: "talkFollowUpDays", label: "set.talkFollowUpDays", kind: "days" },
  { key: "formUrl", label: "set.formUrl", kind: "url" },
  { key: "pledge", label: "set.pledge", kind: "line" },
  { key: "importColumns", label: "set.importColumns", kind: "line" },
  { key: "rankingSize", label: "set.rankingSize", kind: "count" },
  { key: "rankBy", label: "set.rankBy", kind: "rankBy" },
  { key: "bannerQuota", label: "set.bannerQuota", kind: "quota" },
  { key: "bannerFor", label: "set.bannerFor", kind: "bannerFor" },
  { key: "bands", label: "set.bands", kind: "bands" },
  { key: "language", label: "set.language", kind: "lang" },
  { key: "clearAfterExcellents", label: "set.clearAfterExcellents", kind: "countOrOff" },
  { key: "unclearableTiers", label: "set.unclearableTiers", kind: "text" },
  { key: "memberVisitsPerMonth", label: "set.memberVisitsPerMonth", kind: "countOrOff" },
  { key: "pointsOwnFail", label: "set.pointsOwnFail", kind: "points" },
  { key: "pointsContactFail", label: "set.pointsContactFail", kind: "points" },
  { key: "pointsOwnExcellent", label: "set.pointsOwnExcellent", kind: "points" },
  { key: "pointsGradeExcellent", label: "set.pointsGradeExcellent", kind: "points" },
  { key: "pointsGradePass", label: "set.pointsGradePass", kind: "points" },
  { key: "pointsGradeFail", label: "set.pointsGradeFail", kind: "points" },
];
