import { describe, expect, it } from "vitest";
import { plaqueKitModel } from "../../../src/documents/plaque-kit/model.ts";
import { kitPages, renderPlaqueKit } from "../../../src/documents/plaque-kit/template.ts";
import { type Day, dayOfIso } from "../../../src/engine/day.ts";
import { LABELS } from "../../../src/engine/labels.ts";
import { type Grading, gradeWorkbook } from "../../../src/workbook/grade.ts";
import { sampleWorkbook } from "../../../src/workbook/sample.ts";

const today = dayOfIso("2026-01-20") as Day;

function sample(lang: "zh" | "en" = "zh"): Grading {
  const g = gradeWorkbook(sampleWorkbook(lang), { timeZone: "UTC", today });
  if ("problems" in g) throw new Error(g.problems.join("\n"));
  return g;
}

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe("renderPlaqueKit", () => {
  it("prints the decision, a card per dorm to hang or reissue, a notice per plaque to take down and a 承诺书 per member", () => {
    const grading = sample();
    const model = plaqueKitModel(grading);
    const html = renderPlaqueKit(model, "zh");
    expect(html).toContain("关于2025-2026学年第一学期学生党员寝室挂牌的决定");
    expect(count(html, 'class="half card"')).toBe(model.cards.length);
    expect(count(html, 'class="half notice"')).toBe(model.takeDown.length);
    expect(count(html, 'class="half promise"')).toBe(model.pledges.length);
    expect(count(html, '<svg class="qr"')).toBe(model.cards.length);
    for (const card of model.cards) {
      expect(html).toContain(`data-dorm="${card.dorm.label}"`);
      for (const m of card.members) expect(html).toContain(m.name);
    }
    expect(html).toContain("我是共产党员，请大家监督我");
    expect(html).toContain("承诺人（签名）：");
  });

  it("prints in English with the workbook's own names", () => {
    const model = plaqueKitModel(sample("en"), { all: true });
    const html = renderPlaqueKit(model, "en");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Decision on the member dorm plaques, 2025-2026 semester 1");
    expect(html).toContain("Party Member Dorm");
    expect(html).toContain("Member Dorm Pledge");
    expect(html).not.toMatch(/[承诺书挂牌决定撤牌通知]{2}/u);
  });

  it("shows the Settings tab's pledge and no QR code without a form", () => {
    const grids = sampleWorkbook("zh");
    const settings = grids.find((g) => g.name === "设置");
    const values = (settings?.values ?? []).map((row) =>
      row[0] === "检查表单链接"
        ? [row[0], ""]
        : row[0] === "承诺语"
          ? [row[0], "亮身份 作表率 <当好表率>"]
          : row,
    );
    const g = gradeWorkbook(
      grids.map((grid) => (grid.name === "设置" ? { ...grid, values } : grid)),
      { timeZone: "UTC", today },
    );
    if ("problems" in g) throw new Error(g.problems.join("\n"));
    const html = renderPlaqueKit(plaqueKitModel(g), "zh");
    expect(html).toContain("亮身份 作表率 &lt;当好表率&gt;");
    expect(html).not.toContain("<svg");
  });

  it("never prints a consequence, an inspection, a contact or a note", () => {
    const grading = sample();
    const html = renderPlaqueKit(plaqueKitModel(grading, { all: true }), "zh");
    for (const key of [
      "outcome.revoked",
      "outcome.fullUnqualified",
      "outcome.probationUnqualified",
      "out.criticisms",
      "out.assessment",
      "warning.streak",
    ] as const)
      expect(html, key).not.toContain(LABELS[key].zh);
    // A contact who is also a member (a student who follows up others) is printed as a member.
    const names = new Set(grading.read.records.members.map((m) => m.name));
    const contacts = new Set(
      grading.read.records.members.map((m) => m.contact).filter((c) => c !== "" && !names.has(c)),
    );
    expect(contacts.size).toBeGreaterThan(1);
    const notes = new Set(grading.read.records.inspections.map((i) => i.notes).filter((n) => n !== ""));
    expect([...contacts].filter((c) => html.includes(c))).toEqual([]);
    expect([...notes].filter((n) => html.includes(n))).toEqual([]);
  });

  it("loads nothing: no script, no link, no image source, under the reports' Content-Security-Policy", () => {
    const html = renderPlaqueKit(plaqueKitModel(sample()), "zh");
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/i);
  });
});

describe("kitPages", () => {
  it("tags every sheet with its part, so a dialog can print one part alone", () => {
    const { body } = kitPages(plaqueKitModel(sample()), "zh");
    const parts = [...body.matchAll(/<section class="sheet [a-z]+" data-part="([a-z]+)"/g)].map((m) => m[1]);
    expect(new Set(parts)).toEqual(new Set(["decision", "cards", "notices", "pledges"]));
  });
});
