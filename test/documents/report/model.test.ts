import { describe, expect, it } from "vitest";
import { type DocumentLabelKey as LabelKey, t } from "../../../src/documents/labels.ts";
import { FORMATS, reportSheet } from "../../../src/documents/report/grid.ts";
import { mondayOf, reportModel } from "../../../src/documents/report/model.ts";
import { residentsOn } from "../../../src/documents/source.ts";
import { type Day, dayOfIso, isoOf } from "../../../src/engine/day.ts";
import { evaluate } from "../../../src/engine/evaluate.ts";
import { isSanctioned, type Status } from "../../../src/engine/records.ts";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings.ts";
import { type Grading, gradeWorkbook } from "../../../src/workbook/grade.ts";
import { sampleWorkbook } from "../../../src/workbook/sample.ts";
import { dorms, member, series, grid as tab, workbook } from "../../support/records.ts";

const today = dayOfIso("2026-01-20") as Day;

function grade(lang: "zh" | "en"): Grading {
  const grading = gradeWorkbook(sampleWorkbook(lang), { timeZone: "UTC", today });
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  return grading;
}

const grading = grade("zh");
const { records } = grading.read;
const evaluation = grading.evaluation;
const model = reportModel(grading, { edition: "internal" });
const internal = model.internal as NonNullable<typeof model.internal>;
const publicModel = reportModel(grading, { edition: "public" });

const semester = evaluation.semester;
/** The semester's inspections that count: none revoked on appeal, no cleared fail. */
const clearedRows = new Set(evaluation.dorms.flatMap((d) => d.cleared.map((c) => c.fail.row)));
const allInSemester = records.inspections.filter(
  (i) => i.day >= semester.first && i.day <= semester.last && i.appeal?.outcome !== "revoked",
);
const inSemester = allInSemester.filter((i) => !clearedRows.has(i.row));
const sanctionedIn = (dormId: string) =>
  records.members.filter((m) => m.dormId === dormId && isSanctioned(m.status)).map((m) => m.name);
const ids = (list: readonly { studentId: string }[]) => list.map((p) => p.studentId).sort();

/** Every value reachable from a model, for "plain data" checks. */
function leaves(value: unknown): unknown[] {
  if (value === null || typeof value !== "object" || value instanceof Date) return [value];
  return Object.values(value).flatMap(leaves);
}

describe("reportModel", () => {
  describe("rankings and awards", () => {
    it("ranks the semester's buildings and years in both editions, and branches internally only", () => {
      for (const m of [model, publicModel]) {
        expect(m.rankings.rankings.period.id).toBe("2025-2026-1");
        expect(m.rankings.rankings.buildings).toHaveLength(5);
        expect(m.rankings.rankings.years.map((y) => y.key)).toHaveLength(4);
      }
      expect(model.rankings.rankings.branches).toHaveLength(3);
      expect(publicModel.rankings.rankings.branches).toEqual([]);
      expect(publicModel.rankings.rankings.top).toEqual(model.rankings.rankings.top);
    });

    it("gives every month's rotating banner and the score bands", () => {
      expect(model.rankings.banners.map((b) => b.month)).toEqual([
        "2025-09",
        "2025-10",
        "2025-11",
        "2025-12",
        "2026-01",
      ]);
      expect(model.rankings.banners.every((b) => b.winners.length >= b.quota)).toBe(true);
      expect(model.rankings.rankings.bands.map((b) => b.name)).toEqual(["红旗", "蓝旗", "绿旗", "黑旗"]);
      expect(model.rankings.rankings.bands.reduce((n, b) => n + b.dorms, 0)).toBe(200);
    });

    it("counts the scoresheet items found, internally only", () => {
      expect(internal.deductions[0]?.times).toBeGreaterThan(internal.deductions.at(-1)?.times ?? 0);
      expect(internal.deductions.find((d) => d.code === "S1")).toMatchObject({
        name: "违章电器",
        veto: true,
      });
      expect(JSON.stringify(publicModel)).not.toContain("违章电器");
    });
  });

  describe("headline figures of the graded sample", () => {
    const h = model.headline;

    it("counts the dorms whose Plaque cell says yes, and the member dorms", () => {
      expect(h.plaqued).toBe(records.dorms.filter((d) => d.plaque).length);
      expect(h.plaqued).toBe(60);
      const memberDorms = new Set(records.members.filter((m) => isSanctioned(m.status)).map((m) => m.dormId));
      expect(h.memberDorms).toBe(memberDorms.size);
      expect(h.dorms).toBe(records.dorms.length);
    });

    it("counts the people of the Members tab by status, in the internal edition only", () => {
      const statuses: Status[] = ["full", "probationary", "candidate", "activist", "nonMember"];
      for (const s of statuses)
        expect(internal.members[s], s).toBe(records.members.filter((m) => m.status === s).length);
      expect(Object.values(internal.members).reduce((a, b) => a + b, 0)).toBe(records.members.length);
      expect(publicModel.internal).toBeUndefined();
    });

    it("counts the semester's inspections, fails and excellents, and the pass rate from them", () => {
      const fails = inSemester.filter((i) => i.level === "fail").length;
      expect(h.inspections).toBe(inSemester.length);
      expect(h.inspections).toBeLessThan(records.inspections.length); // the spring round is left out
      expect(h.fails).toBe(fails);
      expect(h.excellents).toBe(inSemester.filter((i) => i.level === "excellent").length);
      expect(h.passRate).toBeCloseTo((inSemester.length - fails) / inSemester.length, 10);
    });

    it("counts the dorms of each grade, the warnings and the visits", () => {
      for (const g of ["excellent", "pass", "fail", "none"] as const) {
        expect(h.grades[g], g).toBe(evaluation.dorms.filter((d) => d.grade === g).length);
      }
      expect(h.grades.excellent).toBe(grading.summary.grades.excellent);
      expect(internal.warnings.length).toBe(grading.summary.warnings);
      expect(h.visits).toBe(
        records.visits.filter((v) => v.day >= semester.first && v.day <= semester.last).length,
      );
    });

    it("is the same in both editions and both languages", () => {
      expect(publicModel.headline).toEqual(h);
      expect(reportModel(grade("en"), { edition: "internal" }).headline).toEqual(h);
      expect(publicModel.buildings).toEqual(model.buildings);
      expect(publicModel.coverage).toEqual(model.coverage);
    });
  });

  describe("tables", () => {
    it("sums each building's dorm grades to its dorms", () => {
      const buildings = new Set(records.dorms.map((d) => d.building));
      expect(model.buildings.map((b) => b.building).sort()).toEqual([...buildings].sort());
      for (const b of model.buildings) {
        const dorms = evaluation.dorms.filter((d) => d.dorm.building === b.building);
        expect(b.dorms).toBe(dorms.length);
        expect(b.grades.fail).toBe(dorms.filter((d) => d.grade === "fail").length);
        expect(b.fails).toBe(
          inSemester.filter((i) => dorms.some((d) => d.dormId === i.dormId) && i.level === "fail").length,
        );
      }
      const best = Math.max(...model.buildings.map((b) => b.passRate ?? 0));
      expect(model.buildings.filter((b) => b.rank === 1).map((b) => b.passRate)).toEqual([best]);
    });

    it("puts each inspection in its Monday-to-Sunday week, keeping empty weeks", () => {
      const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
      expect(model.weeks.every((w) => weekday(w.weekOf) === 1)).toBe(true);
      expect(model.weeks.reduce((n, w) => n + w.inspections, 0)).toBe(inSemester.length);
      for (const w of model.weeks) {
        const first = dayOfIso(w.weekOf) as Day;
        const fails = inSemester.filter((i) => i.day >= first && i.day < first + 7 && i.level === "fail");
        expect(w.fails, w.weekOf).toBe(fails.length);
      }
      const gaps = model.weeks
        .slice(1)
        .map((w, i) => (dayOfIso(w.weekOf) as Day) - (dayOfIso(model.weeks[i]?.weekOf ?? "") as Day));
      expect(new Set(gaps)).toEqual(new Set([7]));
      expect(model.weeks.some((w) => w.inspections === 0)).toBe(true); // National Day week
    });

    it("lists a criticism notice for each fail of a member dorm, cleared ones too, naming who lived there", () => {
      const residents = residentsOn(records.members, evaluation.stays);
      const livedIn = (dormId: string, date: string) => residents(dormId, date).map((m) => m.name);
      const fails = allInSemester.filter(
        (i) => i.level === "fail" && livedIn(i.dormId, isoOf(i.day)).length > 0,
      );
      const notices = model.criticism;
      expect(notices.map((n) => n.row ?? 0).sort((a, b) => a - b)).toEqual(
        fails.map((i) => i.row).sort((a, b) => a - b),
      );
      for (const n of notices) expect(n.members?.map((p) => p.name)).toEqual(livedIn(n.dorm.id, n.date));
      expect(notices.some((n) => n.members?.length && sanctionedIn(n.dorm.id).length === 0)).toBe(true);
      expect(notices.map((n) => n.date)).toEqual([...notices.map((n) => n.date)].sort());
      expect(model.headline.criticisms).toBe(fails.length);
    });

    it("names the members who lost award eligibility, failed an assessment or got award priority", () => {
      const c = internal;
      const who = (lines: typeof c.revoked) => lines.flatMap((l) => l.people);
      expect(ids(who(c.revoked))).toEqual(ids(evaluation.members.filter((m) => m.eligibility === "revoked")));
      expect(ids(who(c.assessments))).toEqual(
        ids(evaluation.members.filter((m) => m.assessment === "fullUnqualified")),
      );
      expect(ids(who(c.probation))).toEqual(
        ids(evaluation.members.filter((m) => m.assessment === "probationUnqualified")),
      );
      expect(ids(who(internal.priority))).toEqual(ids(evaluation.members.filter((m) => m.priority)));
      expect(c.revoked.length).toBeGreaterThan(0);
      expect(c.probation.length).toBeGreaterThan(0);
    });

    it("gives each action item the branch contact and the deadline of the member's outcome", () => {
      const actions = internal.actions.flatMap((l) => l.people.map((p) => ({ p, deadline: l.deadline })));
      const expected = evaluation.members.filter((m) => m.action);
      expect(actions).toHaveLength(expected.length);
      for (const m of expected) {
        const line = actions.find((a) => a.p.studentId === m.studentId);
        expect(line?.deadline).toBe(m.action?.deadline);
        expect(line?.p.contact).toBe(m.action?.contact);
      }
    });

    it("lists the reviewed people with their dorm's grade, fails and excellents", () => {
      const reviewed = evaluation.members.filter((m) => m.review);
      expect(internal.reviews.total).toBe(reviewed.length);
      expect(ids(internal.reviews.people.map((r) => r.person))).toEqual(ids(reviewed));
      for (const r of internal.reviews.people) {
        const m = reviewed.find((x) => x.studentId === r.person.studentId);
        expect({ grade: r.grade, fails: r.fails, excellents: r.excellents }).toEqual(m?.review);
      }
      expect(Object.values(internal.reviews.byGrade).reduce((a, b) => a + b, 0)).toBe(reviewed.length);
    });

    it("lists the dorms visited less than required, and the problems visits raised", () => {
      const below = evaluation.dorms.filter((d) => d.visits.length < d.visitsRequired).map((d) => d.dormId);
      expect(internal.visits.below.map((b) => b.dorm.id)).toEqual(below);
      expect(model.coverage.byYear.reduce((n, y) => n + y.dorms, 0)).toBe(records.dorms.length);
      for (const y of model.coverage.byYear) expect(y.met + y.below + y.never).toBe(y.dorms);
      const raised = records.visits.filter(
        (v) => v.day >= semester.first && v.day <= semester.last && v.followUp,
      );
      expect(internal.visits.findings.reduce((n, f) => n + f.visits.length, 0)).toBe(raised.length);
      expect(internal.visits.followUps).toBe(raised.length);
    });

    it("lists the plaques to hang, take down and reissue", () => {
      for (const action of ["hang", "takeDown", "reissue"] as const) {
        const expected = evaluation.dorms.filter((d) => d.plaque === action).map((d) => d.dormId);
        expect(
          internal.plaques[action].map((p) => p.dorm.id),
          action,
        ).toEqual(expected);
        expect(expected.length, action).toBeGreaterThan(0);
      }
    });

    it("lists the fails of member dorms without a talk in time, with the day the talk was due", () => {
      const missed = evaluation.talkFollowUps.filter((f) => f.status === "missed");
      expect(internal.talks.missed.map((m) => m.inspection.row).sort()).toEqual(
        missed.map((f) => f.inspection.row).sort(),
      );
      for (const m of internal.talks.missed) {
        expect(m.due).toBe(
          isoOf((dayOfIso(m.inspection.date) as Day) + evaluation.settings.talkFollowUpDays),
        );
      }
      expect(internal.talks.total).toBe(evaluation.talkFollowUps.length);
    });

    it("notes every row that was skipped, and why, from the check column", () => {
      const expected = Object.entries(grading.read.checks).flatMap(([tab, checks]) =>
        (checks ?? []).flatMap((message, i) => (message ? [{ tab, row: i + 2, message }] : [])),
      );
      const noted = internal.quality.flatMap((q) =>
        q.rows.map((r) => ({ tab: q.tab, row: r.row, message: r.message })),
      );
      expect(noted).toEqual(expected);
      expect(internal.quality.find((q) => q.tab === "inspections")?.skipped).toBe(3);
      expect(internal.quality.every((q) => q.rows.every((r) => r.skipped))).toBe(true);
    });
  });

  describe("editions", () => {
    it("builds the public edition without any person, free text or Party-internal part", () => {
      const text = JSON.stringify(publicModel);
      const people = [
        ...records.members.flatMap((m) => [m.name, m.id, m.contact, m.branch]),
        ...records.visits.flatMap((v) => [v.teacher, v.group, v.findings, v.followUp]),
        ...records.inspections.flatMap((i) => [i.inspector, i.notes]),
        ...records.talks.flatMap((x) => [x.with, x.reason, x.notes]),
      ].filter((s) => s.length >= 2);
      const leaked = [...new Set(people)].filter((p) => text.includes(p));
      expect(leaked).toEqual([]);
      expect(Object.keys(publicModel).sort()).not.toContain("internal");
      expect(publicModel.criticism.every((n) => n.members === undefined && n.row === undefined)).toBe(true);
      expect(publicModel.praise.every((p) => p.members === undefined)).toBe(true);
      expect(publicModel.criticism.map((n) => [n.date, n.dorm.id])).toEqual(
        model.criticism.map((n) => [n.date, n.dorm.id]),
      );
    });

    it("prints a category typed as free text as other in the public edition only", () => {
      const typed = "张三违规用电";
      const withTyped = {
        ...grading,
        read: {
          ...grading.read,
          records: {
            ...records,
            inspections: records.inspections.map((i) => (i.level === "fail" ? { ...i, category: typed } : i)),
          },
        },
      };
      const evaluation = evaluate(withTyped.read.records, grading.evaluation.settings, today);
      const source = { ...withTyped, evaluation };
      const pub = reportModel(source, { edition: "public" });
      expect(new Set(pub.criticism.map((n) => n.category))).toEqual(new Set(["other"]));
      expect(JSON.stringify(pub)).not.toContain(typed);
      expect(reportModel(source, { edition: "internal" }).criticism[0]?.category).toBe(typed);
    });

    it("names people in the internal edition", () => {
      const text = JSON.stringify(model);
      const revoked = evaluation.members.find((m) => m.eligibility === "revoked");
      expect(text).toContain(revoked?.name);
      expect(text).toContain(revoked?.studentId);
    });
  });

  it("is plain data: no Date, no function, and it survives JSON unchanged", () => {
    expect(leaves(model).some((v) => v instanceof Date || typeof v === "function")).toBe(false);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(model.semester).toEqual({ id: "2025-2026-1", first: "2025-08-01", last: "2026-01-31" });
    expect(model.today).toBe("2026-01-20");
  });

  it("does not mutate its input", () => {
    const before = structuredClone({ read: grading.read, evaluation: grading.evaluation });
    reportModel(grading, { edition: "internal" });
    reportModel(grading, { edition: "public" });
    expect({ read: grading.read, evaluation: grading.evaluation }).toEqual(before);
  });
});

describe("reportModel in a second semester", () => {
  it("lists the annual assessments and probation reviews made unqualified in the first, without an action item", () => {
    const records = {
      dorms: dorms("A"),
      members: [member("S1", "A", "full"), member("S2", "A", "probationary", { row: 3 })],
      inspections: [
        ...series("A", "2025-09-01", "fpfpfpf"),
        ...series("A", "2026-03-02", "pp", { firstRow: 20 }),
      ],
      visits: [],
      talks: [],
    };
    const evaluation = evaluate(records, DEFAULT_SETTINGS, dayOfIso("2026-07-01") as Day, "2025-2026-2");
    const second = reportModel(
      { read: { records, checks: {} }, evaluation },
      { edition: "internal" },
    ).internal;
    expect(second?.assessments.map((c) => [c.dorm.id, c.evidence.length, c.deadline])).toEqual([
      ["A", 4, undefined],
    ]);
    expect(second?.probation).toHaveLength(1);
    expect(second?.actions).toEqual([]);
  });
});

describe("mondayOf", () => {
  it("gives the Monday of any day of the week, and Monday itself", () => {
    expect(isoOf(mondayOf(dayOfIso("2025-09-04") as Day))).toBe("2025-09-01");
    expect(isoOf(mondayOf(dayOfIso("2025-09-07") as Day))).toBe("2025-09-01");
    expect(isoOf(mondayOf(dayOfIso("2025-09-08") as Day))).toBe("2025-09-08");
    expect(isoOf(mondayOf(dayOfIso("1969-12-31") as Day))).toBe("1969-12-29");
  });
});

describe("reportSheet", () => {
  const sheet = reportSheet(model, "zh");
  const grid = sheet.values;

  it("is three rectangles of one size: values, number formats and font weights", () => {
    expect(grid.every((row) => row.length === sheet.width)).toBe(true);
    expect(sheet.formats.map((r) => r.length)).toEqual(grid.map(() => sheet.width));
    expect(sheet.weights).toHaveLength(grid.length);
    expect(sheet.columnWidths).toHaveLength(sheet.width);
    expect(grid[0]?.[0]).toBe("关于2025-2026学年第一学期学生党员寝室挂牌检查情况的报告");
    expect(sheet.weights[0]?.[0]).toBe("bold");
  });

  it("keeps counts as numbers, shares as percentages and everything else as text", () => {
    grid.forEach((row, r) => {
      row.forEach((v, c) => {
        const format = sheet.formats[r]?.[c];
        if (typeof v === "number") expect([FORMATS.count, FORMATS.share]).toContain(format);
        else expect(format).toBe(FORMATS.text);
      });
    });
    const rate = grid.find((r) => r[0] === t("zh", "report.fig.passRate"));
    expect(rate?.[1]).toBeCloseTo(model.headline.passRate ?? 0, 10);
    expect(sheet.formats[grid.indexOf(rate as never)]?.[1]).toBe(FORMATS.share);
  });

  it("holds the headline figures and one row per member each consequence reaches", () => {
    const value = (label: LabelKey) => grid.find((r) => r[0] === t("zh", label))?.[1];
    expect(value("report.fig.plaqued")).toBe(60);
    expect(value("report.fig.inspections")).toBe(inSemester.length);
    const revoked = evaluation.members.filter((m) => m.eligibility === "revoked");
    for (const m of revoked) {
      expect(grid.some((r) => r[1] === m.studentId && r[4] === t("zh", "report.sub.revoked"))).toBe(true);
    }
    const probation = evaluation.members.find((m) => m.assessment === "probationUnqualified");
    const row = grid.find(
      (r) => r[1] === probation?.studentId && r[4] === t("zh", "outcome.probationUnqualified"),
    );
    expect(row?.[6]).toBe(probation?.action?.deadline);
    expect(row?.[7]).toBe(probation?.contact);
  });

  it("bolds each section heading and table header", () => {
    const heading = grid.findIndex((r) => r[0] === t("zh", "report.sec.consequences"));
    expect(sheet.weights[heading]?.[0]).toBe("bold");
    expect(sheet.weights[heading + 1]?.[0]).toBe("bold");
    expect(sheet.weights[heading + 2]?.[0]).toBe("normal");
  });

  it("says the data-quality problems with their rows", () => {
    const messages = Object.values(grading.read.checks).flatMap((c) => (c ?? []).filter((m) => m));
    for (const m of messages) expect(grid.some((r) => r[2] === m)).toBe(true);
  });

  describe("history and contact assignments", () => {
    const history = (() => {
      const g = gradeWorkbook(
        workbook({
          dorms: [["A"], ["B"], ["C"]],
          members: [
            ["m1", "张三", "正式党员", "B"],
            ["m2", "李四", "正式党员", "A"],
          ],
          inspections: null,
          visits: [
            ["2025-09-10", "C", "王老师"],
            ["2025-10-10", "A", "王老师"],
          ],
          moves: [["2025-10-01", "m1", "A", "B"]],
          assignments: [["m2", "C", ""]],
        }).concat([
          tab(
            "检查记录",
            ["日期", "宿舍号", "类别", "结果", "申诉结果", "申诉理由"],
            ["2025-09-08", "A", "卫生", "不合格", "", ""],
            ["2025-09-15", "A", "卫生", "不合格", "撤销", "检查当天宿舍停电，记录有误"],
            ["2025-10-13", "A", "卫生", "不合格", "", ""],
          ),
        ]),
        { timeZone: "UTC", today },
      );
      if ("problems" in g) throw new Error(g.problems.join("\n"));
      return g;
    })();
    const internalOf = (edition: "internal" | "public") => reportModel(history.source, { edition });

    it("shows a revoked inspection as revoked, with its reason, and never as a criticism", () => {
      const m = internalOf("internal");
      expect(m.internal?.history.revoked.map((r) => [r.inspection.row, r.reason])).toEqual([
        [3, "检查当天宿舍停电，记录有误"],
      ]);
      expect(m.criticism.map((n) => n.date)).toEqual(["2025-09-08", "2025-10-13"]);
    });

    it("names in each notice the members who lived in the dorm that day, and lists the moves", () => {
      const m = internalOf("internal");
      expect(m.criticism.map((n) => n.members?.map((p) => p.studentId))).toEqual([["m2", "m1"], ["m2"]]);
      expect(m.internal?.history.moves).toEqual([
        {
          person: expect.objectContaining({ studentId: "m1" }),
          stays: [
            { dorm: expect.objectContaining({ id: "A" }), from: "2025-08-01", to: "2025-09-30" },
            { dorm: expect.objectContaining({ id: "B" }), from: "2025-10-01", to: "2026-01-31" },
          ],
        },
      ]);
    });

    it("lists the members below their contact requirement, internally only", () => {
      expect(
        internalOf("internal").internal?.contact.below.map((b) => [b.person.studentId, b.months]),
      ).toEqual([["m2", ["2025-10"]]]);
      expect(internalOf("public").internal).toBeUndefined();
    });
  });
});
