import { describe, expect, it } from "vitest";
import { kitPage, kitView } from "../../../src/documents/plaque-kit/sheets-module.ts";
import { type Day, dayOfIso } from "../../../src/engine/day.ts";
import { gradeWorkbook } from "../../../src/workbook/grade.ts";
import { sampleWorkbook } from "../../../src/workbook/sample.ts";

const grading = (() => {
  const g = gradeWorkbook(sampleWorkbook("zh"), { timeZone: "UTC", today: dayOfIso("2026-01-20") as Day });
  if ("problems" in g) throw new Error(g.problems.join());
  return g;
})();

describe("kitView", () => {
  it("gives the pages and a line saying what they hold, in the workbook's language", () => {
    const view = kitView(grading, { all: true });
    expect(view.summary).toBe(
      "2025-2026学年第一学期挂牌材料：门牌 59 张，撤牌通知 2 份，承诺书 79 份，挂牌决定 1 份",
    );
    expect(view.body.match(/class="half card"/g)).toHaveLength(59);
  });
});

describe("kitPage", () => {
  it("fills the dialog's style, choices and pages, and its language", () => {
    const page = kitPage(
      '<html lang="zh-CN"><head><!-- STYLE --></head><body><!-- CHOICES --><!-- KIT --></body></html>',
      grading,
    );
    expect(page).toContain("@page { size: A4; margin: 10mm; }");
    const json = /<script type="application\/json" id="kit-choices">(.*?)<\/script>/.exec(page)?.[1] ?? "{}";
    expect(JSON.parse(json)).toMatchObject({
      lang: "zh",
      parts: [
        { part: "decision", label: "挂牌决定" },
        { part: "cards", label: "门牌" },
        { part: "notices", label: "撤牌通知" },
        { part: "pledges", label: "承诺书" },
      ],
      summary: expect.stringContaining("门牌 3 张"),
    });
    expect(page).toContain('<main id="kit"><section class="sheet flow" data-part="decision">');
  });
});
