import { describe, expect, it } from "vitest";
import { bulletinModel } from "../../src/documents/bulletin/model.ts";
import { renderBulletin } from "../../src/documents/bulletin/template.ts";
import { esc } from "../../src/documents/html.ts";
import { type DocumentLabelKey as LabelKey, t } from "../../src/documents/labels.ts";
import { reportModel } from "../../src/documents/report/model.ts";
import { renderReport } from "../../src/documents/report/template.ts";
import { type Day, dayOfIso } from "../../src/engine/day.ts";
import { LANGS, type Lang } from "../../src/engine/labels.ts";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import type { Grid } from "../../src/workbook/layout.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import { type TabKey, tabSpec } from "../../src/workbook/schema.ts";
import { plantedWorkbook } from "../support/planted.ts";

const today = dayOfIso("2026-01-20") as Day;
const PAYLOAD = "<img src=x onerror=alert(1)>";
const WEEK = { from: "2025-11-24", to: "2025-11-30" };

function grade(grids: readonly Grid[]): Grading {
  const grading = gradeWorkbook(grids, { timeZone: "UTC", today });
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  return grading;
}

/** The cells of one input column of a sample tab, header left out. */
function columnOf(grids: readonly Grid[], tab: TabKey, column: LabelKey): string[] {
  const index = tabSpec(tab).columns.findIndex((c) => c.label === column);
  const grid = grids.find(
    (g) => g.name === t("zh", tabSpec(tab).label) || g.name === t("en", tabSpec(tab).label),
  );
  return (grid?.values.slice(1) ?? []).map((row) => String(row[index] ?? "")).filter((v) => v !== "");
}

/** Every person a sample workbook names anywhere: members, contacts, teachers, inspectors, talk partners. */
function peopleOf(grids: readonly Grid[]): string[] {
  const inspectors = columnOf(grids, "inspections", "col.inspector").flatMap((s) => [
    s,
    s.split(" ").at(-1) ?? s,
  ]);
  return [
    ...new Set([
      ...columnOf(grids, "members", "col.name"),
      ...columnOf(grids, "members", "col.studentId"),
      ...columnOf(grids, "members", "col.contact"),
      ...columnOf(grids, "visits", "col.teacher"),
      ...columnOf(grids, "talks", "col.with"),
      ...inspectors.filter((s) => s !== "宿管中心" && s !== "Housing Office"),
    ]),
  ];
}

const samples = Object.fromEntries(
  LANGS.map((lang) => {
    const grids = sampleWorkbook(lang);
    return [lang, { grids, grading: grade(grids) }];
  }),
) as Record<Lang, { grids: Grid[]; grading: Grading }>;

/** The sample with the payload typed into a member's name, a building, notes, findings and a category. */
function poisoned(): Grading {
  const grids = sampleWorkbook("zh").map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
  const sample = samples.zh.grading;
  const revoked = sample.evaluation.members.find((m) => m.eligibility === "revoked");
  const set = (tab: TabKey, column: LabelKey, pick: (row: readonly unknown[]) => boolean) => {
    const grid = grids.find((g) => g.name === t("zh", tabSpec(tab).label));
    const index = tabSpec(tab).columns.findIndex((c) => c.label === column);
    for (const row of grid?.values.slice(1) ?? []) if (pick(row)) row[index] = PAYLOAD;
  };
  set("members", "col.name", (row) => row[0] === revoked?.studentId);
  set("dorms", "col.building", (row) => row[0] === revoked?.dormId);
  set("inspections", "col.notes", (row) => row[1] === revoked?.dormId);
  set("inspections", "col.category", (row) => row[1] === "3-201");
  set("visits", "col.findings", () => true);
  set("settings", "col.value", (row) => row[0] === t("zh", "set.department"));
  return grade(grids);
}

/** The text a reader sees: tags dropped, entities of the escaper undone. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("renderReport", () => {
  it("writes a complete, self-contained, print-ready A4 document with CJK serif and sans fonts", () => {
    const html = renderReport(reportModel(samples.zh.grading, { edition: "internal" }), "zh");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain('"Noto Serif CJK SC"');
    expect(html).toContain('"Noto Sans CJK SC"');
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(/i);
    expect(html.replaceAll("http://www.w3.org/2000/svg", "")).not.toMatch(/https?:\/\//);
    expect(html).toContain("2025-2026学年第一学期");
  });

  it("draws the weekly chart as SVG by default and as text bars for Apps Script's converter", () => {
    const model = reportModel(samples.zh.grading, { edition: "internal" });
    const svg = renderReport(model, "zh");
    const bars = renderReport(model, "zh", { charts: "html" });
    expect(svg.match(/<svg /g)).toHaveLength(1);
    expect(bars).not.toContain("<svg");
    expect(bars).toContain("\u2588");
    expect(bars).toContain('border="1"');
  });

  it("uses only the report's language: the English report has no Chinese character", () => {
    const html = renderReport(reportModel(samples.en.grading, { edition: "internal" }), "en");
    expect(html.match(/[\u3400-\u9fff\uff08\uff09\u3001\uff1a\u3002\uff0c]/gu) ?? []).toEqual([]);
    expect(html).toContain("2025-2026 semester 1");
  });

  for (const lang of LANGS) {
    it(`follows the official form in text order: mark, issuing body, number, title, body, issuer and date, attachment (${lang})`, () => {
      const grading = grade(sampleWorkbook(lang).map((g) => g));
      const settings = { ...grading.evaluation.settings, documentNumber: "电子党〔2026〕1号" };
      const model = reportModel(
        { ...grading, evaluation: { ...grading.evaluation, settings } },
        { edition: "internal" },
      );
      const text = textOf(renderReport(model, lang));
      const issuer = settings.issuer;
      expect(issuer).not.toBe("");
      const order = [
        t(lang, "doc.mark.internal"),
        issuer,
        "电子党〔2026〕1号",
        t(lang, "doc.report.title.internal", {
          semester: lang === "zh" ? "2025-2026学年第一学期" : "2025-2026 semester 1",
        }),
        t(lang, "report.sec.headline"),
        t(lang, "report.sec.quality"),
        lang === "zh" ? "2026年1月20日" : "20 January 2026",
        t(lang, "report.sec.basis"),
      ];
      let at = -1;
      for (const part of order) {
        const next = text.indexOf(part, at + 1);
        expect(next, part).toBeGreaterThan(at);
        at = next;
      }
      // The issuing body signs at the foot, after the last section and before the date.
      const foot = text.lastIndexOf(issuer);
      expect(foot).toBeGreaterThan(text.indexOf(t(lang, "report.sec.quality")));
      expect(foot).toBeLessThan(text.lastIndexOf(lang === "zh" ? "2026年1月20日" : "20 January 2026"));
    });
  }

  describe("public edition", () => {
    for (const lang of LANGS) {
      it(`names no member, student ID, contact, teacher or inspector of the ${lang} sample`, () => {
        const { grids, grading } = samples[lang];
        const people = peopleOf(grids);
        expect(people.length).toBeGreaterThan(150);
        for (const charts of ["svg", "html"] as const) {
          const html = renderReport(reportModel(grading, { edition: "public" }), lang, { charts });
          const bulletin = renderBulletin(
            bulletinModel(grading, { edition: "public", appendix: true, ...WEEK }),
            lang,
            { charts },
          );
          expect(
            people.filter((p) => html.includes(esc(p))),
            charts,
          ).toEqual([]);
          expect(
            people.filter((p) => bulletin.includes(esc(p))),
            charts,
          ).toEqual([]);
          expect(html).toContain(t(lang, "doc.publicNote"));
        }
      });

      it(`shows no planted token of a personal or free-text field, and a neutral page title (${lang})`, () => {
        const planted = plantedWorkbook(lang);
        const grading = grade(planted.grids);
        const internal = renderReport(reportModel(grading, { edition: "internal" }), lang);
        // The tokens are there to be found: the internal edition shows many of them.
        expect(planted.personal.filter((tok) => internal.includes(tok)).length).toBeGreaterThan(50);
        for (const charts of ["svg", "html"] as const) {
          const docs = [
            renderReport(reportModel(grading, { edition: "public" }), lang, { charts }),
            renderBulletin(bulletinModel(grading, { edition: "public", appendix: true, ...WEEK }), lang, {
              charts,
            }),
          ];
          for (const html of docs) {
            expect(planted.personal.filter((tok) => html.includes(tok))).toEqual([]);
            const title = /<title>(.*)<\/title>/.exec(html)?.[1] ?? "";
            expect([t(lang, "doc.neutral.report"), t(lang, "doc.neutral.bulletin")]).toContain(title);
            // The issuing body heads the document, as it must; it is not in the title.
            expect(html).toContain(planted.header[1]);
          }
        }
      });
    }

    it("is checked against names the internal edition does show", () => {
      const { grids, grading } = samples.zh;
      const html = renderReport(reportModel(grading, { edition: "internal" }), "zh");
      const bulletin = renderBulletin(bulletinModel(grading, { edition: "internal", ...WEEK }), "zh");
      const shown = peopleOf(grids).filter((p) => html.includes(p) || bulletin.includes(p));
      expect(shown.length).toBeGreaterThan(50);
      const revoked = grading.evaluation.members.find((m) => m.eligibility === "revoked");
      expect(html).toContain(revoked?.name);
    });
  });

  it("gives, internally, the items behind each consequence beside the date of the inspection", () => {
    const html = renderReport(reportModel(samples.zh.grading, { edition: "internal" }), "zh");
    expect(html).toContain(esc("−100 违章电器：热得快（一票否决）"));
    expect(html).toContain(esc("（拒查）"));
    const en = renderReport(reportModel(samples.en.grading, { edition: "internal" }), "en");
    expect(en).toContain(esc("−100 banned appliance: immersion heater (veto)"));
  });

  it("ranks the semester and names each month's banner, in both editions", () => {
    for (const edition of ["internal", "public"] as const) {
      const html = renderReport(reportModel(samples.zh.grading, { edition }), "zh");
      expect(html).toContain("排名与流动红旗");
      expect(html).toContain("后 5 名宿舍");
      expect(html).toContain("2025年11月");
      expect(html.includes("按支部")).toBe(edition === "internal");
      expect(html.includes("扣分项统计")).toBe(edition === "internal");
    }
  });

  it("shows a user's markup as text, never as markup", () => {
    const grading = poisoned();
    const docs = [
      renderReport(reportModel(grading, { edition: "internal" }), "zh"),
      renderReport(reportModel(grading, { edition: "internal" }), "zh", { charts: "html" }),
      renderReport(reportModel(grading, { edition: "public" }), "zh"),
      renderBulletin(
        bulletinModel(grading, { edition: "internal", from: "2025-09-01", to: "2026-01-31", appendix: true }),
        "zh",
      ),
    ];
    for (const html of docs) {
      expect(html).not.toContain("<img");
      expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
    const internal = docs[0] as string;
    // In the name, the building, the findings and the department heading the document.
    expect(internal.split("&lt;img src=x onerror=alert(1)&gt;").length).toBeGreaterThan(4);
  });
});

describe("renderBulletin", () => {
  const { grading } = samples.zh;
  const model = bulletinModel(grading, { edition: "internal", ...WEEK });
  const html = renderBulletin(model, "zh");
  const withList = bulletinModel(grading, { edition: "internal", appendix: true, ...WEEK });
  const appendix = renderBulletin(withList, "zh");

  it("is a notice: excellent and failing dorms and a count of inspections, no inspection list", () => {
    const text = textOf(html);
    expect(text).toContain(`共检查宿舍 ${model.totals.inspections} 次`);
    for (const d of model.failDorms) expect(text).toContain(d.dorm.label);
    for (const d of model.excellentDorms) expect(text).toContain(d.dorm.label);
    expect(html).not.toContain("data-row=");
    expect(text).toContain("特此通报");
  });

  it("lists every inspection of the period in its attachment when asked, each marked with its sheet row", () => {
    const rows = [...appendix.matchAll(/<tr data-row="(\d+)">/g)].map((m) => Number(m[1]));
    const expected = grading.read.records.inspections
      .filter((i) => i.day >= (dayOfIso(WEEK.from) as Day) && i.day <= (dayOfIso(WEEK.to) as Day))
      .map((i) => i.row)
      .sort((a, b) => a - b);
    expect([...rows].sort((a, b) => a - b)).toEqual(expected);
    expect(textOf(appendix)).toContain(t("zh", "doc.bulletin.appendix"));
  });

  it("names, internally, each member of a failing member dorm and what they now face", () => {
    const facing = model.failDorms.find((d) => d.facing && d.facing.members.length > 0);
    expect(facing).toBeDefined();
    const text = textOf(html);
    for (const p of facing?.facing?.members ?? []) {
      expect(text).toContain(
        `${p.name}（${t("zh", `status.${p.status}`)}）：${t("zh", "report.sub.criticism")}`,
      );
    }
    const pub = textOf(renderBulletin(bulletinModel(grading, { edition: "public", ...WEEK }), "zh"));
    for (const p of facing?.facing?.members ?? []) expect(pub).not.toContain(p.name);
    expect(pub).not.toContain(t("zh", "doc.col.facing"));
  });

  it("announces the month's banner and the period's bands in the week the month ends", () => {
    const html = renderBulletin(bulletinModel(samples.zh.grading, { edition: "public", ...WEEK }), "zh");
    expect(html).toContain("流动红旗与评分档次");
    expect(html).toContain("2025年11月流动红旗授予：");
    const midMonth = renderBulletin(
      bulletinModel(samples.zh.grading, { edition: "public", from: "2025-11-10", to: "2025-11-16" }),
      "zh",
    );
    expect(midMonth).not.toContain("流动红旗授予");
    expect(midMonth).toContain("本期受检宿舍按平均分评定档次");
  });

  it("writes the period in words in its title", () => {
    expect(textOf(html)).toContain("关于2025年11月24日至30日学生党员寝室检查情况的通报");
  });
});
