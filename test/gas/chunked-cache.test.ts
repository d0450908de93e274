import { describe, expect, it } from "vitest";
import { chunkedEntries, PIECE_BYTES, piecesOf } from "../../src/gas/chunked-cache.ts";

describe("chunked-cache", () => {
  describe("piecesOf", () => {
    it("measures pieces in UTF-8 bytes: a Chinese character takes three", () => {
      const text = "宿".repeat(70_000);
      const pieces = piecesOf(text);
      expect(pieces.join("")).toBe(text);
      expect(pieces).toHaveLength(3);
      for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(PIECE_BYTES);
    });

    it("never splits a character, even one outside the basic plane", () => {
      const text = "a𠀋宿".repeat(10);
      const pieces = piecesOf(text, 5);
      expect(pieces.join("")).toBe(text);
      for (const piece of pieces) {
        expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(5);
        expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }
    });

    it("keeps short text whole, and empty text as one empty piece", () => {
      expect(piecesOf("宿舍宿舍", 6)).toEqual(["宿舍", "宿舍"]);
      expect(piecesOf("")).toEqual([""]);
    });
  });

  it("stores each text under a head that names its pieces", () => {
    const entries = chunkedEntries({ k: "宿".repeat(40_000) });
    expect(Object.keys(entries)).toEqual(["k", "k#0", "k#1"]);
    expect(JSON.parse(entries.k as string)).toEqual({ pieces: 2, length: 40_000 });
  });
});
