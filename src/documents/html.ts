import type { Lang } from "../engine/labels.ts";
import { escapeHtml } from "../ui/escape.ts";

/**
 * The building blocks of the report and bulletin pages: escaping, tables, figure cards and the
 * document shell with its print CSS. Everything returns strings; nothing touches a DOM, so the
 * same code runs in Apps Script, in Node and in tests.
 */

/** How charts are drawn: SVG for browsers, plain HTML bars for Apps Script's HTML → PDF converter. */
export type ChartFlavour = "svg" | "html";

export interface RenderOptions {
  readonly charts?: ChartFlavour;
}

/** Markup that is already safe; anything else put into a table is escaped as text. */
export interface Html {
  readonly html: string;
}

export type CellValue = string | number | Html;

export interface Column {
  readonly label: string;
  readonly num?: boolean;
  /** Short values (dates, dorm numbers, names) that should never wrap. */
  readonly short?: boolean;
  /** A share of the table's width, e.g. "20%", for text columns next to a long list. */
  readonly width?: string;
}

/**
 * A column of short values that should not wrap.
 *
 * @example
 * key("宿舍号") //=> { label: "宿舍号", short: true }
 */
export function key(label: string): Column {
  return { label, short: true };
}

function classOf(column: Column | undefined): string {
  const classes = [column?.num ? "num" : "", column?.short ? "nw" : ""].filter((c) => c !== "");
  return classes.length ? ` class="${classes.join(" ")}"` : "";
}

/**
 * Escapes text for HTML content and attribute values alike (the shared escaper, under a short name).
 *
 * @example
 * esc('<img src=x onerror="alert(1)">') //=> "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export const esc: (text: unknown) => string = escapeHtml;

/**
 * Marks markup as safe to insert as it is.
 *
 * @example
 * table([{ label: "A" }], [[html("<b>1</b>")]], "svg")
 */
export function html(markup: string): Html {
  return { html: markup };
}

/**
 * A list for a table cell whose items never break inside (a dorm "3-205", a date "10-21", a name
 * "Zhang Wei"): lines break only between items.
 *
 * @example
 * items(["3-205", "3-206"], "、") //=> { html: '<span class="nw">3-205</span>、<span class="nw">3-206</span>' }
 */
export function items(list: readonly string[], separator: string): Html {
  return html(list.map((item) => `<span class="nw">${esc(item)}</span>`).join(esc(separator)));
}

function cellHtml(value: CellValue): string {
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? esc(value) : value.html;
}

/**
 * A table with a header row that repeats on every printed page. Strings are escaped; numbers are
 * right-aligned. For Apps Script's converter the table also carries HTML border attributes, which
 * survive where its CSS support ends. `rowAttrs` adds attributes (already escaped) to a row.
 *
 * @example
 * table([{ label: "宿舍号" }, { label: "次数", num: true }], [["3-201", 2]], "svg")
 */
export function table(
  columns: readonly Column[],
  rows: readonly (readonly CellValue[])[],
  flavour: ChartFlavour,
  rowAttrs: (index: number) => string = () => "",
): string {
  const attrs = flavour === "html" ? ' border="1" cellspacing="0" cellpadding="3"' : "";
  const head = columns
    .map((c) => `<th${classOf(c)}${c.width ? ` style="width:${esc(c.width)}"` : ""}>${esc(c.label)}</th>`)
    .join("");
  const body = rows
    .map((row, r) => {
      const cells = row.map((v, i) => `<td${classOf(columns[i])}>${cellHtml(v)}</td>`).join("");
      return `<tr${rowAttrs(r)}>${cells}</tr>`;
    })
    .join("");
  return `<table${attrs}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** One headline figure: a label, a big value and a note under it. */
export interface Figure {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

/**
 * Headline figures, four to a row. A table rather than a CSS grid: it lays out the same in a
 * browser and in converters that know no grid.
 *
 * @example
 * figures([{ label: "挂牌宿舍", value: "60" }], "svg")
 */
export function figures(items: readonly Figure[], flavour: ChartFlavour): string {
  const perRow = 4;
  const rows: string[] = [];
  for (let i = 0; i < items.length; i += perRow) {
    const cells = items
      .slice(i, i + perRow)
      .map(
        (f) =>
          `<td><div class="fig-label">${esc(f.label)}</div><div class="fig-value">${esc(f.value)}</div>${
            f.note ? `<div class="fig-note">${esc(f.note)}</div>` : ""
          }</td>`,
      );
    while (cells.length < perRow) cells.push("<td></td>");
    rows.push(`<tr>${cells.join("")}</tr>`);
  }
  const attrs = flavour === "html" ? ' border="0" cellspacing="4" cellpadding="6" width="100%"' : "";
  return `<table class="figures"${attrs}>${rows.join("")}</table>`;
}

/**
 * A paragraph of text, escaped.
 *
 * @example
 * para("无", "empty") //=> '<p class="empty">无</p>'
 */
export function para(text: string, className = "note"): string {
  return `<p class="${className}">${esc(text)}</p>`;
}

/** The CJK sans font stack (黑体 for headings): Noto on Linux, YaHei on Windows, PingFang on macOS. */
export const FONT_STACK = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", SimHei, sans-serif';

/** The body's serif stack (仿宋/宋体 as official documents use), with Noto Serif where those are missing. */
export const SERIF_STACK =
  'FangSong, "FangSong_GB2312", STFangsong, SimSun, "Noto Serif CJK SC", "Source Han Serif SC", serif';

/** The title's stack (小标宋 where installed). */
const TITLE_STACK = '"FZXiaoBiaoSong-B05S", STZhongsong, "Noto Serif CJK SC", SimSun, serif';

export const LEVEL_COLORS = {
  excellent: "#1a7f37",
  pass: "#7aa7d6",
  fail: "#cf222e",
  none: "#c8ced6",
} as const;

/** The red of an issuing body's name and rule. */
const RED = "#c00000";

/** The print CSS of every document: A4, the official form's head and signature, tables. */
export const DOCUMENT_CSS = `
@page { size: A4; margin: 25mm 20mm 22mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${SERIF_STACK}; font-size: 11.5pt; line-height: 1.6; color: #000; margin: 0; }
@media screen { body { max-width: 170mm; margin: 10mm auto; padding: 0 6mm; } }
header.head { margin-bottom: 10pt; }
.mark { font-family: ${FONT_STACK}; font-size: 10.5pt; margin: 0 0 8pt; }
.issuer { font-family: ${TITLE_STACK}; color: ${RED}; font-size: 24pt; font-weight: 700; text-align: center; letter-spacing: 2pt; margin: 6pt 0 4pt; line-height: 1.25; }
html[lang="en"] .issuer { font-size: 17pt; letter-spacing: 0; }
.docno { text-align: center; margin: 6pt 0 0; }
hr.rule { border: 0; border-top: 2px solid ${RED}; margin: 6pt 0 14pt; }
h1 { font-family: ${TITLE_STACK}; font-size: 18pt; font-weight: 700; text-align: center; margin: 8pt 0 12pt; line-height: 1.4; }
h2 { font-family: ${FONT_STACK}; font-size: 12.5pt; font-weight: 700; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11.5pt; font-weight: 700; margin: 8pt 0 3pt; break-after: avoid; page-break-after: avoid; }
p { margin: 3pt 0; text-indent: 2em; }
p.mark, p.issuer, p.docno, p.attachment-label, .signature p, p.empty, p.note, p.more, .chart p { text-indent: 0; }
table { width: 100%; border-collapse: collapse; margin: 3pt 0 6pt; font-size: 9.5pt; line-height: 1.4; }
th, td { border: 1px solid #555; padding: 1.5pt 4pt; text-align: left; vertical-align: top; }
th { font-family: ${FONT_STACK}; font-weight: 700; background: #f0f0f0; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nw { white-space: nowrap; }
.level-fail { color: #cf222e; font-weight: 700; }
.level-excellent { color: #1a7f37; font-weight: 700; }
.note, .more { color: #333; font-size: 9.5pt; margin: 2pt 0 5pt; }
.empty { margin: 2pt 0 6pt; }
.chart { break-inside: avoid; page-break-inside: avoid; margin: 2pt 0 6pt; }
.chart svg { display: block; width: 100%; height: auto; }
.bars td { border: 0; padding: 1pt 3pt; }
.bar { font-size: 7pt; letter-spacing: -0.5pt; line-height: 1; white-space: nowrap; }
.signature { margin: 18pt 0 0 auto; width: 60%; text-align: center; break-inside: avoid; page-break-inside: avoid; }
.signature .seal { height: 22mm; }
.signature p { margin: 0; }
.attachments { text-indent: 0; margin-top: 12pt; }
section.attachment { break-before: page; page-break-before: always; }
.attachment-label { font-family: ${FONT_STACK}; font-size: 12pt; margin: 0; }
`;

/**
 * A complete, self-contained HTML document: inline CSS, no script, no external resource. The
 * Content-Security-Policy forbids loading anything, so even markup that slipped through could not
 * run a script or make a request.
 *
 * @example
 * documentOf("zh", "学期报告", "<h1>…</h1>").startsWith("<!DOCTYPE html>") //=> true
 */
export function documentOf(lang: Lang, title: string, body: string, css: string = DOCUMENT_CSS): string {
  return `<!DOCTYPE html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
