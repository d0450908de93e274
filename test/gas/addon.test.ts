import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../build.mjs";
import { gridsOf } from "../../src/cli/xlsx.ts";
import { COLORS, isOwnRule } from "../../src/workbook/highlights.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import { loadAddOn, sheetsOf } from "../support/gas-vm.ts";

const root = join(import.meta.dirname, "../..");

/** A date cell of a Shanghai spreadsheet: midnight there, which is 16:00 UTC the day before. */
function shanghaiMidnight(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 8 * 3600_000);
}

/** A small department whose Inspections tab holds `rows` rows, for call counting. */
function department(rows: number): Record<string, unknown[][]> {
  const dorms = Array.from({ length: 10 }, (_, i) => [`1-${101 + i}`, "1号楼", "大一", i < 5 ? "是" : "否"]);
  const inspections = Array.from({ length: rows }, (_, i) => [
    shanghaiMidnight(2025, 9, 1 + (i % 120)),
    `1-${101 + (i % 10)}`,
    "卫生",
    ["合格", "优秀", "不合格"][i % 3] as string,
  ]);
  return {
    宿舍: [["宿舍号", "楼栋", "年级", "挂牌"], ...dorms],
    党员: [
      ["学号", "姓名", "政治面貌", "宿舍号"],
      ["2022010001", "张三", "正式党员", "1-101"],
      ["2022010002", "李四", "预备党员", "1-102"],
    ],
    检查记录: [["日期", "宿舍号", "类别", "结果"], ...inspections],
  };
}

function column(values: unknown[][], header: string): unknown[] {
  const c = (values[0] ?? []).indexOf(header);
  expect(c, header).toBeGreaterThanOrEqual(0);
  return values.slice(1).map((row) => row[c]);
}

describe("dist/Code.js in Apps Script", () => {
  describe("entry points", () => {
    it("defines every entry point as a global function", () => {
      const addOn = loadAddOn();
      for (const name of Object.keys(ENTRY_POINTS)) {
        expect(typeof (addOn.context as Record<string, unknown>)[name], name).toBe("function");
      }
    });

    it("builds the menu in AuthMode.NONE without touching the document or its properties", () => {
      const addOn = loadAddOn({ sheets: department(3) });
      addOn.call("onOpen", {
        authMode: (addOn.context as { ScriptApp: { AuthMode: { NONE: unknown } } }).ScriptApp.AuthMode.NONE,
      });
      const touched = Object.keys(addOn.fake.calls.byMethod());
      expect(touched.filter((m) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(m))).toEqual([]);
      const captions = addOn.fake.menus[0]?.items.map((i) => (i === "separator" ? "-" : i.caption));
      expect(captions).toEqual([
        "打开面板",
        "重新计算",
        "导出报告和通报",
        "导入检查记录",
        "新学期挂牌登记",
        "打印挂牌材料",
        "学期归档",
        "-",
        "初始化表格",
        "插入示例数据",
        "帮助",
      ]);
    });

    it("shows the menu under the Apps Script project's name, as a bound script's menu is", () => {
      const addOn = loadAddOn({ sheets: department(3), projectName: "党员寝室挂牌" });
      addOn.call("onOpen", {
        authMode: (addOn.context as { ScriptApp: { AuthMode: { LIMITED: unknown } } }).ScriptApp.AuthMode
          .LIMITED,
      });
      expect(addOn.fake.menus.map((m) => m.title)).toEqual(["党员寝室挂牌"]);
    });

    it("builds the menu in the workbook's language once the add-on is in use", () => {
      const sheets = department(3);
      sheets.设置 = [
        ["项目", "值"],
        ["语言", "en"],
      ];
      const addOn = loadAddOn({ sheets });
      addOn.call("menuRecalculate");
      addOn.call("onOpen", {
        authMode: (addOn.context as { ScriptApp: { AuthMode: { LIMITED: unknown } } }).ScriptApp.AuthMode
          .LIMITED,
      });
      const menu = addOn.fake.menus.at(-1);
      expect(menu?.items[1]).toMatchObject({ caption: "Recalculate", functionName: "menuRecalculate" });
    });
  });

  describe("menuRecalculate", () => {
    it("gives exactly the outputs of the command line on the sample workbook", async () => {
      const dir = mkdtempSync(join(tmpdir(), "dorm-plaque-gas-"));
      const bin = join(root, "bin/dorm-plaque.mjs");
      execFileSync(process.execPath, [bin, "init", join(dir, "s.xlsx"), "--sample"]);
      execFileSync(process.execPath, [bin, "grade", join(dir, "s.xlsx"), "--out", join(dir, "g.xlsx")]);
      const graded = new ExcelJS.Workbook();
      await graded.xlsx.readFile(join(dir, "g.xlsx"));
      const source = new ExcelJS.Workbook();
      await source.xlsx.readFile(join(dir, "s.xlsx"));
      // Sheets holds a date cell as midnight in the spreadsheet's zone.
      const sheets = sheetsOf(gridsOf(source));
      for (const grid of Object.values(sheets)) {
        for (const row of grid) {
          row.forEach((v, i) => {
            if (v instanceof Date)
              row[i] = shanghaiMidnight(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
          });
        }
      }
      const addOn = loadAddOn({ sheets });
      addOn.call("menuRecalculate");
      for (const grid of gridsOf(graded)) {
        const inSheets = addOn.fake.sheet(grid.name);
        const header = grid.values[0] ?? [];
        for (const name of [
          "学期等级",
          "不合格次数",
          "预警",
          "挂牌核对",
          "评奖评优资格",
          "考核结果",
          "处理意见",
          "校验",
        ]) {
          if (!header.includes(name)) continue;
          const expected = column(grid.values as unknown[][], name).map((v) =>
            v === null || v === undefined ? "" : v,
          );
          expect(column(inSheets, name).slice(0, expected.length), `${grid.name}!${name}`).toEqual(expected);
        }
      }
    });

    it("makes the same number of service calls for 10 rows as for 10,000, and writes nothing the second time", () => {
      const counts = [10, 10_000].map((rows) => {
        const addOn = loadAddOn({ sheets: department(rows) });
        addOn.fake.calls.reset();
        addOn.call("menuRecalculate");
        const first = addOn.fake.calls.total();
        addOn.fake.calls.reset();
        addOn.call("menuRecalculate");
        return { first, writes: addOn.fake.calls.writes, sample: addOn.fake.sheet("宿舍")[1] };
      });
      expect(counts[0]?.first).toBe(counts[1]?.first);
      // Three tabs: a read, a write and the highlight rules of each, the formats of their computed
      // columns, the Legend and Rankings tabs (written once, then only when they change), the
      // Opinions tab (made and protected once, then written when a draft changes), plus a fixed
      // overhead (five calls per custom function, to find the formulas that use it).
      expect(counts[0]?.first).toBeLessThan(260);
      expect(counts[0]?.writes).toBe(0);
      expect(counts[1]?.writes).toBe(0);
      expect(counts[1]?.sample).toContain("不合格");
    });

    it("leaves the user's own columns, values, formatting and rules untouched", () => {
      const sheets = department(30);
      const dorms = sheets.宿舍 as unknown[][];
      dorms[0]?.push("我的备注");
      dorms.forEach((row, i) => {
        if (i > 0) row.push(`note ${i}`);
      });
      const addOn = loadAddOn({ sheets });
      const ctx = addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
      const ss = ctx.SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getSheetByName("宿舍") as GoogleAppsScript.Spreadsheet.Sheet;
      sheet.getRange("E2:E11").setBackground("#123456");
      const userRule = ctx.SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$E2="note 1"')
        .setBackground("#abcdef")
        .setRanges([sheet.getRange("E2:E11")])
        .build();
      sheet.setConditionalFormatRules([userRule]);
      const before = addOn.fake.sheet("宿舍").map((row) => row.slice(0, 5));

      addOn.call("menuRecalculate");
      addOn.call("menuRecalculate");

      const after = addOn.fake.sheet("宿舍");
      expect(after.map((row) => row.slice(0, 5))).toEqual(before);
      expect(after[0]?.slice(5, 7)).toEqual(["学期等级", "检查次数"]);
      expect(
        addOn.fake
          .backgrounds("宿舍")
          .slice(1, 11)
          .map((row) => row[4]),
      ).toEqual(Array(10).fill("#123456"));
      const rules = addOn.fake.conditionalRules("宿舍");
      expect(rules.filter((r) => r.formula === '=$E2="note 1"')).toHaveLength(1);
      expect(rules.filter((r) => isOwnRule(r.formula)).map((r) => r.background)).toEqual([
        COLORS.red,
        COLORS.green,
        COLORS.yellow,
      ]);
    });

    it("reports a missing tab in an alert instead of failing", () => {
      const addOn = loadAddOn({ sheets: { 宿舍: [["宿舍号"], ["1-101"]] } });
      addOn.call("menuRecalculate");
      expect(addOn.fake.alerts.join("\n")).toContain("党员");
    });

    it("grades the visible Members tab, never a hidden backup listed first, and leaves the backup alone", () => {
      const sheets = department(3);
      const backup = [
        ["学号", "姓名", "政治面貌", "宿舍号"],
        ["2020010001", "旧人", "正式党员", "1-101"],
      ];
      const addOn = loadAddOn({ sheets: { "党员（2024备份）": backup, ...sheets } });
      const ss = (
        addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
      ).SpreadsheetApp.getActiveSpreadsheet();
      ss.getSheetByName("党员（2024备份）")?.hideSheet();
      addOn.call("menuRecalculate");
      expect(addOn.fake.alerts).toEqual([]);
      // Sheets typed the ID as a number, as it does for any digits typed without an apostrophe.
      expect(addOn.fake.sheet("党员（2024备份）")).toEqual([
        backup[0],
        [2020010001, "旧人", "正式党员", "1-101"],
      ]);
      expect(column(addOn.fake.sheet("党员"), "评奖评优资格")).toEqual(["保留", "保留"]);
    });

    it("alerts the candidates when two visible tabs could be the Members tab, and writes nothing", () => {
      const sheets = department(3);
      const addOn = loadAddOn({ sheets: { ...sheets, Members: sheets.党员 as unknown[][] } });
      addOn.fake.calls.reset();
      addOn.call("menuRecalculate");
      expect(addOn.fake.alerts.at(-1)).toBe(
        "有多个表都可能是“党员”表：“党员”、“Members”。请把不用的表改名或删除。",
      );
      expect(addOn.fake.calls.writes).toBe(0);
    });

    it("says in words when another recalculation holds the lock, and leaves the outputs marked stale", () => {
      const addOn = loadAddOn({ sheets: department(3) });
      addOn.fake.locks.document.busy = true;
      addOn.call("menuRecalculate");
      expect(addOn.fake.alerts.at(-1)).toContain("另一项计算正在进行");
      expect(addOn.fake.calls.byMethod()["Range.setValues"]).toBeUndefined();
      expect(addOn.fake.properties.document.get("dormPlaque.stale")).toBeTruthy();
      addOn.fake.locks.document.busy = false;
      addOn.call("menuRecalculate");
      expect(addOn.fake.properties.document.has("dormPlaque.stale")).toBe(false);
    });
  });

  describe("onEdit", () => {
    it("refreshes the outputs after an edit to an input tab", () => {
      const addOn = loadAddOn({ sheets: department(3) });
      addOn.call("menuRecalculate");
      const grade = () => column(addOn.fake.sheet("宿舍"), "学期等级")[0];
      expect(grade()).toBe("合格");
      const sheet = addOn.fake.sheet("检查记录");
      const row = sheet.length + 1;
      addOn.fake.setCell("检查记录", `A${row}`, shanghaiMidnight(2025, 9, 20));
      addOn.fake.setCell("检查记录", `B${row}`, "1-101");
      addOn.fake.setCell("检查记录", `D${row + 1}`, "不合格");
      addOn.fake.setCell("检查记录", `A${row + 1}`, shanghaiMidnight(2025, 9, 21));
      addOn.fake.setCell("检查记录", `B${row + 1}`, "1-101");
      addOn.call("onEdit", addOn.fake.editEvent("检查记录", `D${row}`, "不合格"));
      expect(grade()).toBe("不合格");
    });

    it("marks the outputs stale instead when the workbook is too large to refresh on every edit", () => {
      const addOn = loadAddOn({ sheets: department(12_000) });
      addOn.call("onEdit", addOn.fake.editEvent("检查记录", "D2", "不合格"));
      expect(addOn.fake.properties.document.get("dormPlaque.stale")).toBeTruthy();
      expect(addOn.fake.toasts.at(-1)?.message).toContain("重新计算");
      expect(addOn.call<{ stale: boolean }>("getDashboard").stale).toBe(true);
      addOn.call("menuRecalculate");
      expect(addOn.fake.properties.document.has("dormPlaque.stale")).toBe(false);
    });

    it("ignores edits to tabs that are not part of the workbook", () => {
      const sheets = department(3);
      sheets.我的统计 = [["x"]];
      const addOn = loadAddOn({ sheets });
      addOn.fake.calls.reset();
      addOn.call("onEdit", addOn.fake.editEvent("我的统计", "A2", "y"));
      expect(addOn.fake.calls.writes).toBe(0);
    });
  });

  describe("custom functions", () => {
    let addOn: ReturnType<typeof loadAddOn>;
    beforeAll(() => {
      const sheets = department(3);
      sheets.看板 = [["宿舍", "等级", "不合格", "连续", "学号", "结果"]];
      addOn = loadAddOn({ sheets });
      addOn.call("menuRecalculate");
      addOn.fake.setCell("看板", "A2", "1-101");
      addOn.fake.setCell("看板", "B2", "=DORMGRADE(A2)");
      addOn.fake.setCell("看板", "C2", "=DORMFAILS(宿舍!A2:A4)");
      addOn.fake.setCell("看板", "D2", '=DORMSTREAK(A2, "2025-2026-1")');
      addOn.fake.setCell("看板", "E2", "2022010001");
      addOn.fake.setCell("看板", "F2", "=MEMBEROUTCOME(E2)");
      addOn.fake.setCell("看板", "E3", "2022010002");
      addOn.fake.setCell("看板", "F3", "=MEMBEROUTCOME(E3)");
      addOn.fake.setCell("看板", "G2", '=DORMFAILS(A2, "2024-2025学年第二学期")');
      addOn.fake.setCell("看板", "A7", "9-999");
      addOn.fake.setCell("看板", "B7", "=DORMGRADE(A7)");
    });

    it("answers for one cell and a column for a range", () => {
      const board = addOn.fake.sheet("看板");
      expect(board[1]?.[1]).toBe("合格");
      expect([board[1]?.[2], board[2]?.[2], board[3]?.[2]]).toEqual([0, 0, 1]);
      expect(board[1]?.[3]).toBe(0);
      expect(board[1]?.[5]).toBe("无");
      expect(String(board[2]?.[5])).toContain("通报表扬 1");
    });

    it("shows a # error naming an unknown dorm", () => {
      expect(addOn.fake.sheet("看板")[6]?.[1]).toBe("#ERROR!");
      expect(addOn.fake.formulaError("看板", "B7")).toContain("9-999");
    });

    it("is fresh after the data changes, although its arguments did not", () => {
      const row = addOn.fake.sheet("检查记录").length + 1;
      addOn.fake.setCell("检查记录", `A${row}`, shanghaiMidnight(2025, 9, 20));
      addOn.fake.setCell("检查记录", `B${row}`, "1-101");
      const edit = addOn.fake.editEvent("检查记录", `D${row}`, "不合格");
      // Sheets itself would leave the cell as it was: its argument did not change.
      expect(addOn.fake.sheet("看板")[1]?.[2]).toBe(0);
      addOn.call("onEdit", edit);
      const board = addOn.fake.sheet("看板");
      expect(board[1]?.[2]).toBe(1);
      expect(board[1]?.[3]).toBe(1);
      expect(String(board[1]?.[5])).toContain("通报批评");
    });

    it("reads the tabs once for a whole sheet of single-cell formulas, from the answers the recalculation kept", () => {
      const sheets = department(30);
      sheets.看板 = [
        ["宿舍", "等级"],
        ...Array.from({ length: 20 }, (_, i) => [`1-${101 + (i % 10)}`, `=DORMGRADE(A${i + 2})`]),
      ];
      const many = loadAddOn({ sheets });
      many.fake.calls.reset();
      many.call("menuRecalculate");
      const reads = many.fake.calls.byMethod()["Range.getValues"];
      expect(reads).toBe(3);
      expect(column(many.fake.sheet("看板"), "等级")).toEqual(
        column(many.fake.sheet("宿舍"), "学期等级").concat(column(many.fake.sheet("宿舍"), "学期等级")),
      );
    });

    it("is fresh after an edit that changes no output column (a past semester)", () => {
      expect(addOn.fake.sheet("看板")[1]?.[6]).toBe(0);
      const row = addOn.fake.sheet("检查记录").length + 1;
      addOn.fake.setCell("检查记录", `A${row}`, shanghaiMidnight(2025, 3, 10));
      addOn.fake.setCell("检查记录", `B${row}`, "1-101");
      addOn.fake.calls.reset();
      addOn.call("onEdit", addOn.fake.editEvent("检查记录", `D${row}`, "不合格"));
      expect(addOn.fake.calls.byMethod()["Range.setValues"]).toBeUndefined();
      expect(addOn.fake.sheet("看板")[1]?.[6]).toBe(1);
    });
  });

  describe("set up and sample data", () => {
    it("creates missing tabs with their headers and leaves existing ones alone", () => {
      const addOn = loadAddOn({
        sheets: {
          宿舍: [
            ["宿舍号", "我的列"],
            ["1-101", "x"],
          ],
        },
      });
      addOn.call("menuSetupTabs");
      expect(addOn.fake.sheetNames()).toEqual([
        "宿舍",
        "党员",
        "检查记录",
        "联系宿舍",
        "谈话记录",
        "住宿变动",
        "联系分工",
        "设置",
        "检查细则",
      ]);
      expect(addOn.fake.sheet("宿舍")).toEqual([
        ["宿舍号", "我的列"],
        ["1-101", "x"],
      ]);
      expect(addOn.fake.sheet("检查记录")[0]).toEqual([
        "日期（必填）",
        "宿舍号（必填）",
        "类别",
        "结果（与分数二选一）",
        "分数（与结果二选一）",
        "检查人",
        "备注",
        "扣分项",
        "级别",
        "申诉结果",
        "申诉理由",
      ]);
      addOn.call("menuSetupTabs");
      expect(addOn.fake.alerts.at(-1)).toContain("已存在");
    });

    it("inserts sample data only into an empty workbook", () => {
      const full = loadAddOn({ sheets: department(3) });
      full.call("menuInsertSample");
      expect(full.fake.alerts.at(-1)).toContain("已有数据");
      expect(full.fake.sheetNames()).not.toContain("联系宿舍");

      const empty = loadAddOn({ sheets: { Sheet1: [[]] } });
      empty.call("menuInsertSample");
      const expected = sampleWorkbook("zh");
      expect(empty.fake.sheet("宿舍").length).toBe(expected[0]?.values.length);
      expect(column(empty.fake.sheet("宿舍"), "学期等级")).toContain("优秀");
    });
  });

  describe("menuRegisterPlaques", () => {
    it("lists the dorms whose plaque to hang, take down or reissue, as text", () => {
      const sheets = department(3);
      const dorms = sheets.宿舍 as unknown[][];
      dorms.push(["<b>9-101</b>", "9号楼", "大一", "是"]);
      (dorms[2] as unknown[])[3] = "否";
      const addOn = loadAddOn({ sheets });
      addOn.call("menuRegisterPlaques");
      const html = addOn.fake.dialogs.at(-1)?.html ?? "";
      expect(addOn.fake.dialogs.at(-1)?.title).toBe("新学期挂牌登记");
      // 1-101 and 1-102 have members; 1-102 has no plaque. Plaques 1-103…1-105 and 9-101 have none.
      expect(html).toMatch(/需挂牌 \(1\)<\/h3><ul><li>1-102 /);
      expect(html).toContain("需摘牌 (4)");
      expect(html).toContain("&lt;b&gt;9-101&lt;/b&gt;");
      expect(html).not.toContain("<b>9-101");
      expect(addOn.fake.calls.writes).toBe(0);
    });
  });

  it("stays within its size budget: 256 KB of script, and no Node-only code", () => {
    const code = readFileSync(join(root, "dist/Code.js"), "utf8");
    expect(Buffer.byteLength(code)).toBeLessThan(256 * 1024);
    expect(code).not.toMatch(/require\(|exceljs|node:/);
  });

  it("is what clasp pushes: clasp status lists exactly the files in dist/", () => {
    const out = execFileSync("npx", ["clasp", "status"], { cwd: root, encoding: "utf8" });
    const tracked = out.split("Untracked files:")[0] ?? "";
    const files = [...tracked.matchAll(/dist\/(\S+)/g)].map((m) => m[1]).sort();
    expect(files).toEqual(readdirSync(join(root, "dist")).sort());
  });
});
