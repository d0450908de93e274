import type { RevokedInspection } from "./appeals.ts";
import type { ClearedFail } from "./clearing.ts";
import type { MemberCoverage } from "./coverage.ts";
import { isoOf } from "./day.ts";
import { type Lang, t } from "./labels.ts";
import type { Stay } from "./residence.ts";

const sep = (lang: Lang): string => (lang === "zh" ? "；" : "; ");

/**
 * Where a member lived during a semester, in words: each dorm with its dates.
 *
 * @example
 * staysLine(stays, (id) => id, "zh") //=> "3-201（至 2025-10-31）→5-402（2025-11-01 起）"
 */
export function staysLine(stays: readonly Stay[], labelOf: (dormId: string) => string, lang: Lang): string {
  return stays
    .map((s, i) => {
      const dorm = labelOf(s.dormId);
      const first = i === 0;
      const last = i === stays.length - 1;
      if (first && !last && s.to !== undefined) return t(lang, "stay.until", { dorm, to: isoOf(s.to) });
      if (last && !first && s.from !== undefined) return t(lang, "stay.since", { dorm, from: isoOf(s.from) });
      if (s.from !== undefined && s.to !== undefined)
        return t(lang, "stay.between", { dorm, from: isoOf(s.from), to: isoOf(s.to) });
      return dorm;
    })
    .join(lang === "zh" ? "→" : " → ");
}

/**
 * How an inspection counts, for the Inspections tab's 计入情况 column: blank when it counts.
 *
 * @example
 * countingWords({ revoked: { inspection, reason: "复查有误" } }, "zh") //=> "申诉撤销，不计入：复查有误"
 */
export function countingWords(
  status: { readonly revoked?: RevokedInspection; readonly cleared?: ClearedFail },
  lang: Lang,
): string {
  if (status.revoked) return t(lang, "counting.revoked", { reason: status.revoked.reason });
  if (status.cleared) return t(lang, "counting.cleared", { count: status.cleared.by.length });
  return "";
}

function monthWords(month: string, lang: Lang): string {
  const [year, m] = month.split("-");
  return t(lang, "coverage.month", {
    year: year ?? "",
    month: lang === "zh" ? String(Number(m)) : (m ?? ""),
  });
}

/**
 * A member's contact coverage in words: visits, months met, and the months below.
 *
 * @example
 * coverageLine(coverage, "zh") //=> "本学期走访 3 次；3/4 个月达标（未达标：2025年11月）"
 */
export function coverageLine(coverage: MemberCoverage, lang: Lang): string {
  const counted = coverage.months.filter((m) => m.met !== undefined);
  const line = t(lang, "coverage.line", {
    visits: coverage.visits.length,
    met: counted.filter((m) => m.met).length,
    months: counted.length,
  });
  const below = coverage.months.filter((m) => m.met === false).map((m) => monthWords(m.month, lang));
  return below.length
    ? line + t(lang, "coverage.below", { months: below.join(lang === "zh" ? "、" : ", ") })
    : line;
}

/**
 * The fails of the dorms a member contacts, in words.
 *
 * @example
 * contactedLine(coverage, (id) => id, "zh") //=> "3-201 不合格 2 次；4-305 不合格 0 次"
 */
export function contactedLine(
  coverage: MemberCoverage,
  labelOf: (dormId: string) => string,
  lang: Lang,
): string {
  return coverage.dorms
    .map((d) => t(lang, "contacted.line", { dorm: labelOf(d.dormId), fails: d.fails.length }))
    .join(sep(lang));
}
