/**
 * The dashboard half of the sidebar: figures, early warnings, members' consequences with the
 * inspections behind them, and dorms below the required visits. Rebuilt from the data on every
 * answer from the server and on every change of language.
 */
import type {
  Dashboard,
  DashboardConsequence,
  DashboardMember,
  DashboardVisitGap,
  DashboardWarning,
} from "../engine/dashboard.ts";
import { scoreDetail } from "../engine/deductions.ts";
import type { InspectionRef } from "../engine/evidence.ts";
import type { Lang } from "../engine/labels.ts";
import { type SidebarLabelKey as LabelKey, t } from "./labels.ts";
import { type Child, h, phrase, userText } from "./sidebar-dom.ts";

const CATEGORIES: readonly string[] = ["hygiene", "discipline", "schedule", "safety"];

/** A known category in the interface's language; the user's own text as user data. */
function categoryOf(category: string, lang: Lang): Child {
  if (category === "") return "";
  return CATEGORIES.includes(category) ? t(lang, `category.${category}` as LabelKey) : userText(category);
}

/**
 * The inspections behind a consequence, each with its date, category, level (拒查 for a refusal)
 * and row, and under it the score and the scoresheet items that made it, when there are some.
 */
function evidenceList(refs: readonly InspectionRef[], lang: Lang): HTMLUListElement {
  return h(
    "ul",
    { class: "evidence" },
    ...refs.map((ref) => {
      const detail = scoreDetail(ref, lang);
      return h(
        "li",
        {},
        phrase(lang, "sidebar.evidence", {
          date: ref.date,
          category: categoryOf(ref.category, lang),
          level: t(lang, ref.refused ? "result.refused" : `level.${ref.level}`),
          row: ref.row,
        }),
        detail !== "" && h("br"),
        detail !== "" && h("span", { class: "gray items" }, userText(detail)),
      );
    }),
  );
}

/** A section with a heading that names it for assistive technology. */
function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h(
    "section",
    { class: "block", "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title` }, title),
    ...children,
  );
}

/**
 * The headline figures of the semester; figures that call for action are marked.
 *
 * @example
 * top.replaceChildren(overviewSection(data, "zh"));
 */
export function overviewSection(data: Dashboard, lang: Lang): HTMLElement {
  const f = data.figures;
  const items: [LabelKey, number, boolean][] = [
    ["sidebar.fig.plaqued", f.plaquedDorms, false],
    ["sidebar.fig.inspections", f.inspections, false],
    ["sidebar.fig.fails", f.fails, f.fails > 0],
    ["sidebar.fig.revoked", f.revoked, f.revoked > 0],
    ["sidebar.fig.unqualified", f.unqualified, f.unqualified > 0],
    ["sidebar.fig.warned", f.warnedDorms, f.warnedDorms > 0],
    ["sidebar.fig.belowVisits", f.belowVisits, f.belowVisits > 0],
    ["sidebar.fig.badRows", f.badRows, f.badRows > 0],
  ];
  return section(
    "overview",
    t(lang, "sidebar.sec.overview"),
    h(
      "dl",
      { class: "figures" },
      ...items.map(([key, value, alarm]) =>
        h(
          "div",
          { class: alarm ? "figure alarm" : "figure", "data-figure": key.slice("sidebar.fig.".length) },
          h("dt", {}, t(lang, key)),
          h("dd", {}, value),
        ),
      ),
    ),
  );
}

function warning(w: DashboardWarning, lang: Lang): HTMLElement {
  const words = t(lang, w.kind === "streak" ? "warning.streak" : "warning.total", {
    limit: w.limit,
    fails: w.fails,
  });
  return h(
    "details",
    { class: "item", "data-key": `warning:${w.dormId}:${w.kind}` },
    h("summary", {}, h("b", {}, userText(w.dormLabel)), " ", h("span", { class: "warn" }, words)),
    h("p", { class: "gray" }, t(lang, "sidebar.why.warning")),
    evidenceList(w.evidence, lang),
  );
}

function consequenceTitle(c: DashboardConsequence, lang: Lang): string {
  return t(lang, c.kind === "revoked" ? "sidebar.revoked" : `outcome.${c.kind}`);
}

function consequence(c: DashboardConsequence, lang: Lang): HTMLElement {
  const why = t(lang, c.kind === "revoked" ? "sidebar.why.streak" : "sidebar.why.total", { limit: c.limit });
  return h(
    "div",
    { class: "consequence" },
    h("p", {}, h("b", { class: "error" }, consequenceTitle(c, lang))),
    h("p", { class: "gray" }, why),
    evidenceList(c.evidence, lang),
    c.kind !== "revoked" &&
      h(
        "p",
        { class: "action-item" },
        c.contact
          ? phrase(lang, "outcome.actionWithContact", { contact: userText(c.contact), deadline: c.deadline })
          : phrase(lang, "outcome.action", { deadline: c.deadline }),
      ),
  );
}

function staysLine(m: DashboardMember, lang: Lang): string {
  const stays = m.stays ?? [];
  return stays
    .map((s, i) => {
      const params = { dorm: s.dormLabel, from: s.from ?? "", to: s.to ?? "" };
      if (i === 0) return t(lang, "sidebar.stayTo", params);
      if (i === stays.length - 1) return t(lang, "sidebar.stayFrom", params);
      return t(lang, "sidebar.stayBetween", params);
    })
    .join(lang === "zh" ? "→" : " → ");
}

function member(m: DashboardMember, lang: Lang): HTMLElement {
  return h(
    "details",
    { class: "item", "data-key": `member:${m.studentId}` },
    h(
      "summary",
      {},
      h("b", {}, userText(m.name)),
      " ",
      h("span", { class: "gray" }, userText(m.dormLabel), " · ", t(lang, `status.${m.status}`)),
      h("br"),
      h(
        "span",
        { class: "error" },
        m.consequences.map((c) => consequenceTitle(c, lang)).join(lang === "zh" ? "；" : "; "),
      ),
    ),
    m.stays && h("p", { class: "gray" }, t(lang, "sidebar.stays", { stays: staysLine(m, lang) })),
    ...m.consequences.map((c) => consequence(c, lang)),
  );
}

function visitGap(gap: DashboardVisitGap, lang: Lang): HTMLElement {
  return h(
    "li",
    { "data-dorm": gap.dormId },
    h("b", {}, userText(gap.dormLabel)),
    " ",
    t(lang, "sidebar.visitCount", { visits: gap.visits, required: gap.required }),
    gap.dates.length > 0 && h("span", { class: "gray" }, ` (${gap.dates.join(", ")})`),
  );
}

/**
 * The sections that answer "who, and why": early warnings, members' consequences with their
 * evidence, and dorms below the required visits.
 *
 * @example
 * rest.replaceChildren(...detailSections(data, "en"));
 */
export function detailSections(data: Dashboard, lang: Lang): HTMLElement[] {
  const required = data.belowVisits[0]?.required ?? 0;
  const history: HTMLElement[] = [];
  if (data.revoked.length > 0 || data.cleared > 0) {
    history.push(
      section(
        "appeals",
        t(lang, "sidebar.sec.appeals"),
        h(
          "ul",
          { class: "gaps" },
          ...data.revoked.map((r) =>
            h(
              "li",
              {},
              phrase(lang, "sidebar.revokedItem", {
                date: r.date,
                dorm: userText(r.dormLabel),
                category: categoryOf(r.category, lang),
                row: r.row,
                reason: userText(r.reason),
              }),
            ),
          ),
        ),
        data.cleared > 0 &&
          h("p", { class: "gray" }, t(lang, "sidebar.clearedCount", { count: data.cleared })),
      ),
    );
  }
  if (data.contactGaps.length > 0) {
    history.push(
      section(
        "contact",
        t(lang, "sidebar.sec.contact"),
        h(
          "details",
          { class: "item", "data-key": "contact" },
          h("summary", {}, t(lang, "sidebar.contactGaps", { count: data.contactGaps.length })),
          h(
            "ul",
            { class: "gaps" },
            ...data.contactGaps.map((g) =>
              h(
                "li",
                { "data-student": g.studentId },
                h("b", {}, userText(g.name)),
                " ",
                h("span", { class: "gray" }, userText(g.dormLabels.join(lang === "zh" ? "、" : ", "))),
                " ",
                t(lang, "sidebar.contactGap", {
                  visits: g.visits,
                  months: g.months.join(lang === "zh" ? "、" : ", "),
                }),
              ),
            ),
          ),
        ),
      ),
    );
  }
  return [
    section(
      "warnings",
      t(lang, "sidebar.sec.warnings"),
      data.warnings.length === 0
        ? h("p", { class: "gray" }, t(lang, "sidebar.noWarnings"))
        : h("div", { class: "items" }, ...data.warnings.map((w) => warning(w, lang))),
    ),
    section(
      "consequences",
      t(lang, "sidebar.sec.consequences"),
      data.members.length === 0
        ? h("p", { class: "gray" }, t(lang, "sidebar.noConsequences"))
        : h("div", { class: "items" }, ...data.members.map((m) => member(m, lang))),
    ),
    section(
      "visits",
      t(lang, "sidebar.sec.visits"),
      data.belowVisits.length === 0
        ? h("p", { class: "gray" }, t(lang, "sidebar.noBelowVisits"))
        : h(
            "details",
            { class: "item", "data-key": "visits" },
            h("summary", {}, t(lang, "sidebar.visitsBelow", { count: data.belowVisits.length, required })),
            h("ul", { class: "gaps" }, ...data.belowVisits.map((gap) => visitGap(gap, lang))),
          ),
    ),
    ...history,
  ];
}
