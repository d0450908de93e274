import { describe, expect, it } from "vitest";
import { COMPUTED_HEADER } from "../../src/workbook/formats.ts";
import { COLORS } from "../../src/workbook/highlights.ts";
import { legendPlan } from "../../src/workbook/legend.ts";

describe("legend", () => {
  describe("legendPlan", () => {
    it("explains the computed headers and every highlight colour, naming the colour in its swatch", () => {
      const legend = legendPlan("zh");
      expect(legend.name).toBe("图例");
      const swatches = legend.rows.filter((row) => row.background);
      expect(swatches.map((row) => [row.background, row.cells[0]])).toEqual([
        [COMPUTED_HEADER, "浅蓝表头"],
        [COLORS.red, "红色"],
        [COLORS.orange, "橙色"],
        [COLORS.green, "绿色"],
        [COLORS.yellow, "黄色"],
      ]);
      expect(swatches.every((row) => row.cells[1].length > 0)).toBe(true);
    });

    it("speaks the workbook's language", () => {
      const legend = legendPlan("en");
      expect(legend.name).toBe("Legend");
      expect(legend.rows.find((row) => row.background === COLORS.orange)?.cells).toEqual([
        "Orange",
        "Members: award eligibility revoked.",
      ]);
    });
  });
});
