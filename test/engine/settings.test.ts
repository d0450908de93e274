import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, SETTING_SPECS } from "../../src/engine/settings.ts";

describe("settings", () => {
  describe("DEFAULT_SETTINGS", () => {
    it("holds the regime's default numbers", () => {
      expect(DEFAULT_SETTINGS).toEqual({
        department: "",
        issuer: "",
        documentNumber: "",
        currentSemester: undefined,
        semester1StartMonth: 8,
        semester2StartMonth: 2,
        consecutiveFailLimit: 2,
        semesterFailLimit: 4,
        correctionDays: 14,
        excellentMinInspections: 2,
        excellentShare: 0.5,
        excellentScore: 90,
        passScore: 60,
        visitsPerSemester: 2,
        talkFollowUpDays: 7,
        rankingSize: 5,
        rankBy: "score",
        bannerQuota: { kind: "share", value: 0.05 },
        bannerFor: "dorms",
        bands: [],
        language: "zh",
        formUrl: "",
        pledge: "",
        importColumns: "",
        clearAfterExcellents: 0,
        unclearableTiers: "",
        memberVisitsPerMonth: 1,
        pointsOwnFail: undefined,
        pointsContactFail: undefined,
        pointsOwnExcellent: undefined,
        pointsGradeExcellent: undefined,
        pointsGradePass: undefined,
        pointsGradeFail: undefined,
      });
    });
  });

  describe("SETTING_SPECS", () => {
    it("lists every setting exactly once", () => {
      const keys = SETTING_SPECS.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect([...keys].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    });
  });
});
