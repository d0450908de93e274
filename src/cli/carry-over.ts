import { entryText, streamEntry, type ZipEntry, zipEntries } from "./zip.ts";

/**
 * What exceljs, which writes the graded copy, cannot carry over from an .xlsx: found by looking
 * at the file's parts and at each sheet's tail (the part after the cells, where validations and
 * Excel's extension lists live), before anything is written.
 */

/** A kind of content that the graded copy would lose. */
export type LossKind =
  | "chart"
  | "pivotTable"
  | "shape"
  | "macro"
  | "slicer"
  | "timeline"
  | "threadedComment"
  | "externalLink"
  | "dataConnection"
  | "customXml"
  | "formControl"
  | "embeddedObject"
  | "workbookProtection"
  | "extValidation"
  | "extConditionalFormat"
  | "sparkline"
  | "extension"
  | "validationOption"
  | "validationReference";

/** Content the graded copy would lose: its kind, the tab it is on (if on one) and how many. */
export interface Loss {
  readonly kind: LossKind;
  readonly sheet?: string;
  readonly count: number;
}

/** What a file turned out to be. */
export type FileKind =
  | { readonly kind: "xlsx"; readonly losses: readonly Loss[] }
  | { readonly kind: "encrypted" }
  | { readonly kind: "legacy" }
  | { readonly kind: "unknown" };

/** Parts exceljs drops whole, by the folder or name they start with. */
const LOST_PARTS: readonly [string, LossKind][] = [
  ["xl/charts/chart", "chart"],
  ["xl/chartsheets/", "chart"],
  ["xl/pivotTables/", "pivotTable"],
  ["xl/vbaProject.bin", "macro"],
  ["xl/slicers/", "slicer"],
  ["xl/timelines/", "timeline"],
  ["xl/threadedComments/", "threadedComment"],
  ["xl/externalLinks/externalLink", "externalLink"],
  ["xl/connections.xml", "dataConnection"],
  ["xl/queryTables/", "dataConnection"],
  ["customXml/item", "customXml"],
  ["xl/ctrlProps/", "formControl"],
  ["xl/activeX/", "formControl"],
  ["xl/embeddings/", "embeddedObject"],
];

/** The compound-file signature: legacy .xls, and also any .xlsx encrypted with a password. */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** Each worksheet part with the tab name the workbook gives it. */
function sheetParts(bytes: Buffer, entries: readonly ZipEntry[]): { name: string; entry: ZipEntry }[] {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbook = byName.get("xl/workbook.xml");
  const rels = byName.get("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return [];
  const targets = new Map<string, string>();
  for (const m of entryText(bytes, rels).matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attribute(m[1] ?? "", "Id");
    const target = attribute(m[1] ?? "", "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; entry: ZipEntry }[] = [];
  for (const m of entryText(bytes, workbook).matchAll(/<sheet\b([^>]*)>/g)) {
    const id = attribute(m[1] ?? "", "r:id");
    const entry = id === undefined ? undefined : byName.get(targets.get(id) ?? "");
    if (entry) sheets.push({ name: unescapeXml(attribute(m[1] ?? "", "name") ?? ""), entry });
  }
  return sheets;
}

/**
 * The text of a sheet after its cells, found in the bytes as they stream past, so that the cells
 * are never held or decoded. A sheet whose elements carry a namespace prefix (rare: Excel never
 * writes one) is decoded whole instead.
 */
async function sheetTail(bytes: Buffer, entry: ZipEntry): Promise<string> {
  let carry = Buffer.alloc(0);
  let tail: Buffer[] | undefined;
  await streamEntry(bytes, entry, (piece) => {
    if (tail) {
      tail.push(piece);
      return true;
    }
    const text = carry.length ? Buffer.concat([carry, piece]) : piece;
    const at = Math.max(text.indexOf(CLOSE_CELLS), text.indexOf(EMPTY_CELLS));
    if (at >= 0) tail = [text.subarray(at)];
    else carry = Buffer.from(text.subarray(Math.max(0, text.length - 16)));
    return true;
  });
  if (tail) return Buffer.concat(tail).toString("utf8");
  const whole = entryText(bytes, entry);
  const end = /<\/\w+:sheetData>|<\w+:sheetData\s*\/>/.exec(whole);
  return end ? whole.slice(end.index) : "";
}

const CLOSE_CELLS = Buffer.from("</sheetData>");
const EMPTY_CELLS = Buffer.from("<sheetData/>");

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/** What a sheet's validations and extension list hold that exceljs drops. */
function sheetLosses(sheet: string, tail: string): Loss[] {
  const counts = new Map<LossKind, number>();
  const add = (kind: LossKind, n = 1) => counts.set(kind, (counts.get(kind) ?? 0) + n);

  const extStart = tail.search(/<(?:\w+:)?extLst\b/);
  const main = extStart < 0 ? tail : tail.slice(0, extStart);
  for (const m of main.matchAll(
    /<(?:\w+:)?dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?dataValidation>)/g,
  )) {
    const attributes = m[1] ?? "";
    const showDropDown = attribute(attributes, "showDropDown");
    if (showDropDown === "1" || showDropDown === "true" || attribute(attributes, "imeMode") !== undefined)
      add("validationOption");
    // exceljs reads the bounds of number, length and date rules as numbers: a cell reference is lost.
    const type = attribute(attributes, "type") ?? "";
    if (["whole", "decimal", "textLength", "date"].includes(type)) {
      const formulas = [...(m[2] ?? "").matchAll(/<(?:\w+:)?formula[12]>([\s\S]*?)<\//g)].map(
        (f) => f[1] ?? "",
      );
      if (formulas.some((f) => !NUMBER.test(f))) add("validationReference");
    }
  }

  if (extStart >= 0) {
    for (const ext of tail.slice(extStart).matchAll(/<(?:\w+:)?ext\b[^>]*>([\s\S]*?)<\/(?:\w+:)?ext>/g)) {
      const body = ext[1] ?? "";
      if (/<\w+:dataValidations\b/.test(body)) add("extValidation", count(body, /<\w+:dataValidation\b/g));
      else if (/<\w+:conditionalFormattings\b/.test(body)) {
        // exceljs keeps data bars and icon sets only.
        const rules = [...body.matchAll(/<\w+:cfRule\b([^>]*)>/g)].filter(
          (r) => !["dataBar", "iconSet"].includes(attribute(r[1] ?? "", "type") ?? ""),
        );
        if (rules.length > 0) add("extConditionalFormat", rules.length);
      } else if (/<\w+:sparklineGroups\b/.test(body)) add("sparkline", count(body, /<\w+:sparklineGroup\b/g));
      else if (!/<\w+:(slicerList|timelineRefs)\b/.test(body)) add("extension");
    }
  }
  return [...counts].map(([kind, n]) => ({ kind, sheet, count: n }));
}

function count(text: string, pattern: RegExp): number {
  return Math.max(1, [...text.matchAll(pattern)].length);
}

/**
 * Looks at an .xlsx before it is rewritten and lists what the rewrite would lose; tells an
 * encrypted workbook and a legacy .xls from other files that are not .xlsx.
 *
 * @example
 * await inspectXlsx(readFileSync("dept.xlsx")) //=> { kind: "xlsx", losses: [{ kind: "chart", count: 1 }] }
 */
export async function inspectXlsx(bytes: Buffer): Promise<FileKind> {
  if (bytes.subarray(0, 8).equals(COMPOUND_FILE)) {
    return { kind: bytes.includes(ENCRYPTED_PACKAGE) ? "encrypted" : "legacy" };
  }
  const entries = zipEntries(bytes);
  if (!entries?.some((e) => e.name === "xl/workbook.xml")) return { kind: "unknown" };

  const losses: Loss[] = [];
  const counts = new Map<LossKind, number>();
  for (const entry of entries) {
    const lost = LOST_PARTS.find(([prefix]) => entry.name.startsWith(prefix));
    if (lost && !entry.name.includes("/_rels/")) counts.set(lost[1], (counts.get(lost[1]) ?? 0) + 1);
    // Pictures are carried over; shapes, text boxes and connectors are not.
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(entry.name)) {
      if (/<(?:\w+:)?(?:sp|grpSp|cxnSp)[\s>]/.test(entryText(bytes, entry)))
        counts.set("shape", (counts.get("shape") ?? 0) + 1);
    }
  }
  for (const [kind, n] of counts) losses.push({ kind, count: n });
  const workbook = entries.find((e) => e.name === "xl/workbook.xml");
  if (workbook && /<(?:\w+:)?workbookProtection\b/.test(entryText(bytes, workbook)))
    losses.push({ kind: "workbookProtection", count: 1 });
  for (const { name, entry } of sheetParts(bytes, entries)) {
    losses.push(...sheetLosses(name, await sheetTail(bytes, entry)));
  }
  return { kind: "xlsx", losses };
}
