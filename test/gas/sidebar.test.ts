import { describe, expect, it } from "vitest";
import type { Dashboard } from "../../src/engine/dashboard.ts";
import type { EntryReply, RecalcReply, SidebarData } from "../../src/gas/sidebar.ts";
import type { InspectionEntry, VisitEntry } from "../../src/workbook/entry.ts";
import { distFilesWithout, type LoadedAddOn, loadAddOn } from "../support/gas-vm.ts";

/** A date cell of a Shanghai spreadsheet: midnight there, which is 16:00 UTC the day before. */
function shanghaiMidnight(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 8 * 3600_000);
}

/**
 * A small department pinned to the semester 2025-2026-1, so that it grades alike whatever the
 * clock says. The Inspections tab has its columns shuffled, a column of the user's own and its
 * Check output column in the middle of the input columns.
 */
function department(): Record<string, unknown[][]> {
  return {
    宿舍: [
      ["宿舍号", "楼栋", "年级", "挂牌"],
      ["1-101", "1号楼", "大一", "是"],
      ["1-102", "1号楼", "大一", "是"],
      ["'0301", "3号楼", "大三", "否"],
    ],
    党员: [
      ["学号", "姓名", "政治面貌", "宿舍号", "支部", "支部联系人"],
      ["2022010001", "张三", "正式党员", "1-101", "一支部", "王老师"],
      ["2022010002", "李四", "预备党员", "1-102", "一支部", ""],
    ],
    检查记录: [
      ["备注", "宿舍号", "我的列", "日期", "校验", "结果", "类别", "分数", "检查人"],
      ["", "1-101", "x", shanghaiMidnight(2025, 9, 8), "", "不合格", "卫生", "", "刘"],
      ["", "1-102", "y", shanghaiMidnight(2025, 9, 8), "", "合格", "卫生", "", "刘"],
    ],
    联系宿舍: [["日期", "宿舍号", "带队教师", "党员小组", "情况记录", "跟进事项"]],
    设置: [
      ["项目", "值"],
      ["当前学期", "2025-2026-1"],
      ["语言", "zh"],
    ],
  };
}

function inspection(overrides: Partial<InspectionEntry> = {}): InspectionEntry {
  return {
    date: "2025-09-15",
    dorm: "1-101",
    category: "hygiene",
    result: "fail",
    score: "",
    inspector: "刘",
    notes: "",
    ...overrides,
  };
}

function visit(overrides: Partial<VisitEntry> = {}): VisitEntry {
  return {
    date: "2025-09-20",
    dorm: "1-102",
    teacher: "王老师",
    group: "第一小组",
    findings: "桌面杂乱",
    followUp: "一周后复查",
    ...overrides,
  };
}

/** The add-on over the department, graded once, with the call counter reset. */
function graded(sheets = department()): LoadedAddOn {
  const addOn = loadAddOn({ sheets });
  addOn.call("menuRecalculate");
  addOn.fake.calls.reset();
  return addOn;
}

function column(values: unknown[][], header: string): unknown[] {
  const c = (values[0] ?? []).indexOf(header);
  expect(c, header).toBeGreaterThanOrEqual(0);
  return values.slice(1).map((row) => row[c]);
}

function dashboardOf(data: SidebarData): Dashboard {
  if ("problems" in data) throw new Error(data.problems.join("\n"));
  return data;
}

describe("sidebar endpoints in dist/Code.js", () => {
  describe("getDashboard", () => {
    it("returns plain data only: a JSON round trip gives it back unchanged", () => {
      const addOn = graded();
      const data = addOn.call<SidebarData>("getDashboard");
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
      const dashboard = dashboardOf(data);
      expect(dashboard).toMatchObject({ lang: "zh", semesterId: "2025-2026-1", stale: false });
      expect(dashboard.dorms.map((d) => d.label)).toEqual(["1-101", "1-102", "0301"]);
      expect(dashboard.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it("gives each early warning its evidence: the inspections, dates and rows", () => {
      const dashboard = dashboardOf(graded().call<SidebarData>("getDashboard"));
      expect(dashboard.warnings).toEqual([
        {
          dormId: "1-101",
          dormLabel: "1-101",
          kind: "streak",
          limit: 2,
          fails: 1,
          evidence: [{ row: 2, date: "2025-09-08", dormId: "1-101", category: "hygiene", level: "fail" }],
        },
      ]);
    });

    it("gives the rankings of the semester and of each inspected month, with the month's banner", () => {
      const dashboard = dashboardOf(graded().call<SidebarData>("getDashboard"));
      const periods = dashboard.rankings?.periods ?? [];
      expect(periods.map((p) => p.rankings.period.id)).toEqual(["2025-2026-1", "2025-09"]);
      // A building without inspections comes last, unranked.
      expect(periods[0]?.rankings.buildings.map((b) => [b.key, b.inspections, b.failRate, b.rank])).toEqual([
        ["1号楼", 2, 0.5, 1],
        ["3号楼", 0, undefined, undefined],
      ]);
      expect(periods[0]?.rankings.branches.map((b) => b.key)).toEqual(["一支部"]);
      // No score and no excellent in September: by excellents, nobody is in the running.
      expect(periods[1]?.banner).toMatchObject({ basis: "excellents", candidates: 0, winners: [] });
    });

    it("still answers, without rankings, when the documents module cannot be loaded", () => {
      const addOn = loadAddOn({ sheets: department(), htmlFiles: distFilesWithout("DocumentsCode") });
      addOn.call("menuRecalculate");
      const dashboard = dashboardOf(addOn.call<SidebarData>("getDashboard"));
      expect(dashboard.rankings).toBeUndefined();
      expect(dashboard.figures.fails).toBe(1);
    });

    it("writes nothing", () => {
      const addOn = graded();
      addOn.call("getDashboard");
      expect(addOn.fake.calls.writes).toBe(0);
    });

    it("says why there is no dashboard when a required tab is missing, in the workbook's language", () => {
      const sheets = department();
      delete sheets.党员;
      const data = loadAddOn({ sheets }).call<SidebarData>("getDashboard");
      expect(data).toEqual({ lang: "zh", stale: false, problems: [expect.stringContaining("党员")] });
    });
  });

  describe("addInspection", () => {
    it("appends exactly one row, each value under its header, and writes no other cell", () => {
      const addOn = graded();
      const before = addOn.fake.sheet("检查记录");
      // A date of an earlier semester: no output changes, so every write is the entry's own.
      const reply = addOn.call<EntryReply<string>>(
        "addInspection",
        inspection({ date: "2025-03-10", dorm: "0301", result: "pass", notes: "=1+1", inspector: "刘" }),
      );
      expect(reply).toMatchObject({ ok: true, tab: "检查记录", row: 4 });
      const after = addOn.fake.sheet("检查记录");
      expect(after.slice(0, 3)).toEqual(before);
      expect(after).toHaveLength(4);
      // The dorm and the note stay text as typed; the ISO date becomes a date in the sheet's zone.
      expect(after[3]).toEqual([
        "=1+1",
        "0301",
        "",
        shanghaiMidnight(2025, 3, 10),
        "",
        "合格",
        "卫生",
        "",
        "刘",
      ]);
      expect(addOn.fake.formulas("检查记录")[3]?.[0]).toBe("");
      // One write per block of adjacent input columns: 备注–宿舍号, 日期, 结果–检查人.
      expect(addOn.fake.calls.byMethod()["Range.setValues"]).toBe(3);
      expect(addOn.fake.calls.byMethod()["Range.setValue"]).toBeUndefined();
    });

    it("writes text as it is into a column formatted as plain text", () => {
      const addOn = graded();
      const ss = (
        addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
      ).SpreadsheetApp.getActiveSpreadsheet();
      ss.getSheetByName("检查记录")?.getRange("A2:B100").setNumberFormat("@");
      addOn.call("addInspection", inspection({ dorm: "0301", notes: "=1+1" }));
      expect(addOn.fake.sheet("检查记录")[3]?.slice(0, 2)).toEqual(["=1+1", "0301"]);
      expect(addOn.fake.formulas("检查记录")[3]?.[0]).toBe("");
    });

    it("recalculates: a second fail in a row revokes the members' award eligibility", () => {
      const addOn = graded();
      expect(column(addOn.fake.sheet("党员"), "评奖评优资格")).toEqual(["保留", "保留"]);
      const reply = addOn.call<EntryReply<string>>("addInspection", inspection());
      if (!reply.ok) throw new Error("refused");
      expect(column(addOn.fake.sheet("党员"), "评奖评优资格")).toEqual(["取消", "保留"]);
      expect(column(addOn.fake.sheet("宿舍"), "学期等级")[0]).toBe("不合格");
      const dashboard = dashboardOf(reply.data);
      expect(dashboard.warnings).toEqual([]);
      expect(dashboard.members).toEqual([
        expect.objectContaining({
          studentId: "2022010001",
          consequences: [
            {
              kind: "revoked",
              limit: 2,
              evidence: [
                expect.objectContaining({ row: 2, date: "2025-09-08" }),
                expect.objectContaining({ row: 4, date: "2025-09-15" }),
              ],
            },
          ],
        }),
      ]);
      expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
    });

    it("appends the deductions found, which the recalculation scores from the Scoresheet tab", () => {
      const sheets = department();
      (sheets.检查记录 as unknown[][])[0]?.push("扣分项");
      sheets.检查细则 = [
        ["代码", "扣分内容", "分值", "一票否决"],
        ["S1", "违章电器", 100, "是"],
      ];
      const addOn = loadAddOn({ sheets });
      addOn.call("menuRecalculate");
      const reply = addOn.call<EntryReply<string>>(
        "addInspection",
        inspection({ result: "", deductions: "S1（热得快）" }),
      );
      expect(reply).toMatchObject({ ok: true, row: 4 });
      const tab = addOn.fake.sheet("检查记录");
      const header = tab[0] ?? [];
      expect(tab[3]?.[header.indexOf("扣分项")]).toBe("S1（热得快）");
      expect(tab[3]?.[header.indexOf("计算得分")]).toBe(0);
      if (!reply.ok || "problems" in reply.data) throw new Error("refused");
      expect(reply.data.members[0]?.consequences[0]?.evidence[1]?.deductions?.[0]?.remark).toBe("热得快");
    });

    it("accepts a score instead of a result", () => {
      const addOn = graded();
      addOn.call("addInspection", inspection({ result: "", score: "95" }));
      const row = addOn.fake.sheet("检查记录")[3];
      expect(row?.[5]).toBe("");
      expect(row?.[7]).toBe(95);
    });

    it.each([
      ["an unknown dorm", { dorm: "9-999" }, "dorm", "9-999"],
      ["a date in the future", { date: "2999-01-01" }, "date", "2999-01-01"],
      ["an unreadable date", { date: "2025-02-30" }, "date", "2025-02-30"],
      ["neither result nor score", { result: "", score: "" }, "result", "缺少结果、分数或扣分项"],
      ["a score above 100", { result: "", score: "150" }, "score", "150"],
      ["a score that is no number", { result: "", score: "abc" }, "score", "abc"],
    ])("refuses %s server-side, on its field, and writes nothing", (_, overrides, field, words) => {
      const addOn = graded();
      const before = addOn.fake.sheet("检查记录");
      const reply = addOn.call<EntryReply<string>>("addInspection", inspection(overrides));
      expect(reply).toEqual({ ok: false, errors: [{ field, message: expect.stringContaining(words) }] });
      expect(addOn.fake.calls.writes).toBe(0);
      expect(addOn.fake.sheet("检查记录")).toEqual(before);
    });

    it("refuses whatever is not an entry at all, field by field", () => {
      const addOn = graded();
      const reply = addOn.call<EntryReply<string>>("addInspection", null);
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.errors.map((e) => e.field)).toEqual(["date", "dorm", "result"]);
      expect(addOn.fake.calls.writes).toBe(0);
    });

    it("says so in words when another recalculation holds the lock", () => {
      const addOn = graded();
      addOn.fake.locks.document.busy = true;
      expect(() => addOn.call("addInspection", inspection())).toThrow("另一项计算正在进行");
      expect(addOn.fake.calls.writes).toBe(0);
    });
  });

  describe("addVisit", () => {
    it("appends the visit to the Visits tab and counts it", () => {
      const addOn = graded();
      const reply = addOn.call<EntryReply<string>>("addVisit", visit());
      expect(reply).toMatchObject({ ok: true, tab: "联系宿舍", row: 2 });
      expect(addOn.fake.sheet("联系宿舍")[1]?.slice(0, 6)).toEqual([
        shanghaiMidnight(2025, 9, 20),
        "1-102",
        "王老师",
        "第一小组",
        "桌面杂乱",
        "一周后复查",
      ]);
      expect(column(addOn.fake.sheet("宿舍"), "联系次数")).toEqual([0, 1, 0]);
    });

    it("refuses a visit without its teacher and writes nothing", () => {
      const addOn = graded();
      const reply = addOn.call<EntryReply<string>>("addVisit", visit({ teacher: " " }));
      expect(reply).toEqual({
        ok: false,
        errors: [{ field: "teacher", message: "缺少必填项：带队教师" }],
      });
      expect(addOn.fake.calls.writes).toBe(0);
    });

    it("says which tab is missing when there is no Visits tab", () => {
      const sheets = department();
      delete sheets.联系宿舍;
      const addOn = graded(sheets);
      expect(() => addOn.call("addVisit", visit())).toThrow("联系宿舍");
    });
  });

  describe("recalculate", () => {
    it("returns the summary with the dashboard", () => {
      const reply = loadAddOn({ sheets: department() }).call<RecalcReply>("recalculate");
      expect(reply.ok).toBe(true);
      expect(reply.lines[0]).toContain("计算完成");
      expect(dashboardOf(reply.data).figures.inspections).toBe(2);
    });
  });

  describe("setLanguage", () => {
    it("relabels the outputs and the menu, and answers in the new language", () => {
      const addOn = graded();
      addOn.call("addInspection", inspection());
      const data = addOn.call<SidebarData>("setLanguage", "en");
      expect(data.lang).toBe("en");
      expect(column(addOn.fake.sheet("设置"), "值")).toEqual(["2025-2026-1", "en"]);
      expect(column(addOn.fake.sheet("党员"), "评奖评优资格")).toEqual(["revoked", "kept"]);
      expect(column(addOn.fake.sheet("宿舍"), "学期等级")).toEqual(["fail", "pass", "not inspected"]);
      const menu = addOn.fake.menus.at(-1);
      expect(menu?.items[1]).toMatchObject({ caption: "Recalculate", functionName: "menuRecalculate" });
      addOn.call("setLanguage", "zh");
      expect(column(addOn.fake.sheet("党员"), "评奖评优资格")).toEqual(["取消", "保留"]);
      expect(addOn.fake.menus.at(-1)?.items[1]).toMatchObject({ caption: "重新计算" });
    });

    it("finds the language row by its key in either language", () => {
      const sheets = department();
      sheets.设置 = [
        ["Key", "Value", "我的备注"],
        ["Language", "zh", "keep me"],
      ];
      const addOn = loadAddOn({ sheets });
      addOn.call("setLanguage", "en");
      // The engine's Check column comes after the user's own, in the new language.
      expect(addOn.fake.sheet("设置")).toEqual([
        ["Key", "Value", "我的备注", "Check"],
        ["Language", "en", "keep me", ""],
      ]);
    });

    it("appends the language row when the Settings tab has none", () => {
      const sheets = department();
      sheets.设置 = [
        ["项目", "值"],
        ["当前学期", "2025-2026-1"],
      ];
      const addOn = loadAddOn({ sheets });
      addOn.call("setLanguage", "en");
      expect(addOn.fake.sheet("设置").slice(0, 3)).toEqual([
        ["项目", "值", "Check"],
        ["当前学期", "2025-2026-1", ""],
        ["Language", "en", ""],
      ]);
    });

    it("creates the Settings tab when it is missing", () => {
      const sheets = department();
      delete sheets.设置;
      const addOn = loadAddOn({ sheets });
      const data = addOn.call<SidebarData>("setLanguage", "en");
      expect(data.lang).toBe("en");
      expect(addOn.fake.sheet("Settings").slice(0, 2)).toEqual([
        ["Key", "Value", "Check"],
        ["Language", "en", ""],
      ]);
    });

    it("refuses a language it does not speak, writing nothing", () => {
      const addOn = graded();
      expect(() => addOn.call("setLanguage", "fr")).toThrow("不支持的语言");
      expect(addOn.fake.calls.writes).toBe(0);
    });
  });
});
