// The command line's own file work around exceljs, at a fifth of university scale: the look
// inside the .xlsx for what the graded copy cannot keep (before anything is written), against
// exceljs's own read of the same file. It must stay a small part of that read.
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { inspectXlsx } from "../src/cli/carry-over.ts";
import { workbookOf } from "../src/cli/xlsx.ts";
import { check } from "./targets.ts";
import { universityWorkbook } from "./university.ts";

export async function benchFiles(): Promise<void> {
  console.log("\nfiles: what the graded copy cannot keep, at a fifth of university scale");
  const bytes = Buffer.from(await workbookOf(universityWorkbook({ scale: 0.2 })).xlsx.writeBuffer());
  // Fastest of interleaved runs, like the other timings: a busy machine only ever adds time, and
  // the first run of each also pays for loading and compiling its code.
  let scan = Number.POSITIVE_INFINITY;
  let read = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    await inspectXlsx(bytes);
    scan = Math.min(scan, performance.now() - start);
    const loaded = performance.now();
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    read = Math.min(read, performance.now() - loaded);
  }
  console.log(`${(bytes.length / 1024 / 1024).toFixed(1)} MB; exceljs reads it in ${read.toFixed(0)} ms`);
  check("scan before writing, share of exceljs's read", (scan / read) * 100, 5, "%");
}
