import type { Grade } from "./dorm-result.ts";
import { type Lang, t } from "./labels.ts";
import type { MemberOutcome } from "./member-outcome.ts";
import { memoized } from "./memo.ts";

/**
 * The label of a semester grade.
 *
 * @example
 * gradeLabel("none", "en") //=> "not inspected"
 */
export function gradeLabel(grade: Grade, lang: Lang): string {
  return grade === "none" ? t(lang, "grade.none") : t(lang, `level.${grade}`);
}

/** A member's outcome as the Members tab shows it. */
export interface MemberOutcomeCells {
  readonly criticisms: number | "";
  readonly praises: number | "";
  readonly eligibility: string;
  readonly priority: string;
  readonly assessment: string;
  readonly action: string;
  /** A candidate's or activist's review material: never an assessment, so never under one. */
  readonly review: string;
}

/**
 * The words of a member's outcome: counts and labels for full and probationary members, the
 * dorm's results as review material (in a column of its own) for candidates and activists,
 * blanks for everyone else.
 *
 * @example
 * memberOutcomeCells(outcome, "en").eligibility //=> "revoked"
 */
export function memberOutcomeCells(m: MemberOutcome, lang: Lang): MemberOutcomeCells {
  const sanctioned = m.status === "full" || m.status === "probationary";
  const words = outcomeWords(lang);
  return {
    criticisms: sanctioned ? m.criticisms.length : "",
    praises: sanctioned ? m.praiseCount : "",
    eligibility: m.eligibility ? (m.eligibility === "kept" ? words.kept : words.revoked) : "",
    priority: m.priority ? words.priority : "",
    assessment: m.assessment
      ? m.assessment === "fullUnqualified"
        ? words.fullUnqualified
        : words.probationUnqualified
      : "",
    action: m.action
      ? m.action.contact
        ? t(lang, "outcome.actionWithContact", { contact: m.action.contact, deadline: m.action.deadline })
        : t(lang, "outcome.action", { deadline: m.action.deadline })
      : "",
    review: m.review ? reviewWords(m.review, lang) : "",
  };
}

/** The fixed words of the outcome columns, per language: 20,000 members ask for the same five. */
const outcomeWords = memoized((lang: Lang) => ({
  kept: t(lang, "outcome.kept"),
  revoked: t(lang, "outcome.revoked"),
  priority: t(lang, "outcome.priority"),
  fullUnqualified: t(lang, "outcome.fullUnqualified"),
  probationUnqualified: t(lang, "outcome.probationUnqualified"),
}));

const GRADES: readonly Grade[] = ["none", "fail", "pass", "excellent"];
/** Review words by grade, fails and excellents: the members of a dorm share them. */
const reviews: Record<Lang, Map<number, string>> = { zh: new Map(), en: new Map() };

function reviewWords(review: NonNullable<MemberOutcome["review"]>, lang: Lang): string {
  const { grade, fails, excellents } = review;
  // One number per combination while the counts are small (they always are in a semester).
  const key =
    fails < 4096 && excellents < 4096 ? GRADES.indexOf(grade) + 4 * (fails + 4096 * excellents) : -1;
  const known = reviews[lang].get(key);
  if (known !== undefined) return known;
  const words = t(lang, "outcome.review", { grade: gradeLabel(grade, lang), fails, excellents });
  if (key >= 0 && reviews[lang].size < 10_000) reviews[lang].set(key, words);
  return words;
}

/**
 * One line that sums up a member's outcome cells, whether the engine just computed them or they
 * were read back from the Members tab's output columns: `=MEMBEROUTCOME` answers from either.
 *
 * @example
 * outcomeLine({ criticisms: 2, praises: "", eligibility: "取消", priority: "", assessment: "", action: "" }, "zh")
 * //=> "通报批评 2；评奖评优资格 取消"
 */
export function outcomeLine(cells: MemberOutcomeCells, lang: Lang): string {
  const sep = lang === "zh" ? "；" : "; ";
  const colon = lang === "zh" ? " " : ": ";
  const parts: string[] = [];
  if (cells.criticisms) parts.push(`${t(lang, "out.criticisms")}${colon}${cells.criticisms}`);
  if (cells.praises) parts.push(`${t(lang, "out.praises")}${colon}${cells.praises}`);
  if (cells.eligibility === t(lang, "outcome.revoked")) {
    parts.push(`${t(lang, "out.eligibility")}${colon}${cells.eligibility}`);
  }
  if (cells.priority) parts.push(`${t(lang, "out.priority")}${colon}${cells.priority}`);
  if (cells.assessment) parts.push(cells.assessment);
  if (cells.action) parts.push(cells.action);
  if (cells.review) parts.push(cells.review);
  return parts.length ? parts.join(sep) : t(lang, "outcome.none");
}

/**
 * One line that sums up a member's outcome, for `=MEMBEROUTCOME`.
 *
 * @example
 * memberOutcomeLine(outcome, "zh") //=> "通报批评 2；评奖评优资格 取消"
 */
export function memberOutcomeLine(m: MemberOutcome, lang: Lang): string {
  return outcomeLine(memberOutcomeCells(m, lang), lang);
}
