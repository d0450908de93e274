import { scoreDetail } from "../engine/deductions.ts";
import type { Grade } from "../engine/dorm-result.ts";
import type { InspectionRef } from "../engine/evidence.ts";
import type { Lang } from "../engine/labels.ts";
import { gradeLabel } from "../engine/wording.ts";
import { type CellValue, type ChartFlavour, type Column, esc, html, items, key } from "./html.ts";
import { t } from "./labels.ts";
import { cappedTable, type Where } from "./lists.ts";
import type { Notice, PersonRef } from "./source.ts";
import { categoryLabel, statusLabel } from "./words.ts";

/** A short date for lists of dates within one semester: 09-04. */
export const short = (iso: string): string => iso.slice(5);

/** Items listed the language's way, none broken inside. */
export const list = (values: readonly string[], lang: Lang): CellValue =>
  items(values, t(lang, "report.sep"));

/**
 * People as a list of names, each with its status when asked: 张三（正式党员）、李四（预备党员）.
 *
 * @example
 * people([zhang], "zh", true) // 张三（正式党员）
 */
export function people(persons: readonly PersonRef[], lang: Lang, withStatus = false): CellValue {
  return list(
    persons.map((p) =>
      withStatus
        ? t(lang, "doc.personStatus", { name: p.name, status: statusLabel(p.status, lang) })
        : p.name,
    ),
    lang,
  );
}

/**
 * A grade with its colour, as safe markup.
 *
 * @example
 * gradeCell("fail", "zh") //=> { html: '<span class="level-fail">不合格</span>' }
 */
export function gradeCell(grade: Grade, lang: Lang): CellValue {
  return html(`<span class="level-${grade}">${esc(gradeLabel(grade, lang))}</span>`);
}

/**
 * A table of praise or criticism notices: date, dorm, building, category and, in the internal
 * edition, the members named; cut at `cap` rows.
 *
 * @example
 * noticeTable(model.criticism, "zh", "svg", 60, { tab: "tab.members", column: "out.criticisms" })
 */
export function noticeTable(
  notices: readonly Notice[],
  lang: Lang,
  flavour: ChartFlavour,
  cap: number,
  where?: Where,
): string {
  const internal = notices.some((n) => n.members !== undefined);
  const columns: Column[] = [
    key(t(lang, "col.date")),
    key(t(lang, "col.dorm")),
    key(t(lang, "col.building")),
    key(t(lang, "col.category")),
    ...(internal ? [{ label: t(lang, "report.col.members") }] : []),
  ];
  const rows = notices.map((n): CellValue[] => [
    n.date,
    n.dorm.label,
    n.dorm.building,
    categoryLabel(n.category, lang),
    ...(internal ? [people(n.members ?? [], lang)] : []),
  ]);
  return cappedTable(lang, columns, rows, flavour, cap, where);
}

/**
 * An inspection named as evidence: its date, then what it scored and the items that made it (or
 * 拒查 for a refusal), when it has some.
 *
 * @example
 * evidenceWords(ref, "zh", short(ref.date)) //=> "10-16（0分：−100 违章电器：热得快（一票否决））"
 */
export function evidenceWords(ref: InspectionRef, lang: Lang, date: string): string {
  const what = ref.refused ? t(lang, "result.refused") : scoreDetail(ref, lang);
  return what === "" ? date : `${date}${t(lang, "report.detail", { detail: what })}`;
}
