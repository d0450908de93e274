import { describe, expect, it } from "vitest";
import { dormResult } from "../../src/engine/dorm-result.ts";
import { memberOutcome } from "../../src/engine/member-outcome.ts";
import type { Status } from "../../src/engine/records.ts";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import { member, series } from "../support/records.ts";

const D = "3-201";
const resultOf = (pattern: string) => dormResult(D, series(D, "2025-09-01", pattern), DEFAULT_SETTINGS);
const outcome = (status: Status, pattern: string, contact = "王老师") =>
  memberOutcome(member("2022010001", D, status, { contact, name: "张三" }), resultOf(pattern));

describe("member-outcome", () => {
  describe("memberOutcome", () => {
    describe("R1 criticism", () => {
      it("gives a full member one criticism per failing inspection, each naming its row and date", () => {
        const m = outcome("full", "fpepf");
        expect(m.criticisms.map((c) => [c.row, c.date])).toEqual([
          [2, "2025-09-01"],
          [6, "2025-09-29"],
        ]);
      });

      it("criticises probationary members the same way", () => {
        expect(outcome("probationary", "ff").criticisms).toHaveLength(2);
      });
    });

    describe("R2 praise", () => {
      it("counts the praises without naming them, and names them from the dorm when asked", () => {
        const dorm = resultOf("epeep");
        const m = memberOutcome(member("2022010001", D, "full"), dorm);
        expect(m.praiseCount).toBe(3);
        expect(m.praises).toBe(dorm.excellentInspections);
        expect(outcome("candidate", "epe").praiseCount).toBe(0);
        expect(outcome("candidate", "epe").praises).toEqual([]);
      });

      it("gives one praise per excellent inspection, with evidence", () => {
        const m = outcome("full", "epe");
        expect(m.praises.map((p) => [p.row, p.date, p.level])).toEqual([
          [2, "2025-09-01", "excellent"],
          [4, "2025-09-15", "excellent"],
        ]);
        expect(m.criticisms).toEqual([]);
      });
    });

    describe("R3 award eligibility", () => {
      it("revokes eligibility after two consecutive fails, with the streak as evidence", () => {
        const m = outcome("full", "pff");
        expect(m.eligibility).toBe("revoked");
        expect(m.eligibilityEvidence.map((e) => e.row)).toEqual([3, 4]);
      });

      it("keeps eligibility when the fails are not consecutive", () => {
        const m = outcome("probationary", "fpf");
        expect(m.eligibility).toBe("kept");
        expect(m.eligibilityEvidence).toEqual([]);
      });
    });

    describe("R4 assessment", () => {
      it("makes a full member's annual assessment unqualified at the semester fail limit", () => {
        const m = outcome("full", "fpfpfpf");
        expect(m.assessment).toBe("fullUnqualified");
        expect(m.assessmentEvidence.map((e) => e.row)).toEqual([2, 4, 6, 8]);
      });

      it("makes a probationary member's probation review unqualified", () => {
        expect(outcome("probationary", "fpfpfpf").assessment).toBe("probationUnqualified");
      });

      it("gives an action item due correction days after the inspection that reached the limit, naming the contact", () => {
        const m = outcome("full", "fpfpfpf", "李老师");
        expect(m.action).toEqual({ deadline: "2025-10-27", contact: "李老师" });
      });

      it("has no assessment or action below the limit", () => {
        const m = outcome("full", "fpfpf");
        expect(m.assessment).toBeUndefined();
        expect(m.action).toBeUndefined();
      });
    });

    describe("R6 award priority", () => {
      it("gives priority to members of a dorm graded excellent", () => {
        expect(outcome("full", "ep").priority).toBe(true);
        expect(outcome("probationary", "ee").priority).toBe(true);
      });

      it("gives no priority to members of a dorm graded pass", () => {
        expect(outcome("full", "epp").priority).toBe(false);
        expect(outcome("full", "").priority).toBe(false);
      });
    });

    describe("R7 activists and candidates", () => {
      it.each<Status>(["activist", "candidate"])(
        "never sanctions a %s, even in a dorm that fails everything",
        (status) => {
          const m = outcome(status, "ffffffff");
          expect(m.criticisms).toEqual([]);
          expect(m.praises).toEqual([]);
          expect(m.eligibility).not.toBe("revoked");
          expect(m.assessment).toBeUndefined();
          expect(m.action).toBeUndefined();
          expect(m.priority).toBe(false);
        },
      );

      it.each<Status>(["activist", "candidate"])(
        "shows a %s's review the dorm's grade, fails and excellents",
        (status) => {
          expect(outcome(status, "ffffffff").review).toEqual({ grade: "fail", fails: 8, excellents: 0 });
          expect(outcome(status, "eep").review).toEqual({ grade: "excellent", fails: 0, excellents: 2 });
        },
      );

      it("gives no review to full or probationary members", () => {
        expect(outcome("full", "ff").review).toBeUndefined();
      });
    });

    it("gives a non-member nothing at all", () => {
      const m = outcome("nonMember", "ffffffffee");
      expect(m).toMatchObject({
        criticisms: [],
        praises: [],
        eligibility: undefined,
        priority: false,
        assessment: undefined,
        action: undefined,
        review: undefined,
      });
    });

    it("names the member it is about", () => {
      const m = memberOutcome(
        member("2022010009", D, "full", { name: "李四", contact: "王老师" }),
        resultOf("p"),
      );
      expect([m.studentId, m.name, m.status, m.dormId, m.contact]).toEqual([
        "2022010009",
        "李四",
        "full",
        D,
        "王老师",
      ]);
    });
  });
});
