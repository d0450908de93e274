import { describe, expect, it } from "vitest";
import { bandOf, bandsText, parseBands } from "../../src/engine/bands.ts";

const FLAGS = parseBands("红旗 85；蓝旗 75；绿旗 65；黑旗 0") ?? [];

describe("bands", () => {
  describe("parseBands", () => {
    it("reads names with their lowest scores, from the highest down", () => {
      expect(parseBands("黑旗 0, 红旗 85, 蓝旗 75")).toEqual([
        { name: "红旗", min: 85 },
        { name: "蓝旗", min: 75 },
        { name: "黑旗", min: 0 },
      ]);
    });

    it("reads ≥, colons, 分 and 以上", () => {
      expect(parseBands("五星≥95；四星:80分；三星 70分以上")).toEqual([
        { name: "五星", min: 95 },
        { name: "四星", min: 80 },
        { name: "三星", min: 70 },
      ]);
    });

    it("gives no bands for blank text", () => {
      expect(parseBands("  ")).toEqual([]);
    });

    it.each(["红旗", "85", "红旗 185", "红旗 85；红旗 75", "红旗 85；蓝旗 85"])("refuses %j", (text) => {
      expect(parseBands(text)).toBeUndefined();
    });
  });

  describe("bandOf", () => {
    it.each([
      [100, "红旗"],
      [85, "红旗"],
      [84.9, "蓝旗"],
      [75, "蓝旗"],
      [65, "绿旗"],
      [12, "黑旗"],
    ])("puts %d in %s (flags at 85/75/65)", (score, band) => {
      expect(bandOf(score, FLAGS)).toBe(band);
    });

    it("gives no band without a score, or below every band", () => {
      expect(bandOf(undefined, FLAGS)).toBeUndefined();
      expect(bandOf(50, parseBands("及格 60") ?? [])).toBeUndefined();
    });
  });

  describe("bandsText", () => {
    it("writes bands back as the Settings tab takes them", () => {
      expect(bandsText(FLAGS, "zh")).toBe("红旗 85；蓝旗 75；绿旗 65；黑旗 0");
      expect(parseBands(bandsText(FLAGS, "en"))).toEqual(FLAGS);
    });
  });
});
