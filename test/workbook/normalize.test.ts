import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeId, normalizeName, textOf } from "../../src/workbook/normalize.ts";

describe("normalize", () => {
  describe("normalizeName", () => {
    it.each([
      [" Dorm (required) ", "dorm"],
      ["宿舍号（必填）", "宿舍号"],
      ["宿舍号【必填】", "宿舍号"],
      ["  DORMS  ", "dorms"],
      ["Student  ID", "studentid"],
      ["Ｄｏｒｍ", "dorm"],
      ["整改期限（天）", "整改期限"],
    ])("folds %j to %j", (text, name) => {
      expect(normalizeName(text)).toBe(name);
    });

    it("keeps a bracket that is not a trailing note", () => {
      expect(normalizeName("(备用) 宿舍号")).toBe("(备用)宿舍号");
    });

    it("reads blanks as the empty name", () => {
      expect(normalizeName(undefined)).toBe("");
      expect(normalizeName(null)).toBe("");
    });
  });

  describe("normalizeId", () => {
    it("trims, folds full-width characters and upper-cases", () => {
      expect(normalizeId(" 3-201a ")).toBe("3-201A");
      expect(normalizeId("３－２０１")).toBe("3-201");
    });

    it("reads a whole number the same as its text", () => {
      expect(normalizeId(2022010001)).toBe(normalizeId("2022010001"));
      expect(normalizeId(3201.0)).toBe("3201");
    });

    it("collapses inner runs of spaces", () => {
      expect(normalizeId("3  201")).toBe("3 201");
    });

    it("folds every text exactly as NFKC, trim, collapse and upper-case do", () => {
      const fold = (text: string) => text.normalize("NFKC").trim().replace(/\s+/g, " ").toUpperCase();
      const piece = fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.string({ unit: "binary", maxLength: 6 }),
        fc.constantFrom(
          "３－２０１",
          " 3-201a ",
          "3号楼201",
          "Ａ",
          "ß",
          "ﬁ",
          "\u00a0",
          "\u3000",
          "\t",
          "ǅ",
          "İ",
        ),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 3 }), (pieces) => {
          const text = pieces.join("");
          expect(normalizeId(text)).toBe(fold(text));
          // Asked again, from the remembered answer or the fast path, the answer is the same.
          expect(normalizeId(text)).toBe(fold(text));
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe("textOf", () => {
    it("trims text and gives blanks for empty cells", () => {
      expect([textOf("  张三 "), textOf(null), textOf(undefined), textOf("")]).toEqual(["张三", "", "", ""]);
    });

    it("trims every character String.prototype.trim trims, and no other", () => {
      const wrong: string[] = [];
      for (let code = 0; code <= 0xffff; code++) {
        const c = String.fromCharCode(code);
        for (const text of [`${c}x`, `x${c}`, c]) {
          if (textOf(text) !== text.trim()) wrong.push(`U+${code.toString(16)}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it("trims text exactly as String.prototype.trim does", () => {
      const spaces = [
        9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
        0xfeff,
      ];
      const near = [0, 8, 14, 31, 33, 0x85, 0x9f, 0x180e, 0x200b, 0x3001, 0xfefe, 0xffff];
      const edge = fc.constantFrom(...[...spaces, ...near].map((c) => String.fromCharCode(c)));
      fc.assert(
        fc.property(
          fc.array(fc.oneof(edge, fc.string({ maxLength: 3 }), fc.string({ unit: "binary", maxLength: 3 }))),
          (pieces) => {
            const text = pieces.join("");
            expect(textOf(text)).toBe(text.trim());
          },
        ),
        { numRuns: 3000 },
      );
    });

    it("writes numbers and booleans as text", () => {
      expect([textOf(3), textOf(0), textOf(85.5), textOf(false)]).toEqual(["3", "0", "85.5", "false"]);
    });
  });
});
