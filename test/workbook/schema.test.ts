import { describe, expect, it } from "vitest";
import { t } from "../../src/engine/labels.ts";
import { TABS, tabSpec } from "../../src/workbook/schema.ts";

describe("schema", () => {
  describe("TABS", () => {
    it("requires Dorms, Members and Inspections and reads the other tabs when present", () => {
      expect(TABS.filter((s) => s.required).map((s) => s.key)).toEqual(["dorms", "members", "inspections"]);
    });

    it("gives the Dorms and Members tabs the output columns of the contract", () => {
      expect(tabSpec("dorms").outputs.map((k) => t("zh", k))).toEqual([
        "学期等级",
        "检查次数",
        "不合格次数",
        "最长连续不合格",
        "当前连续不合格",
        "优秀次数",
        "平均分",
        "无人次数",
        "联系次数",
        "预警",
        "挂牌核对",
        "校验",
      ]);
      expect(tabSpec("members").outputs.map((k) => t("en", k))).toEqual([
        "Criticisms",
        "Praises",
        "Award eligibility",
        "Award priority",
        "Assessment",
        "Action",
        "Review",
        "Check",
      ]);
    });

    it("marks the contract's required columns", () => {
      const required = (key: Parameters<typeof tabSpec>[0]) =>
        tabSpec(key)
          .columns.filter((c) => c.required)
          .map((c) => t("en", c.label));
      expect(required("dorms")).toEqual(["Dorm"]);
      expect(required("members")).toEqual(["Student ID", "Name", "Status", "Dorm"]);
      expect(required("inspections")).toEqual(["Date", "Dorm"]);
      expect(required("visits")).toEqual(["Date", "Dorm", "Teacher"]);
      expect(required("talks")).toEqual(["Date", "Student ID"]);
    });

    it("never lets an input header of a tab also be one of its output headers", () => {
      for (const spec of TABS) {
        const inputs = spec.columns.flatMap((c) => [t("zh", c.label), t("en", c.label).toLowerCase()]);
        const outputs = spec.outputs.flatMap((k) => [t("zh", k), t("en", k).toLowerCase()]);
        expect(
          inputs.filter((w) => outputs.includes(w)),
          spec.key,
        ).toEqual([]);
      }
    });
  });
});
