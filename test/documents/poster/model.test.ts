import { describe, expect, it } from "vitest";
import { POSTER_CAPS, posterModel, posterPeriods } from "../../../src/documents/poster/model.ts";
import { type Day, dayOfIso } from "../../../src/engine/day.ts";
import { monthPeriod } from "../../../src/engine/rankings.ts";
import { type Grading, gradeWorkbook } from "../../../src/workbook/grade.ts";
import { plantedWorkbook } from "../../support/planted.ts";
import { SMALL, small } from "../../support/small-department.ts";

const today = dayOfIso("2026-01-20") as Day;
const source = (overrides = {}) => ({ read: { records: SMALL, checks: {} }, evaluation: small(overrides) });

describe("posterModel", () => {
  it("offers the semester and each inspected month", () => {
    expect(posterPeriods(source()).map((p) => p.id)).toEqual(["2025-2026-1", "2025-10", "2025-11"]);
  });

  it("gives a month's figures, its banner's winners and its best and worst dorms, as computed by hand", () => {
    const m = posterModel(source({ bannerQuota: { kind: "count", value: 1 } }), monthPeriod("2025-11"));
    expect(m.figures).toEqual({
      dorms: 3,
      inspections: 6,
      excellentRate: 2 / 6,
      passRate: 5 / 6,
      meanScore: 77.4,
    });
    expect(m.winners).toEqual([{ label: "A", building: "X", meanScore: 87.5, months: 1 }]);
    expect(m.top.map((d) => [d.label, d.rank, d.meanScore])).toEqual([
      ["A", 1, 87.5],
      ["B", 2, 71],
    ]);
    expect(m.buildings.map((b) => [b.name, b.rank, b.meanScore])).toEqual([
      ["X", 1, 79.3],
      ["Y", 2, 70],
    ]);
  });

  it("counts, for a semester, the months each winner held the banner, most first", () => {
    const m = posterModel(
      source({ bannerQuota: { kind: "count", value: 1 } }),
      posterPeriods(source())[0] as never,
    );
    expect(m.winners.map((w) => [w.label, w.months])).toEqual([
      ["A", 1],
      ["C", 1],
    ]);
  });

  it("carries no branch, name or free text: it is built without the members", () => {
    const text = JSON.stringify(posterModel(source(), monthPeriod("2025-11")));
    expect(text).not.toContain("支部");
    expect(text).not.toContain("S1");
  });

  it("holds no planted personal token of the sample, and cuts its lists to a phone screen", () => {
    const planted = plantedWorkbook("zh");
    const grading = gradeWorkbook(planted.grids, { timeZone: "UTC", today }) as Grading;
    for (const period of posterPeriods(grading)) {
      const model = posterModel(grading, period);
      const text = JSON.stringify(model);
      expect(planted.personal.filter((tok) => text.includes(tok))).toEqual([]);
      expect(model.winners.length).toBeLessThanOrEqual(POSTER_CAPS.winners);
      expect(model.top.length).toBeLessThanOrEqual(POSTER_CAPS.dorms);
    }
  });
});
