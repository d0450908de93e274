import { describe, expect, it } from "vitest";
import { dialogPage, exportChoices, prepareDocument } from "../../src/documents/sheets-module.ts";
import { type Day, dayOfIso } from "../../src/engine/day.ts";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";

function grade(grids: ReturnType<typeof sampleWorkbook>, today: Day): Grading {
  const grading = gradeWorkbook(grids, { timeZone: "UTC", today });
  if ("problems" in grading) throw new Error(grading.problems.join("\n"));
  return grading;
}

const sample = grade(sampleWorkbook("zh"), dayOfIso("2026-01-20") as Day);

describe("exportChoices", () => {
  it("opens on the Monday-to-Sunday week of the latest inspection, and the Settings' number", () => {
    expect(exportChoices(sample)).toMatchObject({
      lang: "zh",
      from: "2026-01-12",
      to: "2026-01-18",
      documentNumber: "",
    });
  });

  it("finds the latest of a university's 200,000 inspections without overflowing the stack", () => {
    const { records } = sample.read;
    const first = records.inspections[0] as (typeof records.inspections)[number];
    const inspections = Array.from({ length: 200_000 }, (_, i) => ({ ...first, day: first.day + (i % 90) }));
    const big = { ...sample, read: { ...sample.read, records: { ...records, inspections } } };
    const latest = first.day + 89;
    const monday = exportChoices(big).from;
    expect((dayOfIso(monday) as Day) <= latest && latest < (dayOfIso(monday) as Day) + 7).toBe(true);
  });
});

describe("prepareDocument", () => {
  it("uses the number the dialog gave for this document only", () => {
    const doc = prepareDocument(sample, {
      kind: "report",
      edition: "internal",
      documentNumber: "电子党〔2026〕2号",
    });
    expect(doc.webHtml).toContain("电子党〔2026〕2号");
    expect(sample.evaluation.settings.documentNumber).toBe("");
  });
});

describe("dialogPage", () => {
  it("puts the choices where the page reads them, unable to close the script element", () => {
    const page = dialogPage("<body><!-- CHOICES --></body>", {
      ...exportChoices(sample),
      documentNumber: "</script><b>",
    });
    expect(page).toContain('<script type="application/json" id="export-choices">');
    expect(page).not.toContain("</script><b>");
    const json = /id="export-choices">(.*)<\/script>/.exec(page)?.[1] ?? "";
    expect(JSON.parse(json).documentNumber).toBe("</script><b>");
  });
});
