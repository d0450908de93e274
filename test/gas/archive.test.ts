import { describe, expect, it } from "vitest";
import { type LoadedAddOn, loadAddOn } from "../support/gas-vm.ts";

/** A date cell of a Shanghai spreadsheet: midnight there. */
function shanghai(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 8 * 3600_000);
}

function department(extra = 0): Record<string, unknown[][]> {
  const dorms = [["宿舍号"], ["1-101"], ["1-102"]];
  for (let i = 0; i < extra; i++) dorms.push([`9-${i}`]);
  return {
    宿舍: dorms,
    党员: [
      ["学号", "姓名", "政治面貌", "宿舍号"],
      ["'2022010001", "张三", "正式党员", "1-101"],
      ["'2022010002", "李四", "预备党员", "1-102"],
    ],
    检查记录: [
      ["日期", "宿舍号", "类别", "结果", "申诉结果", "申诉理由"],
      [shanghai(2025, 10, 13), "1-101", "卫生", "不合格", "", ""],
      [shanghai(2025, 10, 20), "1-101", "纪律", "不合格", "", ""],
      [shanghai(2025, 10, 20), "1-102", "卫生", "优秀", "", ""],
    ],
    设置: [
      ["项目", "值"],
      ["当前学期", "2025-2026-1"],
    ],
    看板: [['=DORMGRADE("1-101", "2025-2026-1")', '=MEMBEROUTCOME("2022010001", "2025-2026-1")']],
  };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheetOf(addOn: LoadedAddOn, name: string): Sheet {
  const app = (addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp })
    .SpreadsheetApp;
  return app.getActiveSpreadsheet().getSheetByName(name) as Sheet;
}

/** A column of a tab by its header. */
function column(addOn: LoadedAddOn, tab: string, header: string): unknown[] {
  const values = addOn.fake.sheet(tab);
  const c = (values[0] ?? []).indexOf(header);
  return values.slice(1).map((row) => row[c]);
}

function archivedDepartment(): LoadedAddOn {
  const addOn = loadAddOn({ sheets: department() });
  addOn.call("menuRecalculate");
  addOn.call("menuArchive");
  return addOn;
}

describe("学期归档 / Archive semester in dist/Code.js", () => {
  it("asks first, then freezes the semester into its own tab, protected with a warning only, and logs it", () => {
    const addOn = archivedDepartment();
    expect(addOn.fake.alertDetails.at(-1)).toMatchObject({ title: "学期归档", buttons: "YES_NO" });
    const tab = sheetOf(addOn, "学期归档 2025-2026-1");
    const protection = tab.getProtections(
      (addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp
        .ProtectionType.SHEET,
    )[0];
    expect(protection?.isWarningOnly()).toBe(true);
    expect(addOn.fake.sheet("学期归档 2025-2026-1").find((row) => row[0] === "2022010001")?.[7]).toBe("取消");
    expect(sheetOf(addOn, "归档数据").isSheetHidden()).toBe(true);
    expect(addOn.fake.sheet("变更记录").at(-1)?.slice(4, 7)).toEqual(["学期归档", "未归档", "已归档"]);
    expect(addOn.fake.toasts.at(-1)?.message).toContain("已归档2025-2026学年第一学期");
  });

  it("reports an edit to an archived row in its check column, and keeps the results and the formulas", () => {
    const addOn = archivedDepartment();
    addOn.fake.setCell("检查记录", "E3", "撤销");
    addOn.fake.setCell("检查记录", "F3", "复查有误");
    addOn.call("menuRecalculate");
    expect(column(addOn, "检查记录", "校验")[1]).toBe(
      "本行属于已归档的2025-2026学年第一学期，修改不计入该学期（如需更改，请先取消归档）",
    );
    expect(column(addOn, "党员", "评奖评优资格")[0]).toBe("取消");
    expect(addOn.fake.sheet("看板")[0]).toEqual(["不合格", "通报批评 2；评奖评优资格 取消"]);
  });

  it("un-archives with a reason from the sidebar: its tab goes and every changed consequence is logged", () => {
    const addOn = archivedDepartment();
    addOn.fake.setCell("检查记录", "E3", "撤销");
    addOn.fake.setCell("检查记录", "F3", "复查有误");
    const reply = addOn.call<{ message: string }>("unarchiveSemester", "申诉成立，复议改判");
    expect(reply.message).toContain("已取消2025-2026学年第一学期的归档");
    expect(addOn.fake.sheetNames()).not.toContain("学期归档 2025-2026-1");
    expect(
      addOn.fake
        .sheet("变更记录")
        .slice(-3)
        .map((row) => row.slice(4, 8)),
    ).toEqual([
      ["学期归档", "已归档", "未归档", "申诉成立，复议改判"],
      ["通报批评", "2", "1", "取消归档后按现有记录重新计算（取消理由：申诉成立，复议改判）"],
      ["评奖评优资格", "取消", "保留", "取消归档后按现有记录重新计算（取消理由：申诉成立，复议改判）"],
    ]);
    expect(column(addOn, "党员", "评奖评优资格")[0]).toBe("保留");
  });

  it("archives again after un-archiving, into the column it freed", () => {
    const addOn = archivedDepartment();
    addOn.call("unarchiveSemester", "复议");
    addOn.call("archiveSemester");
    expect(addOn.fake.sheetNames().filter((n) => n.startsWith("归档数据"))).toEqual(["归档数据"]);
    expect(addOn.fake.sheet("归档数据")[0]).toEqual(["2025-2026-1"]);
    expect(addOn.fake.sheetNames()).toContain("学期归档 2025-2026-1");
  });

  it("refuses to un-archive without a reason, writing nothing", () => {
    const addOn = archivedDepartment();
    expect(() => addOn.call("unarchiveSemester", " ")).toThrow("取消归档需要写明理由");
    expect(addOn.fake.sheetNames()).toContain("学期归档 2025-2026-1");
  });

  it("makes the same number of service calls with an archive for 10 rows as for 10,000", () => {
    const counts = [0, 10_000].map((extra) => {
      const addOn = loadAddOn({ sheets: department(extra) });
      addOn.call("menuRecalculate");
      addOn.call("menuArchive");
      addOn.fake.setCell("检查记录", "D2", "合格");
      addOn.fake.calls.reset();
      addOn.call("menuRecalculate");
      return addOn.fake.calls.total();
    });
    expect(counts[0]).toBe(counts[1]);
  });

  it("answers a formula for an archived semester from the answers archived with it, reading no tab", () => {
    const addOn = loadAddOn({ sheets: department(10_000) });
    addOn.call("menuRecalculate");
    addOn.call("menuArchive");
    addOn.fake.setCell("设置", "B2", "2025-2026-2");
    addOn.call("menuRecalculate");
    const cache = (
      addOn.context as { CacheService: GoogleAppsScript.Cache.CacheService }
    ).CacheService.getDocumentCache();
    cache?.removeAll([...addOn.fake.documentCache().keys()]);
    addOn.fake.setCell("看板", "C1", '=DORMGRADE("1-101", "2025-2026-1")');
    addOn.fake.setCell("看板", "D1", '=MEMBEROUTCOME("2022010001", "2025-2026-1")');
    expect(addOn.fake.formulaError("看板", "C1")).toBeNull();
    expect(addOn.fake.sheet("看板")[0]?.slice(2, 4)).toEqual(["不合格", "通报批评 2；评奖评优资格 取消"]);
    expect(addOn.fake.lastExecution()?.ms).toBeLessThan(30_000);
  });
});
