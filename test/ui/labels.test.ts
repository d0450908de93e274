import { describe, expect, it } from "vitest";
import { LABELS, LANGS } from "../../src/engine/labels.ts";
import { SIDEBAR_LABELS, t } from "../../src/ui/labels.ts";

describe("ui labels", () => {
  describe("SIDEBAR_LABELS", () => {
    it("has words in both languages, with the same placeholders", () => {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [key, label] of Object.entries(SIDEBAR_LABELS)) {
        for (const lang of LANGS) expect(label[lang].trim(), `${key}.${lang}`).not.toBe("");
        expect(names(label.zh), key).toEqual(names(label.en));
      }
    });

    it("adds to the shared words without redefining any", () => {
      expect(Object.keys(SIDEBAR_LABELS).filter((key) => key in LABELS)).toEqual([]);
    });
  });

  describe("t", () => {
    it("looks up the sidebar's words and the shared ones alike", () => {
      expect(t("en", "sidebar.visitCount", { visits: 1, required: 2 })).toBe("1 of 2 visits");
      expect(t("zh", "outcome.revoked")).toBe("取消");
    });
  });
});
