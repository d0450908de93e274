import { describe, expect, it } from "vitest";
import { t } from "../../src/documents/labels.ts";
import { sampleWorkbook } from "../../src/workbook/sample.ts";
import { type LoadedAddOn, loadAddOn, sheetsOf } from "../support/gas-vm.ts";

/** The zh sample as Sheets holds it: a date cell is midnight in the spreadsheet's zone (Shanghai). */
function sampleSheets(lang: "zh" | "en" = "zh"): Record<string, unknown[][]> {
  const sheets = sheetsOf(sampleWorkbook(lang));
  for (const grid of Object.values(sheets)) {
    for (const row of grid) {
      row.forEach((v, i) => {
        if (v instanceof Date) row[i] = new Date(v.getTime() - 8 * 3600_000);
      });
    }
  }
  return sheets;
}

/** Records every touch of a Drive service, which the add-on must never need. */
function watchDrive(addOn: LoadedAddOn): string[] {
  const touched: string[] = [];
  for (const name of ["DriveApp", "Drive", "DocumentApp"]) {
    (addOn.context as Record<string, unknown>)[name] = new Proxy(
      {},
      {
        get(_, prop) {
          touched.push(`${name}.${String(prop)}`);
          return () => undefined;
        },
      },
    );
  }
  return touched;
}

function decode(base64: string): string {
  return Buffer.from(base64, "base64").toString("utf8");
}

const memberNames = (lang: "zh" | "en") =>
  (sampleSheets(lang)[t(lang, "tab.members")] ?? []).slice(1).map((row) => String(row[1]));

interface Exported {
  fileName: string;
  html: string;
  pdf?: string;
  pdfError?: string;
}

const REPORT = { kind: "report", edition: "internal" } as const;
const TITLE = "关于2025-2026学年第一学期学生党员寝室挂牌检查情况的报告";

describe("exports in Sheets", () => {
  describe("menuExportReport", () => {
    it("opens the export dialog with the workbook's language and last week as the bulletin's period", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      addOn.call("menuExportReport");
      const dialog = addOn.fake.dialogs.at(-1);
      expect(dialog?.modal).toBe(true);
      expect(dialog?.title).toBe(t("zh", "menu.exportReport"));
      const json = /<script type="application\/json" id="export-choices">(.*?)<\/script>/.exec(
        dialog?.html ?? "",
      );
      expect(JSON.parse(json?.[1] ?? "{}")).toMatchObject({
        lang: "zh",
        semester: "2025-2026学年第一学期",
        from: "2026-01-12",
        to: "2026-01-18",
      });
      // The dialog page itself, built from src/ui/report.ts.
      expect(dialog?.html).toContain("<script>");
      expect(addOn.fake.calls.writes).toBe(0);
    });

    it("alerts the missing tabs instead of opening the dialog", () => {
      const addOn = loadAddOn({ sheets: { 宿舍: [["宿舍号"]] } });
      addOn.call("menuExportReport");
      expect(addOn.fake.alerts.at(-1)).toContain("党员");
      expect(addOn.fake.dialogs).toEqual([]);
    });
  });

  describe("exportReport", () => {
    it("returns the web page and the PDF converted from the text-bar page, named for the kind and edition", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      const file = addOn.call<Exported>("exportReport", REPORT);
      expect(file.fileName).toBe("学期报告-2025-2026-1-内部版");
      expect(file.html).toContain("<svg");
      const pdf = decode(file.pdf ?? "");
      expect(pdf.startsWith("%PDF-")).toBe(true);
      // The fake's PDF carries the HTML it was converted from: the converter gets no SVG.
      expect(pdf).toContain(TITLE);
      expect(pdf).not.toContain("<svg");
      expect(pdf).toContain("\u2588");
      expect(JSON.parse(JSON.stringify(file))).toEqual(file);
    });

    it("returns a public bulletin for a week that names nobody, named for its period and edition", () => {
      const addOn = loadAddOn({ sheets: sampleSheets("en") });
      const file = addOn.call<Exported>("exportReport", {
        kind: "bulletin",
        edition: "public",
        from: "2025-11-24",
        to: "2025-11-30",
      });
      expect(file.fileName).toBe("bulletin-2025-11-24-to-2025-11-30-public");
      const text = decode(file.pdf ?? "");
      expect(text).toContain("Bulletin on the dorm inspections of 24–30 November 2025");
      expect(memberNames("en").filter((n) => text.includes(n) || file.html.includes(n))).toEqual([]);
    });

    it("names the zh bulletin as a secretary would file it", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      const file = addOn.call<Exported>("exportReport", {
        kind: "bulletin",
        edition: "internal",
        from: "2025-11-10",
        to: "2025-11-16",
      });
      expect(file.fileName).toBe("通报-2025-11-10至2025-11-16-内部版");
      const pub = addOn.call<Exported>("exportReport", { kind: "report", edition: "public" });
      expect(pub.fileName).toBe("学期报告-2025-2026-1-公示版");
    });

    it("still returns the web page, and says why, when the PDF conversion fails", () => {
      const addOn = loadAddOn({ sheets: sampleSheets(), pdfConversionError: "Service unavailable: Docs" });
      const file = addOn.call<Exported>("exportReport", REPORT);
      expect(file.pdf).toBeUndefined();
      expect(file.pdfError).toContain("Service unavailable: Docs");
      expect(file.html).toContain(TITLE);
    });

    it("refuses a period without inspections, and one out of order, with a readable message", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      const quiet = { kind: "bulletin", edition: "internal", from: "2025-10-01", to: "2025-10-05" };
      expect(() => addOn.call("exportReport", quiet)).toThrow(t("zh", "doc.bulletin.empty", quiet));
      expect(() =>
        addOn.call("exportReport", {
          kind: "bulletin",
          edition: "internal",
          from: "2025-11-30",
          to: "2025-11-24",
        }),
      ).toThrow(/2025-11-30/);
      expect(addOn.fake.sheetNames()).not.toContain("学期报告");
    });

    it("returns a month's poster as an image and a page, public, with no PDF and no Report tab", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      const file = addOn.call<Exported & { svg?: string }>("exportReport", {
        kind: "poster",
        edition: "public",
        period: "2025-11",
      });
      expect(file.fileName).toBe("排名海报-2025-11");
      expect(file.svg?.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="360"')).toBe(true);
      expect(file.svg).toContain("2025年11月流动红旗");
      expect(file.html).toContain(file.svg);
      expect(file.pdf).toBeUndefined();
      expect(addOn.fake.sheetNames()).not.toContain("学期报告");
      for (const name of memberNames("zh")) expect(file.svg).not.toContain(name);
    });

    it("refuses a poster of a month without inspections, saying so", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      expect(() =>
        addOn.call("exportReport", { kind: "poster", edition: "public", period: "2025-07" }),
      ).toThrow("无法生成 2025-07 的海报");
    });

    it("opens the dialog on the poster, offering the semester and each month, from the sidebar's button", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      addOn.call("showExportDialog", "poster");
      const json = /<script type="application\/json" id="export-choices">(.*?)<\/script>/.exec(
        addOn.fake.dialogs.at(-1)?.html ?? "",
      );
      const choices = JSON.parse(json?.[1] ?? "{}");
      expect(choices.kind).toBe("poster");
      expect(choices.posterPeriods.map((p: { name: string }) => p.name)).toEqual([
        "2025-2026学年第一学期",
        "2025年9月",
        "2025年10月",
        "2025年11月",
        "2025年12月",
        "2026年1月",
      ]);
    });

    it("calls no Drive service", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      const touched = watchDrive(addOn);
      addOn.call("exportReport", REPORT);
      expect(touched).toEqual([]);
      expect(Object.keys(addOn.fake.calls.byMethod()).filter((m) => /drive|document/i.test(m))).toEqual([]);
      expect(addOn.fake.calls.byMethod()["Blob.getAs"]).toBe(1);
    });
  });

  describe("the Report tab", () => {
    it("is laid out as a document: merged title, bold headings, widths, written in one call per kind", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      addOn.fake.calls.reset();
      addOn.call("exportReport", REPORT);
      const calls = addOn.fake.calls.byMethod();
      expect(calls["Range.setValues"]).toBe(1);
      expect(calls["Range.setNumberFormats"]).toBe(1);
      expect(calls["Range.setFontWeights"]).toBe(1);
      expect(calls["Range.merge"]).toBe(1);
      const tab = addOn.fake.sheet("学期报告");
      expect(tab[0]?.[0]).toBe(TITLE);
      const ss = addOn.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const sheet = ss.getActiveSpreadsheet().getSheetByName("学期报告");
      const merged = sheet?.getRange(1, 1, 1, 8).getMergedRanges() ?? [];
      expect(merged.map((r) => r.getA1Notation())).toEqual(["A1:H1"]);
      const heading = tab.findIndex((r) => r[0] === t("zh", "report.sec.consequences"));
      expect(sheet?.getRange(heading + 1, 1).getFontWeight()).toBe("bold");
      expect(sheet?.getRange(heading + 3, 1).getFontWeight()).toBe("normal");
      expect(sheet?.getColumnWidth(5)).toBeGreaterThan(100);
    });

    it("holds counts as numbers and student IDs and dates as the text the report says", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      addOn.call("exportReport", REPORT);
      const tab = addOn.fake.sheet("学期报告");
      expect(tab.some((row) => row[0] === t("zh", "report.fig.plaqued") && row[1] === 60)).toBe(true);
      const rate = tab.find((row) => row[0] === t("zh", "report.fig.passRate"));
      expect(typeof rate?.[1]).toBe("number");
      expect(rate?.[1]).toBeGreaterThan(0.9);
      expect(rate?.[1]).toBeLessThan(1);
      const building = tab.find((row) => row[1] === "东区3号楼");
      expect(typeof building?.[0]).toBe("number");
      expect(typeof building?.[2]).toBe("number");
      const revoked = tab.find((row) => row[4] === t("zh", "report.sub.revoked"));
      expect(revoked?.[1]).toMatch(/^\d{10}$/);
      expect(typeof revoked?.[1]).toBe("string");
      const probation = tab.find((row) => row[4] === t("zh", "outcome.probationUnqualified"));
      expect(probation?.[6]).toBe("2026-01-01");
    });

    it("replaces its own tab's old contents on the next export and never adds a second tab", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      addOn.call("exportReport", REPORT);
      addOn.fake.setCell("学期报告", "Z900", "old note");
      addOn.fake.calls.reset();
      addOn.call("exportReport", REPORT);
      expect(addOn.fake.calls.byMethod()["Range.setValues"]).toBe(1);
      expect(addOn.fake.sheetNames().filter((n) => n.includes("学期报告"))).toEqual(["学期报告"]);
      const tab = addOn.fake.sheet("学期报告");
      expect(tab.flat()).not.toContain("old note");
      expect(tab[0]?.[0]).toBe(TITLE);
    });

    it("never writes a user's tab whose name matches, and finds its own tab after a rename", () => {
      const mine = [["定稿，勿动"], ["2024-2025 学年"]];
      const addOn = loadAddOn({
        sheets: { ...sampleSheets(), "学期报告（2024-2025 定稿）": mine, " 学期报告 ": [["my notes"]] },
      });
      addOn.call("exportReport", REPORT);
      expect(addOn.fake.sheet("学期报告（2024-2025 定稿）")).toEqual(mine);
      expect(addOn.fake.sheet(" 学期报告 ")).toEqual([["my notes"]]);
      expect(addOn.fake.sheet("学期报告 2")[0]?.[0]).toBe(TITLE);
      const ss = (
        addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
      ).SpreadsheetApp.getActiveSpreadsheet();
      ss.getSheetByName("学期报告 2")?.setName("Report 2025");
      addOn.call("exportReport", REPORT);
      expect(addOn.fake.sheetNames().filter((n) => /学期报告|Report/.test(n))).toEqual([
        "学期报告（2024-2025 定稿）",
        " 学期报告 ",
        "Report 2025",
      ]);
      expect(addOn.fake.sheet("Report 2025")[0]?.[0]).toBe(TITLE);
    });
  });
});
