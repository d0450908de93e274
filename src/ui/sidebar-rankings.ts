/**
 * The rankings half of the sidebar: for the semester or a month picked from a list, the figures,
 * the month's rotating banner, the buildings (and, folded, the years and branches) by rank, the
 * best and the worst dorms, and the score bands. Rebuilt from the data like the rest.
 */
import type { Lang } from "../engine/labels.ts";
import type { DormRank, Rankings, RateLine } from "../engine/rankings.ts";
import type { RankingsBoard } from "../engine/rankings-board.ts";
import { groupName, periodName, type RankingLabelKey, t } from "../workbook/rankings-labels.ts";
import { h, userText } from "./sidebar-dom.ts";

/** The period picked, by id, kept across answers from the server and changes of language. */
let picked: string | undefined;

function percent(share: number | undefined): string {
  return share === undefined ? "—" : `${(share * 100).toFixed(1)}%`;
}

function score(value: number | undefined): string {
  return value === undefined ? "—" : value.toFixed(1);
}

function groupTable(
  kind: "buildings" | "years" | "branches",
  lines: readonly RateLine[],
  lang: Lang,
): HTMLElement {
  const head = (key: RankingLabelKey) => h("th", { scope: "col" }, t(lang, key));
  const column = kind === "buildings" ? "col.building" : kind === "years" ? "col.year" : "col.branch";
  return h(
    "table",
    { class: "ranks", "data-group": kind },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        head("rank.col.rank"),
        head(column),
        head("rank.col.excellentRate"),
        head("rank.col.failRate"),
        head("out.meanScore"),
      ),
    ),
    h(
      "tbody",
      {},
      ...lines.map((line) =>
        h(
          "tr",
          {},
          h("td", { class: "num" }, line.rank ?? "—"),
          h("td", {}, userText(groupName(kind, line.key, lang))),
          h("td", { class: "num" }, percent(line.excellentRate)),
          h("td", { class: "num" }, percent(line.failRate)),
          h("td", { class: "num" }, score(line.meanScore)),
        ),
      ),
    ),
  );
}

function dormList(title: string, list: readonly DormRank[], key: string): HTMLElement {
  return h(
    "div",
    { class: "dorm-ranks", "data-list": key },
    h("p", {}, h("b", {}, title)),
    h(
      "ol",
      {},
      ...list.map((d) =>
        h(
          "li",
          { "data-dorm": d.dormId },
          h("span", { class: "gray" }, `${d.rank}. `),
          h("b", {}, userText(d.label)),
          " ",
          score(d.meanScore),
          d.band && h("span", { class: "band" }, " ", userText(d.band)),
        ),
      ),
    ),
  );
}

function periodView(r: Rankings, winners: readonly string[] | undefined, lang: Lang): HTMLElement[] {
  const a = r.all;
  const parts: HTMLElement[] = [
    h("p", { class: "gray" }, t(lang, `rank.basis.${r.basis}`)),
    h(
      "p",
      { class: "rank-summary" },
      t(lang, "rank.summary", {
        inspections: a.inspections,
        excellent: percent(a.excellentRate),
        fail: percent(a.failRate),
        mean: score(a.meanScore),
      }),
    ),
  ];
  if (winners) {
    // Each dorm number whole on its line.
    const [before = "", after = ""] = t(lang, "rank.bannerWinners", { winners: "\u0001" }).split("\u0001");
    const sep = lang === "zh" ? "、" : ", ";
    parts.push(
      h(
        "p",
        { class: "banner", "data-banner": r.period.id },
        before,
        ...(winners.length === 0
          ? [t(lang, "outcome.none")]
          : winners.flatMap((w, i) => [i === 0 ? "" : sep, h("span", { class: "nowrap" }, userText(w))])),
        after,
      ),
    );
  }
  parts.push(h("p", {}, h("b", {}, t(lang, "rank.byBuilding"))), groupTable("buildings", r.buildings, lang));
  for (const [kind, title] of [
    ["years", "rank.byYear"],
    ["branches", "rank.byBranch"],
  ] as const) {
    const lines = kind === "years" ? r.years : r.branches;
    if (lines.length === 0) continue;
    parts.push(
      h(
        "details",
        { class: "item", "data-key": `rankings:${kind}` },
        h("summary", {}, t(lang, title)),
        groupTable(kind, lines, lang),
      ),
    );
  }
  parts.push(
    dormList(t(lang, "rank.top", { n: r.top.length }), r.top, "top"),
    dormList(t(lang, "rank.bottom", { n: r.bottom.length }), r.bottom, "bottom"),
  );
  if (r.bands.length > 0) {
    parts.push(
      h(
        "p",
        { class: "bands" },
        h("b", {}, t(lang, "rank.bands")),
        // Band names are the department's own words: user data.
        ...r.bands.flatMap((b, i) => [i === 0 ? " " : " · ", userText(b.name), ` ${b.dorms}`]),
      ),
    );
  }
  return parts;
}

/**
 * The rankings section, or nothing when the server sent no rankings.
 *
 * @example
 * details.append(...rankingsSection(data.rankings, "zh"));
 */
export function rankingsSection(board: RankingsBoard | undefined, lang: Lang): HTMLElement[] {
  if (!board || board.periods.length === 0) return [];
  const periods = board.periods;
  const index = Math.max(
    0,
    periods.findIndex((p) => p.rankings.period.id === picked),
  );
  const body = h("div", { id: "rankings-body" });
  const select = h("select", { id: "rankings-period", "aria-label": t(lang, "rank.period") });
  periods.forEach((p, i) => {
    const option = h("option", {}, periodName(p.rankings.period, lang));
    option.value = p.rankings.period.id;
    option.selected = i === index;
    select.append(option);
  });
  const show = (i: number) => {
    const p = periods[i];
    if (!p) return;
    picked = p.rankings.period.id;
    body.replaceChildren(
      ...periodView(
        p.rankings,
        p.banner?.winners.map((w) => w.label),
        lang,
      ),
    );
  };
  select.addEventListener("change", () => show(select.selectedIndex));
  show(index);
  return [
    h(
      "section",
      { class: "block", id: "rankings", "aria-labelledby": "rankings-title" },
      h("h2", { id: "rankings-title" }, t(lang, "rank.sidebar")),
      h("div", { class: "form-group" }, select),
      body,
    ),
  ];
}
