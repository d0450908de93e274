import { describe, expect, it } from "vitest";
import { settingText } from "../../src/engine/setting-text.ts";
import { DEFAULT_SETTINGS } from "../../src/engine/settings.ts";
import { settings } from "../support/records.ts";

describe("setting-text", () => {
  describe("settingText", () => {
    it("writes shares as percentages and the language as its word", () => {
      expect(settingText("excellentShare", DEFAULT_SETTINGS, "zh")).toBe("50%");
      expect(settingText("language", settings({ language: "en" }), "zh")).toBe("English");
    });

    it("writes choices in the words of the language", () => {
      expect(settingText("rankBy", DEFAULT_SETTINGS, "zh")).toBe("平均分");
      expect(settingText("bannerFor", settings({ bannerFor: "buildings" }), "en")).toBe("buildings");
    });

    it("writes a quota as a share or a count", () => {
      expect(settingText("bannerQuota", DEFAULT_SETTINGS, "zh")).toBe("5%");
      expect(settingText("bannerQuota", settings({ bannerQuota: { kind: "count", value: 3 } }), "zh")).toBe(
        "3",
      );
    });

    it("writes bands as the Settings tab takes them, blank when none", () => {
      expect(settingText("bands", DEFAULT_SETTINGS, "zh")).toBe("");
      const flags = settings({
        bands: [
          { name: "红旗", min: 85 },
          { name: "黑旗", min: 0 },
        ],
      });
      expect(settingText("bands", flags, "zh")).toBe("红旗 85；黑旗 0");
    });

    it("writes numbers and text as they are, and a blank semester as blank", () => {
      expect(settingText("passScore", DEFAULT_SETTINGS, "zh")).toBe("60");
      expect(settingText("currentSemester", DEFAULT_SETTINGS, "zh")).toBe("");
    });
  });
});
