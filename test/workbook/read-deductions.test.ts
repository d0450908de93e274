import { describe, expect, it } from "vitest";
import { deductionTokens, readDeductions } from "../../src/workbook/read-deductions.ts";
import { indexScoresheet } from "../../src/workbook/read-scoresheet.ts";
import { scoresheetItem } from "../support/records.ts";

const SHEET = indexScoresheet([
  scoresheetItem("B1", {
    name: "被子未叠",
    unit: "bed",
    points: 10,
    byBeds: [
      [3, 30],
      [4, 20],
      [8, 10],
    ],
  }),
  scoresheetItem("F1", { name: "地面不洁", points: 5 }),
  scoresheetItem("S1", { name: "违章电器", points: 100, veto: true }),
  scoresheetItem("X1", { name: "杂物", points: 2 }),
]);

const read = (text: unknown, beds?: number) => readDeductions(text, SHEET, beds, "zh");
const items = (text: unknown, beds?: number) => {
  const r = read(text, beds);
  return "value" in r ? r.value : undefined;
};
const brief = (text: unknown, beds?: number) =>
  items(text, beds)?.map((d) => [d.code, d.count, d.points, d.remark]);

describe("read-deductions", () => {
  describe("deductionTokens", () => {
    it("splits at commas, 、, semicolons, new lines and spaces, never inside brackets", () => {
      expect(deductionTokens("B1×2，F1、S1（热得快, 在用）;X1\nF1 B1")).toEqual([
        "B1×2",
        "F1",
        "S1(热得快, 在用)",
        "X1",
        "F1",
        "B1",
      ]);
    });

    it("keeps a count with its code across spaces", () => {
      expect(deductionTokens("B1 × 2, F1 x 3, X1 * 2")).toEqual(["B1×2", "F1×3", "X1*2"]);
    });

    it("takes a code after a space for a code, not a count", () => {
      expect(deductionTokens("F1 X1")).toEqual(["F1", "X1"]);
    });
  });

  describe("readDeductions", () => {
    it("reads codes with counts and remarks", () => {
      expect(brief("B1×2, S1（热得快）")).toEqual([
        ["B1", 2, 10, ""],
        ["S1", 1, 100, "热得快"],
      ]);
    });

    it("accepts x, X, * and a unit after the count, codes in any case and width", () => {
      expect(brief("b1x2床 Ｆ１*3处")).toEqual([
        ["B1", 2, 10, ""],
        ["F1", 3, 5, ""],
      ]);
    });

    it("takes a code that ends in a letter like x whole", () => {
      expect(brief("X1")).toEqual([["X1", 1, 2, ""]]);
    });

    it("accepts a scoresheet name in place of a code", () => {
      expect(brief("地面不洁×2")).toEqual([["F1", 2, 5, ""]]);
    });

    it("weighs a per-bed item by the room's beds", () => {
      expect(brief("B1×2", 4)).toEqual([["B1", 2, 20, ""]]);
      expect(brief("B1×2", 3)).toEqual([["B1", 2, 30, ""]]);
    });

    it("carries the item's name, category, unit and veto, as evidence that outlives the scoresheet", () => {
      expect(items("S1")?.[0]).toEqual({
        code: "S1",
        name: "违章电器",
        category: "",
        unit: "item",
        count: 1,
        points: 100,
        veto: true,
        remark: "",
      });
    });

    it.each(["无", "none", "—"])("reads %j as nothing found", (text) => {
      expect(read(text)).toEqual({ value: [] });
      expect(readDeductions(text, undefined, undefined, "zh")).toEqual({ value: [] });
    });

    it("gives nothing for a blank cell", () => {
      expect(read("  ")).toEqual({ value: undefined });
      expect(read(null)).toEqual({ value: undefined });
    });

    it("names an unknown code", () => {
      expect(read("B1, Q7×2")).toEqual({ error: "无法识别的扣分项：Q7×2（“检查细则”表中没有这个代码）" });
    });

    it.each(["B1×0", "B1×"])("refuses the count of %j", (text) => {
      expect(read(text)).toEqual({ error: `扣分项的数量应为正整数：${text}（例如 B1×2）` });
    });

    it("says when items are listed without a Scoresheet tab", () => {
      expect(readDeductions("B1", undefined, undefined, "en")).toEqual({
        error:
          "deductions are listed but there is no Scoresheet tab: add it with dorm-plaque init or Set up tabs",
      });
    });
  });
});
