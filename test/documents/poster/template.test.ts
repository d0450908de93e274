import { describe, expect, it } from "vitest";
import { posterModel, posterPeriods } from "../../../src/documents/poster/model.ts";
import {
  fitText,
  POSTER_WIDTH,
  posterPage,
  renderPosterSvg,
} from "../../../src/documents/poster/template.ts";
import { type Day, dayOfIso } from "../../../src/engine/day.ts";
import { monthPeriod } from "../../../src/engine/rankings.ts";
import { type Grading, gradeWorkbook } from "../../../src/workbook/grade.ts";
import { sampleWorkbook } from "../../../src/workbook/sample.ts";

const today = dayOfIso("2026-01-20") as Day;
const grading = gradeWorkbook(sampleWorkbook("zh"), { timeZone: "UTC", today }) as Grading;

describe("poster template", () => {
  describe("fitText", () => {
    it("keeps a text that fits, and cuts one that does not with an ellipsis", () => {
      expect(fitText("3-201", 15, 100)).toBe("3-201");
      expect(fitText("南区12号楼（老楼）", 12, 60)).toBe("南区12号…");
    });
  });

  describe("renderPosterSvg", () => {
    const svg = renderPosterSvg(posterModel(grading, monthPeriod("2025-11")), "zh");

    it("is an SVG as wide as a phone, its height its content's", () => {
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="360"')).toBe(true);
      const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
      expect(height).toBeGreaterThan(900);
      expect(height).toBeLessThan(1400);
    });

    it("heads it with the issuing body and the period, and shows the month's banner", () => {
      expect(svg).toContain("中共电子工程系学生党总支");
      expect(svg).toContain("宿舍检查排行榜");
      expect(svg).toContain("2025年11月流动红旗");
      expect(svg).toContain("只列宿舍和数字，不含个人信息");
    });

    it("never draws past its width: every text starts inside it", () => {
      for (const m of svg.matchAll(/<text x="([\d.]+)"/g))
        expect(Number(m[1])).toBeLessThanOrEqual(POSTER_WIDTH);
    });

    it("escapes what a department typed", () => {
      const model = { ...posterModel(grading, monthPeriod("2025-11")), issuer: "<script>x</script>" };
      expect(renderPosterSvg(model, "zh")).not.toContain("<script>");
    });

    it("is written in English when asked, with no Chinese word of its own", () => {
      const en = gradeWorkbook(sampleWorkbook("en"), { timeZone: "UTC", today }) as Grading;
      const svgEn = renderPosterSvg(posterModel(en, posterPeriods(en)[0] as never), "en");
      expect(svgEn).toContain("Dorm inspection rankings");
      expect(svgEn).toContain("Rotating banner this semester");
      expect(/[\u4e00-\u9fff]/.test(svgEn.replace(/font-family='[^']*'/, ""))).toBe(false);
    });
  });

  describe("posterPage", () => {
    it("puts the poster alone on a phone-wide page with a neutral title", () => {
      const page = posterPage("<svg></svg>", "zh");
      expect(page).toContain('<meta name="viewport" content="width=360">');
      expect(page).toContain("<title>宿舍检查排行榜</title>");
      expect(page).toContain("<body><svg></svg></body>");
    });
  });
});
