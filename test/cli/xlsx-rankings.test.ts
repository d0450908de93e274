import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { gridsOf } from "../../src/cli/xlsx.ts";
import { RANKINGS_MARK, writeRankings } from "../../src/cli/xlsx-rankings.ts";
import { rankingsSheet } from "../../src/workbook/rankings-sheet.ts";
import { runCli } from "../support/cli.ts";
import { SMALL, small } from "../support/small-department.ts";

const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-rankings-"));
const plan = rankingsSheet(small(), SMALL, "zh");

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("xlsx-rankings", () => {
  describe("writeRankings", () => {
    it("writes the plan's values with their number formats and bold headings, in a tab it marks", () => {
      const wb = new ExcelJS.Workbook();
      writeRankings(wb, plan);
      const sheet = wb.getWorksheet("排名") as ExcelJS.Worksheet;
      // Rows as read, without the blank cells a row ends with.
      const trimmed = (row: readonly unknown[]) => {
        const cells = [...row].map((cell) => cell ?? "");
        while (cells.length > 0 && cells.at(-1) === "") cells.pop();
        return cells;
      };
      expect(gridsOf(wb)[0]?.values.map(trimmed)).toEqual(plan.values.map(trimmed));
      const building = plan.values.findIndex((r) => r[0] === "按楼栋") + 3;
      expect(sheet.getCell(building, 5).numFmt).toBe("0.0%");
      expect(sheet.getCell(building, 8).numFmt).toBe("0.0");
      expect(sheet.getCell(1, 1).font?.bold).toBe(true);
      expect(wb.definedNames.getRanges(RANKINGS_MARK).ranges).toEqual(["'排名'!$A$1"]);
    });

    it("replaces its own tab whole on the next run, and never a user's tab of the same name", () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("排名").getCell("A1").value = "我的排名";
      writeRankings(wb, plan);
      writeRankings(wb, rankingsSheet(small({ rankingSize: 1 }), SMALL, "zh"));
      expect(wb.worksheets.map((s) => s.name)).toEqual(["排名", "排名 2"]);
      expect(wb.getWorksheet("排名")?.getCell("A1").value).toBe("我的排名");
      expect(wb.getWorksheet("排名 2")?.getCell("A1").value).toBe(plan.values[0]?.[0]);
    });
  });

  describe("grade", () => {
    it("adds the Rankings tab before the Legend, and rewrites it in place when graded again", async () => {
      const sample = join(dir, "sample.xlsx");
      const once = join(dir, "once.xlsx");
      const twice = join(dir, "twice.xlsx");
      expect((await runCli("init", sample, "--sample")).code).toBe(0);
      expect((await runCli("grade", sample, "--out", once, "--today", "2026-01-20")).code).toBe(0);
      expect((await runCli("grade", once, "--out", twice, "--today", "2026-01-20")).code).toBe(0);
      for (const path of [once, twice]) {
        const names = (await load(path)).worksheets.map((s) => s.name);
        expect(names.slice(-3)).toEqual(["考评意见", "排名", "图例"]);
      }
      const rankings = (await load(twice)).getWorksheet("排名") as ExcelJS.Worksheet;
      expect(rankings.getCell("A1").value).toBe("排名与流动红旗：2025-2026学年第一学期");
    }, 60_000);
  });
});
