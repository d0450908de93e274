import { describe, expect, it } from "vitest";
import { DOCUMENT_LABELS, t } from "../../src/documents/labels.ts";
import { LABELS } from "../../src/engine/labels.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("DOCUMENT_LABELS", () => {
  it("has words in both languages for every label", () => {
    for (const [key, label] of Object.entries(DOCUMENT_LABELS)) {
      expect(label.zh, key).not.toBe("");
      expect(label.en, key).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const [key, label] of Object.entries(DOCUMENT_LABELS)) {
      expect(placeholders(label.en), key).toEqual(placeholders(label.zh));
    }
  });

  it("shares no key with the shared labels, so neither hides the other", () => {
    expect(Object.keys(DOCUMENT_LABELS).filter((k) => k in LABELS)).toEqual([]);
  });

  it("looks up document words and shared ones alike", () => {
    expect(t("zh", "doc.file.public")).toBe("公示版");
    expect(t("en", "col.dorm")).toBe("Dorm");
  });
});
