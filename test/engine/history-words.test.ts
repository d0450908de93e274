import { describe, expect, it } from "vitest";
import type { MemberCoverage } from "../../src/engine/coverage.ts";
import { refOf } from "../../src/engine/evidence.ts";
import { contactedLine, countingWords, coverageLine, staysLine } from "../../src/engine/history-words.ts";
import { day, inspection } from "../support/records.ts";

const coverage: MemberCoverage = {
  studentId: "m",
  dorms: [
    { dormId: "A", fails: [refOf(inspection("2025-10-01", "A", "fail", 2))] },
    { dormId: "B", fails: [] },
  ],
  visits: [],
  months: [
    { month: "2025-09", visits: 1, required: 1, met: true },
    { month: "2025-10", visits: 0, required: 1, met: false },
    { month: "2025-11", visits: 0, required: 1, met: undefined },
  ],
  below: true,
};

describe("history-words", () => {
  it("staysLine says each dorm with its dates, in either language", () => {
    const stays = [
      { dormId: "A", from: day("2025-08-01"), to: day("2025-10-31"), moveRow: undefined },
      { dormId: "B", from: day("2025-11-01"), to: day("2025-12-14"), moveRow: 2 },
      { dormId: "C", from: day("2025-12-15"), to: day("2026-01-31"), moveRow: 3 },
    ];
    expect(staysLine(stays, (id) => `${id}室`, "zh")).toBe(
      "A室（至 2025-10-31）→B室（2025-11-01 至 2025-12-14）→C室（2025-12-15 起）",
    );
    expect(staysLine(stays, (id) => id, "en")).toBe(
      "A (to 2025-10-31) → B (2025-11-01 to 2025-12-14) → C (from 2025-12-15)",
    );
  });

  it("countingWords gives the appeal's reason or the clearing, and nothing for an inspection that counts", () => {
    const ref = refOf(inspection("2025-10-01", "A", "fail", 2));
    expect(countingWords({ revoked: { inspection: ref, reason: "记录有误" } }, "zh")).toBe(
      "申诉撤销，不计入：记录有误",
    );
    expect(countingWords({ cleared: { fail: ref, by: [ref, ref, ref] } }, "en")).toBe(
      "cleared by 3 later excellents; no longer counted",
    );
    expect(countingWords({}, "zh")).toBe("");
  });

  it("coverageLine counts only the months that are decided and names those below", () => {
    expect(coverageLine(coverage, "zh")).toBe("本学期走访 0 次；1/2 个月达标（未达标：2025年10月）");
    expect(coverageLine(coverage, "en")).toBe("0 visits this semester; 1 of 2 months met (below: 2025-10)");
  });

  it("contactedLine gives each contacted dorm's fails", () => {
    expect(contactedLine(coverage, (id) => id, "zh")).toBe("A 不合格 1 次；B 不合格 0 次");
  });
});
