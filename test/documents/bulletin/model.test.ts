import { describe, expect, it } from "vitest";
import { bulletinModel, periodOf } from "../../../src/documents/bulletin/model.ts";
import { type Day, dayOfIso } from "../../../src/engine/day.ts";
import { isSanctioned } from "../../../src/engine/records.ts";
import { type Grading, gradeWorkbook } from "../../../src/workbook/grade.ts";
import { sampleWorkbook } from "../../../src/workbook/sample.ts";

const grading = gradeWorkbook(sampleWorkbook("zh"), {
  timeZone: "UTC",
  today: dayOfIso("2026-01-20") as Day,
});
if ("problems" in grading) throw new Error(grading.problems.join("\n"));
const sample: Grading = grading;
const { records } = sample.read;

const within = (from: string, to: string) =>
  records.inspections
    .filter((i) => i.day >= (dayOfIso(from) as Day) && i.day <= (dayOfIso(to) as Day))
    .sort((a, b) => a.day - b.day || a.row - b.row);
const sanctionedIn = (dormId: string) =>
  records.members.filter((m) => m.dormId === dormId && isSanctioned(m.status));

describe("bulletinModel", () => {
  const from = "2025-11-24";
  const to = "2025-11-30";
  const week = bulletinModel(sample, { edition: "internal", from, to });

  it("holds exactly the inspections of the week, both ends included, in date and row order", () => {
    const expected = within(from, to);
    expect(expected.length).toBeGreaterThan(50);
    expect(week.inspections.map((i) => i.row)).toEqual(expected.map((i) => i.row));
    expect(week.inspections.every((i) => i.date >= from && i.date <= to)).toBe(true);
    expect(week.totals.inspections).toBe(expected.length);
  });

  it("includes inspections on the first and last day of the period and none a day outside", () => {
    const thursday = bulletinModel(sample, { edition: "internal", from: "2025-11-27", to: "2025-11-27" });
    expect(thursday.inspections.length).toBeGreaterThan(0);
    expect(new Set(thursday.inspections.map((i) => i.date))).toEqual(new Set(["2025-11-27"]));
    const dayAfter = bulletinModel(sample, { edition: "internal", from: "2025-11-28", to: "2025-11-30" });
    expect(dayAfter.inspections.map((i) => i.date)).not.toContain("2025-11-27");
    const before = bulletinModel(sample, { edition: "internal", from: "2025-11-17", to: "2025-11-23" });
    const rows = new Set(week.inspections.map((i) => i.row));
    expect(before.inspections.some((i) => rows.has(i.row))).toBe(false);
  });

  it("lists the excellent and failing dorms of the week with their counts", () => {
    const inWeek = within(from, to);
    const fails = inWeek.filter((i) => i.level === "fail");
    expect(week.failDorms.map((d) => d.dorm.id).sort()).toEqual(
      [...new Set(fails.map((i) => i.dormId))].sort(),
    );
    expect(week.failDorms.reduce((n, d) => n + d.fails, 0)).toBe(fails.length);
    const excellent = inWeek.filter((i) => i.level === "excellent");
    expect(week.excellentDorms.reduce((n, d) => n + d.excellents, 0)).toBe(excellent.length);
    expect(week.totals.passRate).toBeCloseTo((inWeek.length - fails.length) / inWeek.length, 10);
  });

  it("gives a criticism for each fail and a praise for each excellent of a member dorm, naming its members", () => {
    const inWeek = within(from, to);
    const memberFails = inWeek.filter((i) => i.level === "fail" && sanctionedIn(i.dormId).length > 0);
    expect(week.criticism.map((n) => n.inspection.row)).toEqual(memberFails.map((i) => i.row));
    for (const n of week.criticism) {
      expect(n.people.map((p) => p.studentId)).toEqual(sanctionedIn(n.dorm.id).map((m) => m.label));
    }
    const memberExcellents = inWeek.filter(
      (i) => i.level === "excellent" && sanctionedIn(i.dormId).length > 0,
    );
    expect(week.praise.map((n) => n.inspection.row)).toEqual(memberExcellents.map((i) => i.row));
  });

  it("names nobody in the public edition: no members, inspectors or notes, but the same counts", () => {
    const pub = bulletinModel(sample, { edition: "public", from, to });
    expect(pub.criticism.every((n) => n.people.length === 0)).toBe(true);
    expect(pub.criticism.map((n) => n.count)).toEqual(week.criticism.map((n) => n.count));
    expect(pub.inspections.every((i) => i.inspector === "" && i.notes === "")).toBe(true);
    expect(week.inspections.some((i) => i.inspector !== "")).toBe(true);
    const text = JSON.stringify(pub);
    const names = records.members.flatMap((m) => [m.name, m.id]);
    expect(names.filter((n) => text.includes(n))).toEqual([]);
  });

  it("reports a consequence an inspection of the period reached", () => {
    const streakDorm = sample.evaluation.dorms.find((d) => d.streakLimit && d.memberDorm);
    const reachedOn = streakDorm?.streakLimit?.evidence.at(-1)?.date as string;
    const day = bulletinModel(sample, { edition: "internal", from: reachedOn, to: reachedOn });
    expect(day.reached).toContainEqual(
      expect.objectContaining({
        kind: "streak",
        date: reachedOn,
        limit: 2,
        count: sanctionedIn(streakDorm?.dormId ?? "").length,
      }),
    );
    const totalDorm = sample.evaluation.dorms.find((d) => d.totalLimit && d.memberDorm);
    const trigger = totalDorm?.totalLimit?.trigger.date as string;
    const other = bulletinModel(sample, { edition: "internal", from: trigger, to: trigger });
    expect(other.reached).toContainEqual(
      expect.objectContaining({ kind: "total", date: trigger, deadline: totalDorm?.totalLimit?.deadline }),
    );
    expect(week.reached.every((r) => r.date >= from && r.date <= to)).toBe(true);
    // A dorm without full or probationary members reaches nobody, so it is not reported.
    const nobody = sample.evaluation.dorms.find((d) => d.streakLimit && !d.memberDorm);
    const date = nobody?.streakLimit?.evidence.at(-1)?.date as string;
    const quiet = bulletinModel(sample, { edition: "internal", from: date, to: date });
    expect(quiet.reached.map((r) => r.dorm.id)).not.toContain(nobody?.dormId);
  });

  it("covers a period across two semesters, grading the earlier one on its own", () => {
    const span = bulletinModel(sample, { edition: "internal", from: "2025-06-01", to: "2025-09-07" });
    const expected = within("2025-06-01", "2025-09-07");
    expect(span.inspections.map((i) => i.row)).toEqual(expected.map((i) => i.row));
    expect(span.inspections.some((i) => i.date < "2025-08-01")).toBe(true);
  });

  it("is empty, not wrong, for a period without inspections", () => {
    const quiet = bulletinModel(sample, { edition: "internal", from: "2025-10-01", to: "2025-10-05" });
    expect(quiet.inspections).toEqual([]);
    expect(quiet.totals.passRate).toBeUndefined();
  });

  it("throws on a period that is not two ISO dates in order", () => {
    expect(() =>
      bulletinModel(sample, { edition: "internal", from: "2025-09-07", to: "2025-09-01" }),
    ).toThrow(RangeError);
    expect(() => bulletinModel(sample, { edition: "internal", from: "2025/9/1", to: "2025-09-07" })).toThrow(
      RangeError,
    );
  });

  it("is plain data that survives JSON unchanged, and does not mutate its input", () => {
    const before = structuredClone(sample.read.records);
    const model = bulletinModel(sample, { edition: "internal", from, to });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(sample.read.records).toEqual(before);
  });
});

describe("periodOf", () => {
  it("accepts one day or two in order, and refuses anything else", () => {
    expect(periodOf("2025-09-01", "2025-09-01")).toEqual({
      first: dayOfIso("2025-09-01"),
      last: dayOfIso("2025-09-01"),
    });
    expect(periodOf("2025-09-02", "2025-09-01")).toBeUndefined();
    expect(periodOf("2025-02-30", "2025-03-01")).toBeUndefined();
    expect(periodOf("", "2025-03-01")).toBeUndefined();
  });
});
