import { describe, expect, it } from "vitest";
import { rollupModel } from "../../../src/documents/rollup/model.ts";
import { evaluate } from "../../../src/engine/evaluate.ts";
import { monthPeriod, semesterPeriod } from "../../../src/engine/rankings.ts";
import type { Records } from "../../../src/engine/records.ts";
import { day, dorm, inspection, member, records, settings } from "../../support/records.ts";

const TODAY = day("2026-01-20");

/** A college of two dorms, with the given inspections (date, dorm, level, score). */
function college(
  name: string,
  rows: [string, string, "excellent" | "pass" | "fail", number?][],
): {
  name: string;
  source: { read: { records: Records; checks: object }; evaluation: ReturnType<typeof evaluate> };
} {
  const r = records({
    dorms: [
      dorm(`${name}-1`, { row: 2, building: `${name}楼` }),
      dorm(`${name}-2`, { row: 3, building: `${name}楼` }),
    ],
    members: [member(`${name}S`, `${name}-1`, "full", { branch: "机密支部" })],
    inspections: rows.map(([date, d, level, score], i) =>
      inspection(date, `${name}-${d}`, level, i + 2, score === undefined ? {} : { score }),
    ),
  });
  return {
    name,
    source: { read: { records: r, checks: {} }, evaluation: evaluate(r, settings(), TODAY, "2025-2026-1") },
  };
}

/**
 * Three colleges, figures by hand:
 *   甲: 4 inspections, 2 excellent, 0 fail: 优秀率 50%, 不合格率 0%, scores 95 95 80 80 → 87.5
 *   乙: 4 inspections, 1 excellent, 2 fail: 优秀率 25%, 不合格率 50%, scores 92 50 40 70 → 63
 *   丙: 2 inspections, 1 excellent, 1 fail: 优秀率 50%, 不合格率 50%, scores 96 30 → 63
 */
const THREE = [
  college("甲", [
    ["2025-10-06", "1", "excellent", 95],
    ["2025-10-06", "2", "excellent", 95],
    ["2025-11-03", "1", "pass", 80],
    ["2025-11-03", "2", "pass", 80],
  ]),
  college("乙", [
    ["2025-10-06", "1", "excellent", 92],
    ["2025-10-06", "2", "fail", 50],
    ["2025-11-03", "1", "fail", 40],
    ["2025-11-03", "2", "pass", 70],
  ]),
  college("丙", [
    ["2025-11-03", "1", "excellent", 96],
    ["2025-11-03", "2", "fail", 30],
  ]),
];

describe("rollupModel", () => {
  const model = rollupModel(THREE, semesterPeriod(THREE[0]?.source.evaluation as never));

  it("gives each college its rates and mean score, as computed by hand", () => {
    expect(
      model.colleges.map((c) => [c.name, c.inspections, c.excellentRate, c.failRate, c.meanScore]),
    ).toEqual([
      ["甲", 4, 0.5, 0, 87.5],
      ["丙", 2, 0.5, 0.5, 63],
      ["乙", 4, 0.25, 0.5, 63],
    ]);
  });

  it("ranks colleges by 优秀率 (highest first) and by 不合格率 (lowest first), equal rates sharing a rank", () => {
    expect(model.colleges.map((c) => [c.name, c.excellentRank, c.failRank, c.scoreRank])).toEqual([
      ["甲", 1, 1, 1],
      ["丙", 1, 2, 2],
      ["乙", 3, 2, 2],
    ]);
  });

  it("gives the school's figures from every inspection together", () => {
    expect(model.school).toEqual({
      dorms: 6,
      inspected: 6,
      inspections: 10,
      excellents: 4,
      fails: 3,
      nobodyIn: 0,
      excellentRate: 0.4,
      passRate: 0.7,
      failRate: 0.3,
      meanScore: 72.8,
    });
  });

  it("lists the school's best and worst dorms by mean score, with their colleges", () => {
    expect(model.top.slice(0, 3).map((d) => [d.college, d.label, d.meanScore, d.rank])).toEqual([
      ["丙", "丙-1", 96, 1],
      ["甲", "甲-1", 87.5, 2],
      ["甲", "甲-2", 87.5, 2],
    ]);
    expect(model.bottom[0]).toMatchObject({ college: "丙", label: "丙-2", meanScore: 30, rank: 6 });
  });

  it("counts each college's dorm grades for a semester, and not for a month", () => {
    expect(model.colleges.find((c) => c.name === "甲")?.grades).toEqual({
      excellent: 2,
      pass: 0,
      fail: 0,
      none: 0,
    });
    const november = rollupModel(THREE, monthPeriod("2025-11"));
    expect(november.colleges.map((c) => [c.name, c.inspections, c.grades])).toEqual([
      ["丙", 2, undefined],
      ["甲", 2, undefined],
      ["乙", 2, undefined],
    ]);
  });

  it("names no member, not even a branch", () => {
    expect(JSON.stringify(model)).not.toMatch(/机密支部|甲S|乙S/);
  });
});
