import type { Lang } from "../../engine/labels.ts";
import { escapeHtml as esc } from "../../ui/escape.ts";
import { periodName } from "../../workbook/rankings-labels.ts";
import { FONT_STACK } from "../html.ts";
import { t } from "../labels.ts";
import { writtenDate } from "../official.ts";
import { percent } from "../words.ts";
import type { PosterDorm, PosterModel } from "./model.ts";

/** The poster's width in CSS pixels: a phone screen's. Rendered at 3× it is 1080 pixels wide. */
export const POSTER_WIDTH = 360;

const PAD = 16;
const INNER = POSTER_WIDTH - 2 * PAD;
const RED = "#c62828";
const GOLD = "#f9ab00";
const INK = "#202124";
const GRAY = "#5f6368";
const LIGHT = "#f1f3f4";

/** Band colours by rank: red, blue, green and black flags (85/75/65) read as themselves. */
const BAND_COLORS = ["#d93025", "#1a73e8", "#188038", "#3c4043", "#80868b", "#80868b"];

/**
 * The width of a text in a font size, as CJK and full-width characters take a whole em and
 * the rest a little over half: enough to cut a long name before it runs into the next column.
 */
function textWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch)
      ? size
      : size * 0.58;
  return width;
}

/**
 * A text cut with an ellipsis to fit a width.
 *
 * @example
 * fitText("南区12号楼（老楼）", 12, 60) //=> "南区12号…"
 */
export function fitText(text: string, size: number, max: number): string {
  if (textWidth(text, size) <= max) return text;
  let cut = [...text];
  while (cut.length > 0 && textWidth(`${cut.join("")}…`, size) > max) cut = cut.slice(0, -1);
  return `${cut.join("")}…`;
}

interface TextOptions {
  readonly size: number;
  readonly fill?: string;
  readonly weight?: "bold" | "normal";
  readonly anchor?: "start" | "middle" | "end";
}

function text(x: number, y: number, content: string, o: TextOptions): string {
  const attrs = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${o.size}"`,
    `fill="${o.fill ?? INK}"`,
    o.weight === "bold" ? 'font-weight="bold"' : "",
    o.anchor && o.anchor !== "start" ? `text-anchor="${o.anchor}"` : "",
  ].filter((a) => a !== "");
  return `<text ${attrs.join(" ")}>${esc(content)}</text>`;
}

function score(value: number | undefined): string {
  return value === undefined ? "—" : value.toFixed(1);
}

/** A section title with a coloured mark before it; returns the markup and the height used. */
function title(y: number, label: string, color = RED): [string, number] {
  return [
    `<rect x="${PAD}" y="${y + 3}" width="4" height="16" rx="2" fill="${color}"/>${text(PAD + 10, y + 16, label, { size: 15, weight: "bold" })}`,
    28,
  ];
}

/** A small flag, drawn: no emoji font is needed to see it. */
function flag(x: number, y: number): string {
  return `<rect x="${x}" y="${y}" width="2" height="18" fill="${INK}"/><path d="M${x + 2} ${y}h14l-4 5 4 5h-14z" fill="${RED}"/>`;
}

function bandChip(x: number, y: number, band: string, index: number): string {
  const w = Math.max(28, textWidth(band, 11) + 12);
  return `<rect x="${x - w}" y="${y - 12}" width="${w}" height="17" rx="8.5" fill="${BAND_COLORS[index] ?? GRAY}"/>${text(x - w / 2, y, fitText(band, 11, w - 8), { size: 11, fill: "#fff", anchor: "middle" })}`;
}

function dormRows(
  y: number,
  dorms: readonly PosterDorm[],
  bands: readonly string[],
  worst: boolean,
): [string, number] {
  const rowHeight = 30;
  const parts = dorms.map((d, i) => {
    const top = y + i * rowHeight;
    const medal = worst ? "#fce8e6" : (["#fde293", "#e8eaed", "#f6c7a3"][d.rank - 1] ?? LIGHT);
    const base = top + 20;
    const chip = d.band ? bandChip(POSTER_WIDTH - PAD, base, d.band, bands.indexOf(d.band)) : "";
    const chipWidth = d.band ? Math.max(28, textWidth(d.band, 11) + 12) + 8 : 0;
    return [
      i % 2 === 0
        ? `<rect x="${PAD}" y="${top}" width="${INNER}" height="${rowHeight}" rx="4" fill="#fafafa"/>`
        : "",
      `<circle cx="${PAD + 14}" cy="${top + 15}" r="11" fill="${medal}"/>`,
      text(PAD + 14, base - 1, String(d.rank), { size: 12, weight: "bold", anchor: "middle" }),
      text(PAD + 32, base, fitText(d.label, 15, 78), { size: 15, weight: "bold" }),
      text(PAD + 114, base, fitText(d.building, 12, 118 - chipWidth / 2), { size: 12, fill: GRAY }),
      text(POSTER_WIDTH - PAD - chipWidth - 4, base, score(d.meanScore), {
        size: 15,
        weight: "bold",
        fill: worst ? RED : INK,
        anchor: "end",
      }),
      chip,
    ].join("");
  });
  return [parts.join(""), dorms.length * rowHeight + 6];
}

/**
 * The poster as a standalone SVG image, 360 pixels wide and as tall as its content: the issuing
 * body and the period on a red band, three figures, the rotating banner's winners, the best and
 * the worst dorms with their bands, the buildings as bars, the bands' counts, and the date and a
 * note that it names no one. Every text comes from the model, escaped.
 *
 * @example
 * renderPosterSvg(posterModel(grading, monthPeriod("2025-11")), "zh") //=> '<svg xmlns="http://www.w3.org/2000/svg" …'
 */
export function renderPosterSvg(model: PosterModel, lang: Lang): string {
  const parts: string[] = [];
  let y = 0;
  const add = ([markup, height]: [string, number]) => {
    parts.push(markup);
    y += height;
  };
  const period = periodName(model.period, lang);

  // The head: who publishes it, what, for when.
  parts.push(`<rect x="0" y="0" width="${POSTER_WIDTH}" height="108" fill="${RED}"/>`);
  if (model.issuer)
    parts.push(text(PAD, 28, fitText(model.issuer, 12, INNER), { size: 12, fill: "#ffdad6" }));
  parts.push(text(PAD, 62, t(lang, "poster.title"), { size: 26, weight: "bold", fill: "#fff" }));
  parts.push(text(PAD, 90, fitText(period, 15, INNER), { size: 15, fill: "#fff" }));
  y = 120;

  // Three figures.
  const figures: [string, string][] = [
    [t(lang, "poster.inspections"), String(model.figures.inspections)],
    [t(lang, "rank.col.excellentRate"), percent(model.figures.excellentRate)],
    model.figures.meanScore === undefined
      ? [t(lang, "rank.col.passRate"), percent(model.figures.passRate)]
      : [t(lang, "out.meanScore"), score(model.figures.meanScore)],
  ];
  const card = (INNER - 16) / 3;
  figures.forEach(([label, value], i) => {
    const x = PAD + i * (card + 8);
    parts.push(`<rect x="${x}" y="${y}" width="${card}" height="62" rx="8" fill="${LIGHT}"/>`);
    parts.push(
      text(x + card / 2, y + 24, fitText(label, 11, card - 8), { size: 11, fill: GRAY, anchor: "middle" }),
    );
    parts.push(text(x + card / 2, y + 50, value, { size: 21, weight: "bold", anchor: "middle" }));
  });
  y += 78;

  // The rotating banner.
  const bannerTitle =
    model.period.kind === "month"
      ? t(lang, "poster.banner.month", { month: period })
      : t(lang, "poster.banner.semester");
  parts.push(
    `<rect x="${PAD}" y="${y}" width="${INNER}" height="${bannerHeight(model)}" rx="10" fill="#fff8e1" stroke="${GOLD}"/>`,
  );
  parts.push(
    flag(PAD + 12, y + 10),
    text(PAD + 36, y + 25, fitText(bannerTitle, 15, INNER - 48), { size: 15, weight: "bold", fill: RED }),
  );
  const tile = (INNER - 24 - 16) / 3;
  if (model.winners.length === 0) {
    parts.push(text(PAD + 12, y + 56, t(lang, "poster.none"), { size: 13, fill: GRAY }));
  }
  model.winners.forEach((w, i) => {
    const x = PAD + 12 + (i % 3) * (tile + 8);
    const top = y + 38 + Math.floor(i / 3) * 50;
    const under =
      model.period.kind === "month"
        ? model.bannerFor === "buildings"
          ? score(w.meanScore)
          : `${fitText(w.building, 10, tile - 36)} ${score(w.meanScore)}`
        : t(lang, "poster.months", { count: w.months });
    parts.push(`<rect x="${x}" y="${top}" width="${tile}" height="42" rx="6" fill="#fff"/>`);
    parts.push(
      text(x + tile / 2, top + 19, fitText(w.label, 15, tile - 8), {
        size: 15,
        weight: "bold",
        anchor: "middle",
      }),
    );
    parts.push(
      text(x + tile / 2, top + 35, fitText(under, 10, tile - 6), { size: 10, fill: GRAY, anchor: "middle" }),
    );
  });
  y += bannerHeight(model) + 16;

  const bandNames = model.bands.map((b) => b.name);
  if (model.top.length > 0) {
    add(title(y, t(lang, "rank.top", { n: model.top.length })));
    add(dormRows(y, model.top, bandNames, false));
  }
  if (model.bottom.length > 0) {
    add(title(y, t(lang, "rank.bottom", { n: model.bottom.length }), GRAY));
    add(dormRows(y, model.bottom, bandNames, true));
  }

  // Buildings, as bars of their mean score (or of their excellent rate when there is no score).
  if (model.buildings.length > 0) {
    add(title(y, t(lang, "poster.buildings")));
    const byScore = model.buildings.some((b) => b.meanScore !== undefined);
    model.buildings.forEach((b, i) => {
      const top = y + i * 26;
      const value = byScore ? (b.meanScore ?? 0) / 100 : (b.excellentRate ?? 0);
      const barX = PAD + 104;
      const barW = INNER - 104 - 48;
      parts.push(text(PAD, top + 16, fitText(`${b.rank ?? "—"}. ${b.name}`, 12, 98), { size: 12 }));
      parts.push(`<rect x="${barX}" y="${top + 5}" width="${barW}" height="14" rx="7" fill="${LIGHT}"/>`);
      parts.push(
        `<rect x="${barX}" y="${top + 5}" width="${Math.max(4, barW * value).toFixed(1)}" height="14" rx="7" fill="${i === 0 ? RED : "#e8a09a"}"/>`,
      );
      parts.push(
        text(POSTER_WIDTH - PAD, top + 16, byScore ? score(b.meanScore) : percent(b.excellentRate), {
          size: 12,
          weight: "bold",
          anchor: "end",
        }),
      );
    });
    y += model.buildings.length * 26 + 10;
  }

  // Bands.
  if (model.bands.length > 0) {
    add(title(y, t(lang, "rank.bands")));
    let x = PAD;
    let row = y;
    for (const [i, b] of model.bands.entries()) {
      const label = `${b.name} ${b.dorms}`;
      const w = textWidth(label, 13) + 20;
      if (x + w > POSTER_WIDTH - PAD) {
        x = PAD;
        row += 30;
      }
      parts.push(
        `<rect x="${x}" y="${row}" width="${w}" height="24" rx="12" fill="${BAND_COLORS[i] ?? GRAY}"/>`,
      );
      parts.push(
        text(x + w / 2, row + 17, label, { size: 13, fill: "#fff", anchor: "middle", weight: "bold" }),
      );
      x += w + 8;
    }
    y = row + 38;
  }

  // The foot: when, by what, and that it names no one.
  parts.push(`<line x1="${PAD}" y1="${y}" x2="${POSTER_WIDTH - PAD}" y2="${y}" stroke="#dadce0"/>`);
  parts.push(
    text(
      PAD,
      y + 20,
      `${t(lang, "poster.asOf", { date: writtenDate(model.today, lang) })} · ${t(lang, `rank.basis.${model.basis}`)}`,
      {
        size: 11,
        fill: GRAY,
      },
    ),
  );
  parts.push(text(PAD, y + 38, t(lang, "poster.public"), { size: 11, fill: GRAY }));
  y += 52;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER_WIDTH}" height="${y}" viewBox="0 0 ${POSTER_WIDTH} ${y}" font-family='${esc(FONT_STACK)}'>`,
    `<title>${esc(t(lang, "poster.title"))}</title>`,
    `<rect width="${POSTER_WIDTH}" height="${y}" fill="#fff"/>`,
    ...parts,
    "</svg>",
  ].join("");
}

/** The banner box's height: its title, then rows of three winners (or the "not awarded" line). */
function bannerHeight(model: PosterModel): number {
  const rows = Math.max(1, Math.ceil(model.winners.length / 3));
  return 44 + rows * 50;
}

/**
 * The poster on a page of its own, as wide as a phone, for a browser or the export dialog to show
 * and for the command line to photograph. The page's title is neutral, like the public edition's.
 *
 * @example
 * posterPage(renderPosterSvg(model, "zh"), "zh") //=> "<!DOCTYPE html>…<svg …"
 */
export function posterPage(svg: string, lang: Lang): string {
  return `<!DOCTYPE html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=${POSTER_WIDTH}"><title>${esc(t(lang, "poster.title"))}</title><style>html,body{margin:0;padding:0;background:#fff}svg{display:block}</style></head><body>${svg}</body></html>`;
}
