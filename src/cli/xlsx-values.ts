import type { Grid } from "../workbook/layout.ts";
import { entryText, type ZipEntry, zipEntries } from "./zip.ts";

/**
 * The values of an .xlsx read straight from its XML, for commands that only read (the roll-up of
 * thirty departments reads thirty workbooks): several times faster than exceljs, which builds
 * every cell's style too. Date cells come back as their serial numbers, which the reader takes
 * as dates (`readDay`); a workbook on the 1904 date system, or one whose parts this reader does
 * not find, is left to exceljs (undefined).
 */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text unescaped: entities, character references, and OOXML's `_x000D_` escapes. */
function xmlText(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
      if (name[0] === "#")
        return String.fromCodePoint(
          name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)),
        );
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The text of a string item: its runs' `<t>` joined, phonetic guides left out. */
function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of plain.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) text += m[1] ?? "";
  return xmlText(text);
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** A1 column letters to a 0-based index. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function cellValue(attributes: string, inner: string, strings: readonly string[]): unknown {
  const type = attribute(attributes, "t") ?? "n";
  if (type === "inlineStr") return itemText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return "";
  if (type === "s") return strings[Number(v)] ?? "";
  if (type === "b") return v === "1";
  if (type === "str" || type === "e") return xmlText(v);
  const n = Number(v);
  return Number.isFinite(n) ? n : xmlText(v);
}

function sheetValues(xml: string, strings: readonly string[]): unknown[][] {
  const values: unknown[][] = [];
  let rowNumber = 0;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = attribute(row[1] ?? "", "r");
    rowNumber = r === undefined ? rowNumber + 1 : Number(r);
    const cells: unknown[] = [];
    let column = -1;
    for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attribute(cell[1] ?? "", "r");
      column = ref === undefined ? column + 1 : columnIndex(/^[A-Z]+/.exec(ref)?.[0] ?? "A");
      const value = cellValue(cell[1] ?? "", cell[2] ?? "", strings);
      while (cells.length < column) cells.push("");
      cells[column] = value;
    }
    while (values.length < rowNumber - 1) values.push([]);
    values[rowNumber - 1] = cells;
  }
  // Trailing empty rows are not data.
  while (values.length > 0 && (values.at(-1) ?? []).every((v) => v === "")) values.pop();
  return values;
}

/**
 * Every worksheet of an .xlsx as a plain grid, in tab order, with its name and visibility, read
 * from the XML; undefined when the bytes are not an .xlsx this reader understands, or when the
 * workbook counts dates from 1904 (exceljs then reads it).
 *
 * @example
 * xlsxValues(readFileSync("dept.xlsx"))?.[0]?.values[0] //=> ["宿舍号", "楼栋", …]
 */
export function xlsxValues(bytes: Buffer): Grid[] | undefined {
  const entries = zipEntries(bytes);
  if (!entries) return undefined;
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const part = (name: string) => {
    const entry = byName.get(name);
    return entry ? entryText(bytes, entry) : undefined;
  };
  const workbook = part("xl/workbook.xml");
  const rels = part("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return undefined;
  if (/<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook)) return undefined;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(m[1] ?? "", "Id");
    const target = attribute(m[1] ?? "", "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const shared = part("xl/sharedStrings.xml") ?? "";
  const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => itemText(m[1] ?? ""));
  const grids: Grid[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const attributes = m[1] ?? "";
    const name = attribute(attributes, "name");
    const id = attribute(attributes, "r:id");
    const path = id === undefined ? undefined : targets.get(id);
    if (name === undefined || path === undefined) return undefined;
    const xml = part(path);
    // A chart sheet or a part this reader cannot find: exceljs decides.
    if (xml === undefined || !xml.includes("<worksheet")) return undefined;
    const state = attribute(attributes, "state");
    grids.push({
      name: xmlText(name),
      values: sheetValues(xml, strings),
      hidden: state !== undefined && state !== "visible",
    });
  }
  return grids;
}
