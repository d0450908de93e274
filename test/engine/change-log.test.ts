import { describe, expect, it } from "vitest";
import {
  type ChangeItem,
  consequenceChanges,
  type ShownOutcomes,
  type Variant,
  withoutRule,
} from "../../src/engine/change-log.ts";
import { type Evaluation, evaluate } from "../../src/engine/evaluate.ts";
import type { Records } from "../../src/engine/records.ts";
import type { Settings } from "../../src/engine/settings.ts";
import { memberOutcomeCells } from "../../src/engine/wording.ts";
import {
  day,
  dorms,
  inspection,
  member,
  members,
  move,
  records,
  series,
  settings,
} from "../support/records.ts";

const TODAY = day("2026-01-20");

/** What the Members tab shows after an evaluation, as the change log reads it back. */
function shownBy(evaluation: Evaluation, lang: "zh" | "en" = "zh"): ShownOutcomes {
  return new Map(
    evaluation.members.map((m) => {
      const cells = memberOutcomeCells(m, lang);
      return [m.studentId, Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, String(v)]))] as [
        string,
        Partial<Record<ChangeItem, string>>,
      ];
    }),
  );
}

function changesBetween(before: Records, after: Records, s: Settings = settings()) {
  const shown = shownBy(evaluate(before, s, TODAY));
  const now = evaluate(after, s, TODAY);
  const variant = (kind: Variant) => evaluate(...withoutRule(kind, after, s), TODAY, now.semester.id);
  return consequenceChanges(shown, now, "zh", variant);
}

const streak = records({
  dorms: dorms("A"),
  members: members(["m", "A"]),
  inspections: [inspection("2025-10-13", "A", "fail", 2), inspection("2025-10-20", "A", "fail", 3)],
});

describe("change-log", () => {
  describe("consequenceChanges", () => {
    it("logs the revocation an appeal undid, with the revoked inspection and its reason", () => {
      const appealed = records({
        ...streak,
        inspections: [
          inspection("2025-10-13", "A", "fail", 2),
          inspection("2025-10-20", "A", "fail", 3, {
            appeal: { outcome: "revoked", reason: "复查确认记录有误" },
          }),
        ],
      });
      const changes = changesBetween(streak, appealed);
      expect(changes.map((c) => [c.item, c.before, c.after, c.reason.kind])).toEqual([
        ["criticisms", "2", "1", "appeal"],
        ["eligibility", "取消", "保留", "appeal"],
      ]);
      const reason = changes[1]?.reason;
      expect(reason?.kind === "appeal" && reason.revoked).toEqual([
        {
          inspection: { row: 3, date: "2025-10-20", dormId: "A", category: "hygiene", level: "fail" },
          reason: "复查确认记录有误",
        },
      ]);
    });

    it("logs a revocation a new fail brought, with the streak as its reason, but not the extra criticism", () => {
      const before = records({ ...streak, inspections: [inspection("2025-10-13", "A", "fail", 2)] });
      const changes = changesBetween(before, streak);
      expect(changes.map((c) => [c.item, c.before, c.after])).toEqual([["eligibility", "保留", "取消"]]);
      expect(changes[0]?.reason).toMatchObject({ kind: "streak", evidence: [{ row: 2 }, { row: 3 }] });
    });

    it("explains a restoration by fail clearing", () => {
      const data = records({ ...streak, inspections: series("A", "2025-09-01", "ffeee") });
      const shown = shownBy(evaluate(data, settings(), TODAY));
      const on = settings({ clearAfterExcellents: 3 });
      const now = evaluate(data, on, TODAY);
      const changes = consequenceChanges(shown, now, "zh", (k) =>
        evaluate(...withoutRule(k, data, on), TODAY),
      );
      expect(changes.map((c) => [c.item, c.before, c.after, c.reason.kind])).toEqual([
        ["eligibility", "取消", "保留", "cleared"],
      ]);
    });

    it("explains a change that a recorded move made", () => {
      const before = records({
        dorms: dorms("A", "B"),
        members: [member("m", "B")],
        inspections: [inspection("2025-09-08", "B", "fail", 2), inspection("2025-09-15", "B", "fail", 3)],
      });
      const after = records({ ...before, moves: [move("2025-11-01", "m", "A", "B")] });
      const changes = changesBetween(before, after);
      expect(changes.map((c) => [c.item, c.after, c.reason.kind])).toEqual([
        ["criticisms", "0", "move"],
        ["eligibility", "保留", "move"],
      ]);
    });

    it("explains lost award priority by the semester grade", () => {
      const before = records({
        dorms: dorms("A"),
        members: [member("m", "A")],
        inspections: series("A", "2025-09-01", "ee"),
      });
      const after = records({ ...before, inspections: series("A", "2025-09-01", "eeppp") });
      const changes = changesBetween(before, after);
      expect(changes.map((c) => [c.item, c.before, c.after, c.reason])).toEqual([
        ["priority", "优先", "", { kind: "grade", grade: "pass" }],
      ]);
    });

    it("sees no change when only the language changed", () => {
      const e = evaluate(streak, settings(), TODAY);
      expect(consequenceChanges(shownBy(e, "en"), e, "zh", () => e)).toEqual([]);
    });

    it("leaves out members whose cells were blank: nothing had been reported yet", () => {
      const e = evaluate(streak, settings(), TODAY);
      const blank: ShownOutcomes = new Map([["m", { eligibility: "" }]]);
      expect(consequenceChanges(blank, e, "zh", () => e)).toEqual([]);
    });
  });
});
