import type { Lang } from "../../engine/labels.ts";
import { monthPeriod } from "../../engine/rankings.ts";
import { periodName } from "../../workbook/rankings-labels.ts";
import {
  type CellValue,
  type Column,
  documentOf,
  esc,
  html,
  items,
  key,
  para,
  type RenderOptions,
  table,
} from "../html.ts";
import { t } from "../labels.ts";
import { dormList } from "../lists.ts";
import { attachment, attachmentsLine, heading, officialHead, signature, writtenDate } from "../official.ts";
import { list } from "../parts.ts";
import type { PersonRef } from "../source.ts";
import { categoryLabel, levelLabel, percent, statusLabel } from "../words.ts";
import type { BulletinModel, Facing } from "./model.ts";

/** A notice lists every dorm it names: a week of a large department still fits on a few pages. */
const DORM_CAP = 400;

/**
 * The period in words: "2025年11月10日至16日" within a month, the full dates otherwise.
 *
 * @example
 * periodWords("2025-11-10", "2025-11-16", "zh") //=> "2025年11月10日至16日"
 */
export function periodWords(from: string, to: string, lang: Lang): string {
  if (from === to) return writtenDate(from, lang);
  const sameMonth = from.slice(0, 7) === to.slice(0, 7);
  if (lang === "zh") {
    const end = sameMonth
      ? `${Number(to.slice(8))}日`
      : writtenDate(to, lang).replace(/^\d+年/, from.slice(0, 4) === to.slice(0, 4) ? "" : "$&");
    return `${writtenDate(from, lang)}至${end}`;
  }
  return sameMonth
    ? `${Number(from.slice(8))}–${writtenDate(to, lang)}`
    : `${writtenDate(from, lang)} – ${writtenDate(to, lang)}`;
}

/** What each member of a failing dorm now faces, by their status, in the regime's words. */
function facingWords(facing: Facing, person: PersonRef, lang: Lang): string {
  const words: string[] = [t(lang, "report.sub.criticism")];
  if (facing.revoked) words.push(t(lang, "report.sub.revoked"));
  if (facing.total) {
    words.push(
      person.status === "probationary"
        ? t(lang, "outcome.probationUnqualified")
        : t(lang, "outcome.fullUnqualified"),
      t(lang, "doc.correctBy", { deadline: facing.total.deadline }),
    );
  }
  return words.join(t(lang, "doc.semicolon"));
}

function failTable(model: BulletinModel, lang: Lang, flavour: RenderOptions["charts"] & string): string {
  const internal = model.edition === "internal";
  const columns: Column[] = [
    key(t(lang, "col.dorm")),
    key(t(lang, "col.building")),
    { label: t(lang, "doc.col.periodFails"), num: true },
    key(t(lang, "col.category")),
    { label: t(lang, "doc.col.semesterFails"), num: true },
    ...(internal ? [{ label: t(lang, "doc.col.facing"), width: "46%" }] : []),
  ];
  const rows = model.failDorms.map((d): CellValue[] => {
    const base: CellValue[] = [
      d.dorm.label,
      d.dorm.building,
      d.fails,
      list(
        d.categories.map((c) => categoryLabel(c, lang)),
        lang,
      ),
      d.semesterFails,
    ];
    if (!internal) return base;
    const f = d.facing;
    if (!f) return [...base, t(lang, "doc.noMembers")];
    const lines = f.members.map(
      (p) =>
        `<div>${esc(t(lang, "doc.personStatus", { name: p.name, status: statusLabel(p.status, lang) }))}${esc(t(lang, "doc.colon"))}${esc(facingWords(f, p, lang))}</div>`,
    );
    const warn = f.warnings.map(
      (w) =>
        `<div class="note">${esc(w.kind === "streak" ? t(lang, "warning.streak", { limit: w.limit }) : t(lang, "warning.total", { fails: w.fails }))}</div>`,
    );
    return [...base, html(lines.join("") + warn.join(""))];
  });
  return rows.length === 0 ? para(t(lang, "report.empty"), "empty") : table(columns, rows, flavour);
}

/** The optional appendix: every inspection of the period, each with its sheet row internally. */
function inspectionList(model: BulletinModel, lang: Lang, flavour: RenderOptions["charts"] & string): string {
  const internal = model.edition === "internal";
  const list = model.inspections ?? [];
  const columns: Column[] = [
    ...(internal ? [{ label: t(lang, "report.col.row"), num: true }] : []),
    key(t(lang, "col.date")),
    key(t(lang, "col.dorm")),
    key(t(lang, "col.building")),
    key(t(lang, "col.category")),
    key(t(lang, "col.result")),
    { label: t(lang, "col.score"), num: true },
    ...(internal ? [{ label: t(lang, "col.inspector") }, { label: t(lang, "col.notes") }] : []),
  ];
  const rows = list.map((i): CellValue[] => [
    ...(internal ? [i.row ?? ""] : []),
    i.date,
    i.dorm.label,
    i.dorm.building,
    categoryLabel(i.category, lang),
    html(`<span class="level-${i.level}">${esc(levelLabel(i.level, lang))}</span>`),
    i.score ?? "",
    ...(internal ? [i.inspector ?? "", i.notes ?? ""] : []),
  ]);
  return table(columns, rows, flavour, (r) => (internal ? ` data-row="${list[r]?.row ?? ""}"` : ""));
}

/**
 * The awards of the period, when there are some: the rotating banner of each month that ended in
 * it, and how many of the dorms inspected fall in each score band. Numbered after the fails.
 */
function awards(model: BulletinModel, lang: Lang): string[] {
  const { rankings, banners } = model.rankings;
  const bands = rankings.bands.filter((b) => b.dorms > 0);
  if (banners.length === 0 && bands.length === 0) return [];
  const sep = t(lang, "report.sep");
  // Each winner whole on its line: a dorm number never breaks at its hyphen.
  const lines = banners.map((b) => {
    const month = periodName(monthPeriod(b.month), lang);
    if (b.winners.length === 0) return para(t(lang, "doc.bulletin.noBanner", { month }), "");
    const marker = "\u0001";
    const text = esc(t(lang, "doc.bulletin.banner", { month, winners: marker }));
    return `<p class="">${text.replace(
      marker,
      items(
        b.winners.map((w) => w.label),
        sep,
      ).html,
    )}</p>`;
  });
  if (bands.length > 0) {
    const counts = bands.map((b) => t(lang, "doc.bulletin.bandCount", { name: b.name, count: b.dorms }));
    lines.push(para(t(lang, "doc.bulletin.bands", { bands: counts.join(sep) }), ""));
  }
  return [heading(3, t(lang, "doc.bulletin.sec.awards"), lang), ...lines];
}

/**
 * The bulletin (通报) of a period as a complete HTML document in the form of an official notice:
 * the issuing body's head, a title naming the period, one paragraph of figures, the excellent
 * dorms with the praise they bring, the failing dorms with their fails this semester (and,
 * internally, each member and what they now face), "特此通报", the issuing body and the date.
 * The full inspection list is an attachment only when the model carries it.
 *
 * @example
 * renderBulletin(bulletinModel(grading, { edition: "internal", from: "2025-09-01", to: "2025-09-07" }), "zh")
 */
export function renderBulletin(model: BulletinModel, lang: Lang, options: RenderOptions = {}): string {
  const flavour = options.charts ?? "svg";
  const internal = model.edition === "internal";
  const period = periodWords(model.from, model.to, lang);
  const title = t(lang, "doc.bulletin.title", { period });
  const totals = model.totals;
  const praised = new Map<string, { count: number; members?: readonly PersonRef[] }>();
  for (const n of model.praise) {
    const line = praised.get(n.dorm.id);
    praised.set(n.dorm.id, { count: (line?.count ?? 0) + 1, members: n.members });
  }
  const excellent = dormList(
    lang,
    model.excellentDorms.map((d) => ({ dorm: d.dorm, note: t(lang, "doc.times", { count: d.excellents }) })),
    DORM_CAP,
    flavour,
  );
  const praiseLines = [...praised].map(([id, p]) => {
    const dorm = model.praise.find((n) => n.dorm.id === id)?.dorm;
    const who =
      internal && p.members
        ? `${t(lang, "doc.colon")}${p.members.map((m) => m.name).join(t(lang, "report.sep"))}`
        : "";
    return `${dorm?.label ?? id}${who}`;
  });
  const praise =
    praiseLines.length === 0
      ? ""
      : para(t(lang, "doc.bulletin.praise", { count: praiseLines.length }), "") +
        para(praiseLines.join(t(lang, internal ? "doc.semicolon" : "report.sep")), "");
  const criticised = new Set(model.criticism.map((n) => n.dorm.id)).size;
  const attachments = model.inspections ? [t(lang, "doc.bulletin.appendix")] : [];
  const body = [
    officialHead(lang, model.header, model.edition, title),
    para(
      t(lang, "doc.bulletin.intro", {
        period,
        inspections: totals.inspections,
        dorms: totals.dorms,
        excellents: totals.excellents,
        fails: totals.fails,
        passRate: percent(totals.passRate),
      }),
      "",
    ),
    heading(1, t(lang, "doc.bulletin.sec.excellent", { count: model.excellentDorms.length }), lang),
    excellent,
    praise,
    heading(2, t(lang, "doc.bulletin.sec.fail", { count: model.failDorms.length }), lang),
    model.failDorms.length > 0 && criticised > 0
      ? para(t(lang, "doc.bulletin.criticism", { count: criticised }), "")
      : "",
    failTable(model, lang, flavour),
    ...awards(model, lang),
    para(t(lang, internal ? "doc.bulletin.closing.internal" : "doc.bulletin.closing.public"), ""),
    internal ? "" : para(t(lang, "doc.publicNote"), "note"),
    attachmentsLine(lang, attachments),
    signature(lang, model.header),
    model.inspections
      ? attachment(lang, 1, 1, attachments[0] ?? "", inspectionList(model, lang, flavour))
      : "",
  ].join("\n");
  const pageTitle = internal
    ? [model.header.issuer, title].filter((x) => x).join(" ")
    : t(lang, "doc.neutral.bulletin");
  return documentOf(lang, pageTitle, body);
}
