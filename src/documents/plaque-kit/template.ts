import type { Lang } from "../../engine/labels.ts";
import { semesterName } from "../../engine/semester.ts";
import { DOCUMENT_CSS, documentOf, esc, FONT_STACK, SERIF_STACK } from "../html.ts";
import { dormList } from "../lists.ts";
import { chineseNumber, officialHead, signature, writtenDate } from "../official.ts";
import { statusLabel } from "../words.ts";
import { type KitLabelKey, t } from "./labels.ts";
import type { KitDorm, KitPledge, PlaqueKitModel } from "./model.ts";
import { qrSvg } from "./qr.ts";

/** The kit's parts, in the order they print; each can be shown or hidden on its own. */
export const KIT_PARTS = ["decision", "cards", "notices", "pledges"] as const;
export type KitPart = (typeof KIT_PARTS)[number];

/** What a printed half page is: A4 less 10 mm margins, halved, with a cut line between. */
const KIT_CSS = `
@page { size: A4; margin: 10mm; }
@media screen { body { max-width: none; margin: 0; padding: 8mm 0; background: #e8eaed; } .sheet { margin: 0 auto 8mm; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.3); } }
.sheet { width: 190mm; break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
.flow { padding: 15mm 10mm 12mm; min-height: 277mm; }
.item { text-indent: 2em; }
.item b { font-family: ${FONT_STACK}; }
.halves { height: 277mm; display: flex; flex-direction: column; }
.half { height: 138.5mm; padding: 9mm 10mm; overflow: hidden; display: flex; flex-direction: column; }
.half + .half { border-top: 1px dashed #999; }
.half p { text-indent: 0; }
.card { font-family: ${FONT_STACK}; }
.card .band { background: #c00000; color: #fff; text-align: center; font-size: 26pt; font-weight: 700; letter-spacing: 6pt; padding: 3mm 0; border-radius: 2mm; }
html[lang="en"] .card .band { letter-spacing: 1pt; font-size: 22pt; }
.card .where { display: flex; justify-content: space-between; align-items: baseline; margin: 4mm 1mm 3mm; }
.card .dorm { font-size: 30pt; font-weight: 700; line-height: 1.1; }
.card .building { font-size: 14pt; color: #333; }
.card .body { display: flex; gap: 6mm; flex: 1; min-height: 0; }
.card table { font-size: 12pt; margin: 0; flex: 1; align-self: flex-start; }
.card td, .card th { padding: 1.5mm 2.5mm; }
.card .qrbox { width: 44mm; text-align: center; font-size: 8.5pt; line-height: 1.3; color: #333; }
.card .qrbox svg { width: 40mm; height: 40mm; display: block; margin: 0 auto 1mm; }
.card .pledge { text-align: center; font-family: ${SERIF_STACK}; font-size: 15pt; font-weight: 700; color: #c00000; margin: 3mm 0 1mm; }
.foot { text-align: center; font-size: 9pt; color: #555; margin-top: auto; }
.notice h2, .promise h2 { text-align: center; font-size: 17pt; margin: 2mm 0 5mm; letter-spacing: 2pt; }
html[lang="en"] .notice h2, html[lang="en"] .promise h2 { letter-spacing: 0; }
.notice p, .promise p { font-size: 12.5pt; line-height: 1.75; margin: 1.5mm 0; }
.notice .body, .promise .body { text-indent: 2em; }
.notice .sign, .promise .sign { margin-top: auto; text-align: right; font-size: 12pt; }
.promise .pledge { text-align: center; font-weight: 700; color: #c00000; margin: 2mm 0; }
.promise ol { margin: 1mm 0 1mm 7mm; padding: 0; font-size: 12pt; line-height: 1.7; }
.promise .line { display: inline-block; width: 42mm; border-bottom: 1px solid #000; }
.promise .signrow { display: flex; justify-content: space-between; margin-top: auto; font-size: 12.5pt; }
`;

function semesterWords(model: PlaqueKitModel, lang: Lang): string {
  return semesterName(model.semesterId, lang);
}

function pledgeLine(model: PlaqueKitModel, lang: Lang): string {
  return model.pledge || t(lang, "kit.pledge.default");
}

function foot(model: PlaqueKitModel, lang: Lang): string {
  const by = [model.header.issuer, semesterWords(model, lang)].filter((x) => x !== "").join(" · ");
  return `<p class="foot">${esc(by)}</p>`;
}

/** A door card: the dorm, its building, its members with status and branch, the pledge, the QR code. */
function card(dorm: KitDorm, model: PlaqueKitModel, lang: Lang): string {
  const rows = dorm.members
    .map(
      (m) =>
        `<tr><td class="nw">${esc(m.name)}</td><td class="nw">${esc(statusLabel(m.status, lang))}</td><td>${esc(m.branch)}</td></tr>`,
    )
    .join("");
  const members = `<table><thead><tr><th>${esc(t(lang, "kit.card.name"))}</th><th>${esc(
    t(lang, "kit.card.status"),
  )}</th><th>${esc(t(lang, "kit.card.branch"))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const qr = dorm.link
    ? `<div class="qrbox">${qrSvg(dorm.link, t(lang, "kit.card.scan"))}${esc(t(lang, "kit.card.scan"))}</div>`
    : "";
  return `<article class="half card" data-dorm="${esc(dorm.dorm.label)}"${dorm.link ? ` data-link="${esc(dorm.link)}"` : ""}>
<div class="band">${esc(t(lang, "kit.card.title"))}</div>
<div class="where"><span class="dorm">${esc(dorm.dorm.label)}</span><span class="building">${esc(dorm.dorm.building)}</span></div>
<div class="body">${members}${qr}</div>
<p class="pledge">${esc(pledgeLine(model, lang))}</p>
${foot(model, lang)}
</article>`;
}

/** A 撤牌 notice for a dorm no member lives in any more: the rule that applies, nothing else. */
function notice(dorm: PlaqueKitModel["takeDown"][number], model: PlaqueKitModel, lang: Lang): string {
  return `<article class="half notice" data-dorm="${esc(dorm.label)}">
<h2>${esc(t(lang, "kit.notice.title"))}</h2>
<p>${esc(t(lang, "kit.notice.to", { building: dorm.building, dorm: dorm.label }))}</p>
<p class="body">${esc(t(lang, "kit.notice.body", { semester: semesterWords(model, lang) }))}</p>
<div class="sign">${model.header.issuer ? `<p>${esc(model.header.issuer)}</p>` : ""}<p>${esc(writtenDate(model.header.date, lang))}</p></div>
</article>`;
}

/** A member's 承诺书, with a line to sign and date. */
function promise(p: KitPledge, model: PlaqueKitModel, lang: Lang): string {
  const points = (["kit.promise.1", "kit.promise.2", "kit.promise.3", "kit.promise.4"] as KitLabelKey[])
    .map((key) => `<li>${esc(t(lang, key))}</li>`)
    .join("");
  const intro = t(lang, "kit.promise.intro", {
    name: p.member.name,
    status: statusLabel(p.member.status, lang),
    branch: p.member.branch ? t(lang, "kit.promise.branch", { branch: p.member.branch }) : "",
    building: p.dorm.building ? t(lang, "kit.promise.building", { building: p.dorm.building }) : "",
    dorm: p.dorm.label,
  });
  return `<article class="half promise" data-student="${esc(p.member.studentId)}">
<h2>${esc(t(lang, "kit.promise.title"))}</h2>
<p class="body">${esc(intro)}</p>
<ol>${points}</ol>
<p class="pledge">${esc(pledgeLine(model, lang))}</p>
<div class="signrow"><span>${esc(t(lang, "kit.promise.sign"))}<span class="line"></span></span><span>${esc(t(lang, "kit.promise.date"))}${lang === "en" ? '<span class="line"></span>' : ""}</span></div>
${foot(model, lang)}
</article>`;
}

/** Half pages two to a sheet. */
function halves(part: KitPart, items: readonly string[]): string {
  const sheets: string[] = [];
  for (let i = 0; i < items.length; i += 2) {
    sheets.push(
      `<section class="sheet halves" data-part="${part}">${items.slice(i, i + 2).join("")}</section>`,
    );
  }
  return sheets.join("\n");
}

/** A numbered article of a decision: 一、 in zh, 1. in en, in bold, then its text. */
function item(n: number, text: string, lang: Lang): string {
  return `<p class="item"><b>${esc(lang === "zh" ? `${chineseNumber(n)}、` : `${n}. `)}</b>${esc(text)}</p>`;
}

/** The 挂牌决定: an official decision naming every plaqued dorm (new and reissued marked) and those withdrawn. */
function decision(model: PlaqueKitModel, lang: Lang): string {
  const semester = semesterWords(model, lang);
  const title = t(lang, "kit.decision.title", { semester });
  const mark = (d: KitDorm) =>
    d.action === "hang"
      ? t(lang, "kit.decision.new")
      : d.action === "reissue"
        ? t(lang, "kit.decision.reissue")
        : "";
  const hang = model.plaqued.filter((d) => d.action === "hang").length;
  const reissue = model.plaqued.filter((d) => d.action === "reissue").length;
  const all = Number.POSITIVE_INFINITY;
  const body = [
    officialHead(lang, model.header, undefined, title),
    `<p>${esc(t(lang, "kit.decision.intro", { semester }))}</p>`,
    item(1, t(lang, "kit.decision.hang", { count: model.plaqued.length, hang, reissue }), lang),
    dormList(
      lang,
      model.plaqued.map((d) => ({ dorm: d.dorm, note: mark(d) })),
      all,
      "svg",
    ),
    model.takeDown.length
      ? item(2, t(lang, "kit.decision.takeDown", { count: model.takeDown.length }), lang) +
        dormList(
          lang,
          model.takeDown.map((dorm) => ({ dorm })),
          all,
          "svg",
        )
      : item(2, t(lang, "kit.decision.noTakeDown"), lang),
    item(3, t(lang, "kit.decision.pledge"), lang),
    signature(lang, model.header),
  ].join("\n");
  return `<section class="sheet flow" data-part="decision">${body}</section>`;
}

/**
 * The kit's pages, for a file or a dialog to wrap: the CSS, the body and a neutral title. The
 * decision flows over as many A4 pages as it needs; door cards, 撤牌 notices and 承诺书 are half
 * pages, two to a sheet, with a cut line between.
 *
 * @example
 * kitPages(plaqueKitModel(grading), "zh").body.includes('class="half card"') //=> true
 */
export function kitPages(model: PlaqueKitModel, lang: Lang): { title: string; css: string; body: string } {
  const cards = model.cards.map((d) => card(d, model, lang));
  const body = [
    decision(model, lang),
    cards.length
      ? halves("cards", cards)
      : `<section class="sheet flow" data-part="cards"><p>${esc(t(lang, "kit.none"))}</p></section>`,
    halves(
      "notices",
      model.takeDown.map((d) => notice(d, model, lang)),
    ),
    halves(
      "pledges",
      model.pledges.map((p) => promise(p, model, lang)),
    ),
  ]
    .filter((part) => part !== "")
    .join("\n");
  return { title: t(lang, "kit.title"), css: DOCUMENT_CSS + KIT_CSS, body };
}

/**
 * The plaque kit as one self-contained HTML document for printing on A4: no script, nothing
 * fetched (the QR codes are inline SVG), the same Content-Security-Policy as the reports.
 *
 * @example
 * renderPlaqueKit(plaqueKitModel(grading), "zh").startsWith("<!DOCTYPE html>") //=> true
 */
export function renderPlaqueKit(model: PlaqueKitModel, lang: Lang): string {
  const { title, css, body } = kitPages(model, lang);
  return documentOf(lang, title, body, css);
}
