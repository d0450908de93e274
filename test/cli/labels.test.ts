import { describe, expect, it } from "vitest";
import { CLI_LABELS, t } from "../../src/cli/labels.ts";
import { LABELS, LANGS } from "../../src/engine/labels.ts";

describe("CLI_LABELS", () => {
  it("has words in both languages for every label, with the same placeholders", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, label] of Object.entries(CLI_LABELS)) {
      for (const lang of LANGS) expect(label[lang].trim(), `${key}.${lang}`).not.toBe("");
      expect(names(label.zh), key).toEqual(names(label.en));
    }
  });

  it("keeps the command line's words out of the shared table, and the shared words within reach", () => {
    expect(Object.keys(LABELS).filter((key) => key.startsWith("cli."))).toEqual([]);
    expect(t("en", "tab.dorms")).toBe("Dorms");
  });
});
