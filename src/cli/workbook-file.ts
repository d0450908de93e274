import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import type { Lang } from "../engine/labels.ts";
import { CliError } from "./cli-error.ts";
import { t } from "./labels.ts";
import { writeAtomically } from "./write-file.ts";

/** Parts of an .xlsx that exceljs cannot carry over: they are dropped from what it writes. */
const LOST_PARTS = ["xl/charts/", "xl/pivotTables/", "xl/drawings/", "xl/vbaProject.bin"];

/** An .xlsx read from disk, and whether writing it back would lose charts, pivots or drawings. */
export interface WorkbookFile {
  readonly workbook: ExcelJS.Workbook;
  readonly lossy: boolean;
}

/** Reads an .xlsx, with a clear message when the file is missing or is not one. */
export async function readXlsx(path: string, lang: Lang): Promise<WorkbookFile> {
  if (!existsSync(path)) throw new CliError(t(lang, "cli.notFound", { path }), 1);
  const bytes = readFileSync(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new CliError(t(lang, "cli.notXlsx", { path }), 1);
  }
  // The zip lists its part names in plain bytes: enough to tell what exceljs would drop.
  return { workbook, lossy: LOST_PARTS.some((part) => bytes.includes(part)) };
}

export async function writeXlsx(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await writeAtomically(path, (temporary) => workbook.xlsx.writeFile(temporary));
}
