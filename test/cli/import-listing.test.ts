import { describe, expect, it } from "vitest";
import { listingLines } from "../../src/cli/import-listing.ts";
import type { IntakePreview } from "../../src/intake/plan.ts";

const preview: IntakePreview = {
  lang: "zh",
  source: "导出.csv",
  headerRow: 1,
  dataRows: 2,
  columns: [
    { index: 0, header: "序号", how: "unknown" },
    { index: 1, header: "检查日期", field: "date", how: "named" },
    { index: 2, header: "门牌", field: "dorm", how: "remembered" },
    { index: 3, header: "得分", field: "score", how: "named" },
  ],
  missing: [],
  rows: [
    {
      row: 2,
      status: "new",
      date: "2026-01-19",
      dorm: "3-201",
      category: "卫生",
      result: "",
      score: "95",
      inspector: "王雪",
      notes: "",
      reason: "",
    },
    {
      row: 3,
      status: "unreadable",
      date: "上周三",
      dorm: "12-305",
      category: "",
      result: "良好",
      score: "",
      inspector: "Li Hang",
      notes: "",
      reason: "无法识别的日期：上周三",
    },
  ],
  counts: { new: 1, duplicate: 0, unreadable: 1 },
};

describe("listingLines", () => {
  it("says how the table was read, which column went where (and why, when not by name), and what was left out", () => {
    const lines = listingLines(preview, "GBK/GB18030 编码", "zh");
    expect(lines.slice(0, 3)).toEqual([
      "导入预览：导出.csv（GBK/GB18030 编码），表头在第 1 行，数据 2 行",
      "列对应：检查日期 → 日期 · 门牌 → 宿舍号（按“设置”表记住的对应） · 得分 → 分数",
      "未使用的列：序号",
    ]);
    expect(lines.at(-1)).toBe("合计：新增 1 行，重复 0 行，无法读取 1 行");
  });

  it("lines the rows up in columns, counting a CJK character as two cells", () => {
    const table = listingLines(preview, "UTF-8 编码", "zh").slice(4, 7);
    const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\uffff]/u.test(ch) ? 2 : 1), 0);
    const reasonAt = (line: string) => width(line.slice(0, line.search(/无法识别的日期|说明/u)));
    expect(reasonAt(table[0] as string)).toBe(reasonAt(table[2] as string));
    expect(table[1]).toMatch(/^2 {3}新增 {6}2026-01-19 {2}3-201 {3}卫生 {2}95 {9}王雪$/u);
  });
});
