import type { Lang } from "../engine/labels.ts";
import { esc, para } from "./html.ts";
import { t } from "./labels.ts";
import type { DocumentHeader } from "./source.ts";

/**
 * The parts of an official document, after the conventions of GB/T 9704 (党政机关公文格式)
 * adapted to A4 and to a document a branch makes itself: the edition mark at the top left, the
 * issuing body in red above a red rule, the document number between them, the title, and at the
 * end the issuing body's name and the date under a space for the seal. The English edition has
 * its own equivalent: a letterhead, a reference line and a dated signature block.
 */

const ZH_NUMERALS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/**
 * A small number in Chinese numerals, as section headings use them (1–99).
 *
 * @example
 * chineseNumber(12) //=> "十二"
 */
export function chineseNumber(n: number): string {
  if (n <= 10) return ZH_NUMERALS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : ZH_NUMERALS[tens]}十${ones === 0 ? "" : ZH_NUMERALS[ones]}`;
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A date written out, as an official document dates itself: in zh with Arabic numerals, year,
 * month and day in full and no leading zero (GB/T 9704-2012, 7.3.5.1); in en day, month, year.
 *
 * @example
 * writtenDate("2026-01-09", "zh") //=> "2026年1月9日"
 * writtenDate("2026-01-09", "en") //=> "9 January 2026"
 */
export function writtenDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return lang === "zh" ? `${year}年${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/**
 * A first-level heading: 一、 in zh, 1. in en.
 *
 * @example
 * heading(2, "优秀宿舍", "zh") //=> '<h2>二、优秀宿舍</h2>'
 */
export function heading(n: number, title: string, lang: Lang): string {
  return `<h2>${esc(lang === "zh" ? `${chineseNumber(n)}、${title}` : `${n}. ${title}`)}</h2>`;
}

/**
 * A second-level heading: （一） in zh, 1.1 in en.
 *
 * @example
 * subheading(1, 2, "通报表扬", "zh") //=> '<h3>（二）通报表扬</h3>'
 */
export function subheading(section: number, n: number, title: string, lang: Lang): string {
  return `<h3>${esc(lang === "zh" ? `（${chineseNumber(n)}）${title}` : `${section}.${n} ${title}`)}</h3>`;
}

/** Which edition a document is: marked at its top left, as a classification is. */
export type Mark = "internal" | "public";

/**
 * The head of the document: edition mark, issuing body, document number, red rule and title. A
 * document meant for everyone, such as a decision, has no edition mark.
 *
 * @example
 * officialHead("zh", { issuer: "电子工程系党总支", number: "电子党〔2025〕3号", date: "2026-01-20" }, "public", "关于……的通报")
 */
export function officialHead(
  lang: Lang,
  header: DocumentHeader,
  mark: Mark | undefined,
  title: string,
): string {
  const parts = [
    mark ? `<p class="mark">${esc(t(lang, `doc.mark.${mark}`))}</p>` : "",
    header.issuer ? `<p class="issuer">${esc(header.issuer)}</p>` : "",
    header.number
      ? `<p class="docno">${esc(lang === "zh" ? header.number : t(lang, "doc.ref", { number: header.number }))}</p>`
      : "",
    `<hr class="rule">`,
    `<h1>${esc(title)}</h1>`,
  ];
  return `<header class="head">${parts.join("")}</header>`;
}

/**
 * The foot of the body: space for the seal, the issuing body and the date in words.
 *
 * @example
 * signature("zh", { issuer: "电子工程系党总支", number: "", date: "2026-01-20" }) // …2026年1月20日…
 */
export function signature(lang: Lang, header: DocumentHeader): string {
  return `<div class="signature"><div class="seal" aria-label="${esc(t(lang, "doc.seal"))}"></div>${
    header.issuer ? `<p>${esc(header.issuer)}</p>` : ""
  }<p>${esc(writtenDate(header.date, lang))}</p></div>`;
}

/**
 * The attachments line under the body: 附件：1. 计算依据 …
 *
 * @example
 * attachmentsLine("zh", ["计算依据"]) //=> '<p class="attachments">附件：1. 计算依据</p>'
 */
export function attachmentsLine(lang: Lang, titles: readonly string[]): string {
  if (titles.length === 0) return "";
  const list = titles.map((title, i) => (titles.length === 1 ? title : `${i + 1}. ${title}`));
  return `<p class="attachments">${esc(t(lang, "doc.attachments"))}${list.map((l) => esc(l)).join("<br>")}</p>`;
}

/**
 * An attachment on a page of its own, headed "附件 1" and titled.
 *
 * @example
 * attachment("zh", 1, 1, "计算依据", "<p>…</p>")
 */
export function attachment(lang: Lang, n: number, of: number, title: string, content: string): string {
  const label = of === 1 ? t(lang, "doc.attachment") : t(lang, "doc.attachmentN", { n });
  return `<section class="attachment"><p class="attachment-label">${esc(label)}</p><h1>${esc(title)}</h1>${content}</section>`;
}

/** A note paragraph (escaped). */
export const note = (text: string): string => para(text);
