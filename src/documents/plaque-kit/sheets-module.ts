/**
 * What the Sheets add-on needs of the plaque kit, as the module Apps Script loads on demand
 * (dist/KitCode.html, through src/gas/on-demand.ts) when the kit dialog opens. Pure: the add-on
 * passes the grading in and makes every service call itself.
 */
import type { Lang } from "../../engine/labels.ts";
import { semesterName } from "../../engine/semester.ts";
import { t } from "./labels.ts";
import { type KitOptions, type KitSource, plaqueKitModel } from "./model.ts";
import { KIT_PARTS, type KitPart, kitPages } from "./template.ts";

/** The kit's pages for the dialog: its body and a line saying what it holds. */
export interface KitView {
  readonly body: string;
  readonly summary: string;
}

/** What the kit dialog opens with: its words and the parts it can show. */
export interface KitChoices {
  readonly lang: Lang;
  readonly parts: readonly { readonly part: KitPart; readonly label: string }[];
  readonly words: {
    readonly all: string;
    readonly print: string;
    readonly working: string;
    readonly hint: string;
  };
}

const PART_LABELS = {
  decision: "kit.part.decision",
  cards: "kit.part.cards",
  notices: "kit.part.notices",
  pledges: "kit.part.pledges",
} as const;

/**
 * The kit of a graded workbook, in the workbook's language, as the dialog shows it.
 *
 * @example
 * kitView(grading, { all: false }).summary //=> "2025-2026学年第一学期挂牌材料：门牌 3 张，…"
 */
export function kitView(source: KitSource & { read: { lang: Lang } }, options: KitOptions): KitView {
  const lang = source.read.lang;
  const model = plaqueKitModel(source, options);
  return {
    body: kitPages(model, lang).body,
    summary: t(lang, "kit.summary", {
      semester: semesterName(model.semesterId, lang),
      cards: model.cards.length,
      notices: model.takeDown.length,
      pledges: model.pledges.length,
    }),
  };
}

/**
 * The kit dialog's page: the built page (dist/PlaqueKit.html) with the kit's style, its choices
 * as JSON and its pages. `<` in the JSON is escaped, so no value can close the script element;
 * the pages are built with every user value escaped.
 *
 * @example
 * kitPage(html, grading).includes('class="half card"') //=> true
 */
export function kitPage(page: string, source: KitSource & { read: { lang: Lang } }): string {
  const lang = source.read.lang;
  const view = kitView(source, {});
  const choices: KitChoices = {
    lang,
    parts: KIT_PARTS.map((part) => ({ part, label: t(lang, PART_LABELS[part]) })),
    words: {
      all: t(lang, "kit.dialog.all"),
      print: t(lang, "kit.dialog.print"),
      working: t(lang, "kit.dialog.working"),
      hint: t(lang, "kit.dialog.hint"),
    },
  };
  const { css } = kitPages(plaqueKitModel(source, {}), lang);
  const json = JSON.stringify({ ...choices, summary: view.summary }).replace(/</g, "\\u003c");
  return page
    .replace("<!-- STYLE -->", () => `<style>${css}</style>`)
    .replace("<!-- CHOICES -->", () => `<script type="application/json" id="kit-choices">${json}</script>`)
    .replace("<!-- KIT -->", () => `<main id="kit">${view.body}</main>`)
    .replace('<html lang="zh-CN">', () => `<html lang="${lang === "zh" ? "zh-CN" : "en"}">`);
}
