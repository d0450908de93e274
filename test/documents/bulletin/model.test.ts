import { describe, expect, it } from "vitest";
import { bulletinModel, periodOf } from "../../../src/documents/bulletin/model.ts";
import { residentsOn } from "../../../src/documents/source.ts";
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
    .filter(
      (i) =>
        i.day >= (dayOfIso(from) as Day) && i.day <= (dayOfIso(to) as Day) && i.appeal?.outcome !== "revoked",
    )
    .sort((a, b) => a.day - b.day || a.row - b.row);
const sanctionedIn = (dormId: string) =>
  records.members.filter((m) => m.dormId === dormId && isSanctioned(m.status));

describe("bulletinModel", () => {
  describe("awards", () => {
    it("announces a month's banner in the period its last day falls in, and not before", () => {
      const monthEnd = bulletinModel(sample, { edition: "public", from: "2025-11-24", to: "2025-11-30" });
      expect(monthEnd.rankings.banners.map((b) => b.month)).toEqual(["2025-11"]);
      expect(monthEnd.rankings.banners[0]?.winners.length).toBeGreaterThan(0);
      const midMonth = bulletinModel(sample, { edition: "public", from: "2025-11-10", to: "2025-11-16" });
      expect(midMonth.rankings.banners).toEqual([]);
    });

    it("bands the dorms inspected in the period by their mean score in it", () => {
      const week = bulletinModel(sample, { edition: "public", from: "2025-11-24", to: "2025-11-30" });
      const banded = week.rankings.rankings.bands.reduce((n, b) => n + b.dorms, 0);
      expect(banded).toBe(week.totals.dorms);
      expect(week.rankings.rankings.branches).toEqual([]);
    });
  });

  const from = "2025-11-24";
  const to = "2025-11-30";
  const week = bulletinModel(sample, { edition: "internal", from, to, appendix: true });
  const rowsOf = (m: typeof week) => (m.inspections ?? []).map((i) => i.row);

  it("holds exactly the inspections of the week, both ends included, in date and row order", () => {
    const expected = within(from, to);
    expect(expected.length).toBeGreaterThan(50);
    expect(rowsOf(week)).toEqual(expected.map((i) => i.row));
    expect(week.inspections?.every((i) => i.date >= from && i.date <= to)).toBe(true);
    expect(week.totals.inspections).toBe(expected.length);
    expect(week.totals.dorms).toBe(new Set(expected.map((i) => i.dormId)).size);
  });

  it("includes inspections on the first and last day of the period and none a day outside", () => {
    const options = { edition: "internal", appendix: true } as const;
    const thursday = bulletinModel(sample, { ...options, from: "2025-11-27", to: "2025-11-27" });
    expect(thursday.inspections?.length).toBeGreaterThan(0);
    expect(new Set(thursday.inspections?.map((i) => i.date))).toEqual(new Set(["2025-11-27"]));
    const dayAfter = bulletinModel(sample, { ...options, from: "2025-11-28", to: "2025-11-30" });
    expect(dayAfter.inspections?.map((i) => i.date)).not.toContain("2025-11-27");
    const before = bulletinModel(sample, { ...options, from: "2025-11-17", to: "2025-11-23" });
    const rows = new Set(rowsOf(week));
    expect(rowsOf(before).some((r) => rows.has(r))).toBe(false);
  });

  it("lists the excellent and failing dorms of the week with their counts, fails this semester included", () => {
    const inWeek = within(from, to);
    const fails = inWeek.filter((i) => i.level === "fail");
    expect(week.failDorms.map((d) => d.dorm.id).sort()).toEqual(
      [...new Set(fails.map((i) => i.dormId))].sort(),
    );
    expect(week.failDorms.reduce((n, d) => n + d.fails, 0)).toBe(fails.length);
    for (const d of week.failDorms) {
      const sofar = records.inspections.filter(
        (i) =>
          i.dormId === d.dorm.id &&
          i.level === "fail" &&
          i.day >= (dayOfIso("2025-08-01") as Day) &&
          i.day <= (dayOfIso(to) as Day),
      );
      expect(d.semesterFails, d.dorm.id).toBe(sofar.length);
    }
    const excellent = inWeek.filter((i) => i.level === "excellent");
    expect(week.excellentDorms.reduce((n, d) => n + d.excellents, 0)).toBe(excellent.length);
    expect(week.totals.passRate).toBeCloseTo((inWeek.length - fails.length) / inWeek.length, 10);
  });

  it("gives a criticism for each fail and a praise for each excellent of a member dorm, naming its members", () => {
    const inWeek = within(from, to);
    const memberFails = inWeek.filter((i) => i.level === "fail" && sanctionedIn(i.dormId).length > 0);
    expect(week.criticism.map((n) => n.row)).toEqual(memberFails.map((i) => i.row));
    for (const n of week.criticism) {
      expect(n.members?.map((p) => p.studentId)).toEqual(sanctionedIn(n.dorm.id).map((m) => m.label));
    }
    const memberExcellents = inWeek.filter(
      (i) => i.level === "excellent" && sanctionedIn(i.dormId).length > 0,
    );
    expect(week.praise.map((n) => n.row)).toEqual(memberExcellents.map((i) => i.row));
  });

  it("names nobody in the public edition: no members, inspectors, notes or consequences", () => {
    const pub = bulletinModel(sample, { edition: "public", from, to, appendix: true });
    expect(pub.criticism.every((n) => n.members === undefined)).toBe(true);
    expect(pub.criticism.map((n) => n.dorm.id)).toEqual(week.criticism.map((n) => n.dorm.id));
    expect(pub.inspections?.every((i) => i.inspector === undefined && i.notes === undefined)).toBe(true);
    expect(pub.failDorms.every((d) => d.facing === undefined)).toBe(true);
    expect(week.inspections?.some((i) => i.inspector !== "")).toBe(true);
    const text = JSON.stringify(pub);
    const names = records.members.flatMap((m) => [m.name, m.id]);
    expect(names.filter((n) => text.includes(n))).toEqual([]);
  });

  it("tells, internally, what the members of a failing dorm face at the end of the period", () => {
    // Those who lived there then: the R3 dorm's member has moved out since.
    const residents = residentsOn(records.members, sample.evaluation.stays);
    const streakDorm = sample.evaluation.dorms.find(
      (d) => d.streakLimit && residents(d.dormId, d.streakLimit.evidence.at(-1)?.date ?? "").length > 0,
    );
    const reachedOn = streakDorm?.streakLimit?.evidence.at(-1)?.date as string;
    const day = bulletinModel(sample, { edition: "internal", from: reachedOn, to: reachedOn });
    const line = day.failDorms.find((d) => d.dorm.id === streakDorm?.dormId);
    expect(line?.facing?.revoked).toBe(true);
    expect(line?.facing?.members.map((p) => p.studentId)).toEqual(
      residents(streakDorm?.dormId ?? "", reachedOn).map((m) => m.label),
    );
    expect(sanctionedIn(streakDorm?.dormId ?? "")).toEqual([]);
    // The day before, the same dorm had not reached it yet.
    const first = streakDorm?.streakLimit?.evidence[0]?.date as string;
    const earlier = bulletinModel(sample, { edition: "internal", from: first, to: first });
    expect(earlier.failDorms.find((d) => d.dorm.id === streakDorm?.dormId)?.facing?.revoked).toBe(false);

    const totalDorm = sample.evaluation.dorms.find((d) => d.totalLimit && d.memberDorm);
    const trigger = totalDorm?.totalLimit?.trigger.date as string;
    const other = bulletinModel(sample, { edition: "internal", from: trigger, to: trigger });
    expect(other.failDorms.find((d) => d.dorm.id === totalDorm?.dormId)?.facing?.total).toEqual({
      deadline: totalDorm?.totalLimit?.deadline,
    });
    // A dorm without full or probationary members faces nothing: nobody lives there to bear it.
    const nobody = sample.evaluation.dorms.find(
      (d) => d.streakLimit && residents(d.dormId, d.streakLimit.evidence.at(-1)?.date ?? "").length === 0,
    );
    const date = nobody?.streakLimit?.evidence.at(-1)?.date as string;
    const quiet = bulletinModel(sample, { edition: "internal", from: date, to: date });
    expect(quiet.failDorms.find((d) => d.dorm.id === nobody?.dormId)?.facing).toBeUndefined();
  });

  it("leaves the inspection list out unless the appendix is asked for", () => {
    expect(bulletinModel(sample, { edition: "internal", from, to }).inspections).toBeUndefined();
  });

  it("covers a period across two semesters, grading the earlier one on its own", () => {
    const span = bulletinModel(sample, {
      edition: "internal",
      from: "2025-06-01",
      to: "2025-09-07",
      appendix: true,
    });
    const expected = within("2025-06-01", "2025-09-07");
    expect(rowsOf(span)).toEqual(expected.map((i) => i.row));
    expect(span.inspections?.some((i) => i.date < "2025-08-01")).toBe(true);
  });

  it("is empty, not wrong, for a period without inspections", () => {
    const quiet = bulletinModel(sample, { edition: "internal", from: "2025-10-01", to: "2025-10-05" });
    expect(quiet.totals.inspections).toBe(0);
    expect(quiet.failDorms).toEqual([]);
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
