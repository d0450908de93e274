import type { Grade } from "../../engine/dorm-result.ts";
import type { Lang } from "../../engine/labels.ts";
import { type DormRank, monthPeriod, type RateLine } from "../../engine/rankings.ts";
import { semesterName } from "../../engine/semester.ts";
import { settingText } from "../../engine/setting-text.ts";
import { SETTING_SPECS } from "../../engine/settings.ts";
import { gradeLabel } from "../../engine/wording.ts";
import { groupName, periodName } from "../../workbook/rankings-labels.ts";
import { columns } from "../charts.ts";
import {
  type CellValue,
  type ChartFlavour,
  type Column,
  documentOf,
  key,
  LEVEL_COLORS,
  para,
  type RenderOptions,
  table,
} from "../html.ts";
import { t } from "../labels.ts";
import { cappedTable, dormList } from "../lists.ts";
import {
  attachment,
  attachmentsLine,
  heading,
  officialHead,
  signature,
  subheading,
  writtenDate,
} from "../official.ts";
import { evidenceWords, gradeCell, list, noticeTable, people, short } from "../parts.ts";
import { categoryLabel, conditionLabel, percent, qualityRows, statusLabel, yearLabel } from "../words.ts";
import type { DormConsequence, InternalReport, ReportModel } from "./model.ts";

const GRADES: readonly Grade[] = ["excellent", "pass", "fail", "none"];

/**
 * How much of a long list the report prints: a department of 200 dorms sees every line, a
 * university of 5,000 sees the first ones, a count of the rest and the workbook column that holds
 * them all, so the report stays under about 40 pages.
 */
export const CAPS = { dorms: 240, rows: 60 } as const;

interface Context {
  readonly lang: Lang;
  readonly flavour: ChartFlavour;
}

/** A section of the body: its title and content; numbered when the body is put together. */
type Part = string | { readonly title: string; readonly content: string };

interface Section {
  readonly title: string;
  readonly parts: readonly Part[];
}

function render(sections: readonly Section[], lang: Lang): string {
  return sections
    .map((s, i) => {
      let sub = 0;
      const body = s.parts
        .map((p) => (typeof p === "string" ? p : subheading(i + 1, ++sub, p.title, lang) + p.content))
        .join("");
      return heading(i + 1, s.title, lang) + body;
    })
    .join("\n");
}

function overview(model: ReportModel, c: Context): Section {
  const { lang, flavour } = c;
  const h = model.headline;
  const paragraphs = [
    t(lang, "doc.report.overview", {
      dorms: h.dorms,
      memberDorms: h.memberDorms,
      plaqued: h.plaqued,
      inspections: h.inspections,
      fails: h.fails,
      passRate: percent(h.passRate),
      excellent: h.grades.excellent,
      pass: h.grades.pass,
      fail: h.grades.fail,
      none: h.grades.none,
      criticisms: h.criticisms,
      praises: h.praises,
      visits: h.visits,
    }),
  ];
  const m = model.internal?.members;
  if (m) {
    paragraphs.push(
      t(lang, "doc.report.members", {
        full: m.full,
        probationary: m.probationary,
        candidate: m.candidate,
        activist: m.activist,
      }),
    );
  }
  const buildings = table(
    [
      { label: t(lang, "doc.col.rank"), num: true },
      key(t(lang, "col.building")),
      { label: t(lang, "report.col.dorms"), num: true },
      ...GRADES.map((g): Column => ({ label: gradeLabel(g, lang), num: true })),
      { label: t(lang, "out.inspections"), num: true },
      { label: t(lang, "out.fails"), num: true },
      { label: t(lang, "report.fig.passRate"), num: true },
    ],
    [...model.buildings]
      .sort((a, b) => a.rank - b.rank)
      .map((b): CellValue[] => [
        b.rank,
        b.building || "—",
        b.dorms,
        ...GRADES.map((g) => b.grades[g]),
        b.inspections,
        b.fails,
        percent(b.passRate),
      ]),
    flavour,
  );
  const weeks =
    model.weeks.length === 0
      ? para(t(lang, "report.empty"), "empty")
      : columns(
          t(lang, "report.sec.weeks"),
          model.weeks.map((w) => ({ label: short(w.weekOf), value: w.fails, sub: String(w.inspections) })),
          LEVEL_COLORS.fail,
          flavour,
        ) + para(t(lang, "report.weeksNote"), "note");
  return {
    title: t(lang, "report.sec.headline"),
    parts: [
      paragraphs.map((p) => para(p, "")).join(""),
      { title: t(lang, "doc.sub.buildings"), content: buildings },
      { title: t(lang, "report.sec.weeks"), content: weeks },
    ],
  };
}

/** Rows of a group table: rank, name, dorms, inspections, the three rates, the mean score. */
function groupRows(
  kind: "buildings" | "years" | "branches",
  lines: readonly RateLine[],
  lang: Lang,
): CellValue[][] {
  return lines.map((l) => [
    l.rank ?? "—",
    groupName(kind, l.key, lang),
    l.dorms,
    l.inspections,
    percent(l.excellentRate),
    percent(l.passRate),
    percent(l.failRate),
    l.meanScore === undefined ? "—" : l.meanScore.toFixed(1),
  ]);
}

function groupColumns(kind: "buildings" | "years" | "branches", lang: Lang): Column[] {
  const name = kind === "buildings" ? "col.building" : kind === "years" ? "col.year" : "col.branch";
  return [
    { label: t(lang, "rank.col.rank"), num: true },
    key(t(lang, name)),
    { label: t(lang, "rank.col.dorms"), num: true },
    { label: t(lang, "out.inspections"), num: true },
    { label: t(lang, "rank.col.excellentRate"), num: true },
    { label: t(lang, "rank.col.passRate"), num: true },
    { label: t(lang, "rank.col.failRate"), num: true },
    { label: t(lang, "out.meanScore"), num: true },
  ];
}

function dormTable(list: readonly DormRank[], c: Context): string {
  const { lang, flavour } = c;
  if (list.length === 0) return para(t(lang, "report.empty"), "empty");
  return table(
    [
      { label: t(lang, "rank.col.rank"), num: true },
      key(t(lang, "col.dorm")),
      key(t(lang, "col.building")),
      { label: t(lang, "out.inspections"), num: true },
      { label: t(lang, "out.excellents"), num: true },
      { label: t(lang, "out.fails"), num: true },
      { label: t(lang, "out.meanScore"), num: true },
      key(t(lang, "rank.col.band")),
    ],
    list.map((d) => [
      d.rank,
      d.label,
      d.building,
      d.inspections,
      d.excellents,
      d.fails,
      d.meanScore === undefined ? "—" : d.meanScore.toFixed(1),
      d.band ?? "",
    ]),
    flavour,
  );
}

/**
 * Rankings and awards (dorm-level, in both editions): rates by building and year (by branch in
 * the internal edition), the best and worst dorms with their bands, the bands, each month's
 * banner; internally, the scoresheet items found most often.
 */
function rankingsSection(model: ReportModel, c: Context): Section {
  const { lang, flavour } = c;
  const { rankings: r, banners } = model.rankings;
  const parts: Part[] = [
    para(t(lang, "doc.rankings.intro", { basis: t(lang, `rank.basis.${r.basis}`) }), ""),
    {
      title: t(lang, "rank.byBuilding"),
      content: table(groupColumns("buildings", lang), groupRows("buildings", r.buildings, lang), flavour),
    },
    {
      title: t(lang, "rank.byYear"),
      content: table(groupColumns("years", lang), groupRows("years", r.years, lang), flavour),
    },
  ];
  if (r.branches.length > 0) {
    parts.push({
      title: t(lang, "rank.byBranch"),
      content: table(groupColumns("branches", lang), groupRows("branches", r.branches, lang), flavour),
    });
  }
  parts.push(
    { title: t(lang, "rank.top", { n: r.top.length }), content: dormTable(r.top, c) },
    { title: t(lang, "rank.bottom", { n: r.bottom.length }), content: dormTable(r.bottom, c) },
  );
  if (r.bands.length > 0) {
    parts.push({
      title: t(lang, "rank.bands"),
      content: table(
        [key(t(lang, "rank.col.band")), { label: t(lang, "rank.col.dorms"), num: true }],
        r.bands.map((b) => [b.name, b.dorms]),
        flavour,
      ),
    });
  }
  if (banners.length > 0) {
    const target = t(lang, banners[0]?.for === "buildings" ? "bannerFor.buildings" : "bannerFor.dorms");
    parts.push({
      title: t(lang, "rank.banner"),
      content:
        para(t(lang, "doc.rankings.banner", { for: target }), "note") +
        table(
          [key(t(lang, "rank.col.month")), { label: t(lang, "rank.col.winners") }],
          banners.map((b) => [
            periodName(monthPeriod(b.month), lang),
            b.winners.length === 0
              ? t(lang, "report.empty")
              : list(
                  b.winners.map((w) => w.label),
                  lang,
                ),
          ]),
          flavour,
        ),
    });
  }
  const deductions = model.internal?.deductions ?? [];
  if (deductions.length > 0) {
    parts.push({
      title: t(lang, "doc.rankings.deductions"),
      content: cappedTable(
        lang,
        [
          key(t(lang, "col.code")),
          { label: t(lang, "col.item") },
          key(t(lang, "col.category")),
          key(t(lang, "col.veto")),
          { label: t(lang, "doc.col.times"), num: true },
          { label: t(lang, "doc.col.inDorms"), num: true },
        ],
        deductions.map((d) => [d.code, d.name, d.category, d.veto ? t(lang, "yes") : "", d.times, d.dorms]),
        flavour,
        CAPS.rows,
      ),
    });
  }
  return { title: t(lang, "doc.sec.rankings"), parts };
}

function honours(model: ReportModel, c: Context): Section {
  const { lang, flavour } = c;
  const excellent = dormList(
    lang,
    model.excellentDorms.map((d) => ({ dorm: d.dorm })),
    CAPS.dorms,
    flavour,
    { tab: "tab.dorms", column: "out.grade" },
  );
  const praise = dormList(
    lang,
    model.praise.map((p) => ({ dorm: p.dorm, note: t(lang, "doc.times", { count: p.dates.length }) })),
    CAPS.dorms,
    flavour,
    { tab: "tab.members", column: "out.praises" },
  );
  const parts: Part[] = [
    para(t(lang, "doc.report.honoursIntro", { excellent: model.excellentDorms.length }), ""),
    { title: t(lang, "report.sub.excellentDorms"), content: excellent },
    { title: t(lang, "report.sub.praise"), content: para(t(lang, "doc.praiseNote"), "note") + praise },
  ];
  const priority = model.internal?.priority;
  if (priority) {
    parts.push({
      title: t(lang, "report.sub.priority"),
      content: dormList(
        lang,
        priority.map((line) => ({
          dorm: line.dorm,
          note: line.people.map((p) => p.name).join(t(lang, "report.sep")),
        })),
        CAPS.dorms,
        flavour,
        { tab: "tab.members", column: "out.priority" },
      ),
    });
  }
  return { title: t(lang, "doc.sec.honours"), parts };
}

function failures(model: ReportModel, c: Context): Section {
  const { lang, flavour } = c;
  const failing = dormList(
    lang,
    model.failDorms.map((d) => ({ dorm: d.dorm, note: t(lang, "doc.failTimes", { count: d.fails }) })),
    CAPS.dorms,
    flavour,
    { tab: "tab.dorms", column: "out.grade" },
  );
  return {
    title: t(lang, "doc.sec.failures"),
    parts: [
      para(
        t(lang, "doc.report.failuresIntro", {
          fail: model.failDorms.length,
          criticisms: model.criticism.length,
        }),
        "",
      ),
      { title: t(lang, "report.sub.failDorms"), content: failing },
      {
        title: t(lang, "report.sub.criticism"),
        content: noticeTable(model.criticism, lang, flavour, CAPS.rows, {
          tab: "tab.members",
          column: "out.criticisms",
        }),
      },
    ],
  };
}

/** R3 and R4 by dorm: one line per dorm, naming its members by status. */
function consequences(internal: InternalReport, c: Context): Section {
  const { lang, flavour } = c;
  // Each inspection by its date, with what it scored and the items that made it, when it has some.
  const evidence = (line: DormConsequence) =>
    list(
      line.evidence.map((e) => evidenceWords(e, lang, short(e.date))),
      lang,
    );
  const contacts = (line: DormConsequence) =>
    list([...new Set(line.people.map((p) => p.contact).filter((x) => x !== ""))], lang);
  const revoked = cappedTable(
    lang,
    [
      key(t(lang, "col.dorm")),
      { label: t(lang, "report.col.members"), width: "38%" },
      { label: t(lang, "report.col.evidence") },
      { label: t(lang, "col.contact") },
    ],
    internal.revoked.map((line) => [
      line.dorm.label,
      people(line.people, lang, true),
      evidence(line),
      contacts(line),
    ]),
    flavour,
    CAPS.rows,
    { tab: "tab.members", column: "out.eligibility" },
  );
  const byDorm = new Map<string, { full?: DormConsequence; probationary?: DormConsequence }>();
  for (const line of internal.assessments) byDorm.set(line.dorm.id, { full: line });
  for (const line of internal.probation)
    byDorm.set(line.dorm.id, { ...byDorm.get(line.dorm.id), probationary: line });
  const total = cappedTable(
    lang,
    [
      key(t(lang, "col.dorm")),
      { label: t(lang, "doc.col.assessment") },
      { label: t(lang, "doc.col.probation") },
      { label: t(lang, "report.col.evidence") },
      key(t(lang, "report.col.deadline")),
      { label: t(lang, "col.contact") },
    ],
    [...byDorm.values()].map(({ full, probationary }) => {
      const line = (full ?? probationary) as DormConsequence;
      const all = [...(full?.people ?? []), ...(probationary?.people ?? [])];
      return [
        line.dorm.label,
        people(full?.people ?? [], lang),
        people(probationary?.people ?? [], lang),
        evidence(line),
        line.deadline ?? "",
        list([...new Set(all.map((p) => p.contact).filter((x) => x !== ""))], lang),
      ];
    }),
    flavour,
    CAPS.rows,
    { tab: "tab.members", column: "out.assessment" },
  );
  return {
    title: t(lang, "report.sec.consequences"),
    parts: [
      para(
        t(lang, "doc.report.consequencesIntro", {
          revoked: internal.revoked.reduce((n, l) => n + l.people.length, 0),
          assessments: internal.assessments.reduce((n, l) => n + l.people.length, 0),
          probation: internal.probation.reduce((n, l) => n + l.people.length, 0),
        }),
        "",
      ),
      { title: t(lang, "report.sub.revoked"), content: revoked },
      { title: t(lang, "doc.sub.total"), content: para(t(lang, "report.actionsNote"), "note") + total },
    ],
  };
}

function warnings(internal: InternalReport, c: Context): Section {
  const { lang, flavour } = c;
  return {
    title: t(lang, "report.sec.warnings"),
    parts: [
      para(t(lang, "doc.warningsIntro"), "note"),
      dormList(
        lang,
        internal.warnings.map((w) => ({
          dorm: w.dorm,
          note:
            w.kind === "streak"
              ? t(lang, "doc.warn.streak", { limit: w.limit })
              : t(lang, "doc.warn.total", { fails: w.fails }),
        })),
        CAPS.dorms,
        flavour,
        { tab: "tab.dorms", column: "out.warning" },
      ),
    ],
  };
}

function reviews(internal: InternalReport, c: Context): Section {
  const { lang, flavour } = c;
  const r = internal.reviews;
  const counts = table(
    [key(t(lang, "out.grade")), { label: t(lang, "report.col.people"), num: true }],
    GRADES.map((g) => [gradeCell(g, lang), r.byGrade[g]]),
    flavour,
  );
  // The people whose review the dorm results weigh on: those of failing dorms.
  const failing = r.people.filter((p) => p.grade === "fail");
  const listed = cappedTable(
    lang,
    [
      key(t(lang, "col.name")),
      key(t(lang, "col.status")),
      key(t(lang, "col.dorm")),
      key(t(lang, "out.grade")),
      { label: t(lang, "out.fails"), num: true },
      { label: t(lang, "out.excellents"), num: true },
    ],
    failing.map((p) => [
      p.person.name,
      statusLabel(p.person.status, lang),
      p.dorm.label,
      gradeCell(p.grade, lang),
      p.fails,
      p.excellents,
    ]),
    flavour,
    CAPS.rows,
    { tab: "tab.members", column: "out.assessment" },
  );
  return {
    title: t(lang, "report.sec.reviews"),
    parts: [
      para(`${t(lang, "report.reviewNote")} ${t(lang, "report.reviewCount", { count: r.total })}`, ""),
      counts,
      { title: t(lang, "doc.sub.reviewFailing"), content: listed },
    ],
  };
}

function visits(model: ReportModel, c: Context): Section {
  const { lang, flavour } = c;
  const v = model.coverage;
  const byYear = table(
    [
      key(t(lang, "col.year")),
      { label: t(lang, "report.col.dorms"), num: true },
      { label: t(lang, "report.col.met"), num: true },
      { label: t(lang, "report.col.below"), num: true },
      { label: t(lang, "report.col.never"), num: true },
      { label: t(lang, "out.visits"), num: true },
    ],
    v.byYear.map((y) => [yearLabel(y.year, lang), y.dorms, y.met, y.below, y.never, y.visits]),
    flavour,
  );
  const parts: Part[] = [
    para(t(lang, "doc.report.visitsIntro", { required: v.required, visits: v.visits }), ""),
    byYear,
  ];
  const internal = model.internal;
  if (internal) {
    parts.push({
      title: t(lang, "report.sub.belowVisits", { required: v.required }),
      content: dormList(
        lang,
        internal.visits.below.map((b) => ({ dorm: b.dorm, note: t(lang, "doc.times", { count: b.count }) })),
        CAPS.dorms,
        flavour,
        { tab: "tab.dorms", column: "out.visits" },
      ),
    });
    parts.push({
      title: t(lang, "report.sub.findings"),
      content: cappedTable(
        lang,
        [
          { label: t(lang, "col.findings"), width: "24%" },
          { label: t(lang, "col.followUp"), width: "18%" },
          { label: t(lang, "out.visits"), num: true },
          { label: t(lang, "report.col.visitedDorms") },
        ],
        internal.visits.findings.map((f) => [
          f.findings,
          f.followUp,
          f.visits.length,
          list(
            f.visits
              .slice(0, 30)
              .map((x) => t(lang, "report.dormOnDate", { dorm: x.dorm.label, date: short(x.date) }))
              .concat(f.visits.length > 30 ? [t(lang, "doc.more", { count: f.visits.length - 30 })] : []),
            lang,
          ),
        ]),
        flavour,
        CAPS.rows,
      ),
    });
  }
  return { title: t(lang, "report.sec.visits"), parts };
}

function plaques(internal: InternalReport, c: Context): Section {
  const { lang, flavour } = c;
  const where = { tab: "tab.dorms", column: "out.plaqueCheck" } as const;
  return {
    title: t(lang, "report.sec.plaques"),
    parts: (["hang", "takeDown", "reissue"] as const).map((action) => ({
      title: t(lang, `plaque.${action}`),
      content: dormList(
        lang,
        internal.plaques[action].map((p) => ({
          dorm: p.dorm,
          note: p.condition === "ok" ? undefined : conditionLabel(p.condition, lang),
        })),
        CAPS.dorms,
        flavour,
        where,
      ),
    })),
  };
}

function talks(internal: InternalReport, c: Context): Section {
  const { lang, flavour } = c;
  const k = internal.talks;
  return {
    title: t(lang, "report.sec.talks"),
    parts: [
      para(t(lang, "report.talkRule", { days: k.days }), ""),
      para(
        `${t(lang, "report.talkCounts", { total: k.total, followed: k.followed })}${k.pending > 0 ? ` ${t(lang, "report.talkPending", { count: k.pending })}` : ""}`,
        "",
      ),
      cappedTable(
        lang,
        [
          key(t(lang, "col.date")),
          key(t(lang, "col.dorm")),
          key(t(lang, "col.category")),
          key(t(lang, "report.col.due")),
          { label: t(lang, "report.col.members") },
        ],
        k.missed.map((m) => [
          m.inspection.date,
          m.dorm.label,
          categoryLabel(m.inspection.category, lang),
          m.due,
          people(m.people, lang),
        ]),
        flavour,
        CAPS.rows,
      ),
    ],
  };
}

function history(internal: InternalReport, c: Context): Section | undefined {
  const { lang, flavour } = c;
  const h = internal.history;
  if (h.revoked.length + h.cleared.length + h.moves.length === 0) return undefined;
  const parts: Part[] = [];
  if (h.revoked.length) {
    parts.push({
      title: t(lang, "report.sub.revokedInspections"),
      content: cappedTable(
        lang,
        [
          key(t(lang, "col.date")),
          key(t(lang, "col.dorm")),
          key(t(lang, "col.category")),
          { label: t(lang, "report.col.row"), num: true },
          { label: t(lang, "report.col.reason") },
        ],
        h.revoked.map((r) => [
          r.inspection.date,
          r.dorm.label,
          categoryLabel(r.inspection.category, lang),
          r.inspection.row,
          r.reason,
        ]),
        flavour,
        CAPS.rows,
      ),
    });
  }
  if (h.cleared.length) {
    parts.push({
      title: t(lang, "report.sub.clearedFails"),
      content: cappedTable(
        lang,
        [
          key(t(lang, "col.date")),
          key(t(lang, "col.dorm")),
          key(t(lang, "col.category")),
          { label: t(lang, "report.col.row"), num: true },
          { label: t(lang, "report.col.clearedBy") },
        ],
        h.cleared.map((x) => [
          x.fail.date,
          x.dorm.label,
          categoryLabel(x.fail.category, lang),
          x.fail.row,
          list(x.by.map(short), lang),
        ]),
        flavour,
        CAPS.rows,
      ),
    });
  }
  if (h.moves.length) {
    const stay = (s: { dorm: { label: string }; from?: string; to?: string }) =>
      s.from && s.to
        ? t(lang, "stay.between", { dorm: s.dorm.label, from: s.from, to: s.to })
        : s.to
          ? t(lang, "stay.until", { dorm: s.dorm.label, to: s.to })
          : s.from
            ? t(lang, "stay.since", { dorm: s.dorm.label, from: s.from })
            : s.dorm.label;
    parts.push({
      title: t(lang, "report.sub.moves"),
      content: cappedTable(
        lang,
        [key(t(lang, "col.studentId")), key(t(lang, "col.name")), { label: t(lang, "out.stays") }],
        h.moves.map((m) => [
          m.person.studentId,
          m.person.name,
          m.stays.map(stay).join(lang === "zh" ? "→" : " → "),
        ]),
        flavour,
        CAPS.rows,
      ),
    });
  }
  return { title: t(lang, "report.sec.history"), parts };
}

function contact(internal: InternalReport, c: Context): Part | undefined {
  const { lang, flavour } = c;
  if (internal.contact.below.length === 0) return undefined;
  return {
    title: t(lang, "report.sub.belowAssignment", { required: internal.contact.required }),
    content: cappedTable(
      lang,
      [
        key(t(lang, "col.studentId")),
        key(t(lang, "col.name")),
        { label: t(lang, "report.col.assigned") },
        { label: t(lang, "out.visits"), num: true },
        { label: t(lang, "report.col.coverage") },
      ],
      internal.contact.below.map((b) => [
        b.person.studentId,
        b.person.name,
        list(
          b.dorms.map((d) => d.label),
          lang,
        ),
        b.visits,
        list(b.months, lang),
      ]),
      flavour,
      CAPS.rows,
    ),
  };
}

function quality(internal: InternalReport, c: Context): Section {
  const { lang, flavour } = c;
  return {
    title: t(lang, "report.sec.quality"),
    parts: [
      cappedTable(
        lang,
        [
          key(t(lang, "report.col.tab")),
          { label: t(lang, "report.col.row"), num: true },
          { label: t(lang, "report.col.problem") },
          { label: "" },
        ],
        qualityRows(internal.quality, lang),
        flavour,
        CAPS.rows,
      ),
    ],
  };
}

/** The settings the figures were computed with, as the report's attachment. */
function basis(model: ReportModel, lang: Lang, flavour: ChartFlavour): string {
  const s = model.settings;
  // Optional settings left blank (points, levels never cleared) had no part in the figures.
  const shown = SETTING_SPECS.filter(
    (spec) =>
      ![
        "department",
        "issuer",
        "documentNumber",
        "currentSemester",
        "language",
        "formUrl",
        "pledge",
        "importColumns",
      ].includes(spec.key) &&
      s[spec.key] !== undefined &&
      s[spec.key] !== "",
  );
  const rows = shown.map((spec) => {
    const value = s[spec.key];
    const text =
      spec.kind === "share" && typeof value === "number" ? percent(value) : settingText(spec.key, s, lang);
    return [t(lang, spec.label), text === "" ? "—" : text];
  });
  return table([key(t(lang, "col.key")), key(t(lang, "col.value"))], rows, flavour);
}

/**
 * The report's title for an edition: a report to the committee, or a notice to post.
 *
 * @example
 * reportTitle("zh", "public", "2025-2026-1") //=> "2025-2026学年第一学期学生党员寝室检查情况公示"
 */
export function reportTitle(lang: Lang, edition: ReportModel["edition"], semesterId: string): string {
  return t(lang, `doc.report.title.${edition}`, { semester: semesterName(semesterId, lang) });
}

/**
 * The semester report as a complete HTML document in the form of an official document: the
 * issuing body's head, the title, a numbered body, the issuing body and date under a space for the
 * seal, and the settings used as an attachment. Every user string is escaped. The public edition
 * renders only what its model holds and titles its page neutrally, since Chromium copies the page
 * title into the PDF's metadata. `charts: "html"` draws the chart as coloured text bars for Apps
 * Script's HTML → PDF converter; the default is SVG.
 *
 * @example
 * renderReport(reportModel(grading, { edition: "public" }), "zh", { charts: "svg" })
 * //=> "<!DOCTYPE html>\n<html lang=\"zh-CN\">…"
 */
export function renderReport(model: ReportModel, lang: Lang, options: RenderOptions = {}): string {
  const c: Context = { lang, flavour: options.charts ?? "svg" };
  const internal = model.internal;
  const title = reportTitle(lang, model.edition, model.semester.id);
  const sections: Section[] = [
    overview(model, c),
    rankingsSection(model, c),
    honours(model, c),
    failures(model, c),
  ];
  if (internal) sections.push(consequences(internal, c), warnings(internal, c), reviews(internal, c));
  const changes = internal && history(internal, c);
  if (changes) sections.push(changes);
  const visitSection = visits(model, c);
  const below = internal && contact(internal, c);
  sections.push(below ? { ...visitSection, parts: [...visitSection.parts, below] } : visitSection);
  if (internal) sections.push(plaques(internal, c), talks(internal, c), quality(internal, c));
  const attachmentTitle = t(lang, "report.sec.basis");
  const body = [
    officialHead(lang, model.header, model.edition, title),
    para(
      t(lang, `doc.report.intro.${model.edition}`, {
        semester: semesterName(model.semester.id, lang),
        from: writtenDate(model.semester.first, lang),
        to: writtenDate(model.semester.last, lang),
        asOf: writtenDate(model.today, lang),
      }),
      "",
    ),
    model.archivedOn
      ? para(t(lang, "report.archived", { date: writtenDate(model.archivedOn, lang) }), "")
      : "",
    render(sections, lang),
    internal ? "" : para(t(lang, "doc.publicNote"), "note"),
    attachmentsLine(lang, [attachmentTitle]),
    signature(lang, model.header),
    attachment(lang, 1, 1, attachmentTitle, basis(model, lang, c.flavour)),
  ].join("\n");
  // The page title becomes the PDF's Title: the public edition's names nothing but the kind.
  const pageTitle = internal
    ? [model.header.issuer, title].filter((x) => x).join(" ")
    : t(lang, "doc.neutral.report");
  return documentOf(lang, pageTitle, body);
}
