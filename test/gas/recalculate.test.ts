import { describe, expect, it } from "vitest";
import { KILLED } from "../support/fake-gas.ts";
import { type LoadedAddOn, loadAddOn } from "../support/gas-vm.ts";

/** A date cell of a Shanghai spreadsheet: midnight there, which is 16:00 UTC the day before. */
function shanghaiMidnight(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 8 * 3600_000);
}

/** A small department with formulas calling ours and text that mentions them. */
function department(): Record<string, unknown[][]> {
  return {
    宿舍: [
      ["宿舍号", "楼栋", "挂牌", "我的备注"],
      ["1-101", "1号楼", "是", "复核"],
      ["1-102", "1号楼", "否", ""],
    ],
    党员: [
      ["学号", "姓名", "政治面貌", "宿舍号"],
      ["'2022010001", "张三", "正式党员", "1-101"],
      ["'2022010002", "李四", "预备党员", "1-102"],
    ],
    检查记录: [
      ["日期", "宿舍号", "类别", "结果"],
      [shanghaiMidnight(2025, 9, 8), "1-101", "卫生", "不合格"],
      [shanghaiMidnight(2025, 9, 15), "1-101", "卫生", "不合格"],
      [shanghaiMidnight(2025, 9, 15), "1-102", "卫生", "优秀"],
    ],
    设置: [
      ["项目", "值"],
      ["当前学期", "2025-2026-1"],
    ],
    看板: [
      ["宿舍", "等级", "不合格", "说明", "嵌套"],
      [
        "1-101",
        "=DORMGRADE(A2)",
        "=DORMFAILS(宿舍!A2:A3)",
        "'=DORMGRADE(A2) 返回宿舍等级",
        '=IFERROR(DORMGRADE(A2), "")',
      ],
      ["1-102", "=DORMGRADE(A3)", "", "", ""],
    ],
  };
}

const INPUT_COLUMNS: Record<string, number> = { 宿舍: 4, 党员: 4, 检查记录: 4, 设置: 2 };

/** What the user typed: every input column of every tab, and the whole of the user's own tab. */
function userCells(addOn: LoadedAddOn): unknown {
  const out: Record<string, unknown> = {};
  for (const [name, columns] of Object.entries(INPUT_COLUMNS)) {
    out[name] = addOn.fake.sheet(name).map((row) => row.slice(0, columns));
  }
  out.看板 = addOn.fake.sheet("看板").map((row) => [row[0], row[3]]);
  return out;
}

const OUR_CALL = /^=(IFERROR\()?(DORMGRADE|DORMFAILS)\(/i;

function ss(addOn: LoadedAddOn): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (
    addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
  ).SpreadsheetApp.getActiveSpreadsheet();
}

describe("a recalculation in dist/Code.js", () => {
  it("leaves every user cell and every formula whole when killed at any service call, and the next run fixes everything", () => {
    const clean = loadAddOn({ sheets: department() });
    const typed = userCells(clean);
    const formulas = clean.fake.formulas("看板");
    clean.call("menuRecalculate");
    const total = clean.fake.lastExecution("run")?.calls ?? 0;
    expect(total).toBeGreaterThan(40);
    const expected = (["宿舍", "党员", "检查记录", "看板"] as const).map((name) => clean.fake.sheet(name));

    for (let n = 1; n <= total; n++) {
      const addOn = loadAddOn({ sheets: department() });
      addOn.fake.killAtCall(n);
      expect(() => addOn.call("menuRecalculate"), `kill at call ${n}`).toThrow(KILLED);
      expect(userCells(addOn), `user cells after a kill at call ${n}`).toEqual(typed);
      const after = addOn.fake.formulas("看板");
      formulas.forEach((row, r) => {
        row.forEach((formula, c) => {
          if (formula === "") return;
          expect(after[r]?.[c], `formula ${r},${c} after a kill at call ${n}`).toMatch(OUR_CALL);
          expect(after[r]?.[c]?.toUpperCase()).toBe(formula.toUpperCase());
          expect(addOn.fake.formulaError("看板", `${"ABCDE"[c]}${r + 1}`)).toBeNull();
        });
      });
      addOn.call("menuRecalculate");
      const graded = (["宿舍", "党员", "检查记录", "看板"] as const).map((name) => addOn.fake.sheet(name));
      expect(graded, `the run after a kill at call ${n}`).toEqual(expected);
      expect(addOn.fake.formulas("看板")).toEqual(formulas);
      expect(addOn.fake.properties.document.has("dormPlaque.stale")).toBe(false);
    }
  }, 600_000);

  it("grades an edit made while another run holds the lock: the edit's trigger marks the outputs stale and the next run grades it", () => {
    const addOn = loadAddOn({ sheets: department() });
    addOn.call("menuRecalculate");
    // C2 spills the fails of 1-101 and 1-102 down to C3.
    expect(addOn.fake.sheet("看板")[2]?.[2]).toBe(0);
    // Halfway through a menu recalculation, after it read the tabs, the user fails 1-102.
    addOn.fake.atCall(30, () => {
      addOn.fake.setCell("检查记录", "A5", shanghaiMidnight(2025, 9, 22));
      addOn.fake.setCell("检查记录", "B5", "1-102");
      addOn.call("onEdit", addOn.fake.editEvent("检查记录", "D5", "不合格"));
    });
    addOn.call("menuRecalculate");
    expect(addOn.fake.toasts.map((toast) => toast.message).join("\n")).toContain("下次计算");
    expect(addOn.fake.properties.document.get("dormPlaque.stale")).toBeTruthy();
    expect(addOn.call<{ stale: boolean }>("getDashboard").stale).toBe(true);
    addOn.call("menuRecalculate");
    expect(addOn.fake.properties.document.has("dormPlaque.stale")).toBe(false);
    expect(addOn.fake.sheet("看板")[2]?.[2]).toBe(1);
  });

  it("marks the outputs stale when rows are deleted while it runs, and says so", () => {
    const addOn = loadAddOn({ sheets: department() });
    addOn.fake.atCall(30, () => ss(addOn).getSheetByName("检查记录")?.deleteRow(2));
    addOn.call("menuRecalculate");
    expect(addOn.fake.toasts.at(-1)?.message).toContain("插入或删除");
    expect(addOn.call<{ stale: boolean }>("getDashboard").stale).toBe(true);
    addOn.call("menuRecalculate");
    expect(addOn.call<{ stale: boolean }>("getDashboard").stale).toBe(false);
  });

  it("leaves the outputs marked stale when an edit's trigger runs out of time, until the next run", () => {
    const addOn = loadAddOn({ sheets: department() });
    addOn.call("menuRecalculate");
    addOn.fake.killAtCall(25);
    expect(() => addOn.call("onEdit", addOn.fake.editEvent("检查记录", "D4", "不合格"))).toThrow(KILLED);
    expect(addOn.call<{ stale: boolean }>("getDashboard").stale).toBe(true);
    addOn.call("menuRecalculate");
    expect(addOn.call<{ stale: boolean }>("getDashboard").stale).toBe(false);
    expect(addOn.fake.sheet("看板")[2]?.[2]).toBe(1);
  });

  it("refuses a quick entry while another run holds the lock, writing nothing and saying so", () => {
    const addOn = loadAddOn({ sheets: department() });
    addOn.call("menuRecalculate");
    addOn.fake.locks.document.busy = true;
    const before = addOn.fake.sheet("检查记录");
    expect(() =>
      addOn.call("addInspection", {
        date: "2025-09-22",
        dorm: "1-102",
        category: "hygiene",
        result: "fail",
        score: "",
        inspector: "",
        notes: "",
      }),
    ).toThrow("另一项计算正在进行");
    expect(addOn.fake.sheet("检查记录")).toEqual(before);
  });

  it("reports the truth when the sidebar's recalculation is refused: the dashboard says stale", () => {
    const addOn = loadAddOn({ sheets: department() });
    addOn.call("menuRecalculate");
    addOn.fake.locks.document.busy = true;
    const reply = addOn.call<{ ok: boolean; stale?: boolean; data: { stale: boolean } }>("recalculate");
    expect([reply.ok, reply.stale, reply.data.stale]).toEqual([false, true, true]);
  });
});
