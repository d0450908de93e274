import { describe, expect, it } from "vitest";
import type { LabelKey } from "../../src/engine/labels.ts";
import { readBeds, readByBeds, scoresheetRow } from "../../src/workbook/read-scoresheet.ts";

const row = (cells: Partial<Record<LabelKey, unknown>>, seen = new Map<string, number>()) =>
  scoresheetRow((key) => cells[key] ?? "", 5, "zh", seen);

describe("read-scoresheet", () => {
  describe("readByBeds", () => {
    it.each([
      [
        "8:10, 6:15, 4:20, 3:30",
        [
          [3, 30],
          [4, 20],
          [6, 15],
          [8, 10],
        ],
      ],
      [
        "8人间10分；4人间20分",
        [
          [4, 20],
          [8, 10],
        ],
      ],
      [
        "4床=20 / 6床=15",
        [
          [4, 20],
          [6, 15],
        ],
      ],
      ["８：１０", [[8, 10]]],
      ["", []],
    ] as const)("reads %j", (text, pairs) => {
      expect(readByBeds(text)).toEqual(pairs);
    });

    it.each(["810", "8:10, lots", "25:10", "4:120"])("refuses %j", (text) => {
      expect(readByBeds(text)).toBeUndefined();
    });
  });

  describe("readBeds", () => {
    it.each([
      [4, 4],
      ["6", 6],
      ["4人间", 4],
      ["8 beds", 8],
    ] as const)("reads %j as %d", (cell, beds) => {
      expect(readBeds(cell, "zh")).toEqual({ value: beds });
    });

    it.each([0, 21, 2.5, "四"])("refuses %j", (cell) => {
      expect(readBeds(cell, "zh")).toEqual({ error: `无法识别的床位数：${cell}（应为 1–20 的整数）` });
    });
  });

  describe("scoresheetRow", () => {
    it("reads an item with its points, per bed and room sizes", () => {
      expect(
        row({
          "col.code": "B1",
          "col.item": "被子未叠",
          "col.category": "内务",
          "col.points": 10,
          "col.per": "每床",
          "col.pointsByBeds": "8:10, 4:20",
          "col.veto": "否",
        }),
      ).toEqual({
        item: {
          row: 5,
          code: "B1",
          name: "被子未叠",
          category: "内务",
          points: 10,
          unit: "bed",
          byBeds: [
            [4, 20],
            [8, 10],
          ],
          veto: false,
        },
      });
    });

    it("takes per item by default, 每人 as per bed, and points typed as text", () => {
      expect(row({ "col.code": "F1", "col.item": "地面不洁", "col.points": "５" })).toMatchObject({
        item: { unit: "item", points: 5, veto: false },
      });
      expect(row({ "col.code": "B2", "col.item": "x", "col.points": 2, "col.per": "每人" })).toMatchObject({
        item: { unit: "bed" },
      });
    });

    it("lets a veto item go without points", () => {
      expect(row({ "col.code": "S1", "col.item": "违章电器", "col.veto": "是" })).toMatchObject({
        item: { points: 0, veto: true },
      });
    });

    it.each([
      [{ "col.item": "x", "col.points": 1 }, "缺少必填项：代码"],
      [{ "col.code": "A", "col.points": 1 }, "缺少必填项：扣分内容"],
      [{ "col.code": "A", "col.item": "x" }, "缺少必填项：分值"],
      [{ "col.code": "A", "col.item": "x", "col.points": "十" }, "分值应为 0–100 的数：十"],
      [{ "col.code": "A", "col.item": "x", "col.points": 120 }, "分值应为 0–100 的数：120"],
      [
        { "col.code": "A", "col.item": "x", "col.points": 1, "col.per": "每周" },
        "无法识别的计分方式：每周（应为 每项/每床）",
      ],
      [
        { "col.code": "A", "col.item": "x", "col.points": 1, "col.veto": "也许" },
        "无法识别的一票否决值：也许（应为 是/否）",
      ],
      [
        { "col.code": "A", "col.item": "x", "col.points": 1, "col.pointsByBeds": "大间10" },
        "无法识别的按床位分值：大间10（例如 8:10, 4:20）",
      ],
    ] as const)("refuses %j: %s", (cells, error) => {
      expect(row(cells)).toEqual({ error });
    });

    it("refuses a code given twice, naming the first row", () => {
      const seen = new Map<string, number>();
      row({ "col.code": "b1", "col.item": "x", "col.points": 1 }, seen);
      expect(row({ "col.code": "B1", "col.item": "y", "col.points": 1 }, seen)).toEqual({
        error: "代码重复：B1（已在第 5 行）",
      });
    });
  });
});
