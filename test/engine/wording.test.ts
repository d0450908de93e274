import { describe, expect, it } from "vitest";
import { dormResult } from "../../src/engine/dorm-result.ts";
import { memberOutcome } from "../../src/engine/member-outcome.ts";
import type { Status } from "../../src/engine/records.ts";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import { gradeLabel, memberOutcomeCells, memberOutcomeLine } from "../../src/engine/wording.ts";
import { member, series } from "../support/records.ts";

const D = "3-201";
const outcome = (status: Status, pattern: string, contact = "") =>
  memberOutcome(
    member("S1", D, status, { contact }),
    dormResult(D, series(D, "2025-09-01", pattern), DEFAULT_SETTINGS),
  );

describe("wording", () => {
  describe("gradeLabel", () => {
    it.each([
      ["excellent", "优秀", "excellent"],
      ["pass", "合格", "pass"],
      ["fail", "不合格", "fail"],
      ["none", "未检查", "not inspected"],
    ] as const)("names %s", (grade, zh, en) => {
      expect([gradeLabel(grade, "zh"), gradeLabel(grade, "en")]).toEqual([zh, en]);
    });
  });

  describe("memberOutcomeCells", () => {
    it("shows counts and labels for a full member who reached both limits", () => {
      const cells = memberOutcomeCells(outcome("full", "ffpff", "王老师"), "zh");
      expect(cells).toEqual({
        criticisms: 4,
        praises: 0,
        eligibility: "取消",
        priority: "",
        assessment: "年度考核不合格",
        action: "由支部联系人王老师批评教育，限期改正（截止 2025-10-13）",
        review: "",
      });
    });

    it("shows the action without a contact when none is recorded", () => {
      expect(memberOutcomeCells(outcome("probationary", "fpfpfpf"), "en").action).toBe(
        "criticism education by the branch contact; correct by 2025-10-27",
      );
      expect(memberOutcomeCells(outcome("probationary", "fpfpfpf"), "en").assessment).toBe(
        "probation review unqualified; consider extending probation",
      );
    });

    it("shows kept eligibility and priority for a member of an excellent dorm", () => {
      const cells = memberOutcomeCells(outcome("full", "ee"), "en");
      expect([cells.criticisms, cells.praises, cells.eligibility, cells.priority]).toEqual([
        0,
        2,
        "kept",
        "priority",
      ]);
    });

    it("shows an activist's review in its own cell, never as an assessment, and no counts or sanctions", () => {
      const cells = memberOutcomeCells(outcome("activist", "ffe"), "zh");
      expect(cells.criticisms).toBe("");
      expect(cells.praises).toBe("");
      expect(cells.review).toBe("宿舍等级不合格；不合格 2 次；优秀 1 次");
      expect(cells.assessment).toBe("");
      expect(cells.action).toBe("");
    });

    it("leaves every cell of a non-member blank", () => {
      expect(memberOutcomeCells(outcome("nonMember", "ffff"), "en")).toEqual({
        criticisms: "",
        praises: "",
        eligibility: "",
        priority: "",
        assessment: "",
        action: "",
        review: "",
      });
    });
  });

  describe("memberOutcomeLine", () => {
    it("sums up an outcome in one line", () => {
      expect(memberOutcomeLine(outcome("full", "ff"), "zh")).toBe("通报批评 2；评奖评优资格 取消");
      expect(memberOutcomeLine(outcome("full", "ee"), "en")).toBe("Praises: 2; Award priority: priority");
    });

    it('says "none" when nothing happened', () => {
      expect(memberOutcomeLine(outcome("full", "p"), "zh")).toBe("无");
      expect(memberOutcomeLine(outcome("nonMember", "ff"), "en")).toBe("none");
    });
  });
});
