// The import at the sizes departments have: a week's export of 10,000 rows (half of them already
// on the tab) read as a GBK CSV and planned against the university workbook (200,000 inspections).

import { performance } from "node:perf_hooks";
import iconv from "iconv-lite";
import { decodeText } from "../src/cli/decode.ts";
import { isoOf } from "../src/engine/day.ts";
import { intakeBook } from "../src/intake/book.ts";
import { planIntake } from "../src/intake/plan.ts";
import { parseDelimited } from "../src/intake/table.ts";
import { check } from "./targets.ts";
import { UNIVERSITY_TODAY, universityWorkbook } from "./university.ts";

const ROWS = 10_000;

/** A campus system's CSV: half re-exports of rows on the tab, half new ones, as GBK bytes. */
function weekExport(inspections: readonly (readonly unknown[])[]): Buffer {
  const lines = ["检查日期,寝室号,检查类别,等级,得分,检查人,扣分项"];
  const cell = (v: unknown) =>
    v instanceof Date ? isoOf(Math.round(v.getTime() / 86_400_000)) : String(v ?? "");
  for (let i = 0; i < ROWS / 2; i++) {
    const row = inspections[1 + ((i * 37) % (inspections.length - 1))] ?? [];
    lines.push(
      [cell(row[0]), cell(row[1]), cell(row[2]), cell(row[3]), cell(row[4]), cell(row[5]), ""].join(","),
    );
  }
  for (let i = 0; i < ROWS / 2; i++) {
    const row = inspections[1 + ((i * 53) % (inspections.length - 1))] ?? [];
    lines.push(["2026-01-19", cell(row[1]), "卫生", "合格", "", `生活部 新${i % 40}`, "被子未叠"].join(","));
  }
  return iconv.encode(`${lines.join("\r\n")}\r\n`, "gbk");
}

export function benchIntake(): void {
  console.log("\nintake: a week's export into the university workbook");
  const grids = universityWorkbook();
  const tab = grids.find((g) => g.name === "检查记录");
  const bytes = weekExport(tab?.values ?? []);
  let started = performance.now();
  const { text } = decodeText(bytes);
  const values = parseDelimited(text);
  check(
    `decode and parse a ${ROWS.toLocaleString("en")}-row GBK CSV`,
    performance.now() - started,
    1_000,
    "ms",
  );
  // Warmed up once, as the engine's benchmark does: the figure is the work, not the JIT.
  intakeBook(grids, { timeZone: "UTC", today: UNIVERSITY_TODAY });
  started = performance.now();
  const book = intakeBook(grids, { timeZone: "UTC", today: UNIVERSITY_TODAY });
  if ("problems" in book) throw new Error(book.problems.join("\n"));
  check("read the workbook for an import (200,000 inspections)", performance.now() - started, 5_000, "ms");
  started = performance.now();
  const plan = planIntake({ name: "week.csv", values, timeZone: "UTC" }, book, []);
  check(`dry run of ${ROWS.toLocaleString("en")} rows`, performance.now() - started, 2_000, "ms");
  const { counts } = plan.preview;
  console.log(`       ${counts.new} new, ${counts.duplicate} duplicates, ${counts.unreadable} unreadable`);
  check("rows that are re-exports but not found as duplicates", ROWS / 2 - counts.duplicate, 0, "rows");
}
