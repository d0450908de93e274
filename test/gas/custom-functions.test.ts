import { describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../build.mjs";
import { distFilesWithout, type LoadedAddOn, loadAddOn } from "../support/gas-vm.ts";

/** A date cell of a Shanghai spreadsheet: midnight there, which is 16:00 UTC the day before. */
function shanghaiMidnight(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 8 * 3600_000);
}

/** A Chinese department with `dorms` dorms, one full member each, and two inspections a dorm. */
function department(dorms: number): Record<string, unknown[][]> {
  const ids = Array.from({ length: dorms }, (_, i) => `${1 + Math.floor(i / 100)}-${101 + (i % 100)}`);
  return {
    宿舍: [
      ["宿舍号", "楼栋", "年级", "挂牌"],
      ...ids.map((id, i) => [id, "1号楼", "大一", i % 2 ? "是" : "否"]),
    ],
    党员: [
      ["学号", "姓名", "政治面貌", "宿舍号", "支部联系人"],
      ...ids.map((id, i) => [`'${2022000000 + i}`, `学生${i}`, "正式党员", id, "王老师"]),
    ],
    检查记录: [
      ["日期", "宿舍号", "类别", "结果", "分数"],
      ...ids.flatMap((id, i) => [
        [shanghaiMidnight(2025, 9, 8), id, "卫生", i % 7 === 0 ? "不合格" : "优秀", i % 7 === 0 ? 40 : 95],
        [shanghaiMidnight(2025, 9, 15), id, "卫生", i % 7 === 0 ? "不合格" : "优秀", i % 7 === 0 ? 45 : 96],
      ]),
    ],
    设置: [
      ["项目", "值"],
      ["当前学期", "2025-2026-1"],
    ],
  };
}

function ss(addOn: LoadedAddOn): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (
    addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
  ).SpreadsheetApp.getActiveSpreadsheet();
}

function forgetCache(addOn: LoadedAddOn): void {
  const cache = (
    addOn.context as { CacheService: GoogleAppsScript.Cache.CacheService }
  ).CacheService.getDocumentCache();
  cache?.removeAll([...addOn.fake.documentCache().keys()]);
}

describe("custom functions in dist/Code.js", () => {
  describe("at 5,000 dorms, in Chinese", () => {
    const sheets = department(5_000);
    sheets.看板 = [
      ["宿舍", "等级", "连续", "学号", "结果", "范围"],
      [
        "1-101",
        "=DORMGRADE(A2)",
        "=DORMSTREAK(A2)",
        "2022000000",
        "=MEMBEROUTCOME(D2)",
        "=DORMGRADE(宿舍!A2:A5001)",
      ],
      ["1-102", "=DORMGRADE(A3)", "=DORMSTREAK(A3)", "2022000001", "=MEMBEROUTCOME(D3)", ""],
    ];
    const addOn = loadAddOn({ sheets });
    addOn.call("menuRecalculate");
    const recalculation = addOn.fake.lastExecution();

    it("recalculates within a menu run's 6 minutes, keeping every cache value under 100 KB", () => {
      expect(addOn.fake.alerts).toEqual([]);
      expect(recalculation?.ms).toBeLessThan(360_000);
      const values = [...addOn.fake.documentCache().values()];
      expect(values.length).toBeGreaterThan(2);
      for (const value of values) expect(Buffer.byteLength(value)).toBeLessThan(100_000);
      expect(values.reduce((n, v) => n + Buffer.byteLength(v), 0)).toBeGreaterThan(100_000);
    });

    it("answers a cell and a 5,000-dorm range afterwards, each within its 30 seconds", () => {
      const board = addOn.fake.sheet("看板");
      expect(board[1]?.slice(1, 3)).toEqual(["不合格", 2]);
      expect(board[2]?.slice(1, 3)).toEqual(["优秀", 0]);
      expect(board[1]?.[4]).toBe("通报批评 2；评奖评优资格 取消");
      const range = addOn.fake
        .sheet("看板")
        .slice(1, 5001)
        .map((row) => row[5]);
      expect(range).toEqual(
        addOn.fake
          .sheet("宿舍")
          .slice(1)
          .map((row) => row[4]),
      );
      expect(addOn.fake.formulaError("看板", "F2")).toBeNull();
    });

    it("answers from the output columns once the cache has expired, the same words", () => {
      const before = addOn.fake.sheet("看板").slice(1, 3);
      forgetCache(addOn);
      // New formulas compute now, with no cache to read.
      addOn.fake.setCell("看板", "G2", "=MEMBEROUTCOME(D2)");
      addOn.fake.setCell("看板", "H2", "=DORMGRADE(A2)");
      addOn.fake.setCell("看板", "I2", "=DORMSTREAK(A2)");
      addOn.fake.setCell("看板", "J2", "=DORMGRADE(宿舍!A2:A5001)");
      const board = addOn.fake.sheet("看板");
      expect(board[1]?.slice(6, 9)).toEqual([before[0]?.[4], before[0]?.[1], before[0]?.[2]]);
      expect(addOn.fake.lastExecution()?.ms).toBeLessThan(30_000);
      expect(board.slice(1, 5001).map((row) => row[9])).toEqual(
        addOn.fake
          .sheet("宿舍")
          .slice(1)
          .map((row) => row[4]),
      );
    });

    it("answers =DORMSCORE for a cell and a 5,000-dorm range from the output columns, within 30 seconds", () => {
      forgetCache(addOn);
      addOn.fake.setCell("看板", "L2", "=DORMSCORE(A2)");
      addOn.fake.setCell("看板", "M2", "=DORMSCORE(宿舍!A2:A5001)");
      const board = addOn.fake.sheet("看板");
      expect([board[1]?.[11], board[1]?.[12], board[2]?.[12]]).toEqual([42.5, 42.5, 95.5]);
      expect(addOn.fake.lastExecution()?.ms).toBeLessThan(30_000);
      const dorms = addOn.fake.sheet("宿舍");
      const mean = (dorms[0] ?? []).indexOf("平均分");
      expect(board.slice(1, 5001).map((row) => row[12])).toEqual(dorms.slice(1).map((row) => row[mean]));
    });

    it("says in words that another semester is too large to compute in a formula", () => {
      addOn.fake.setCell("看板", "K2", '=DORMGRADE(A2, "2024-2025-2")');
      expect(addOn.fake.sheet("看板")[1]?.[10]).toBe("#ERROR!");
      expect(addOn.fake.formulaError("看板", "K2")).toContain("重新计算");
    });
  });

  describe("refresh after a recalculation", () => {
    function small(formulas: number): Record<string, unknown[][]> {
      const sheets = department(10);
      const dorms = sheets.宿舍 as unknown[][];
      dorms[0]?.push("我的备注");
      dorms[1]?.push("按 DORMGRADE(宿舍号) 复核");
      sheets.看板 = [
        ["宿舍", "等级", "说明"],
        ["1-101", "=DORMGRADE(A2)", "'=DORMGRADE(A2) 返回宿舍等级"],
        ...Array.from({ length: formulas }, (_, i) => [`1-${101 + (i % 10)}`, `=dormFails(A${i + 3})`, ""]),
      ];
      return sheets;
    }

    function failAgain(addOn: LoadedAddOn, day: number): void {
      const row = addOn.fake.sheet("检查记录").length + 1;
      const sheet = ss(addOn).getSheetByName("检查记录");
      sheet?.getRange(row, 1, 1, 4).setValues([[shanghaiMidnight(2025, 10, day), "1-101", "卫生", "不合格"]]);
    }

    it("leaves every text cell that mentions DORMGRADE( as it was, through any number of recalculations", () => {
      const addOn = loadAddOn({ sheets: small(3) });
      for (let day = 1; day <= 3; day++) {
        failAgain(addOn, day);
        addOn.call("menuRecalculate");
      }
      expect(addOn.fake.sheet("宿舍")[1]?.[4]).toBe("按 DORMGRADE(宿舍号) 复核");
      expect(addOn.fake.cell("看板", "C2")).toMatchObject({
        value: "=DORMGRADE(A2) 返回宿舍等级",
        formula: "",
      });
      expect(addOn.fake.formulas("看板")[1]?.[1]).toBe("=DORMGRADE(A2)");
      expect(addOn.fake.formulas("看板")[2]?.[1]).toBe("=DORMFAILS(A3)");
      // Fresh although no argument changed: 1-101 failed twice in September and three times since.
      expect(addOn.fake.sheet("看板")[2]?.[1]).toBe(5);
    });

    it("makes the same number of calls for 5 formulas as for 200", () => {
      const counts = [5, 200].map((n) => {
        const addOn = loadAddOn({ sheets: small(n) });
        addOn.call("menuRecalculate");
        failAgain(addOn, 1);
        addOn.call("menuRecalculate");
        return { calls: addOn.fake.lastExecution()?.calls, last: addOn.fake.sheet("看板")[n + 1]?.[1] };
      });
      expect(counts[0]?.calls).toBe(counts[1]?.calls);
      expect(counts[1]?.last).toBe(0);
    });
  });

  describe("=DORMSCORE", () => {
    function scored(): Record<string, unknown[][]> {
      const sheets = department(3);
      const inspections = sheets.检查记录 as unknown[][];
      // 1-103 is inspected by result alone: it has no mean score.
      for (const row of inspections.slice(1)) if (row[1] === "1-103") row[4] = "";
      sheets.看板 = [
        ["宿舍", "平均分", "范围"],
        ["1-102", "=DORMSCORE(A2)", "=DORMSCORE(A2:A3)"],
        ["1-103", "=DORMSCORE(A3)", ""],
        ["", '=DORMSCORE("9-999")', ""],
      ];
      return sheets;
    }

    it("answers the mean score from the cache, blank for a dorm without scores, a column for a range", () => {
      const addOn = loadAddOn({ sheets: scored() });
      addOn.call("menuRecalculate");
      const board = addOn.fake.sheet("看板");
      expect(board.slice(1, 3).map((row) => [row[1], row[2]])).toEqual([
        [95.5, 95.5],
        ["", ""],
      ]);
      expect(addOn.fake.formulaError("看板", "B4")).toBe("宿舍 9-999 不在“宿舍”表中");
    });

    it("answers the same from the output columns, and from a workbook graded before they had a mean score", () => {
      const addOn = loadAddOn({ sheets: scored() });
      addOn.call("menuRecalculate");
      forgetCache(addOn);
      addOn.fake.setCell("看板", "F2", "=DORMSCORE(A2)");
      expect(addOn.fake.sheet("看板")[1]?.[5]).toBe(95.5);
      // An older graded tab: its mean score column gone, DORMGRADE still answers from the others.
      const dorms = ss(addOn).getSheetByName("宿舍") as GoogleAppsScript.Spreadsheet.Sheet;
      const header = addOn.fake.sheet("宿舍")[0] ?? [];
      dorms.getRange(1, header.indexOf("平均分") + 1).setValue("");
      forgetCache(addOn);
      addOn.fake.setCell("看板", "D2", "=DORMGRADE(A2)");
      addOn.fake.setCell("看板", "E2", "=DORMSCORE(A2)");
      expect(addOn.fake.sheet("看板")[1]?.slice(3, 5)).toEqual(["优秀", ""]);
    });
  });

  it("answers from Code.js alone: no formula ever loads a file of code, even on a row with a problem", () => {
    const sheets = department(30);
    sheets.检查记录?.push([shanghaiMidnight(2025, 9, 22), "9-999", "卫生", "合格", 80]);
    sheets.看板 = [
      ["宿舍", "等级", "不合格", "学号", "结果", "未知"],
      [
        "1-101",
        "=DORMGRADE(A2)",
        "=DORMFAILS(A2)",
        "2022000000",
        "=MEMBEROUTCOME(D2)",
        '=DORMGRADE("9-999")',
      ],
    ];
    const codeFiles = ["DocumentsCode", "SampleCode", "IntakeCode", "KitCode", "HistoryCode"];
    const addOn = loadAddOn({
      sheets,
      htmlFiles: distFilesWithout(...codeFiles, "ActionsCode", "WordsCode"),
    });
    addOn.fake.setCell("看板", "G2", "=DORMSCORE(A2)");
    const row = addOn.fake.sheet("看板")[1] ?? [];
    expect(row.slice(1, 3)).toEqual(["不合格", 2]);
    expect(row[4]).toBe("通报批评 2；评奖评优资格 取消");
    expect(addOn.fake.formulaError("看板", "F2")).toBe("宿舍 9-999 不在“宿舍”表中");
    expect(row[6]).toBe(42.5);
  });

  it("marks the semester argument optional in the JSDoc that Sheets shows", () => {
    for (const name of ["DORMGRADE", "DORMFAILS", "DORMSTREAK", "DORMSCORE", "MEMBEROUTCOME"] as const) {
      expect(ENTRY_POINTS[name]).toMatch(/@param \{string\} \[semester\]/);
      expect(ENTRY_POINTS[name]).toContain("@customfunction");
    }
  });
});
