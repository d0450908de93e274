import { describe, expect, it } from "vitest";
import { chooseTab, findTab, type Grid, layoutOf } from "../../src/workbook/layout.ts";
import { tabSpec } from "../../src/workbook/schema.ts";
import { grid } from "../support/records.ts";

describe("layout", () => {
  describe("findTab", () => {
    const grids = [grid("Sheet1"), grid(" DORMS "), grid("党员 "), grid("inspections"), grid("设置（旧）")];

    it("finds a tab by its zh or en name, in any case and with spaces around it", () => {
      expect(findTab(grids, tabSpec("dorms"))?.name).toBe(" DORMS ");
      expect(findTab(grids, tabSpec("members"))?.name).toBe("党员 ");
      expect(findTab(grids, tabSpec("inspections"))?.name).toBe("inspections");
    });

    it("ignores a bracketed note after the name", () => {
      expect(findTab(grids, tabSpec("settings"))?.name).toBe("设置（旧）");
    });

    it("finds nothing when no tab has the name", () => {
      expect(findTab(grids, tabSpec("talks"))).toBeUndefined();
      expect(findTab([grid("宿舍表")], tabSpec("dorms"))).toBeUndefined();
    });
  });

  describe("chooseTab", () => {
    const hidden = (name: string): Grid => ({ name, values: [], hidden: true });

    it("prefers the exact name to one with a bracketed note, whatever the order", () => {
      const choice = chooseTab([grid("党员（2024备份）"), grid("党员")], tabSpec("members"));
      expect(choice).toEqual({ grid: grid("党员") });
    });

    it("never lets a hidden tab win over a visible one, even with the exact name", () => {
      expect(chooseTab([hidden("党员"), grid("党员（新）")], tabSpec("members"))).toEqual({
        grid: grid("党员（新）"),
      });
      expect(chooseTab([hidden("党员（2024备份）"), grid("党员")], tabSpec("members"))).toEqual({
        grid: grid("党员"),
      });
    });

    it("takes a hidden tab when it is the only one", () => {
      expect(chooseTab([hidden("设置")], tabSpec("settings"))).toEqual({ grid: hidden("设置") });
    });

    it("reports two equally fitting tabs as ambiguous instead of guessing", () => {
      const choice = chooseTab(
        [grid("党员（一支部）"), grid("Sheet1"), grid("党员（二支部）")],
        tabSpec("members"),
      );
      expect(choice).toEqual({ ambiguous: [grid("党员（一支部）"), grid("党员（二支部）")] });
      expect(chooseTab([grid("Members"), grid("党员")], tabSpec("members"))).toHaveProperty("ambiguous");
      expect(findTab([grid("Members"), grid("党员")], tabSpec("members"))).toBeUndefined();
    });

    it("finds none when no tab fits", () => {
      expect(chooseTab([grid("宿舍表")], tabSpec("dorms"))).toEqual({ none: true });
    });
  });

  describe("layoutOf", () => {
    it("finds columns by header in any order, zh or en, with a bracketed note", () => {
      const layout = layoutOf(
        grid("Dorms", ["楼栋", "My notes", "宿舍号（必填）", "plaque", "YEAR"]),
        tabSpec("dorms"),
      );
      expect(Object.fromEntries(layout.columns)).toEqual({
        "col.building": 0,
        "col.dorm": 2,
        "col.plaque": 3,
        "col.year": 4,
      });
      expect(layout.missing).toEqual([]);
    });

    it("reads `Dorm (required)` as the dorm column", () => {
      expect(layoutOf(grid("宿舍", ["Dorm (required)"]), tabSpec("dorms")).columns.get("col.dorm")).toBe(0);
    });

    it("leaves unknown columns alone", () => {
      const layout = layoutOf(grid("Dorms", ["我的备注", "Dorm", "Colour"]), tabSpec("dorms"));
      const claimed = [...layout.columns.values(), ...layout.outputs.values()];
      expect(claimed).toEqual([1]);
    });

    it("lists the required columns that have no header", () => {
      const layout = layoutOf(grid("Members", ["Name", "Branch"]), tabSpec("members"));
      expect(layout.missing).toEqual(["col.studentId", "col.status", "col.dorm"]);
    });

    it("accepts inspections with a score column instead of a result column", () => {
      expect(layoutOf(grid("检查记录", ["日期", "宿舍号", "分数"]), tabSpec("inspections")).missing).toEqual(
        [],
      );
      expect(layoutOf(grid("检查记录", ["日期", "宿舍号", "结果"]), tabSpec("inspections")).missing).toEqual(
        [],
      );
    });

    it("asks for a result column when inspections have neither result nor score", () => {
      expect(layoutOf(grid("检查记录", ["日期", "宿舍号", "类别"]), tabSpec("inspections")).missing).toEqual([
        "col.result",
      ]);
    });

    it("finds the output columns by header in either language", () => {
      const layout = layoutOf(grid("宿舍", ["宿舍号", "Grade", "不合格次数", "check"]), tabSpec("dorms"));
      expect(Object.fromEntries(layout.outputs)).toEqual({ "out.grade": 1, "out.fails": 2, "out.check": 3 });
    });

    it("treats a header row that is missing altogether as no columns", () => {
      const layout = layoutOf(grid("Dorms"), tabSpec("dorms"));
      expect(layout.columns.size).toBe(0);
      expect(layout.missing).toEqual(["col.dorm"]);
    });

    it("claims a repeated header only once", () => {
      const layout = layoutOf(grid("Dorms", ["Dorm", "宿舍号"]), tabSpec("dorms"));
      expect(layout.columns.get("col.dorm")).toBe(0);
      expect([...layout.outputs.values()]).toEqual([]);
    });
  });
});
