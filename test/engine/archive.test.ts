import { describe, expect, it } from "vitest";
import { earlierFrom, freezeSemester, frozenDigest, thaw } from "../../src/engine/archive.ts";
import { evaluate } from "../../src/engine/evaluate.ts";
import {
  day,
  dorms,
  inspection,
  members,
  records,
  series,
  settings,
  talk,
  visit,
} from "../support/records.ts";

const TODAY = day("2026-01-20");
const autumn = records({
  dorms: dorms("A", "B"),
  members: members(["m", "A"], ["n", "B", "probationary"]),
  inspections: [
    ...series("A", "2025-09-01", "fpfpfpf"),
    inspection("2025-06-12", "A", "fail", 40),
    inspection("2026-03-02", "B", "fail", 41),
  ],
  visits: [visit("2025-10-10", "A", 2), visit("2026-03-10", "A", 3)],
  talks: [talk("2025-09-03", "m", 2)],
});

describe("archive", () => {
  describe("freezeSemester", () => {
    it("keeps the semester's dated records, every dorm and member, the settings, the day and the opinions", () => {
      const frozen = freezeSemester(autumn, settings(), TODAY, "2025-2026学年第一学期", { A: "整改中" });
      expect(frozen.semesterId).toBe("2025-2026-1");
      expect(frozen.records.inspections.map((i) => i.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
      expect(frozen.records.visits.map((v) => v.row)).toEqual([2]);
      expect(frozen.records.members).toHaveLength(2);
      expect(frozen.archivedOn).toBe(TODAY);
      expect(frozen.opinions).toEqual({ A: "整改中" });
    });
  });

  describe("thaw", () => {
    it("gives the evaluation the semester had when archived, through JSON too", () => {
      const live = evaluate(autumn, settings(), TODAY, "2025-2026-1");
      const frozen = JSON.parse(JSON.stringify(freezeSemester(autumn, settings(), TODAY, "2025-2026-1", {})));
      const again = thaw(frozen);
      expect(again.members).toEqual(live.members);
      expect(again.dorms.map((d) => [d.dormId, d.grade, d.fails])).toEqual(
        live.dorms.map((d) => [d.dormId, d.grade, d.fails]),
      );
    });

    it("does not follow later edits or settings", () => {
      const frozen = freezeSemester(autumn, settings(), TODAY, "2025-2026-1", {});
      const digest = frozenDigest(frozen);
      const edited = records({
        ...autumn,
        inspections: autumn.inspections.map((i) => ({ ...i, level: "pass" as const })),
      });
      expect(
        evaluate(edited, settings({ semesterFailLimit: 9 }), TODAY, "2025-2026-1").members[0]?.assessment,
      ).toBeUndefined();
      expect(thaw(frozen).members[0]?.assessment).toBe("fullUnqualified");
      expect(frozenDigest(frozen)).toBe(digest);
    });
  });

  describe("earlierFrom", () => {
    it("gives the second semester the first's R4, by member, from the archive", () => {
      const frozen = freezeSemester(autumn, settings(), TODAY, "2025-2026-1", {});
      const earlier = earlierFrom(frozen, "2025-2026-2");
      expect([...(earlier?.members.keys() ?? [])]).toEqual(["m"]);
      const spring = evaluate(
        records({ ...autumn, inspections: [] }),
        settings(),
        day("2026-06-01"),
        "2025-2026-2",
        earlier ? { earlier } : {},
      );
      expect(spring.members.find((m) => m.studentId === "m")?.assessment).toBe("fullUnqualified");
    });
  });
});
