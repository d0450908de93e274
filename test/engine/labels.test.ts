import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bothLangs, LABELS, LANGS, t, translator } from "../../src/engine/labels.ts";

describe("labels", () => {
  describe("LABELS", () => {
    it("has words in both languages for every label except the empty check", () => {
      const missing = Object.entries(LABELS)
        .filter(([key]) => key !== "check.ok")
        .flatMap(([key, label]) =>
          LANGS.filter((lang) => label[lang].trim() === "").map((lang) => `${key}.${lang}`),
        );
      expect(missing).toEqual([]);
    });

    it("uses the same placeholders in both languages", () => {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const differ = Object.entries(LABELS)
        .filter(
          ([key, label]) => key !== "semester.label" && names(label.zh).join() !== names(label.en).join(),
        )
        .map(([key]) => key);
      expect(differ).toEqual([]);
    });

    it("never gives two output columns of one tab the same header", () => {
      const outputs = Object.entries(LABELS).filter(([key]) => key.startsWith("out."));
      for (const lang of LANGS) {
        const words = outputs.map(([, label]) => label[lang].toLowerCase());
        expect(new Set(words).size, lang).toBe(words.length);
      }
    });
  });

  describe("t", () => {
    it("fills placeholders", () => {
      expect(t("en", "outcome.action", { deadline: "2025-10-01" })).toBe(
        "criticism education by the branch contact; correct by 2025-10-01",
      );
      expect(t("zh", "outcome.action", { deadline: "2025-10-01" })).toBe(
        "由支部联系人批评教育，限期改正（截止 2025-10-01）",
      );
    });

    it("leaves a placeholder it has no value for", () => {
      expect(t("en", "check.missing")).toBe("missing required value: {column}");
    });

    it("fills any text as replacing each {name} by its value would", () => {
      const reference = (text: string, params: Record<string, string | number>) =>
        text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
      const piece = fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom("{a}", "{b}", "{a}{a}", "{", "}", "{ a }", "{toString}", "{9}", "{_}", "{{a}}"),
      );
      const params = fc.dictionary(fc.constantFrom("a", "b", "9", "_"), fc.oneof(fc.string(), fc.integer()));
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 6 }), params, (pieces, values) => {
          const text = pieces.join("");
          const table = translator({ k: { zh: text, en: text } });
          expect(table.t("zh", "k", values)).toBe(reference(text, values));
          expect(table.t("en", "k", values)).toBe(reference(text, values));
        }),
        { numRuns: 1000 },
      );
    });

    it("says the regime's outcomes in the default wording", () => {
      expect([t("zh", "outcome.kept"), t("zh", "outcome.revoked"), t("zh", "outcome.priority")]).toEqual([
        "保留",
        "取消",
        "优先",
      ]);
      expect(t("zh", "outcome.fullUnqualified")).toBe("年度考核不合格");
      expect(t("zh", "outcome.probationUnqualified")).toBe("预备期考察不合格，建议延长预备期");
      expect(t("en", "outcome.probationUnqualified")).toBe(
        "probation review unqualified; consider extending probation",
      );
    });
  });

  describe("bothLangs", () => {
    it("gives the zh word then the en word", () => {
      expect(bothLangs("level.fail")).toEqual(["不合格", "fail"]);
    });
  });
});
