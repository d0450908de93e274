import { describe, expect, it } from "vitest";
import {
  checkInspection,
  checkVisit,
  type EntryContext,
  entryRuns,
  type InspectionEntry,
  inspectionCells,
  visitCells,
} from "../../src/workbook/entry.ts";
import { layoutOf } from "../../src/workbook/layout.ts";
import { tabSpec } from "../../src/workbook/schema.ts";
import { day } from "../support/records.ts";

const context: EntryContext = {
  lang: "en",
  today: "2025-09-20",
  dorms: [
    { id: "3-201", label: "3-201" },
    { id: "301", label: "0301" },
  ],
};

const entry: InspectionEntry = {
  date: "2025-09-15",
  dorm: " 3-201 ",
  category: "hygiene",
  result: "fail",
  score: "",
  inspector: " Liu ",
  notes: "",
};

describe("entry", () => {
  describe("checkInspection", () => {
    it("accepts a complete inspection and trims what was typed", () => {
      expect(checkInspection(entry, context)).toEqual({
        ok: true,
        value: {
          day: day("2025-09-15"),
          dormId: "3-201",
          dormLabel: "3-201",
          category: "hygiene",
          level: "fail",
          score: undefined,
          deductions: "",
          inspector: "Liu",
          notes: "",
        },
      });
    });

    it("accepts 无人 and 拒查, and deductions alone, which the sheet scores when it reads the row", () => {
      const nobody = checkInspection({ ...entry, result: "nobodyIn" }, context);
      expect(nobody.ok && nobody.value.level).toBe("nobodyIn");
      const refused = checkInspection({ ...entry, result: "拒查" }, context);
      expect(refused.ok && inspectionCells(refused.value, "zh").get("col.result")).toBe("拒查");
      const items = checkInspection({ ...entry, result: "", deductions: " B1×2, S1 " }, context);
      expect(items.ok && inspectionCells(items.value, "en").get("col.deductions")).toBe("B1×2, S1");
    });

    it("matches dorms as the workbook does, and gives back the Dorms tab's spelling", () => {
      const checked = checkInspection({ ...entry, dorm: "３-２０１" }, context);
      expect(checked.ok && checked.value.dormLabel).toBe("3-201");
      const numeric = checkInspection({ ...entry, dorm: "301" }, context);
      expect(numeric.ok && numeric.value.dormLabel).toBe("0301");
    });

    it("reports every problem on its field", () => {
      expect(
        checkInspection({ ...entry, date: "2025-09-21", dorm: "9-999", result: "", score: "101" }, context),
      ).toEqual({
        ok: false,
        errors: [
          { field: "date", message: "date is after today: 2025-09-21" },
          { field: "dorm", message: "dorm 9-999 is not on the Dorms tab" },
          { field: "score", message: "score must be a number 0–100: 101" },
        ],
      });
    });

    it("asks for a result or a score, in the workbook's language", () => {
      expect(checkInspection({ ...entry, result: "", score: "" }, { ...context, lang: "zh" })).toEqual({
        ok: false,
        errors: [{ field: "result", message: "缺少结果、分数或扣分项" }],
      });
    });

    it("takes a score alone, and the result's words in either language", () => {
      const scored = checkInspection({ ...entry, result: "", score: "88.5" }, context);
      expect(scored.ok && [scored.value.level, scored.value.score]).toEqual([undefined, 88.5]);
      const worded = checkInspection({ ...entry, result: "优秀" }, context);
      expect(worded.ok && worded.value.level).toBe("excellent");
    });

    it("asks for the date and the dorm when they are blank", () => {
      const checked = checkInspection({ ...entry, date: "", dorm: "" }, context);
      expect(!checked.ok && checked.errors.map((e) => e.message)).toEqual([
        "missing required value: Date",
        "missing required value: Dorm",
      ]);
    });
  });

  describe("checkVisit", () => {
    it("asks for the leading teacher", () => {
      expect(
        checkVisit(
          { date: "2025-09-15", dorm: "3-201", teacher: "", group: "", findings: "", followUp: "" },
          context,
        ),
      ).toEqual({ ok: false, errors: [{ field: "teacher", message: "missing required value: Teacher" }] });
    });
  });

  describe("inspectionCells and visitCells", () => {
    it("word the entry in the workbook's language, the date as ISO text", () => {
      const checked = checkInspection(entry, context);
      if (!checked.ok) throw new Error("refused");
      expect(Object.fromEntries(inspectionCells(checked.value, "zh"))).toEqual({
        "col.date": "2025-09-15",
        "col.dorm": "3-201",
        "col.category": "卫生",
        "col.result": "不合格",
        "col.score": "",
        "col.deductions": "",
        "col.inspector": "Liu",
        "col.notes": "",
      });
    });

    it("keep the user's own category text", () => {
      const checked = checkInspection({ ...entry, category: "用电" }, context);
      if (!checked.ok) throw new Error("refused");
      expect(inspectionCells(checked.value, "en").get("col.category")).toBe("用电");
    });

    it("give a visit's cells", () => {
      const checked = checkVisit(
        { date: "2025-09-15", dorm: "3-201", teacher: "Wang", group: "G1", findings: "ok", followUp: "" },
        context,
      );
      if (!checked.ok) throw new Error("refused");
      expect([...visitCells(checked.value).values()]).toEqual([
        "2025-09-15",
        "3-201",
        "Wang",
        "G1",
        "ok",
        "",
      ]);
    });
  });

  describe("entryRuns", () => {
    const cells = new Map([
      ["col.date", "2025-09-15"],
      ["col.dorm", "3-201"],
      ["col.teacher", "Wang"],
      ["col.group", ""],
    ] as const);

    it("places each cell under its header, one run per block of adjacent input columns", () => {
      const layout = layoutOf(
        { name: "Visits", values: [["Teacher", "Mine", "Date", "Dorm", "Check", "Group"]] },
        tabSpec("visits"),
      );
      expect(entryRuns(layout, cells, "en")).toEqual([
        { column: 1, keys: ["col.teacher"], values: ["Wang"] },
        { column: 3, keys: ["col.date", "col.dorm"], values: ["2025-09-15", "3-201"] },
        { column: 6, keys: ["col.group"], values: [""] },
      ]);
    });

    it("leaves out a blank value without a column, and refuses to drop a typed one", () => {
      const layout = layoutOf({ name: "Visits", values: [["Date", "Dorm", "Check"]] }, tabSpec("visits"));
      expect(() => entryRuns(layout, cells, "en")).toThrow("the Visits tab has no Teacher column");
      const blank = new Map([...cells].filter(([key]) => key !== "col.teacher"));
      expect(entryRuns(layout, blank, "en")).toEqual([
        { column: 1, keys: ["col.date", "col.dorm"], values: ["2025-09-15", "3-201"] },
      ]);
    });
  });
});
