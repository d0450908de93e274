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

describe("semester report in Sheets", () => {
  describe("menuExportReport", () => {
    it("creates the Report tab and writes it in one setValues", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      addOn.fake.calls.reset();
      addOn.call("menuExportReport");
      const calls = addOn.fake.calls.byMethod();
      expect(calls["Range.setValues"]).toBe(1);
      expect(calls["Sheet.clearContents"]).toBe(1);
      expect(addOn.fake.sheetNames()).toContain("学期报告");
      const tab = addOn.fake.sheet("学期报告");
      expect(tab[0]?.slice(0, 2)).toEqual([t("zh", "report.title"), "2025-2026学年第一学期"]);
      expect(tab.some((row) => row[0] === t("zh", "report.fig.plaqued") && row[1] === 60)).toBe(true);
    });

    it("keeps student IDs and dates on the tab as the text the report says", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      addOn.call("menuExportReport");
      const tab = addOn.fake.sheet("学期报告");
      const revoked = tab.find((row) => row[4] === t("zh", "report.sub.revoked"));
      expect(revoked?.[1]).toMatch(/^\d{10}$/);
      expect(typeof revoked?.[1]).toBe("string");
      const probation = tab.find((row) => row[4] === t("zh", "outcome.probationUnqualified"));
      expect(probation?.[6]).toBe("2026-01-01");
    });

    it("replaces its own tab's old contents on the next export and never adds a second tab", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      addOn.call("menuExportReport");
      addOn.fake.setCell("学期报告", "Z900", "old note");
      addOn.fake.calls.reset();
      addOn.call("menuExportReport");
      expect(addOn.fake.calls.byMethod()["Range.setValues"]).toBe(1);
      expect(addOn.fake.sheetNames().filter((n) => n.includes("学期报告"))).toEqual(["学期报告"]);
      const tab = addOn.fake.sheet("学期报告");
      expect(tab.flat()).not.toContain("old note");
      expect(tab[0]?.[0]).toBe(t("zh", "report.title"));
    });

    it("never writes a user's tab whose name matches, and finds its own tab after a rename", () => {
      const mine = [["定稿，勿动"], ["2024-2025 学年"]];
      const addOn = loadAddOn({
        sheets: { ...sampleSheets(), "学期报告（2024-2025 定稿）": mine, " 学期报告 ": [["my notes"]] },
      });
      addOn.call("menuExportReport");
      expect(addOn.fake.sheet("学期报告（2024-2025 定稿）")).toEqual(mine);
      expect(addOn.fake.sheet(" 学期报告 ")).toEqual([["my notes"]]);
      expect(addOn.fake.sheet("学期报告 2")[0]?.[0]).toBe(t("zh", "report.title"));
      const ss = (
        addOn.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
      ).SpreadsheetApp.getActiveSpreadsheet();
      ss.getSheetByName("学期报告 2")?.setName("Report 2025");
      addOn.call("menuExportReport");
      expect(addOn.fake.sheetNames().filter((n) => /学期报告|Report/.test(n))).toEqual([
        "学期报告（2024-2025 定稿）",
        " 学期报告 ",
        "Report 2025",
      ]);
      expect(addOn.fake.sheet("Report 2025")[0]?.[0]).toBe(t("zh", "report.title"));
    });

    it("shows a dialog offering the PDF as a data:application/pdf download, converted from the text-bar page", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      addOn.call("menuExportReport");
      const dialog = addOn.fake.dialogs.at(-1);
      expect(dialog?.modal).toBe(true);
      expect(dialog?.title).toBe(t("zh", "menu.exportReport"));
      const link = /href="data:application\/pdf;base64,([A-Za-z0-9+/=]+)" download="([^"]+)"/.exec(
        dialog?.html ?? "",
      );
      expect(link?.[2]).toBe("学期报告-2025-2026-1.pdf");
      const pdf = decode(link?.[1] ?? "");
      expect(pdf.startsWith("%PDF-")).toBe(true);
      // The fake's PDF carries the HTML it was converted from: the converter gets no SVG.
      expect(pdf).toContain(t("zh", "report.title"));
      expect(pdf).not.toContain("<svg");
      expect(pdf).toContain("\u2588");
      expect(dialog?.html).toMatch(
        /href="data:text\/html;base64,[A-Za-z0-9+/=]+" download="学期报告-2025-2026-1\.html"/,
      );
    });

    it("calls no Drive service", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      const touched = watchDrive(addOn);
      addOn.call("menuExportReport");
      expect(touched).toEqual([]);
      expect(Object.keys(addOn.fake.calls.byMethod()).filter((m) => /drive|document/i.test(m))).toEqual([]);
      expect(addOn.fake.calls.byMethod()["Blob.getAs"]).toBe(1);
    });

    it("alerts the missing tabs instead of exporting an empty report", () => {
      const addOn = loadAddOn({ sheets: { 宿舍: [["宿舍号"]] } });
      addOn.call("menuExportReport");
      expect(addOn.fake.alerts.at(-1)).toContain("党员");
      expect(addOn.fake.dialogs).toEqual([]);
    });
  });

  describe("exportReport", () => {
    it("returns the PDF as plain data, and the web page when asked", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      const plain = addOn.call<Record<string, unknown>>("exportReport");
      expect(Object.keys(plain).sort()).toEqual(["base64", "fileName"]);
      expect(plain.fileName).toBe("学期报告-2025-2026-1.pdf");
      expect(decode(String(plain.base64)).startsWith("%PDF-")).toBe(true);
      const withHtml = addOn.call<Record<string, unknown>>("exportReport", { html: true });
      expect(String(withHtml.html)).toContain("<svg");
      expect(JSON.parse(JSON.stringify(withHtml))).toEqual(withHtml);
    });

    it("returns a public bulletin for a week that names nobody", () => {
      const addOn = loadAddOn({ sheets: sampleSheets("en") });
      const bulletin = addOn.call<{ fileName: string; base64: string }>("exportReport", {
        edition: "public",
        from: "2025-11-24",
        to: "2025-11-30",
      });
      expect(bulletin.fileName).toBe("bulletin-2025-11-24-2025-11-30-public.pdf");
      const text = decode(bulletin.base64);
      expect(text).toContain(t("en", "report.bulletinTitle"));
      expect(memberNames("en").filter((n) => text.includes(n))).toEqual([]);
    });

    it("throws a readable message on a period out of order", () => {
      const addOn = loadAddOn({ sheets: sampleSheets() });
      expect(() => addOn.call("exportReport", { from: "2025-11-30", to: "2025-11-24" })).toThrow(
        /2025-11-30/,
      );
    });
  });
});
