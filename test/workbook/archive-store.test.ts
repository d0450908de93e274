import { describe, expect, it } from "vitest";
import { planArchive } from "../../src/workbook/archive.ts";
import {
  archivedEdits,
  archiveStoreOf,
  CHUNK,
  keysDigest,
  NO_ARCHIVE,
  rowKeys,
} from "../../src/workbook/archive-store.ts";
import { type Grading, gradeWorkbook } from "../../src/workbook/grade.ts";
import type { Grid } from "../../src/workbook/layout.ts";
import { readWorkbook } from "../../src/workbook/read.ts";
import { day, type Row, workbook } from "../support/records.ts";

const TODAY = day("2026-01-20");
const options = { timeZone: "UTC", today: TODAY };
const DORMS: Row[] = [["3-201"], ["3-202"]];
const INSPECTIONS: Row[] = [
  ["2025-09-01", "3-201", "卫生", "不合格"],
  ["2025-09-08", "3-202", "卫生", "优秀"],
  ["2026-03-02", "3-202", "卫生", "合格"],
];
const grids = (inspections: Row[] = INSPECTIONS) => workbook({ dorms: DORMS, inspections });
const read = (g: Grid[]) => readWorkbook(g, options);

function storeFor(g: Grid[]) {
  const grading = gradeWorkbook(g, options, "2025-2026-1") as Grading;
  const plan = planArchive(grading, {}, "UTC", TODAY);
  if ("problem" in plan) throw new Error(plan.problem);
  const column = plan.column;
  return archiveStoreOf([[column[0]], [column[1]]], (_, count, skip) =>
    column.slice(2 + skip, 2 + skip + count),
  );
}

describe("archive-store", () => {
  describe("archiveStoreOf", () => {
    it("reads the index of each semester and loads its frozen data when asked", () => {
      const store = storeFor(grids());
      expect(store.metas.map((m) => [m.semesterId, m.archivedOn])).toEqual([["2025-2026-1", "2026-01-20"]]);
      expect(store.load("2025-2026-1")?.frozen.records.inspections).toHaveLength(2);
      expect(store.load("2024-2025-2")).toBeUndefined();
    });

    it("keeps the custom functions' answers in both languages, read without the frozen data", () => {
      const grading = gradeWorkbook(grids(), options, "2025-2026-1") as Grading;
      const plan = planArchive(grading, {}, "UTC", TODAY);
      if ("problem" in plan) throw new Error(plan.problem);
      const asked: number[][] = [];
      const column = plan.column;
      const store = archiveStoreOf([[column[0]], [column[1]]], (_, count, skip) => {
        asked.push([count, skip]);
        return column.slice(2 + skip, 2 + skip + count);
      });
      const answers = store.answers("2025-2026-1");
      expect(answers?.zh.dorms["3-201"]).toEqual(["合格", 1, 1, ""]);
      expect(answers?.en.dorms["3-201"]?.[0]).toBe("pass");
      expect(asked).toEqual([[plan.meta.answerChunks, 0]]);
      expect(store.load("2025-2026-1")?.frozen.semesterId).toBe("2025-2026-1");
      expect(asked[1]).toEqual([plan.meta.chunks, plan.meta.answerChunks]);
      expect(store.answers("2024-2025-2")).toBeUndefined();
    });

    it("leaves alone a column that is not an archive", () => {
      expect(
        archiveStoreOf(
          [
            ["x", "2025-2026-1"],
            ["not json", "{"],
          ],
          () => [],
        ).metas,
      ).toEqual([]);
      expect(NO_ARCHIVE.metas).toEqual([]);
    });

    it("keeps a large semester in pieces that fit a cell", () => {
      const many: Row[] = Array.from({ length: 2000 }, (_, i) => [
        "2025-10-01",
        "3-201",
        "卫生",
        "合格",
        "",
        `检查员${i}`,
        "x".repeat(30),
      ]);
      const g = gradeWorkbook(grids(many), options) as Grading;
      const plan = planArchive(g, {}, "UTC", TODAY);
      if ("problem" in plan) throw new Error(plan.problem);
      expect(plan.column.length).toBeGreaterThan(3);
      expect(Math.max(...plan.column.map((c) => c.length))).toBeLessThanOrEqual(CHUNK);
    });
  });

  describe("rowKeys and keysDigest", () => {
    it("key each row of the semester by what its cells say, whatever the row order", () => {
      const keys = rowKeys(read(grids()), "2025-2026-1", "UTC");
      expect(keys.inspections).toHaveLength(2);
      const sorted = rowKeys(read(grids([...INSPECTIONS].reverse())), "2025-2026-1", "UTC");
      expect(keysDigest(sorted)).toBe(keysDigest(keys));
    });

    it("read a date cell and the same date typed as text alike", () => {
      const typed = rowKeys(read(grids([["2025/9/1", "3-201", "卫生", "不合格"]])), "2025-2026-1", "UTC");
      const cell = rowKeys(
        read(grids([[new Date("2025-09-01T00:00:00Z"), "3-201", "卫生", "不合格"]])),
        "2025-2026-1",
        "UTC",
      );
      expect(typed).toEqual(cell);
    });
  });

  describe("archivedEdits", () => {
    const store = storeFor(grids());

    it("finds nothing while the archived rows are as they were, in any order", () => {
      expect(archivedEdits(read(grids([...INSPECTIONS].reverse())), store, "UTC").messages).toEqual({});
    });

    it("flags a changed row and counts the frozen row it replaced, but not rows of other semesters", () => {
      const edited = grids([
        ["2025-09-01", "3-201", "卫生", "合格"],
        INSPECTIONS[1] as Row,
        ["2026-03-09", "3-202", "", "合格"],
      ]);
      const { messages, missing } = archivedEdits(read(edited), store, "UTC");
      expect([...(messages.inspections?.keys() ?? [])]).toEqual([0]);
      expect(missing.get("2025-2026-1")).toBe(1);
    });
  });
});
