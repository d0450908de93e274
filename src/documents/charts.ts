import { type ChartFlavour, esc, FONT_STACK } from "./html.ts";

/**
 * The report's charts, each drawn two ways: inline SVG for browsers and Chromium's PDF, and rows
 * of coloured block characters in a plain table for Apps Script's HTML → PDF converter, which
 * handles far less than a browser (reported to drop cell background colours; no evidence it draws
 * SVG). Coloured text is the most basic styling there is, so the bars survive it.
 */

export interface Segment {
  readonly name: string;
  readonly value: number;
  readonly color: string;
}

export interface StackedBar {
  readonly label: string;
  readonly segments: readonly Segment[];
}

export interface Column {
  readonly label: string;
  readonly value: number;
  /** A small grey figure under the label, e.g. the week's inspections. */
  readonly sub?: string;
}

const BLOCK = "\u2588";
/** The longest bar of the HTML flavour, in block characters. */
const HTML_BAR = 40;

/** Roughly how wide a label is at 11px: CJK characters are square, Latin ones about half as wide. */
function textWidth(text: string): number {
  return [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 11 : 6.2), 0);
}

function legend(segments: readonly Segment[], flavour: ChartFlavour, x = 0): string {
  if (flavour === "html") {
    return segments
      .map((s) => `<span style="color:${s.color}">${BLOCK}</span> ${esc(s.name)}`)
      .join("&nbsp;&nbsp; ");
  }
  let offset = x;
  return segments
    .map((s) => {
      const item = `<rect x="${offset}" y="2" width="10" height="10" fill="${s.color}"/><text x="${offset + 14}" y="11">${esc(s.name)}</text>`;
      offset += 24 + textWidth(s.name);
      return item;
    })
    .join("");
}

function glyphs(count: number, color: string): string {
  return count > 0 ? `<span style="color:${color}">${BLOCK.repeat(count)}</span>` : "";
}

/** Glyph counts for the segments of a bar: proportional, at least one for any non-zero value. */
function glyphCounts(values: readonly number[], max: number): number[] {
  return values.map((v) => (v <= 0 ? 0 : Math.max(1, Math.round((v / max) * HTML_BAR))));
}

/**
 * Horizontal stacked bars, one per row, with a legend: grades by building, visits by year.
 *
 * @example
 * stackedBars("各楼栋宿舍等级", [{ label: "3号楼", segments: [{ name: "优秀", value: 2, color: "#1a7f37" }] }], "svg")
 */
export function stackedBars(title: string, bars: readonly StackedBar[], flavour: ChartFlavour): string {
  const totals = bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0));
  const max = Math.max(1, ...totals);
  const kinds = bars[0]?.segments ?? [];
  if (flavour === "html") {
    const rows = bars
      .map((b, i) => {
        const counts = glyphCounts(
          b.segments.map((s) => s.value),
          max,
        );
        const bar = b.segments.map((s, k) => glyphs(counts[k] ?? 0, s.color)).join("");
        const numbers = b.segments.map((s) => s.value).join(" / ");
        return `<tr><td>${esc(b.label)}</td><td class="bar">${bar}</td><td class="num">${totals[i]} (${numbers})</td></tr>`;
      })
      .join("");
    return `<div class="chart"><p class="note">${legend(kinds, flavour)}</p><table class="bars" border="0" cellspacing="0" cellpadding="2">${rows}</table></div>`;
  }
  const labelWidth = 120;
  const width = 640;
  const barArea = width - labelWidth - 50;
  const rowHeight = 22;
  const top = 22;
  const height = top + bars.length * rowHeight + 4;
  const rows = bars
    .map((b, i) => {
      const y = top + i * rowHeight;
      let x = labelWidth;
      const rects = b.segments
        .map((s) => {
          const w = (s.value / max) * barArea;
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${s.color}"><title>${esc(s.name)}: ${s.value}</title></rect>`;
          const text =
            w >= 18
              ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + rowHeight - 10}" text-anchor="middle" fill="#fff" font-size="10">${s.value}</text>`
              : "";
          x += w;
          return rect + text;
        })
        .join("");
      const label = `<text x="${labelWidth - 6}" y="${y + rowHeight - 10}" text-anchor="end">${esc(b.label)}</text>`;
      const total = `<text x="${(x + 5).toFixed(1)}" y="${y + rowHeight - 10}" fill="#57606a">${totals[i]}</text>`;
      return label + rects + total;
    })
    .join("");
  return `<div class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" font-family='${FONT_STACK}' font-size="11" fill="#1f2328"><title>${esc(title)}</title>${legend(kinds, flavour, labelWidth)}${rows}</svg></div>`;
}

/**
 * Vertical columns, one per label, with the value above each: fails per week.
 *
 * @example
 * columns("每周不合格次数", [{ label: "09-01", value: 3, sub: "72" }], "#cf222e", "svg")
 */
export function columns(
  title: string,
  items: readonly Column[],
  color: string,
  flavour: ChartFlavour,
): string {
  const max = Math.max(1, ...items.map((c) => c.value));
  if (flavour === "html") {
    const rows = items
      .map((c) => {
        const bar = glyphs(c.value <= 0 ? 0 : Math.max(1, Math.round((c.value / max) * HTML_BAR)), color);
        return `<tr><td>${esc(c.label)}</td><td class="bar">${bar}</td><td class="num">${c.value}</td><td class="num" style="color:#57606a">${esc(c.sub ?? "")}</td></tr>`;
      })
      .join("");
    return `<div class="chart"><table class="bars" border="0" cellspacing="0" cellpadding="2">${rows}</table></div>`;
  }
  const width = 640;
  const left = 28;
  const top = 14;
  const plot = 120;
  const height = top + plot + 34;
  const step = (width - left) / Math.max(1, items.length);
  const barWidth = Math.min(28, step * 0.7);
  const ticks = [0, Math.ceil(max / 2), max]
    .filter((v, i, all) => all.indexOf(v) === i)
    .map((v) => {
      const y = top + plot - (v / max) * plot;
      return `<line x1="${left}" x2="${width}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#eaeef2"/><text x="${left - 4}" y="${(y + 4).toFixed(1)}" text-anchor="end" fill="#57606a" font-size="9">${v}</text>`;
    })
    .join("");
  const bars = items
    .map((c, i) => {
      const h = (c.value / max) * plot;
      const cx = left + step * i + step / 2;
      const y = top + plot - h;
      return [
        `<rect x="${(cx - barWidth / 2).toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"><title>${esc(c.label)}: ${c.value}</title></rect>`,
        c.value > 0
          ? `<text x="${cx.toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle" font-size="9">${c.value}</text>`
          : "",
        `<text x="${cx.toFixed(1)}" y="${top + plot + 12}" text-anchor="middle" font-size="8.5">${esc(c.label)}</text>`,
        c.sub
          ? `<text x="${cx.toFixed(1)}" y="${top + plot + 24}" text-anchor="middle" font-size="8" fill="#8c959f">${esc(c.sub)}</text>`
          : "",
      ].join("");
    })
    .join("");
  return `<div class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" font-family='${FONT_STACK}' font-size="10" fill="#1f2328"><title>${esc(title)}</title>${ticks}${bars}</svg></div>`;
}
