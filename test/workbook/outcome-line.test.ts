import { describe, expect, it } from "vitest";
import { dayOfIso } from "../../src/engine/day.ts";
import type { Lang } from "../../src/engine/labels.ts";
import { memberOutcomeLine, outcomeLine } from "../../src/engine/wording.ts";
import { gradeWorkbook } from "../../src/workbook/grade.ts";
import { tabOutputs } from "../../src/workbook/outputs.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";

const today = dayOfIso("2026-01-20") as number;

describe("outcomeLine", () => {
  it.each<Lang>(["zh", "en"])(
    "gives, from the Members output columns as written, the engine's own line for every member (%s)",
    (lang) => {
      const grading = gradeWorkbook(sampleWorkbook(lang), { timeZone: "UTC", today: today as never });
      if ("problems" in grading) throw new Error(grading.problems.join("\n"));
      const columns = tabOutputs(grading.read, grading.evaluation).get("members");
      const rowOf = new Map(grading.read.records.members.map((m) => [m.id, m.row]));
      const lines = grading.evaluation.members.map((m) => {
        const i = (rowOf.get(m.studentId) as number) - 2;
        const cell = (key: Parameters<NonNullable<typeof columns>["get"]>[0]) => columns?.get(key)?.[i] ?? "";
        const count = (v: string | number) => (v === "" ? "" : Number(v));
        return outcomeLine(
          {
            criticisms: count(cell("out.criticisms")),
            praises: count(cell("out.praises")),
            eligibility: String(cell("out.eligibility")),
            priority: String(cell("out.priority")),
            assessment: String(cell("out.assessment")),
            action: String(cell("out.action")),
            review: String(cell("out.review")),
          },
          lang,
        );
      });
      expect(lines).toEqual(grading.evaluation.members.map((m) => memberOutcomeLine(m, lang)));
      expect(new Set(lines).size).toBeGreaterThan(3);
    },
  );
});
