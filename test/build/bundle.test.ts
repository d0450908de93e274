import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { CODE_LIMIT, ENTRY_POINTS, ON_DEMAND } from "../../build.mjs";
import { DOCUMENT_LABELS } from "../../src/documents/labels.ts";
import { RUN_LABELS } from "../../src/engine/run-labels.ts";
import { SHEET_LABELS } from "../../src/workbook/sheet-labels.ts";

const dist = join(import.meta.dirname, "../../dist");
const code = readFileSync(join(dist, "Code.js"), "utf8");

describe("dist/Code.js", () => {
  it(`stays within its budget of ${CODE_LIMIT / 1024} KB, parsed by every execution`, () => {
    expect(CODE_LIMIT).toBe(120 * 1024);
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(CODE_LIMIT);
  });

  it("keeps the JSDoc of every entry point's stub, which Sheets shows for custom functions", () => {
    for (const [name, doc] of Object.entries(ENTRY_POINTS))
      expect(code).toContain(`${doc}\nfunction ${name}(`);
    expect(code.match(/@customfunction/g)).toHaveLength(5);
  });

  it("carries neither the document renderer, the sample generator, the import nor the kit", () => {
    for (const label of [
      DOCUMENT_LABELS["doc.bulletin.closing.public"],
      DOCUMENT_LABELS["report.sec.basis"],
    ]) {
      expect(code).not.toContain(label.zh);
      expect(code).not.toContain(label.en);
    }
    expect(code).not.toContain("Content-Security-Policy");
    // Nor the import's CSV parser or the kit's QR encoder, loaded on demand too.
    expect(code).not.toMatch(/Papa\.|delimitersToGuess|createStringToBytes|QRCode/);
    // Nor the rankings' layout and words, which the documents module brings when needed.
    expect(code).not.toContain("排名与流动红旗");
    // The sample's seeded generator (mulberry32's increment, as esbuild prints it).
    expect(code).not.toMatch(/1831565813|0x6d2b79f5/i);
  });

  it("leaves out the words only recalculations and actions need, and the actions' code", () => {
    for (const label of [RUN_LABELS["app.help"], RUN_LABELS["summary.title"], SHEET_LABELS["legend.order"]]) {
      expect(code).not.toContain(label.zh);
      expect(code).not.toContain(label.en);
    }
    const words = readFileSync(join(dist, "WordsCode.html"), "utf8");
    expect(words).toContain(SHEET_LABELS["legend.order"].zh);
    // The import's dry run and the archive's plan run from dist/ActionsCode.html.
    expect(code).not.toContain("archiveConfirm");
    expect(readFileSync(join(dist, "ActionsCode.html"), "utf8")).toContain("previewImport");
    // So do setting up the tabs and the sample, with their dropdowns.
    expect(code).not.toContain("requireValueInList");
    expect(readFileSync(join(dist, "ActionsCode.html"), "utf8")).toContain("requireValueInList");
  });
});

describe("on-demand modules", () => {
  it.each(Object.keys(ON_DEMAND))("dist/%s.html is one expression that evaluates to its exports", (name) => {
    const source = readFileSync(join(dist, `${name}.html`), "utf8");
    const value = vm.runInContext(source, vm.createContext({}));
    expect(Object.keys(value).length).toBeGreaterThan(0);
    expect(Object.values(value).every((v) => typeof v === "function")).toBe(true);
  });
});
