import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import ExcelJS from "exceljs";
import type { Lang } from "../engine/labels.ts";
import { namedColumns } from "../intake/mapping.ts";
import type { SourceTable } from "../intake/plan.ts";
import { parseDelimited } from "../intake/table.ts";
import { CliError } from "./cli-error.ts";
import { decodeText, type TextEncoding } from "./decode.ts";
import { t } from "./import-labels.ts";
import { gridsOf } from "./xlsx.ts";

/** An export read from disk, and how: the encoding of a text file, or the sheet of a workbook. */
export interface ExportFile {
  readonly table: SourceTable;
  readonly encoding?: TextEncoding;
  readonly sheet?: string;
}

const TEXT = [".csv", ".txt", ".tsv"];

/**
 * Reads an export: a CSV or tab-separated text file in whatever encoding it came (see
 * `decodeText`), or an .xlsx, of which the visible sheet that looks most like an inspection list
 * is read (the first one when none does).
 *
 * @example
 * const { table, encoding } = await readExport("问卷星.csv", "zh"); // encoding "utf-8-bom"
 */
export async function readExport(path: string, lang: Lang): Promise<ExportFile> {
  if (!existsSync(path)) throw new CliError(t(lang, "cli.notFound", { path }), 1);
  const kind = extname(path).toLowerCase();
  const name = basename(path);
  if (TEXT.includes(kind)) {
    const { text, encoding } = decodeText(readFileSync(path));
    return { table: { name, values: parseDelimited(text), timeZone: "UTC" }, encoding };
  }
  if (kind !== ".xlsx") throw new CliError(t(lang, "import.kind", { path }), 1);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  } catch {
    throw new CliError(t(lang, "cli.notXlsx", { path }), 1);
  }
  const grids = gridsOf(workbook).filter((g) => !g.hidden);
  const score = (values: readonly (readonly unknown[])[]) =>
    Math.max(0, ...values.slice(0, 10).map((row) => namedColumns(row)));
  const grid = grids.reduce<(typeof grids)[number] | undefined>(
    (best, g) => (best === undefined || score(g.values) > score(best.values) ? g : best),
    undefined,
  );
  if (!grid) throw new CliError(t(lang, "cli.notXlsx", { path }), 1);
  return { table: { name, values: grid.values, timeZone: "UTC" }, sheet: grid.name };
}
