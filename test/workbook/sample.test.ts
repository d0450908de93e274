import { describe, expect, it } from "vitest";
import { type Day, dayOfIso } from "../../src/engine/day.ts";
import type { Evaluation } from "../../src/engine/evaluate.ts";
import { LANGS, type Lang, t } from "../../src/engine/labels.ts";
import { SETTING_SPECS } from "../../src/engine/settings.ts";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import type { Grid } from "../../src/workbook/layout.ts";
import { normalizeName } from "../../src/workbook/normalize.ts";
import { emptyWorkbook, sampleWorkbook } from "../../src/workbook/sample.ts";
import { TABS, type TabKey } from "../../src/workbook/schema.ts";

const today = dayOfIso("2026-01-20") as Day;
const MS_PER_DAY = 86_400_000;

function grade(grids: readonly Grid[], on: Day = today): Grading {
  const grading = gradeWorkbook(grids, { timeZone: "UTC", today: on });
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  return grading;
}

const zh = grade(sampleWorkbook("zh"));
const en = grade(sampleWorkbook("en"));
const evaluation = zh.evaluation;

const sanctioned = (e: Evaluation) =>
  e.members.filter((m) => m.status === "full" || m.status === "probationary");
const reviewed = (e: Evaluation) =>
  e.members.filter((m) => m.status === "candidate" || m.status === "activist");
const dormOf = (e: Evaluation, id: string) => e.dorms.find((d) => d.dormId === id);

/** Which of the rules R1–R11 an evaluation shows at work. */
function firedRules(e: Evaluation): string[] {
  const fired = {
    R1: sanctioned(e).some((m) => m.criticisms.length > 0),
    R2: sanctioned(e).some((m) => m.praises.length > 0),
    R3: e.members.some((m) => m.eligibility === "revoked"),
    R4:
      e.members.some((m) => m.assessment === "fullUnqualified") &&
      e.members.some((m) => m.assessment === "probationUnqualified"),
    R5: e.dorms.some((d) => d.grade === "excellent") && e.dorms.some((d) => d.grade === "fail"),
    R6: e.members.some((m) => m.priority),
    R7: reviewed(e).some((m) => m.review?.grade === "fail"),
    R8: ["streak", "total"].every((kind) => e.dorms.some((d) => d.warnings.some((w) => w.kind === kind))),
    R9: e.talkFollowUps.some((f) => f.status === "missed"),
    R10: ["hang", "takeDown", "reissue"].every((action) => e.dorms.some((d) => d.plaque === action)),
    R11: e.dorms.some((d) => d.visits.length < d.visitsRequired),
  };
  return Object.entries(fired)
    .filter(([, yes]) => yes)
    .map(([rule]) => rule);
}

const ALL_RULES = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11"];

function allDates(grids: readonly Grid[]): Date[] {
  return grids.flatMap((g) => g.values.flat().filter((v): v is Date => v instanceof Date));
}

function checkMessages(grading: Grading, tab: TabKey): string[] {
  return (grading.read.checks[tab] ?? []).filter((c) => c !== "");
}

describe("sampleWorkbook", () => {
  it("names its tabs and headers with the labels, in contract order", () => {
    for (const lang of LANGS) {
      const grids = sampleWorkbook(lang);
      expect(grids.map((g) => g.name)).toEqual(TABS.map((s) => t(lang, s.label)));
      grids.forEach((g, i) => {
        const spec = TABS[i];
        const expected = spec?.columns.map((c) => t(lang, c.label));
        if (spec?.key === "inspections") {
          expect(g.values[0]?.[1]).toBe(lang === "zh" ? "宿舍号（必填）" : "Dorm (required)");
          expect(g.values[0]?.filter((_, c) => c !== 1)).toEqual(expected?.filter((_, c) => c !== 1));
        } else if (spec?.key === "settings") {
          expect(g.values[0]).toEqual([...(expected ?? []), lang === "zh" ? "说明" : "Meaning"]);
        } else if (spec?.key === "scoresheet") {
          // The template's: required columns marked.
          expect(g.values[0]?.map(normalizeName)).toEqual(expected?.map(normalizeName));
        } else expect(g.values[0]).toEqual(expected);
      });
    }
  });

  it("holds about 200 dorms in five buildings, about 60 of them member dorms", () => {
    expect(zh.read.records.dorms).toHaveLength(200);
    expect(new Set(zh.read.records.dorms.map((d) => d.building)).size).toBe(5);
    expect(new Set(zh.read.records.dorms.map((d) => d.year))).toEqual(new Set([1, 2, 3, 4]));
    // 60 member dorms, but the R3 dorm's only member moved out in November.
    expect(evaluation.dorms.filter((d) => d.memberDorm)).toHaveLength(59);
  });

  it("lists the members, candidates, activists and a few non-members of the department", () => {
    const people = zh.read.records.members;
    expect(people.length).toBeGreaterThanOrEqual(120);
    expect(people.length).toBeLessThanOrEqual(160);
    const count = (status: string) => people.filter((p) => p.status === status).length;
    expect(count("full")).toBeGreaterThan(20);
    expect(count("probationary")).toBeGreaterThan(10);
    expect(count("candidate")).toBeGreaterThan(0);
    expect(count("activist")).toBeGreaterThan(0);
    expect(count("nonMember")).toBeGreaterThan(0);
    expect(count("nonMember")).toBeLessThan(12);
    for (const p of people) expect(p.id).toMatch(/^20(22|23|24|25)01\d{4}$/);
    expect(people.filter((p) => p.status !== "nonMember").every((p) => p.branch && p.contact)).toBe(true);
  });

  it("writes dates as UTC-midnight Date objects and nothing after today", () => {
    const dates = allDates(sampleWorkbook("zh"));
    expect(dates.length).toBeGreaterThan(2000);
    for (const d of dates) {
      expect(d.getTime() % MS_PER_DAY).toBe(0);
      expect(d.getTime() / MS_PER_DAY).toBeLessThanOrEqual(today);
    }
  });

  it("covers the semester 2025-2026-1 and a little of the spring before it", () => {
    expect(evaluation.semester.id).toBe("2025-2026-1");
    expect(zh.read.settings.department).toBe("电子工程系");
    expect(en.read.settings.department).toBe("Department of Electronic Engineering");
    const days = zh.read.records.inspections.map((i) => i.day);
    const inSemester = days.filter((d) => d >= evaluation.semester.first && d <= evaluation.semester.last);
    expect(Math.min(...inSemester)).toBe(dayOfIso("2025-09-04"));
    expect(Math.max(...inSemester)).toBeLessThanOrEqual(dayOfIso("2026-01-16") as Day);
    const before = days.filter((d) => d < evaluation.semester.first);
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThan(50);
  });

  it("inspects member dorms weekly and the other dorms less often", () => {
    const member = evaluation.dorms.filter((d) => d.memberDorm);
    const other = evaluation.dorms.filter((d) => !d.memberDorm);
    const average = (ds: typeof member) => ds.reduce((n, d) => n + d.count, 0) / ds.length;
    expect(average(member)).toBeGreaterThan(18);
    expect(average(other)).toBeLessThan(10);
    expect(other.every((d) => d.count > 0)).toBe(true);
  });

  it("records some inspections as scores and a couple with both a result and a score", () => {
    const rows = sampleWorkbook("zh")[2]?.values.slice(1) ?? [];
    const scoreOnly = rows.filter((r) => r[3] === "" && typeof r[4] === "number");
    const both = rows.filter((r) => r[3] !== "" && typeof r[4] === "number");
    expect(scoreOnly.length).toBeGreaterThan(20);
    expect(both).toHaveLength(2);
    // When both are given the result wins, even over a failing score.
    expect(both.some((r) => r[3] === "合格" && (r[4] as number) < 60)).toBe(true);
    const scored = zh.read.records.inspections.filter((i) => i.score !== undefined);
    expect(new Set(scored.map((i) => i.level))).toEqual(new Set(["excellent", "pass", "fail"]));
  });

  it("reads the two dates typed as text like any other", () => {
    const inspections = sampleWorkbook("zh")[2]?.values ?? [];
    const typed = inspections.flatMap((r, i) => (typeof r[0] === "string" && i > 0 ? [i] : []));
    expect(typed.map((i) => inspections[i]?.[0])).toEqual(["2025/10/9", "2025年10月16日"]);
    const rows = zh.read.records.inspections.filter((r) => typed.includes(r.row - 1));
    expect(rows.map((r) => r.day)).toEqual([dayOfIso("2025-10-09"), dayOfIso("2025-10-16")]);
  });

  it("holds several inspections of one dorm on the same day", () => {
    const sameDay = evaluation.dorms.filter((d) => new Set(d.inspections.map((i) => i.date)).size < d.count);
    expect(sameDay.length).toBeGreaterThan(1);
  });

  it("gives criticisms for fails (R1) and praises for excellents (R2)", () => {
    expect(sanctioned(evaluation).some((m) => m.criticisms.length > 0)).toBe(true);
    expect(sanctioned(evaluation).some((m) => m.praises.length > 0)).toBe(true);
  });

  it("revokes award eligibility after two fails in a row (R3)", () => {
    const revoked = evaluation.members.filter((m) => m.eligibility === "revoked");
    expect(revoked.length).toBeGreaterThan(0);
    for (const m of revoked) {
      // The dorm of the fails: the member moved out of it since.
      expect(
        dormOf(evaluation, m.eligibilityEvidence[0]?.dormId ?? "")?.longestStreak,
      ).toBeGreaterThanOrEqual(2);
      expect(m.eligibilityEvidence).toHaveLength(2);
    }
  });

  it("shows a move, an appeal upheld and one revoked, fails cleared by later excellents and a member short of contact visits", () => {
    expect(zh.summary).toMatchObject({ moved: 1, revokedOnAppeal: 1, assigned: 8, contactBelow: 1 });
    expect(zh.summary.cleared).toBeGreaterThan(0);
    const [mover] = [...evaluation.stays.keys()];
    const revoked = evaluation.members.find((m) => m.studentId === mover);
    expect(revoked?.eligibility).toBe("revoked");
    expect(evaluation.stays.get(mover ?? "")?.map((s) => s.dormId)).toEqual([
      revoked?.eligibilityEvidence[0]?.dormId,
      revoked?.dormId,
    ]);
    const appeals = zh.read.records.inspections.filter((i) => i.appeal);
    expect(appeals.map((i) => i.appeal?.outcome).sort()).toEqual(["revoked", "upheld"]);
    // School-level fails are never cleared: the scripted dorms keep theirs.
    const cleared = evaluation.dorms.flatMap((d) => d.cleared.map((c) => c.fail.row));
    const tiers = new Map(zh.read.records.inspections.map((i) => [i.row, i.tier]));
    expect(cleared.every((row) => tiers.get(row) === "院级")).toBe(true);
  });

  it("makes both a full and a probationary member unqualified after four fails (R4)", () => {
    const unqualified = evaluation.members.filter((m) => m.assessment !== undefined);
    expect(unqualified.map((m) => m.assessment).sort()).toEqual(["fullUnqualified", "probationUnqualified"]);
    const dorm = dormOf(evaluation, unqualified[0]?.dormId ?? "");
    expect(dorm?.fails).toBe(4);
    expect(dorm?.longestStreak).toBe(1);
    const deadline = (dayOfIso(dorm?.totalLimit?.trigger.date ?? "") as Day) + 14;
    for (const m of unqualified) {
      expect(m.action?.deadline).toBe(new Date(deadline * MS_PER_DAY).toISOString().slice(0, 10));
      expect(m.action?.contact).not.toBe("");
    }
  });

  it("grades dorms excellent and fail (R5) and gives the excellent ones' members priority (R6)", () => {
    expect(zh.summary.grades.excellent).toBeGreaterThanOrEqual(6);
    expect(zh.summary.grades.fail).toBeGreaterThanOrEqual(2);
    expect(zh.summary.grades.pass).toBeGreaterThan(150);
    const priority = evaluation.members.filter((m) => m.priority);
    expect(priority.length).toBeGreaterThan(0);
    for (const m of priority) expect(dormOf(evaluation, m.dormId)?.grade).toBe("excellent");
    expect(
      evaluation.dorms.filter((d) => d.memberDorm && d.grade === "excellent").length,
    ).toBeGreaterThanOrEqual(6);
  });

  it("shows candidates and activists their dorm's results, a failing dorm's included (R7)", () => {
    const people = reviewed(evaluation);
    expect(people.every((m) => m.review !== undefined && m.criticisms.length === 0)).toBe(true);
    const inFailingDorm = people.filter((m) => m.review?.grade === "fail");
    expect(inFailingDorm.length).toBeGreaterThan(0);
    expect(inFailingDorm.some((m) => dormOf(evaluation, m.dormId)?.memberDorm)).toBe(true);
  });

  it("warns of dorms one fail short of R3 and of R4 (R8)", () => {
    const streak = evaluation.dorms.filter((d) => d.warnings.some((w) => w.kind === "streak"));
    const total = evaluation.dorms.filter((d) => d.warnings.some((w) => w.kind === "total"));
    expect(streak.length).toBeGreaterThan(0);
    expect(total.length).toBeGreaterThan(0);
    for (const d of streak) {
      expect(d.inspections.at(-1)?.level).toBe("fail");
      expect(d.currentStreak).toBe(1);
    }
    for (const d of total) {
      expect(d.fails).toBe(3);
      expect(d.longestStreak).toBe(1);
    }
  });

  it("lists fails of member dorms not followed by a talk in time (R9)", () => {
    const statuses = evaluation.talkFollowUps.map((f) => f.status);
    expect(statuses.filter((s) => s === "missed").length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === "followed").length).toBeGreaterThan(statuses.length / 2);
  });

  it("asks to hang, take down and reissue plaques (R10)", () => {
    const action = (a: string) => evaluation.dorms.filter((d) => d.plaque === a);
    expect(action("hang")).toHaveLength(1);
    // A dorm whose members graduated, and the R3 dorm whose member moved out.
    expect(action("takeDown")).toHaveLength(2);
    expect(
      action("reissue")
        .map((d) => d.dorm.plaqueCondition)
        .sort(),
    ).toEqual(["damaged", "lost"]);
    expect(zh.read.records.dorms.filter((d) => d.plaque)).toHaveLength(60);
  });

  it("visits most dorms twice and lists those below the requirement (R11)", () => {
    const visits = evaluation.dorms.map((d) => d.visits.length);
    expect(Math.max(...visits)).toBe(2);
    expect(visits.filter((n) => n < 2).length).toBeGreaterThan(0);
    expect(visits.filter((n) => n === 2).length).toBeGreaterThan(150);
    expect(zh.read.records.visits.every((v) => v.teacher && v.group && v.findings)).toBe(true);
  });

  it("flags exactly the six messy rows", () => {
    expect(zh.badRows).toBe(6);
    expect(checkMessages(zh, "dorms")).toEqual([]);
    expect(checkMessages(zh, "settings")).toEqual([]);
    expect(checkMessages(zh, "members")).toEqual([t("zh", "check.unknownDorm", { value: "9-302" })]);
    expect(checkMessages(zh, "inspections")).toEqual([
      t("zh", "check.unknownDorm", { value: "3-2O1" }),
      t("zh", "check.badResultOrStatus", { value: "良好" }),
      t("zh", "check.unknownItem", { value: "B7" }),
    ]);
    expect(checkMessages(zh, "visits")).toEqual([
      t("zh", "check.missing", { column: t("zh", "col.teacher") }),
    ]);
    expect(checkMessages(zh, "talks")).toHaveLength(1);
    expect(checkMessages(zh, "talks")[0]).toMatch(/^学号 \d{9} 不在“党员”表中$/);
  });

  it("grades the en sample to the same figures as the zh one", () => {
    const figures = (g: Grading) => ({
      summary: g.summary,
      badRows: g.badRows,
      rows: Object.fromEntries(Object.entries(g.read.checks).map(([tab, c]) => [tab, c?.length])),
      dorms: g.evaluation.dorms.map((d) => [
        d.dormId,
        d.grade,
        d.count,
        d.fails,
        d.excellents,
        d.plaque,
        d.visits.length,
      ]),
      members: g.evaluation.members.map((m) => [
        m.studentId,
        m.status,
        m.criticisms.length,
        m.praises.length,
        m.eligibility,
        m.priority,
        m.assessment,
        m.action?.deadline,
      ]),
      // The items' names are in each language; their codes and points are the same.
      talks: g.evaluation.talkFollowUps.map((f) => ({
        ...f,
        inspection: {
          ...f.inspection,
          deductions: f.inspection.deductions?.map((d) => [d.code, d.count, d.points]),
        },
      })),
    });
    expect(figures(en)).toEqual(figures(zh));
    expect(en.read.lang).toBe("en");
    expect(checkMessages(en, "inspections")[1]).toBe(t("en", "check.badResultOrStatus", { value: "good" }));
  });

  it("scores most rounds from the scoresheet's items, in every seed's department", () => {
    for (const grading of [zh, en, grade(sampleWorkbook("zh", { seed: 42 }))]) {
      const inspections = grading.read.records.inspections;
      const itemised = inspections.filter((i) => i.basis === "items");
      expect(itemised.length / inspections.length).toBeGreaterThan(0.6);
      expect(itemised.some((i) => i.deductions?.some((d) => d.veto))).toBe(true);
      expect(itemised.some((i) => i.deductions?.some((d) => d.unit === "bed"))).toBe(true);
      expect(inspections.filter((i) => i.basis === "refused")).toHaveLength(1);
      expect(grading.read.records.nobodyIn).toHaveLength(8);
    }
  });

  it("weighs an unmade bed less in the six-bed rooms of South Block 12", () => {
    const beds = zh.read.records.inspections
      .flatMap((i) => i.deductions ?? [])
      .filter((d) => d.code === "B1")
      .map((d) => d.points);
    expect(new Set(beds)).toEqual(new Set([20, 15]));
  });

  it("shows the items behind the R3 dorm's revoked eligibility: its second fail is a veto", () => {
    const revoked = evaluation.members.find((m) => m.eligibility === "revoked");
    const evidence = revoked?.eligibilityEvidence ?? [];
    expect(evidence).toHaveLength(2);
    expect(evidence[1]?.deductions?.map((d) => [d.code, d.veto, d.remark])).toEqual([["S1", true, "热得快"]]);
    expect(evidence[1]?.score).toBe(0);
  });

  it("shows a refusal among the R4 dorm's fails", () => {
    const unqualified = evaluation.members.find((m) => m.assessment === "fullUnqualified");
    expect(unqualified?.assessmentEvidence.filter((e) => e.refused)).toHaveLength(1);
  });

  it("gives every dorm inspected by score a mean score, and names score bands in its settings", () => {
    expect(evaluation.dorms.every((d) => d.meanScore !== undefined)).toBe(true);
    expect(evaluation.settings.bands.map((b) => b.min)).toEqual([85, 75, 65, 0]);
  });

  it("gives the same workbook for the same seed and another one for another seed", () => {
    expect(sampleWorkbook("zh", { seed: 7 })).toEqual(sampleWorkbook("zh", { seed: 7 }));
    expect(sampleWorkbook("zh")).toEqual(sampleWorkbook("zh", { seed: 2025 }));
    expect(sampleWorkbook("zh", { seed: 8 })).not.toEqual(sampleWorkbook("zh", { seed: 7 }));
  });

  it("fires every rule R1–R11 whatever the seed", () => {
    expect(firedRules(evaluation)).toEqual(ALL_RULES);
    for (const seed of [1, 2, 3, 42, 99]) {
      const grading = grade(sampleWorkbook("zh", { seed }));
      expect(firedRules(grading.evaluation)).toEqual(ALL_RULES);
      expect(grading.badRows).toBe(6);
    }
  });

  it("leaves out everything dated after an earlier today", () => {
    const earlier = dayOfIso("2025-11-30") as Day;
    const grids = sampleWorkbook("zh", { today: earlier });
    for (const d of allDates(grids)) expect(d.getTime() / MS_PER_DAY).toBeLessThanOrEqual(earlier);
    const grading = grade(grids, earlier);
    const futureWords = t("zh", "check.futureDate", { value: "" });
    for (const tab of ["inspections", "visits", "talks"] as const) {
      expect(checkMessages(grading, tab).some((c) => c.startsWith(futureWords))).toBe(false);
    }
  });

  it("keeps someone whose move is still to come in the dorm they move from", () => {
    const [mover] = [...evaluation.stays.keys()];
    const stays = evaluation.stays.get(mover ?? "") ?? [];
    const before = (stays[1]?.from ?? today) - 1;
    const grading = grade(sampleWorkbook("zh", { today: before }), before);
    const member = grading.read.records.members.find((m) => m.id === mover);
    expect(member?.dormId).toBe(stays[0]?.dormId);
    expect(grading.read.records.moves).toEqual([]);
  });
});

describe("emptyWorkbook", () => {
  it.each(LANGS)(
    "has every tab with its input headers, the required ones marked, and no rows (%s)",
    (lang: Lang) => {
      const grids = emptyWorkbook(lang);
      expect(grids.map((g) => g.name)).toEqual(TABS.map((s) => t(lang, s.label)));
      grids.forEach((g, i) => {
        const headers = g.values[0]?.slice(0, TABS[i]?.columns.length).map(normalizeName);
        expect(headers).toEqual(TABS[i]?.columns.map((c) => normalizeName(t(lang, c.label))));
        if (TABS[i]?.key !== "settings" && TABS[i]?.key !== "scoresheet") expect(g.values).toHaveLength(1);
      });
      expect(grids[0]?.values[0]?.[0]).toBe(lang === "zh" ? "宿舍号（必填）" : "Dorm (required)");
      expect(grids[2]?.values[0]?.slice(3, 5)).toEqual(
        lang === "zh"
          ? ["结果（与分数二选一）", "分数（与结果二选一）"]
          : ["Result (or Score)", "Score (or Result)"],
      );
    },
  );

  it.each(LANGS)("lists every setting with its default and what it means (%s)", (lang: Lang) => {
    const settings =
      emptyWorkbook(lang)
        .find((g) => g.name === t(lang, "tab.settings"))
        ?.values.slice(1) ?? [];
    expect(settings.map((row) => row[0])).toEqual(SETTING_SPECS.map((s) => t(lang, s.label)));
    const value = (key: string) => settings[SETTING_SPECS.findIndex((s) => s.key === key)]?.[1];
    expect([value("semester1StartMonth"), value("semesterFailLimit"), value("excellentShare")]).toEqual([
      8,
      4,
      "50%",
    ]);
    expect([value("department"), value("currentSemester")]).toEqual(["", ""]);
    expect(value("language")).toBe(lang === "zh" ? "中文" : "English");
    expect(settings.every((row) => String(row[2]).length > 0)).toBe(true);
    expect([value("rankBy"), value("bannerQuota"), value("bands")]).toEqual([
      lang === "zh" ? "平均分" : "mean score",
      "5%",
      "",
    ]);
  });

  it.each(LANGS)("offers the default scoresheet, every item readable (%s)", (lang: Lang) => {
    const grading = grade(emptyWorkbook(lang));
    expect(grading.read.scoresheet.map((item) => item.code)).toEqual([
      "B1",
      "B2",
      "D1",
      "F1",
      "G1",
      "W1",
      "S1",
      "S2",
      "P1",
      "N1",
    ]);
    expect(grading.read.checks.scoresheet?.every((c) => c === "")).toBe(true);
    const bedding = grading.read.scoresheet[0];
    expect([bedding?.unit, bedding?.byBeds]).toEqual([
      "bed",
      [
        [3, 30],
        [4, 20],
        [6, 15],
        [8, 10],
      ],
    ]);
    expect(grading.read.scoresheet.filter((item) => item.veto).map((item) => item.code)).toEqual([
      "S1",
      "S2",
      "P1",
      "N1",
    ]);
  });

  it.each(LANGS)("grades without problems or check messages (%s)", (lang: Lang) => {
    const grading = grade(emptyWorkbook(lang));
    expect(grading.badRows).toBe(0);
    expect(grading.read.lang).toBe(lang);
    expect(grading.evaluation.dorms).toEqual([]);
  });
});
