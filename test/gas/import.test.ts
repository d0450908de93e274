import { describe, expect, it } from "vitest";
import type { ImportReply } from "../../src/gas/import.ts";
import type { IntakePreview } from "../../src/intake/plan.ts";
import { KILLED } from "../support/fake-gas.ts";
import { type LoadedAddOn, loadAddOn } from "../support/gas-vm.ts";

/** A date cell of a Shanghai spreadsheet: midnight (or a time) there. */
function shanghai(y: number, m: number, d: number, h = 0, min = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h, min) - 8 * 3600_000);
}

/** A small department, and a Google Form's responses tab beside it. */
function department(responses: unknown[][] = formResponses()): Record<string, unknown[][]> {
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
    ],
    检查记录: [
      ["日期", "宿舍号", "类别", "结果", "分数", "检查人", "备注"],
      [shanghai(2025, 9, 8), "1-101", "卫生", "合格", "", "刘", ""],
    ],
    设置: [
      ["项目", "值"],
      ["当前学期", "2025-2026-1"],
    ],
    "表单回复 1": responses,
  };
}

function formResponses(rows = 3): unknown[][] {
  const out: unknown[][] = [["时间戳记", "宿舍号", "检查类别", "检查结果", "得分", "检查人", "扣分项"]];
  out.push([shanghai(2025, 9, 8, 9, 30), "1-101", "卫生", "合格", "", "刘", ""]); // already on the tab
  for (let i = 0; i < rows - 1; i++)
    out.push([
      shanghai(2025, 9, 9 + (i % 20), 10, i % 60),
      i % 2 ? "1-102" : "0301",
      "卫生",
      i % 3 ? "合格" : "不合格",
      "",
      `检查员${i}`,
      "",
    ]);
  return out;
}

function loaded(sheets = department()): LoadedAddOn {
  const addOn = loadAddOn({ sheets });
  addOn.call("menuRecalculate");
  addOn.fake.calls.reset();
  return addOn;
}

const fromTab = { source: { kind: "tab", tab: "表单回复 1" }, choices: [] };

describe("import in Sheets (dist/Code.js)", () => {
  describe("menuImport", () => {
    it("opens the import dialog with the tabs to import from, the form's responses first", () => {
      const addOn = loaded();
      addOn.call("menuImport");
      const dialog = addOn.fake.dialogs.at(-1);
      expect(dialog?.title).toBe("导入检查记录");
      const json = /<script type="application\/json" id="import-choices">(.*?)<\/script>/.exec(
        dialog?.html ?? "",
      );
      expect(JSON.parse(json?.[1] ?? "{}")).toMatchObject({
        lang: "zh",
        tabs: ["表单回复 1"],
        suggested: "表单回复 1",
      });
      expect(addOn.fake.calls.writes).toBe(0);
    });
  });

  describe("previewImport", () => {
    it("reads the responses tab's date cells in the spreadsheet's zone and writes nothing", () => {
      const addOn = loaded();
      const p = addOn.call<IntakePreview>("previewImport", fromTab);
      expect(p.rows.map((r) => [r.row, r.status, r.date, r.dorm])).toEqual([
        [2, "duplicate", "2025-09-08", "1-101"],
        [3, "new", "2025-09-09", "0301"],
        [4, "new", "2025-09-10", "1-102"],
      ]);
      expect(addOn.fake.calls.writes).toBe(0);
      expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    });

    it("reads a table pasted from a spreadsheet", () => {
      const addOn = loaded();
      const text = "日期\t寝室号\t等级\t检查人\n2025-09-15\t1-102\t优秀\t李\n2025-09-15\t9-999\t合格\t李\n";
      const p = addOn.call<IntakePreview>("previewImport", { source: { kind: "paste", text }, choices: [] });
      expect(p.source).toBe("粘贴的表格");
      expect(p.rows.map((r) => [r.status, r.reason])).toEqual([
        ["new", ""],
        ["unreadable", "宿舍 9-999 不在“宿舍”表中"],
      ]);
    });

    it("says which column it lacks, and follows a column chosen by hand", () => {
      const addOn = loaded();
      const text = "日期\t门牌\t结果\n2025-09-15\t1-102\t合格\n";
      const blocked = addOn.call<IntakePreview>("previewImport", {
        source: { kind: "paste", text },
        choices: [],
      });
      expect(blocked.problem).toBe("导入表中找不到宿舍号列。未识别的列：门牌。");
      const chosen = addOn.call<IntakePreview>("previewImport", {
        source: { kind: "paste", text },
        choices: [{ header: "门牌", target: "dorm" }],
      });
      expect(chosen.counts.new).toBe(1);
      expect(chosen.remember).toBe("门牌=宿舍号");
    });

    it("refuses to import from one of the workbook's own tabs", () => {
      const addOn = loaded();
      expect(() =>
        addOn.call("previewImport", { source: { kind: "tab", tab: "检查记录" }, choices: [] }),
      ).toThrow("找不到可导入的工作表“检查记录”");
    });
  });

  describe("applyImport", () => {
    it("appends exactly the new rows under the last one, keeps text as typed, and recalculates", () => {
      const addOn = loaded();
      const before = addOn.fake.sheet("检查记录").map((row) => [...row]);
      const reply = addOn.call<ImportReply>("applyImport", fromTab);
      expect(reply).toMatchObject({ appended: 2, first: 3, tab: "检查记录" });
      expect(reply.lines[0]).toBe("2025-2026学年第一学期 计算完成");
      const after = addOn.fake.sheet("检查记录");
      // The rows that were there are as they were (the engine's check column aside).
      expect(after.slice(0, before.length).map((row) => row.slice(0, 7))).toEqual(
        before.map((row) => row.slice(0, 7)),
      );
      expect(after.slice(before.length).map((row) => row.slice(1, 7))).toEqual([
        ["0301", "卫生", "不合格", "", "检查员0", ""],
        ["1-102", "卫生", "合格", "", "检查员1", ""],
      ]);
      const dates = after.slice(before.length).map((row) => row[0]);
      expect(
        dates.every((d) => d instanceof Date || Object.prototype.toString.call(d) === "[object Date]"),
      ).toBe(true);
      expect(addOn.fake.locks.document.held).toBe(false);
    });

    it("twice without doubling: the second time everything is a duplicate and nothing is written", () => {
      const addOn = loaded();
      addOn.call("applyImport", fromTab);
      const rows = addOn.fake.sheet("检查记录").length;
      addOn.fake.calls.reset();
      const again = addOn.call<ImportReply>("applyImport", fromTab);
      expect(again.appended).toBe(0);
      expect(again.preview.counts).toEqual({ new: 0, duplicate: 3, unreadable: 0 });
      expect(addOn.fake.sheet("检查记录").length).toBe(rows);
      expect(addOn.fake.calls.writes).toBe(0);
    });

    it("remembers a column chosen by hand on the Settings tab, for the next import", () => {
      const addOn = loaded();
      const text = "日期\t门牌\t结果\n2025-09-15\t1-102\t合格\n";
      addOn.call("applyImport", {
        source: { kind: "paste", text },
        choices: [{ header: "门牌", target: "dorm" }],
      });
      expect(addOn.fake.sheet("设置").find((row) => row[0] === "导入列对应")?.[1]).toBe("门牌=宿舍号");
      const next = addOn.call<IntakePreview>("previewImport", {
        source: { kind: "paste", text: "日期\t门牌\t结果\n2025-09-16\t1-101\t优秀\n" },
        choices: [],
      });
      expect(next.columns[1]).toMatchObject({ field: "dorm", how: "remembered" });
    });

    it("makes as many service calls for 300 rows as for 3", () => {
      const small = loaded();
      small.call("applyImport", fromTab);
      const few = small.fake.lastExecution()?.calls;
      const big = loaded(department(formResponses(300)));
      const reply = big.call<ImportReply>("applyImport", fromTab);
      expect(reply.appended).toBe(299);
      expect(big.fake.lastExecution()?.calls).toBe(few);
    });

    it("killed at any call, leaves all of the new rows or none, the user's column untouched, and the next import completes it once", () => {
      const sheets = department();
      // A column of the user's own between the input columns, as secretaries add them.
      sheets.检查记录 = [
        ["日期", "宿舍号", "我的列", "类别", "结果", "分数", "检查人", "备注"],
        [shanghai(2025, 9, 8), "1-101", "x", "卫生", "合格", "", "刘", ""],
      ];
      const probe = loaded(sheets);
      probe.call("applyImport", fromTab);
      const calls = probe.fake.lastExecution()?.calls ?? 0;
      expect(calls).toBeGreaterThan(10);
      for (let n = 1; n <= calls; n++) {
        const addOn = loaded(sheets);
        addOn.fake.killAtCall(n);
        expect(() => addOn.call("applyImport", fromTab), `kill at call ${n}`).toThrow(KILLED);
        addOn.fake.killAtCall(null);
        const rows = addOn.fake.sheet("检查记录");
        const imported = rows.slice(2).filter((row) => row[1] !== "");
        expect([0, 2], `kill at call ${n}`).toContain(imported.length);
        for (const row of imported) expect([row[3], row[4], row[6]], `kill at call ${n}`).not.toContain("");
        expect(
          rows.slice(2).every((row) => row[2] === ""),
          `kill at call ${n}`,
        ).toBe(true);
        const again = addOn.call<ImportReply>("applyImport", fromTab);
        expect(again.appended + imported.length, `kill at call ${n}`).toBe(2);
        const dashboard = addOn.call<{ stale?: boolean }>("getDashboard");
        expect(dashboard.stale, `kill at call ${n}`).toBe(false);
      }
    });

    it("writes nothing and says so when another run holds the lock", () => {
      const addOn = loaded();
      addOn.fake.locks.document.busy = true;
      expect(() => addOn.call("applyImport", fromTab)).toThrow("另一项计算正在进行");
      expect(addOn.fake.calls.writes).toBe(0);
    });
  });
});
