import { describe, expect, it } from "vitest";
import { bulletinModel } from "../../src/documents/bulletin/model.ts";
import { renderBulletin } from "../../src/documents/bulletin/template.ts";
import { downloadDialog } from "../../src/documents/download-dialog.ts";
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

describe("renderReport", () => {
  it("writes a complete, self-contained, print-ready A4 document with the CJK font stack", () => {
    const html = renderReport(reportModel(samples.zh.grading, { edition: "internal" }), "zh");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain('"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif');
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(/i);
    expect(html.replaceAll("http://www.w3.org/2000/svg", "")).not.toMatch(/https?:\/\//);
    expect(html).toContain("2025-2026学年第一学期");
  });

  it("draws the charts as SVG by default and as text bars for Apps Script's converter", () => {
    const model = reportModel(samples.zh.grading, { edition: "internal" });
    const svg = renderReport(model, "zh");
    const bars = renderReport(model, "zh", { charts: "html" });
    expect(svg.match(/<svg /g)).toHaveLength(3);
    expect(bars).not.toContain("<svg");
    expect(bars).toContain("\u2588");
    expect(bars).toContain('border="1"');
  });

  it("uses only the report's language: the English report has no Chinese character", () => {
    const html = renderReport(reportModel(samples.en.grading, { edition: "internal" }), "en");
    expect(html.match(/[\u3400-\u9fff\uff08\uff09\u3001\uff1a]/gu) ?? []).toEqual([]);
    expect(html).toContain("2025-2026 semester 1");
  });

  describe("public edition", () => {
    for (const lang of LANGS) {
      it(`names no member, student ID, contact, teacher or inspector of the ${lang} sample`, () => {
        const { grids, grading } = samples[lang];
        const people = peopleOf(grids);
        expect(people.length).toBeGreaterThan(150);
        for (const charts of ["svg", "html"] as const) {
          const html = renderReport(reportModel(grading, { edition: "public" }), lang, { charts });
          const bulletin = renderBulletin(bulletinModel(grading, { edition: "public", ...WEEK }), lang, {
            charts,
          });
          expect(
            people.filter((p) => html.includes(esc(p))),
            charts,
          ).toEqual([]);
          expect(
            people.filter((p) => bulletin.includes(esc(p))),
            charts,
          ).toEqual([]);
          expect(html).toContain(t(lang, "report.publicNote"));
        }
      });
    }

    it("is checked against names the internal edition does show", () => {
      const { grids, grading } = samples.zh;
      const html = renderReport(reportModel(grading, { edition: "internal" }), "zh");
      const bulletin = renderBulletin(bulletinModel(grading, { edition: "internal", ...WEEK }), "zh");
      const shown = peopleOf(grids).filter((p) => html.includes(p) || bulletin.includes(p));
      expect(shown.length).toBeGreaterThan(100);
      const revoked = grading.evaluation.members.find((m) => m.eligibility === "revoked");
      expect(html).toContain(revoked?.name);
    });
  });

  it("shows a user's markup as text, never as markup", () => {
    const grading = poisoned();
    const docs = [
      renderReport(reportModel(grading, { edition: "internal" }), "zh"),
      renderReport(reportModel(grading, { edition: "internal" }), "zh", { charts: "html" }),
      renderReport(reportModel(grading, { edition: "public" }), "zh"),
      renderBulletin(
        bulletinModel(grading, { edition: "internal", from: "2025-09-01", to: "2026-01-31" }),
        "zh",
      ),
    ];
    for (const html of docs) {
      expect(html).not.toContain("<img");
      expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
    const internal = docs[0] as string;
    // In the name, the building, the findings, the title and the department line.
    expect(internal.split("&lt;img src=x onerror=alert(1)&gt;").length).toBeGreaterThan(5);
  });
});

describe("renderBulletin", () => {
  const { grading } = samples.zh;
  const model = bulletinModel(grading, { edition: "internal", ...WEEK });
  const html = renderBulletin(model, "zh");

  it("has one inspections row per inspection of the period, each marked with its sheet row", () => {
    const rows = [...html.matchAll(/<tr data-row="(\d+)">/g)].map((m) => Number(m[1]));
    const expected = grading.read.records.inspections
      .filter((i) => i.day >= (dayOfIso(WEEK.from) as Day) && i.day <= (dayOfIso(WEEK.to) as Day))
      .map((i) => i.row)
      .sort((a, b) => a - b);
    expect([...rows].sort((a, b) => a - b)).toEqual(expected);
  });

  it("dates nothing outside the period in its inspection rows", () => {
    const dates = [...html.matchAll(/<tr data-row="\d+"><td class="nw">(\d{4}-\d{2}-\d{2})</g)].map(
      (m) => m[1] as string,
    );
    expect(dates.length).toBe(model.inspections.length);
    expect(dates.every((d) => d >= WEEK.from && d <= WEEK.to)).toBe(true);
  });

  it("names the members of each criticism notice in the internal edition only", () => {
    const notice = model.criticism[0];
    expect(notice).toBeDefined();
    for (const p of notice?.people ?? []) expect(html).toContain(p.name);
    const pub = renderBulletin(bulletinModel(grading, { edition: "public", ...WEEK }), "zh");
    for (const p of notice?.people ?? []) expect(pub).not.toContain(p.name);
    expect(pub).toContain(t("zh", "report.col.memberCount"));
  });
});

describe("downloadDialog", () => {
  it("offers the PDF as a data: link with a download name, and the web page beside it", () => {
    const page = downloadDialog("zh", {
      pdf: { fileName: "学期报告-2025-2026-1.pdf", mimeType: "application/pdf", base64: "JVBERi0=" },
      html: { fileName: "学期报告-2025-2026-1.html", mimeType: "text/html", base64: "PCFET0M=" },
    });
    expect(page).toContain('href="data:application/pdf;base64,JVBERi0=" download="学期报告-2025-2026-1.pdf"');
    expect(page).toContain('href="data:text/html;base64,PCFET0M=" download="学期报告-2025-2026-1.html"');
    expect(page).toContain(t("zh", "report.download.pdf"));
  });

  it("says why the PDF is missing and still offers the web page", () => {
    const page = downloadDialog("en", {
      html: { fileName: "r.html", mimeType: "text/html", base64: "PCFET0M=" },
      error: `Conversion failed ${PAYLOAD}`,
    });
    expect(page).not.toContain("application/pdf");
    expect(page).toContain("PDF conversion failed: Conversion failed &lt;img");
    expect(page).toContain('class="button" href="data:text/html');
  });
});
