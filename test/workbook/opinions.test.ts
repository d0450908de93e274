import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.ts";
import type { Records } from "../../src/engine/records.ts";
import type { Grid } from "../../src/workbook/layout.ts";
import {
  draftOpinion,
  OPINION_COLUMN,
  type OpinionsPlan,
  opinionsPlan,
} from "../../src/workbook/opinions.ts";
import { day, dorms, inspection, members, records, settings, talk, visit } from "../support/records.ts";

const TODAY = day("2026-01-20");
const base = records({
  dorms: dorms("3-201", "3-202"),
  members: members(["S1", "3-201"], ["S2", "3-201", "activist"], ["S3", "3-202", "nonMember"]),
  inspections: [
    inspection("2025-09-01", "3-201", "excellent", 2),
    inspection("2025-09-08", "3-201", "fail", 3),
    inspection("2025-09-15", "3-201", "pass", 4),
  ],
  visits: [visit("2025-10-10", "3-201", 2)],
  talks: [talk("2025-09-10", "S1", 2)],
});

function plan(data: Records, grid?: Grid, frozen?: Record<string, string>): OpinionsPlan {
  return opinionsPlan(grid, evaluate(data, settings(), TODAY), data, frozen, "zh");
}

/** The tab after an adapter writes a plan: every column but the secretary's, which keeps what was typed. */
function written(p: OpinionsPlan, before?: Grid): Grid {
  const values = [p.header, ...p.rows.map((r) => r.cells)].map((cells, i) =>
    cells.map((cell, c) => (c === OPINION_COLUMN && i > 0 ? (before?.values[i]?.[c] ?? "") : cell)),
  );
  return { name: p.name, values };
}

function typed(grid: Grid, row: number, text: string): Grid {
  const values = grid.values.map((r) => [...r]);
  (values[row - 1] as unknown[])[OPINION_COLUMN] = text;
  return { ...grid, values };
}

describe("opinions", () => {
  describe("draftOpinion", () => {
    it("says the inspections, the fails with their dates, the notices, the visits and talks, and closes on the grade", () => {
      const e = evaluate(base, settings(), TODAY);
      const dorm = e.dorms.find((d) => d.dormId === "3-201");
      expect(dorm && draftOpinion(dorm, e, ["name S1"], 1, "zh")).toBe(
        "2025-2026学年第一学期，3-201共接受检查 3 次，其中优秀 1 次、不合格 1 次（2025-09-08），学期等级为合格。寝室党员name S1受通报批评 1 次、通报表扬 1 次。本学期联系走访 1 次，寝室党员记录谈话 1 次。寝室整体达到要求，望继续保持，改进不足。",
      );
    });
  });

  describe("opinionsPlan", () => {
    it("writes one row per member dorm of the semester, with its draft", () => {
      const p = plan(base);
      expect(p.rows.map((r) => r.cells.slice(0, 5))).toEqual([
        ["2025-2026-1", "3-201", "", "name S1", "合格"],
      ]);
      expect(p.rows[0]?.cells[7]).toBe("采用草稿");
      expect(p.effective["3-201"]).toBe(p.rows[0]?.cells[5]);
      expect(p.changed).toBe(true);
    });

    it("keeps a secretary's edit across recalculations, and says when the draft changed after it", () => {
      const first = written(plan(base));
      const edited = typed(first, 2, "该寝室整改积极，同意合格。");
      const again = plan(base, edited);
      expect(again.effective["3-201"]).toBe("该寝室整改积极，同意合格。");
      expect(again.rows[0]?.cells[OPINION_COLUMN]).toBe("该寝室整改积极，同意合格。");
      expect(again.rows[0]?.cells[7]).toBe("采用你的修改");
      const third = plan(base, written(again, edited));
      expect(third.changed).toBe(false);
      expect(third.effective["3-201"]).toBe("该寝室整改积极，同意合格。");

      const more = records({
        ...base,
        inspections: [...base.inspections, inspection("2025-09-22", "3-201", "fail", 5)],
      });
      const afterFail = plan(more, written(third, edited));
      expect(afterFail.effective["3-201"]).toBe("该寝室整改积极，同意合格。");
      expect(afterFail.rows[0]?.cells[5]).toContain("不合格 2 次");
      expect(afterFail.rows[0]?.cells[7]).toBe("草稿在你修改之后有更新，请核对");
    });

    it("takes a secretary's rewrite after a newer draft as seen, and a blank as going back to the draft", () => {
      const edited = typed(written(plan(base)), 2, "初稿");
      const more = records({
        ...base,
        inspections: [...base.inspections, inspection("2025-09-22", "3-201", "fail", 5)],
      });
      const newer = plan(more, written(plan(base, edited), edited));
      const rewritten = typed(written(newer, edited), 2, "改稿");
      expect(plan(more, rewritten).rows[0]?.cells[7]).toBe("采用你的修改");
      const cleared = typed(written(newer, edited), 2, "");
      expect(plan(more, cleared).rows[0]?.cells[7]).toBe("采用草稿");
    });

    it("keeps rows of other semesters where they are and adds the new semester's below", () => {
      const autumn = written(plan(base));
      const spring = records({ ...base, inspections: [inspection("2026-03-02", "3-201", "pass", 6)] });
      const p = opinionsPlan(
        autumn,
        evaluate(spring, settings(), TODAY, "2025-2026-2"),
        spring,
        undefined,
        "zh",
      );
      expect(p.rows.map((r) => [r.row, r.cells[0]])).toEqual([
        [2, "2025-2026-1"],
        [3, "2025-2026-2"],
      ]);
    });

    it("shows an archived semester's frozen opinion, and flags an edit made after archiving", () => {
      const grid = typed(written(plan(base)), 2, "归档后改的");
      const p = plan(base, grid, { "3-201": "归档时的意见" });
      expect(p.effective["3-201"]).toBe("归档时的意见");
      expect(p.rows[0]?.cells[7]).toBe("已归档：归档后的修改不计入");
    });
  });
});
