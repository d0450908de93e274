import { describe, expect, it } from "vitest";
import type { LabelKey } from "../../src/engine/labels.ts";
import { COLORS, columnLetter, highlights, isOwnRule, RULE_MARK } from "../../src/workbook/highlights.ts";
import { layoutOf } from "../../src/workbook/layout.ts";
import { planTab, type TabPlan } from "../../src/workbook/plan.ts";
import { type TabKey, tabSpec } from "../../src/workbook/schema.ts";
import { grid, HEADERS, type Row } from "../support/records.ts";

function planOf(tab: TabKey, header: Row): TabPlan {
  return planTab(layoutOf(grid("表", header), tabSpec(tab)), new Map(), "zh");
}

function fakePlan(tab: TabKey, columns: [LabelKey, number][], lastColumn: number): TabPlan {
  return { tab, sheetName: "S", columns: new Map(columns), lastColumn, blocks: [] };
}

describe("highlights", () => {
  describe("columnLetter", () => {
    it.each([
      [1, "A"],
      [2, "B"],
      [26, "Z"],
      [27, "AA"],
      [28, "AB"],
      [52, "AZ"],
      [53, "BA"],
      [702, "ZZ"],
      [703, "AAA"],
    ])("names column %d %s", (column, letters) => {
      expect(columnLetter(column)).toBe(letters);
    });
  });

  describe("highlights", () => {
    it("paints members red, orange, green, then yellow, in that order", () => {
      const rules = highlights(planOf("members", [...HEADERS.members]));
      expect(rules.map((r) => r.background)).toEqual([
        COLORS.red,
        COLORS.orange,
        COLORS.green,
        COLORS.yellow,
      ]);
    });

    it("keys each member rule to the right output column letter", () => {
      // Six input columns A–F, so the outputs go to G (criticisms) … N (check).
      const [red, orange, green, yellow] = highlights(planOf("members", [...HEADERS.members]));
      expect(red?.formula).toBe(
        `=AND(${RULE_MARK},OR($K2="年度考核不合格",$K2="annual assessment unqualified",$K2="预备期考察不合格，建议延长预备期",$K2="probation review unqualified; consider extending probation"))`,
      );
      expect(orange?.formula).toBe(`=AND(${RULE_MARK},OR($I2="取消",$I2="revoked"))`);
      expect(green?.formula).toBe(`=AND(${RULE_MARK},OR($J2="优先",$J2="priority"))`);
      expect(yellow?.formula).toBe(`=AND(${RULE_MARK},LEN($N2)>0)`);
    });

    it("paints whole rows, from column A to the last column the tab uses", () => {
      const rules = highlights(planOf("members", [...HEADERS.members, "我的备注"]));
      expect(rules.every((r) => r.firstColumn === 1 && r.lastColumn === 15)).toBe(true);
      expect(rules.every((r) => r.sheetName === "表")).toBe(true);
    });

    it("paints dorms graded fail red and excellent green, then rows with a check message yellow", () => {
      const rules = highlights(
        fakePlan(
          "dorms",
          [
            ["out.grade", 28],
            ["out.check", 36],
          ],
          40,
        ),
      );
      expect(rules.map((r) => [r.background, r.formula])).toEqual([
        [COLORS.red, `=AND(${RULE_MARK},OR($AB2="不合格",$AB2="fail"))`],
        [COLORS.green, `=AND(${RULE_MARK},OR($AB2="优秀",$AB2="excellent"))`],
        [COLORS.yellow, `=AND(${RULE_MARK},LEN($AJ2)>0)`],
      ]);
    });

    it("follows an output column wherever the user moved it", () => {
      const rules = highlights(planOf("inspections", ["校验", "日期", "宿舍号", "结果"]));
      expect(rules.map((r) => r.formula)).toEqual([`=AND(${RULE_MARK},LEN($A2)>0)`]);
    });

    it("paints a row the engine could not use yellow, then a failing inspection red, by the reader's own test", () => {
      const header = ["日期", "宿舍号", "类别", "结果", "分数"];
      const plan = planOf("inspections", header);
      const rules = highlights(plan, {
        layout: layoutOf(grid("表", header), tabSpec("inspections")),
        passScore: 75,
      });
      expect(rules.map((r) => r.background)).toEqual([COLORS.yellow, COLORS.red]);
      expect(rules[1]?.formula).toBe(
        `=AND(${RULE_MARK},OR(TRIM($D2)="不合格",TRIM($D2)="fail",TRIM($D2)="failed",TRIM($D2)="拒查",TRIM($D2)="refused",AND(ISNUMBER($D2),$D2<75),AND(LEN(TRIM($D2))=0,ISNUMBER($E2),$E2<75)))`,
      );
    });

    it("paints red a row whose deductions alone give a score below the pass mark, read from its computed score", () => {
      const header = ["日期", "宿舍号", "结果", "分数", "扣分项"];
      const layout = layoutOf(grid("表", header), tabSpec("inspections"));
      const plan = planTab(
        layout,
        new Map([
          ["out.computedScore", [55]],
          ["out.deductionDetail", ["F1 地面不洁 −5"]],
          ["out.check", [""]],
        ]),
        "zh",
      );
      expect(plan.columns.get("out.computedScore")).toBe(7);
      const rules = highlights(plan, { layout, passScore: 60 });
      expect(rules[1]?.formula).toContain("AND(LEN(TRIM($C2))=0,LEN(TRIM($D2))=0,ISNUMBER($G2),$G2<60)");
    });

    it("leaves an inspection revoked on appeal unpainted when the tab has an Appeal column", () => {
      const header = ["日期", "宿舍号", "结果", "申诉结果"];
      const rules = highlights(planOf("inspections", header), {
        layout: layoutOf(grid("表", header), tabSpec("inspections")),
      });
      expect(rules[1]?.formula).toBe(
        `=AND(${RULE_MARK},AND(OR(TRIM($C2)="不合格",TRIM($C2)="fail",TRIM($C2)="failed",TRIM($C2)="拒查",TRIM($C2)="refused",AND(ISNUMBER($C2),$C2<60)),NOT(OR(TRIM($D2)="撤销",TRIM($D2)="revoked"))))`,
      );
    });

    it("tests the score alone on an Inspections tab with no Result column", () => {
      const header = ["Date", "Dorm", "Score"];
      const rules = highlights(planOf("inspections", header), {
        layout: layoutOf(grid("表", header), tabSpec("inspections")),
      });
      expect(rules[1]?.formula).toBe(`=AND(${RULE_MARK},OR(AND(ISNUMBER($C2),$C2<60)))`);
    });

    it("gives the other tabs only the yellow check rule", () => {
      for (const tab of ["inspections", "visits", "talks", "settings"] as const) {
        expect(
          highlights(planOf(tab, [...HEADERS[tab]])).map((r) => r.background),
          tab,
        ).toEqual([COLORS.yellow]);
      }
    });

    it("carries our mark on every formula", () => {
      const all = (["dorms", "members", "inspections"] as const).flatMap((tab) =>
        highlights(planOf(tab, [...HEADERS[tab]])),
      );
      expect(all.length).toBe(3 + 4 + 1);
      expect(all.every((r) => r.formula.startsWith(`=AND(${RULE_MARK},`) && isOwnRule(r.formula))).toBe(true);
    });

    it("makes no rule for an output column the plan does not have", () => {
      expect(highlights(fakePlan("members", [["out.check", 3]], 3)).map((r) => r.background)).toEqual([
        COLORS.yellow,
      ]);
    });
  });

  describe("isOwnRule", () => {
    it("recognises our formulas and nothing else", () => {
      expect(isOwnRule('=AND(ISTEXT("dorm-plaque"),LEN($K2)>0)')).toBe(true);
      expect(isOwnRule('=C2="靠楼梯"')).toBe(false);
      expect(isOwnRule(null)).toBe(false);
      expect(isOwnRule(undefined)).toBe(false);
    });
  });
});
