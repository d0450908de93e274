import { describe, expect, it } from "vitest";
import { rankingsSheet } from "../../src/workbook/rankings-sheet.ts";
import { SMALL, small } from "../support/small-department.ts";

describe("rankings-sheet", () => {
  describe("rankingsSheet", () => {
    const sheet = rankingsSheet(small({ bannerQuota: { kind: "count", value: 1 } }), SMALL, "zh");
    const rowOf = (first: unknown, after = 0) =>
      sheet.values.findIndex((r, i) => i >= after && r[0] === first);

    it("titles the tab with the semester and notes the banner's quota", () => {
      expect(sheet.name).toBe("排名");
      expect(sheet.values[0]?.[0]).toBe("排名与流动红旗：2025-2026学年第一学期");
      expect(sheet.values[1]?.[0]).toBe(
        "每月名额 1/1 个（参评 2/2 个），并列的都授予；当月有不合格的宿舍不参评",
      );
    });

    it("gives the semester, then each inspected month, each with its basis", () => {
      const headings = sheet.values
        .filter((r, i) => sheet.bold[i] && r[1] === "按平均分排名")
        .map((r) => r[0]);
      expect(headings).toEqual(["2025-2026学年第一学期", "2025年10月", "2025年11月"]);
    });

    it("writes the hand-computed figures of the buildings, with shares and scores formatted", () => {
      const at = rowOf("按楼栋");
      expect(sheet.values[at + 1]).toEqual([
        "名次",
        "楼栋",
        "宿舍数",
        "检查次数",
        "优秀率",
        "合格率",
        "不合格率",
        "平均分",
        "无人次数",
      ]);
      expect(sheet.values[at + 2]).toEqual([1, "Y", 1, 3, 1 / 3, 1, 0, 84, 1]);
      expect(sheet.values[at + 3]).toEqual([2, "X", 2, 5, 0.4, 0.8, 0.2, 80.4, 0]);
      expect(sheet.formats[at + 3]).toEqual(["0", "@", "0", "0", "0.0%", "0.0%", "0.0%", "0.0", "0"]);
      expect([sheet.bold[at], sheet.bold[at + 1], sheet.bold[at + 2]]).toEqual([true, true, false]);
    });

    it("names years as people do, and branches", () => {
      const years = rowOf("按年级");
      expect(sheet.values.slice(years + 2, years + 4).map((r) => r[1])).toEqual(["大一", "大二"]);
      const branches = rowOf("按支部");
      expect(sheet.values.slice(branches + 2, branches + 4).map((r) => [r[1], r[7]])).toEqual([
        ["一支部", 85.6],
        ["二支部", 71],
      ]);
    });

    it("lists the top and bottom dorms with their bands, and the bands' counts", () => {
      const top = rowOf("前 2 名宿舍");
      expect(sheet.values.slice(top + 2, top + 4).map((r) => [r[0], r[1], r[6], r[7]])).toEqual([
        [1, "A", 86.7, "红旗"],
        [2, "C", 84, "蓝旗"],
      ]);
      const bands = rowOf("评分档次");
      expect(sheet.values.slice(bands + 2, bands + 5).map((r) => [r[0], r[1]])).toEqual([
        ["红旗", 1],
        ["蓝旗", 1],
        ["黑旗", 1],
      ]);
    });

    it("lists every month's banner in the semester block, and each month's own in its block", () => {
      const banner = rowOf("流动红旗");
      expect(sheet.values.slice(banner + 2, banner + 4).map((r) => r.slice(0, 3))).toEqual([
        ["2025年10月", 1, "C"],
        ["2025年11月", 1, "A"],
      ]);
      const november = rowOf("2025年11月", banner + 4);
      const own = rowOf("流动红旗", november);
      expect(sheet.values[own + 2]?.slice(0, 3)).toEqual(["2025年11月", 1, "A"]);
    });

    it("gives every row the same width, and writes English when asked", () => {
      expect(new Set(sheet.values.map((r) => r.length))).toEqual(new Set([9]));
      const en = rankingsSheet(small(), SMALL, "en");
      expect(en.name).toBe("Rankings");
      expect(en.values.some((r) => r[0] === "October 2025")).toBe(true);
      expect(en.values.some((r) => r[1] === "year 1")).toBe(true);
    });
  });
});
