import { describe, expect, it } from "vitest";
import { isRevoked, splitAppeals } from "../../src/engine/appeals.ts";
import { inspection } from "../support/records.ts";

describe("appeals", () => {
  describe("isRevoked", () => {
    it("is true only for an appeal that revoked the inspection", () => {
      expect(isRevoked(inspection("2025-10-01", "A", "fail", 2))).toBe(false);
      expect(
        isRevoked(inspection("2025-10-01", "A", "fail", 2, { appeal: { outcome: "upheld", reason: "" } })),
      ).toBe(false);
      expect(
        isRevoked(inspection("2025-10-01", "A", "fail", 2, { appeal: { outcome: "revoked", reason: "x" } })),
      ).toBe(true);
    });
  });

  describe("splitAppeals", () => {
    it("keeps the counted inspections in order and names the revoked ones with their reason", () => {
      const a = inspection("2025-10-01", "A", "fail", 2);
      const b = inspection("2025-10-08", "A", "fail", 3, {
        appeal: { outcome: "revoked", reason: "记录有误" },
      });
      const c = inspection("2025-10-15", "A", "pass", 4, { appeal: { outcome: "upheld", reason: "" } });
      const { counted, revoked } = splitAppeals([a, b, c]);
      expect(counted).toEqual([a, c]);
      expect(revoked).toEqual([
        {
          inspection: { row: 3, date: "2025-10-08", dormId: "A", category: "hygiene", level: "fail" },
          reason: "记录有误",
        },
      ]);
    });
  });
});
