import fs, { existsSync, readFileSync } from "node:fs";
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Lang } from "../engine/labels.ts";
import { inspectXlsx, type Loss } from "./carry-over.ts";
import { CliError } from "./cli-error.ts";
import { compactValidations } from "./compact-validations.ts";
import { FileError } from "./file-error.ts";
import { t } from "./labels.ts";
import { writeAtomically } from "./write-file.ts";
import { deflateStored } from "./zip-deflate.ts";

/** An .xlsx read from disk, and what writing it back would lose (empty when nothing). */
export interface WorkbookFile {
  readonly workbook: ExcelJS.Workbook;
  readonly losses: readonly Loss[];
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "EIO";
    throw new FileError(code, path, "read");
  }
}

/**
 * Reads an .xlsx and looks at what exceljs could not carry over, with a clear message when the
 * file is missing, unreadable, encrypted, a legacy .xls, or not a workbook at all.
 *
 * @example
 * const { workbook, losses } = await readXlsx("dept.xlsx", "zh");
 */
export async function readXlsx(path: string, lang: Lang): Promise<WorkbookFile> {
  if (!existsSync(path)) throw new CliError(t(lang, "cli.notFound", { path }), 1);
  const bytes = readBytes(path);
  const inspected = await inspectXlsx(bytes);
  if (inspected.kind === "encrypted") throw new CliError(t(lang, "cli.encrypted", { path }), 1);
  if (inspected.kind === "legacy") throw new CliError(t(lang, "cli.legacyXls", { path }), 1);
  if (inspected.kind === "unknown") throw new CliError(t(lang, "cli.notXlsx", { path }), 1);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new CliError(t(lang, "cli.notXlsx", { path }), 1);
  }
  dropRulesWithoutFormula(workbook);
  for (const sheet of workbook.worksheets) compactValidations(sheet);
  return { workbook, losses: inspected.losses };
}

/**
 * exceljs reads the conditional formats of Excel's extension list (other than data bars and icon
 * sets) without their formula, and then fails to write them: they go, as `inspectXlsx` reports.
 */
function dropRulesWithoutFormula(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    const model = sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };
    if (!model.conditionalFormattings) continue;
    model.conditionalFormattings = model.conditionalFormattings
      .map((cf) => ({
        ...cf,
        rules: cf.rules.filter(
          (rule) =>
            !(
              (rule.type === "expression" || rule.type === "cellIs") &&
              !("formulae" in rule && rule.formulae?.length)
            ),
        ),
      }))
      .filter((cf) => cf.rules.length > 0);
  }
}

/**
 * What would be lost, in words, one phrase per kind.
 *
 * @example
 * lossWords([{ kind: "chart", count: 2 }], "en") //=> "charts (2)"
 */
export function lossWords(losses: readonly Loss[], lang: Lang): string {
  const words = losses.map((loss) =>
    t(lang, `loss.${loss.kind}`, { count: loss.count, sheet: loss.sheet ?? "" }),
  );
  return words.join(lang === "zh" ? "；" : "; ");
}

/**
 * Writes the bytes `make` gives to a file through a write stream, as exceljs itself would. The
 * file is opened first: a folder that refuses it fails at once, and the file exists (so that an
 * interruption removes it) while the bytes are made.
 */
async function writeThrough(path: string, make: () => Promise<Buffer>): Promise<void> {
  const stream = fs.createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.once("finish", resolve);
  });
  done.catch(() => undefined); // reported below, once awaited
  if (stream.pending) {
    await Promise.race([new Promise((resolve) => stream.once("open", resolve)), done]);
  }
  let bytes: Buffer;
  try {
    bytes = await make();
  } catch (error) {
    stream.destroy();
    throw error;
  }
  stream.end(bytes);
  await done;
}

/**
 * A workbook's .xlsx with its parts uncompressed. Collected as exceljs gives it, not through
 * `writeBuffer`, which holds more copies of a university's 60 MB of XML at once.
 */
async function storedBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const collector = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await workbook.xlsx.write(collector, { zip: { compression: "STORE" } });
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

/**
 * Writes a workbook atomically, creating missing folders (see `writeAtomically`). exceljs lays
 * the parts out uncompressed and zlib deflates them (see `deflateStored`).
 */
export async function writeXlsx(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await writeAtomically(path, (temporary) =>
    writeThrough(temporary, async () => deflateStored(await storedBytes(workbook))),
  );
}
