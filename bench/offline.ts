// The command line on a university-scale .xlsx, against exceljs's own read and write of the same
// file: each in a child process of its own, so that time and peak memory are the whole run's.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { writeXlsx } from "../src/cli/workbook-file.ts";
import { workbookOf } from "../src/cli/xlsx.ts";
import { isoOf } from "../src/engine/day.ts";
import { check } from "./targets.ts";
import { median } from "./timing.ts";
import { UNIVERSITY_TODAY, universityWorkbook } from "./university.ts";

const root = join(import.meta.dirname, "..");
const out = join(root, "out");

/** One child run: its wall time and its peak resident memory. */
interface Run {
  readonly ms: number;
  readonly peakMb: number;
}

/**
 * The university workbook as an .xlsx in out/, written once: the name carries a digest of the
 * generator, so a changed generator writes a new file (and the stale one is removed).
 */
async function universityFile(): Promise<string> {
  const generator = readFileSync(join(import.meta.dirname, "university.ts"));
  const key = createHash("sha256").update(generator).digest("hex").slice(0, 10);
  const path = join(out, `university-${key}.xlsx`);
  if (existsSync(path)) return path;
  mkdirSync(out, { recursive: true });
  for (const stale of readdirSync(out).filter((f) => /^university-[0-9a-f]+\.xlsx$/.test(f))) {
    rmSync(join(out, stale));
  }
  console.log(`writing ${path} (once)…`);
  await writeXlsx(workbookOf(universityWorkbook()), path);
  return path;
}

/** Runs `node <args>` with the peak-memory reporter loaded; fails loudly when the child does. */
function runChild(args: readonly string[]): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--import", join(import.meta.dirname, "peak.mjs"), ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const peak = /peak-rss-kb (\d+)/.exec(child.stderr ?? "");
  if (child.status !== 0 || !peak) {
    throw new Error(`node ${args.join(" ")} failed (${child.status}):\n${child.stderr}`);
  }
  return { ms, peakMb: Number(peak[1]) / 1024 };
}

export async function benchOffline(runs = 3): Promise<void> {
  console.log("\ndorm-plaque grade on a university-scale .xlsx, against exceljs's own read + write");
  const file = await universityFile();
  const roundTrip = ["bench/round-trip.mjs", file, join(out, "university-round-trip.xlsx")];
  const grade = [
    "bin/dorm-plaque.mjs",
    "grade",
    file,
    "--out",
    join(out, "university-graded.xlsx"),
    "--today",
    isoOf(UNIVERSITY_TODAY),
  ];
  const base: Run[] = [];
  const graded: Run[] = [];
  // Taking turns, so that a busy moment on the machine hits both alike.
  for (let run = 0; run < runs; run++) {
    base.push(runChild(roundTrip));
    graded.push(runChild(grade));
    const [b, g] = [base.at(-1), graded.at(-1)] as [Run, Run];
    console.log(
      `  run ${run + 1}: exceljs ${(b.ms / 1000).toFixed(1)} s, ${b.peakMb.toFixed(0)} MB; ` +
        `grade ${(g.ms / 1000).toFixed(1)} s, ${g.peakMb.toFixed(0)} MB`,
    );
  }
  // Time: the fastest run of each (load only ever adds time). Memory: the median peak of each.
  const fastest = (list: readonly Run[]) => Math.min(...list.map((r) => r.ms));
  const peak = (list: readonly Run[]) => median(list.map((r) => r.peakMb));
  check("grade ÷ exceljs read + write, time", fastest(graded) / fastest(base), 1.2, "×");
  check("grade ÷ exceljs read + write, peak memory", peak(graded) / peak(base), 1.3, "×");
}
