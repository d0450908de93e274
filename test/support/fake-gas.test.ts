import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createFakeGas, type FakeGas, KILLED } from "./fake-gas.ts";

/* The fake is used the way the add-on sees it: through its globals, typed loosely. */
// biome-ignore lint/suspicious/noExplicitAny: the services are untyped from the test's side
type Any = any;

function services(fake: FakeGas) {
  return fake.globals as Record<string, Any>;
}

function active(fake: FakeGas): Any {
  return services(fake).SpreadsheetApp.getActiveSpreadsheet();
}

function tab(fake: FakeGas, name: string): Any {
  return active(fake).getSheetByName(name);
}

const CUSTOM_FUNCTIONS = `
  var runs = {};
  function count(name) { runs[name] = (runs[name] || 0) + 1; }
  function DOUBLE(x) { count('DOUBLE'); return x * 2; }
  function TOTAL(range) { count('TOTAL'); var s = 0; range.forEach(function (row) { row.forEach(function (v) { s += Number(v) || 0; }); }); return s; }
  function PEEK(a1) { count('PEEK'); return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getRange(a1).getValue(); }
  function SQUARES(n) { var out = []; for (var i = 1; i <= n; i++) out.push([i, i * i]); return out; }
  function BOOM(x) { throw new Error('no dorm ' + x); }
  function SCRIBBLE() { SpreadsheetApp.getActiveSheet().getRange('Z1').setValue(1); return 'wrote'; }
  function SHOW() { SpreadsheetApp.getUi(); return 'shown'; }
  function KIND(x) { return x === undefined ? 'omitted' : Object.prototype.toString.call(x) + ':' + String(x); }
  function lowercase(x) { return 'not a custom function'; }
`;

function withCustomFunctions(fake: FakeGas): vm.Context & { runs: Record<string, number> } {
  const context = vm.createContext({ ...fake.globals });
  vm.runInContext(CUSTOM_FUNCTIONS, context);
  fake.useCustomFunctions(context);
  return context as vm.Context & { runs: Record<string, number> };
}

describe("ranges", () => {
  const fake = () =>
    createFakeGas({
      sheets: {
        Data: [
          ["dorm", "score", "note"],
          ["'301", 90, "ok"],
          ["'302", 75],
        ],
      },
    });

  it("addresses cells 1-based by row and column", () => {
    const sheet = tab(fake(), "Data");
    expect(sheet.getRange(1, 1).getValue()).toBe("dorm");
    expect(sheet.getRange(2, 2).getValue()).toBe(90);
    expect(sheet.getRange(2, 1, 2).getValues()).toEqual([["301"], ["302"]]);
    expect(sheet.getRange(2, 1, 2, 2).getA1Notation()).toBe("A2:B3");
  });

  it("addresses the same cells by A1 notation, on the sheet or with a sheet name", () => {
    const f = fake();
    expect(tab(f, "Data").getRange("B2:C3").getValues()).toEqual([
      [90, "ok"],
      [75, ""],
    ]);
    expect(tab(f, "Data").getRange("$B$2").getValue()).toBe(90);
    const range = active(f).getRange("Data!A3");
    expect(range.getValue()).toBe("302");
    expect([range.getRow(), range.getColumn(), range.getSheet().getName()]).toEqual([3, 1, "Data"]);
    expect(active(f).getRange("'Data'!B:B").getNumRows()).toBe(1000);
  });

  it("reads blanks as empty strings and pads ragged rows", () => {
    const f = fake();
    expect(tab(f, "Data").getRange(3, 3).getValue()).toBe("");
    expect(tab(f, "Data").getRange(50, 20).getValue()).toBe("");
    expect(tab(f, "Data").getDataRange().getValues()).toEqual([
      ["dorm", "score", "note"],
      ["301", 90, "ok"],
      ["302", 75, ""],
    ]);
    expect(f.sheet("Data")[2]).toEqual(["302", 75, ""]);
  });

  it("throws the Apps Script messages for indexes below 1", () => {
    const sheet = tab(fake(), "Data");
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
  });

  it("throws past the grid: a new sheet is 1000 rows by 26 columns", () => {
    const sheet = active(fake()).insertSheet("Empty");
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      1000, 26, 0, 0,
    ]);
    expect(() => sheet.getRange(1001, 1)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.getRange(1, 27)).toThrow("Those columns are out of bounds.");
    expect(() => sheet.getRange(1, 20, 1, 8)).toThrow("Those columns are out of bounds.");
    expect(() => sheet.getRange("AA1")).toThrow("Those columns are out of bounds.");
    let error: Any;
    try {
      sheet.getRange(1, 27);
    } catch (e) {
      error = e;
    }
    expect(String(error)).toBe("Exception: Those columns are out of bounds.");
  });

  it("rejects setValues data of the wrong shape with the Apps Script messages", () => {
    const range = tab(fake(), "Data").getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
    expect(() => range.setValues([1, 2])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it("round-trips Dates as Dates, keeping a copy rather than the caller's object", () => {
    const f = fake();
    const when = new Date("2025-09-14T16:00:00Z");
    tab(f, "Data")
      .getRange(2, 3)
      .setValues([[when]]);
    when.setUTCFullYear(1999);
    const read = tab(f, "Data").getRange(2, 3).getValue();
    expect(Object.prototype.toString.call(read)).toBe("[object Date]");
    expect(read.toISOString()).toBe("2025-09-14T16:00:00.000Z");
    expect(tab(f, "Data").getRange(2, 3).getDisplayValue()).toBe("2025-09-15");
  });

  it("reads typed text as Sheets does: numbers, booleans and dates in the spreadsheet's zone", () => {
    const f = fake();
    tab(f, "Data")
      .getRange(4, 1, 1, 5)
      .setValues([["0301", "'0301", "TRUE", "2025-09-15", "3 楼"]]);
    const [num, text, bool, date, plain] = tab(f, "Data").getRange(4, 1, 1, 5).getValues()[0];
    expect([num, text, bool, plain]).toEqual([301, "0301", true, "3 楼"]);
    expect(date.toISOString()).toBe("2025-09-14T16:00:00.000Z");
    tab(f, "Data").getRange(5, 1).setNumberFormat("@").setValue("0301");
    expect(tab(f, "Data").getRange(5, 1).getValue()).toBe("0301");
  });

  it("keeps formatting on a cell when its value is rewritten", () => {
    const f = fake();
    const cell = tab(f, "Data").getRange("C2");
    cell.setBackground("RED").setFontWeight("bold").setNumberFormat("0.00").setNote("checked");
    cell.setValue(1.5);
    expect(cell.getBackground()).toBe("#ff0000");
    expect(cell.getFontWeight()).toBe("bold");
    expect(cell.getDisplayValue()).toBe("1.50");
    expect(cell.getNote()).toBe("checked");
    expect(f.backgrounds("Data")[1]).toEqual(["#ffffff", "#ffffff", "#ff0000"]);
    cell.clearContent();
    expect([cell.getValue(), cell.getBackground()]).toEqual(["", "#ff0000"]);
  });

  it("stores formulas apart from values and offsets ranges", () => {
    const f = fake();
    const sheet = tab(f, "Data");
    sheet.getRange("D2").setFormula("=B2*2");
    expect(sheet.getRange("D2").getFormula()).toBe("=B2*2");
    expect(sheet.getRange("D1:D2").getFormulas()).toEqual([[""], ["=B2*2"]]);
    expect(f.formulas("Data")[1]).toEqual(["", "", "", "=B2*2"]);
    expect(sheet.getRange("A1").offset(1, 1, 2, 1).getValues()).toEqual([[90], [75]]);
  });

  it("appends rows below the last row with content, growing a full grid", () => {
    const f = createFakeGas({ sheets: { Log: Array.from({ length: 1000 }, (_, i) => [i + 1]) } });
    const sheet = tab(f, "Log");
    expect(sheet.getLastRow()).toBe(1000);
    sheet.appendRow(["next", "=DOUBLE(A1)"]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe("next");
    expect(sheet.getRange(1001, 2).getFormula()).toBe("=DOUBLE(A1)");
  });

  it("grows the grid with insertColumnsAfter and insertRowsAfter", () => {
    const f = fake();
    const sheet = tab(f, "Data");
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 4);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(() => sheet.getRange(1, 30)).not.toThrow();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A4").getValue()).toBe("301");
    expect(() => sheet.insertColumnsAfter(31, 1)).toThrow("Those columns are out of bounds.");
  });
});

describe("spreadsheet", () => {
  it("finds sheets by exact name and keeps names unique ignoring case", () => {
    const f = createFakeGas({ sheets: { Data: [["x"]] } });
    expect(active(f).getSheetByName("Data").getName()).toBe("Data");
    expect(active(f).getSheetByName("data")).toBeNull();
    expect(active(f).getSheetByName("Nope")).toBeNull();
    expect(() => active(f).insertSheet("DATA")).toThrow(
      'A sheet with the name "DATA" already exists. Please enter another name.',
    );
    active(f).insertSheet("First", 0);
    expect(f.sheetNames()).toEqual(["First", "Data"]);
    expect(active(f).getActiveSheet().getName()).toBe("First");
    expect(tab(f, "Data").getIndex()).toBe(2);
  });

  it("reports time zone, locale and the spreadsheet's identity", () => {
    const f = createFakeGas();
    expect(active(f).getSpreadsheetTimeZone()).toBe("Asia/Shanghai");
    expect(active(f).getSpreadsheetLocale()).toBe("zh_CN");
    expect(services(f).Session.getScriptTimeZone()).toBe("America/New_York");
    expect(services(f).Session.getActiveUserLocale()).toBe("zh_CN");
    expect(services(f).Session.getActiveUser().getEmail()).toBe("");
    expect(active(f).getUrl()).toContain(active(f).getId());
    expect(f.sheetNames()).toEqual(["Sheet1"]);
  });

  it("replaces every conditional-format rule on setConditionalFormatRules", () => {
    const f = createFakeGas({ sheets: { Data: [["x"]] } });
    const app = services(f).SpreadsheetApp;
    const sheet = tab(f, "Data");
    const rule = (formula: string, color: string, a1: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground(color)
        .setRanges([sheet.getRange(a1)])
        .build();
    sheet.setConditionalFormatRules([rule("=$A2>1", "#F4CCCC", "A2:C10"), rule("=$B2", "yellow", "B2:B5")]);
    sheet.setConditionalFormatRules([rule("=$C2", "#D9EAD3", "C2:C1000")]);
    expect(f.conditionalRules("Data")).toEqual([
      { ranges: ["C2:C1000"], formula: "=$C2", background: "#d9ead3", fontColor: null },
    ]);
    const [read] = sheet.getConditionalFormatRules();
    const condition = read.getBooleanCondition();
    expect(condition.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(condition.getCriteriaValues()).toEqual(["=$C2"]);
    expect(condition.getBackground()).toBe("#d9ead3");
    expect(read.getRanges().map((r: Any) => r.getA1Notation())).toEqual(["C2:C1000"]);
    expect(read.copy().setBackground("red").build().getBooleanCondition().getBackground()).toBe("#ff0000");
  });

  it("finds cells by formula text with a regular expression, one range per cell", () => {
    const f = createFakeGas({
      sheets: { A: [["=DORMGRADE(B1)", "DORMGRADE"]], B: [["x"], ["=dormfails( B2 )"], ["=SUM(A1)"]] },
    });
    const found = active(f)
      .createTextFinder("(DORMGRADE|DORMFAILS)\\s*\\(")
      .useRegularExpression(true)
      .matchFormulaText(true)
      .matchCase(false)
      .findAll();
    expect(found.map((r: Any) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual(["A!A1", "B!A2"]);
    const exact = active(f).createTextFinder("dormgrade").matchCase(true).findAll();
    expect(exact).toHaveLength(0);
  });

  it("keeps developer metadata on a sheet, found by key and value, gone with the sheet", () => {
    const f = createFakeGas({ sheets: { A: [["x"]], B: [["y"]] } });
    const app = services(f).SpreadsheetApp;
    const ss = active(f);
    tab(f, "B").addDeveloperMetadata("owner", "report", app.DeveloperMetadataVisibility.PROJECT);
    tab(f, "A").addDeveloperMetadata("owner");
    const found = ss
      .createDeveloperMetadataFinder()
      .withLocationType(app.DeveloperMetadataLocationType.SHEET)
      .withKey("owner")
      .withValue("report")
      .find();
    expect(found.map((m: Any) => [m.getKey(), m.getValue(), m.getLocation().getSheet().getName()])).toEqual([
      ["owner", "report", "B"],
    ]);
    expect(found[0].getVisibility()).toBe(app.DeveloperMetadataVisibility.PROJECT);
    expect(tab(f, "A").getDeveloperMetadata()[0].getValue()).toBeNull();
    tab(f, "B").setName("Renamed");
    expect(
      ss.createDeveloperMetadataFinder().withValue("report").find()[0].getLocation().getSheet().getName(),
    ).toBe("Renamed");
    ss.deleteSheet(tab(f, "Renamed"));
    expect(ss.createDeveloperMetadataFinder().withValue("report").find()).toEqual([]);
  });

  it("toasts, alerts and builds menus as the Ui records them", () => {
    const f = createFakeGas();
    const app = services(f).SpreadsheetApp;
    active(f).toast("3 dorms graded", "Dorm plaque", 10);
    const ui = app.getUi();
    expect(ui.alert("hello")).toBe(ui.Button.OK);
    f.alertReplies.push("NO");
    expect(ui.alert("Sure?", "Replace the sample?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(() => ui.alert("title", "prompt")).toThrow("don't match the method signature for Ui.alert");
    ui.createAddonMenu().addItem("Open", "showSidebar").addSeparator().addItem("Help", "menuHelp").addToUi();
    expect(f.toasts).toEqual([{ message: "3 dorms graded", title: "Dorm plaque" }]);
    expect(f.alerts).toEqual(["hello", "Replace the sample?"]);
    expect(f.menus).toEqual([
      {
        title: "Untitled project",
        items: [
          { caption: "Open", functionName: "showSidebar" },
          "separator",
          { caption: "Help", functionName: "menuHelp" },
        ],
      },
    ]);
  });
});

describe("call counting", () => {
  it("counts every method call made through the globals, at any depth", () => {
    const f = createFakeGas({ sheets: { A: [[1]] } });
    services(f).SpreadsheetApp.getActive().getSheetByName("A").getRange(1, 1).getValues();
    expect(f.calls.total()).toBe(4);
    expect(f.calls.byMethod()).toEqual({
      "SpreadsheetApp.getActive": 1,
      "Spreadsheet.getSheetByName": 1,
      "Sheet.getRange": 1,
      "Range.getValues": 1,
    });
    expect(f.calls.writes).toBe(0);
  });

  it("counts writes, and not enum reads or harness helpers", () => {
    const f = createFakeGas({ sheets: { A: [[1]] } });
    const { ScriptApp, SpreadsheetApp, PropertiesService } = services(f);
    expect(String(ScriptApp.AuthMode.NONE)).toBe("NONE");
    expect(SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA).toBeDefined();
    f.sheet("A");
    f.setCell("A", "B2", 5);
    f.formulas("A");
    f.cell("A", "B2");
    expect(f.calls.total()).toBe(0);
    const range = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("A").getRange("A1:B1");
    range.setValues([[1, 2]]);
    range.setFontWeight("bold");
    PropertiesService.getDocumentProperties().setProperty("k", "v");
    expect(f.calls.writes).toBe(3);
    expect(f.calls.byMethod()["Range.setValues"]).toBe(1);
    f.calls.reset();
    expect([f.calls.total(), f.calls.writes, f.calls.byMethod()]).toEqual([0, 0, {}]);
  });

  it("returns the same sheet object for the same tab, so identity checks hold", () => {
    const f = createFakeGas({ sheets: { A: [[1]], B: [[2]] } });
    const ss = active(f);
    expect(ss.getSheets()[1]).toBe(ss.getSheetByName("B"));
    ss.setActiveSheet(ss.getSheetByName("B"));
    expect(ss.getActiveSheet().getName()).toBe("B");
  });
});

describe("custom functions", () => {
  const book = () =>
    createFakeGas({
      sheets: {
        Data: [
          ["n", "unrelated"],
          [2, "x"],
          [3, "y"],
        ],
        Out: [["=DOUBLE(Data!A2)", "=TOTAL(Data!A2:A3)", '=PEEK("B2")']],
      },
    });

  it("computes custom-function cells once the add-on's functions are known", () => {
    const f = book();
    expect(f.sheet("Out")).toEqual([["", "", ""]]);
    withCustomFunctions(f);
    expect(f.sheet("Out")).toEqual([[4, 5, "x"]]);
  });

  it("recomputes when a cell in an argument changes, through the API or by typing", () => {
    const f = book();
    const ctx = withCustomFunctions(f);
    tab(f, "Data").getRange("A2").setValue(10);
    expect(f.sheet("Out")[0]?.slice(0, 2)).toEqual([20, 13]);
    f.setCell("Data", "A3", 7);
    expect(f.sheet("Out")[0]?.slice(0, 2)).toEqual([20, 17]);
    expect(ctx.runs.DOUBLE).toBe(2);
    expect(ctx.runs.TOTAL).toBe(3);
  });

  it("does not recompute when a cell outside its arguments changes, so results go stale", () => {
    const f = book();
    const ctx = withCustomFunctions(f);
    tab(f, "Data").getRange("B2").setValue("changed");
    f.setCell("Data", "B3", "also changed");
    expect(f.sheet("Out")[0]?.[2]).toBe("x");
    expect(ctx.runs.PEEK).toBe(1);
    expect(ctx.runs.DOUBLE).toBe(1);
  });

  it("recomputes when the formula is cleared and set again, not when the same formula is set", () => {
    const f = book();
    const ctx = withCustomFunctions(f);
    tab(f, "Data").getRange("B2").setValue("changed");
    const cell = tab(f, "Out").getRange("C1");
    cell.setFormula('=PEEK("B2")');
    expect(cell.getValue()).toBe("x");
    cell.clearContent();
    services(f).SpreadsheetApp.flush();
    cell.setFormula('=PEEK("B2")');
    expect(cell.getValue()).toBe("changed");
    expect(ctx.runs.PEEK).toBe(2);
  });

  it("passes single cells as values, ranges as 2-D arrays, and omitted arguments as undefined", () => {
    const f = createFakeGas({ sheets: { S: [[new Date("2025-01-01T00:00:00Z"), ""]] } });
    withCustomFunctions(f);
    f.setCell("S", "A2", "=KIND(A1)");
    f.setCell("S", "A3", "=KIND(B1)");
    f.setCell("S", "A4", "=KIND(,1)");
    f.setCell("S", "A5", '=KIND("a""b")');
    expect(String(f.sheet("S")[1]?.[0])).toMatch(/^\[object Date\]:/);
    expect(f.sheet("S")[2]?.[0]).toBe("[object String]:");
    expect(f.sheet("S")[3]?.[0]).toBe("omitted");
    expect(f.sheet("S")[4]?.[0]).toBe('[object String]:a"b');
  });

  it("spills a 2-D result down and right, and shows #REF! when data is in the way", () => {
    const f = createFakeGas({ sheets: { S: [["=SQUARES(3)"]] } });
    withCustomFunctions(f);
    expect(f.sheet("S")).toEqual([
      [1, 1],
      [2, 4],
      [3, 9],
    ]);
    expect(f.formulas("S")[1]).toEqual(["", ""]);
    f.setCell("S", "B3", "mine");
    expect(f.sheet("S")[0]?.[0]).toBe("#REF!");
    expect(f.formulaError("S", "A1")).toBe(
      "Array result was not expanded because it would overwrite data in B3.",
    );
    f.setCell("S", "B3", "");
    expect(f.sheet("S")[2]).toEqual([3, 9]);
  });

  it("shows a thrown error as #ERROR! and keeps its message", () => {
    const f = createFakeGas({ sheets: { S: [["=BOOM(7)", "=NOTDEFINED(1)"]] } });
    withCustomFunctions(f);
    expect(f.sheet("S")[0]?.[0]).toBe("#ERROR!");
    expect(f.formulaError("S", "A1")).toBe("no dorm 7");
    expect(tab(f, "S").getRange("A1").getValue()).toBe("#ERROR!");
    expect(f.formulaError("S", "B1")).toBeNull();
  });

  it("refuses UI and writes from inside a custom function, as Sheets does", () => {
    const f = createFakeGas({ sheets: { S: [["=SHOW()", "=SCRIBBLE()"]] } });
    withCustomFunctions(f);
    expect(f.formulaError("S", "A1")).toBe("Cannot call SpreadsheetApp.getUi() from this context.");
    expect(f.formulaError("S", "B1")).toBe("You do not have permission to call setValue");
    expect(tab(f, "S").getRange("Z1").getValue()).toBe("");
  });

  it("only treats UPPERCASE global functions of the context as custom functions", () => {
    const f = createFakeGas({ sheets: { S: [["=lowercase(1)", "=double(4)"]] } });
    withCustomFunctions(f);
    expect(f.sheet("S")).toEqual([["", 8]]);
  });
});

describe("other services", () => {
  it("formats dates in the requested zone: Asia/Shanghai is UTC+8", () => {
    const { Utilities } = services(createFakeGas());
    const instant = new Date("2025-09-14T16:30:05Z");
    expect(Utilities.formatDate(instant, "Asia/Shanghai", "yyyy-MM-dd HH:mm:ss")).toBe("2025-09-15 00:30:05");
    expect(Utilities.formatDate(instant, "UTC", "yyyy-MM-dd HH:mm:ss")).toBe("2025-09-14 16:30:05");
    expect(Utilities.formatDate(instant, "Asia/Shanghai", "yyyy'年'M'月'd'日' EEE Z")).toBe(
      "2025年9月15日 Mon +0800",
    );
    expect(() => Utilities.formatDate("2025-09-14", "UTC", "yyyy")).toThrow(
      "don't match the method signature",
    );
  });

  it("keeps properties as strings per store, null when missing", () => {
    const f = createFakeGas();
    const { PropertiesService } = services(f);
    const doc = PropertiesService.getDocumentProperties();
    expect(doc.getProperty("lang")).toBeNull();
    doc.setProperty("lang", "en").setProperty("count", 3);
    expect(doc.getProperty("count")).toBe("3");
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({ lang: "en", count: "3" });
    expect(PropertiesService.getUserProperties().getProperty("lang")).toBeNull();
    doc.deleteProperty("lang");
    expect(f.properties.document.get("lang")).toBeUndefined();
    f.properties.script.set("seeded", "1");
    expect(PropertiesService.getScriptProperties().getProperty("seeded")).toBe("1");
    expect(() => doc.setProperty("big", "x".repeat(10_000))).toThrow("Argument too large: value");
  });

  it("locks and caches in memory", () => {
    const f = createFakeGas();
    const { LockService, CacheService } = services(f);
    const lock = LockService.getDocumentLock();
    lock.waitLock(20_000);
    expect([lock.hasLock(), f.locks.document.held]).toEqual([true, true]);
    lock.releaseLock();
    expect(f.locks.document.held).toBe(false);
    f.locks.script.busy = true;
    expect(LockService.getScriptLock().tryLock(1000)).toBe(false);
    expect(() => LockService.getScriptLock().waitLock(1000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    const cache = CacheService.getScriptCache();
    cache.putAll({ a: "1", b: "2" });
    cache.remove("a");
    expect([cache.get("a"), cache.getAll(["a", "b"])]).toEqual([null, { b: "2" }]);
  });

  it("serves HTML files, evaluates template scriptlets and records sidebars", () => {
    const f = createFakeGas({
      htmlFiles: {
        Sidebar: "<p>side</p>",
        Report: "<h1><?= title ?></h1><? for (var i = 0; i < 2; i++) { ?>*<? } ?><?!= raw ?>",
      },
    });
    const { HtmlService, SpreadsheetApp } = services(f);
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Dorm plaque"));
    const template = HtmlService.createTemplateFromFile("Report");
    template.title = "<A&B>";
    template.raw = "<b>x</b>";
    ui.showModalDialog(template.evaluate().setWidth(800), "Report");
    expect(f.sidebars).toEqual([{ title: "Dorm plaque", html: "<p>side</p>" }]);
    expect(f.dialogs[0]).toMatchObject({
      title: "Report",
      html: "<h1>&lt;A&amp;B&gt;</h1>**<b>x</b>",
      width: 800,
    });
    expect(() => HtmlService.createHtmlOutputFromFile("Missing")).toThrow(
      "No HTML file named Missing was found.",
    );
    expect(() => ui.showSidebar(template)).toThrow("don't match the method signature for Ui.showSidebar");
  });

  it("converts an HTML blob to a PDF-typed blob whose bytes start with %PDF-", () => {
    const { Utilities, HtmlService } = services(createFakeGas());
    const blob = Utilities.newBlob("<p>报告</p>", "text/html", "report.html");
    expect(blob.getDataAsString()).toBe("<p>报告</p>");
    const pdf = blob.getAs("application/pdf");
    expect([pdf.getContentType(), pdf.getName()]).toEqual(["application/pdf", "report.pdf"]);
    expect(Buffer.from(pdf.getBytes()).toString("latin1").startsWith("%PDF-")).toBe(true);
    expect(HtmlService.createHtmlOutput("<p>x</p>").getAs("application/pdf").getContentType()).toBe(
      "application/pdf",
    );
    expect(Utilities.base64Encode("hi")).toBe("aGk=");
    expect(Utilities.base64Encode(Utilities.newBlob("hi").getBytes())).toBe("aGk=");
  });

  it("builds an onEdit event for a typed cell", () => {
    const f = createFakeGas({ sheets: { Data: [["a"], [1]] } });
    const event = f.editEvent("Data", "A2", 5) as Any;
    expect([event.value, event.oldValue]).toEqual(["5", "1"]);
    expect(event.range.getA1Notation()).toBe("A2");
    expect(event.source.getSheetByName("Data").getRange("A2").getValue()).toBe(5);
    expect(event.authMode).toBe(services(f).ScriptApp.AuthMode.LIMITED);
  });
});

describe("across realms", () => {
  it("works from code run in a node:vm context", () => {
    const f = createFakeGas({ sheets: { A: [["hello"]] } });
    const ctx = vm.createContext({ ...f.globals });
    expect(
      vm.runInContext("SpreadsheetApp.getActive().getSheetByName('A').getRange(1,1).getValue()", ctx),
    ).toBe("hello");
    expect(vm.runInContext("Array.isArray(SpreadsheetApp.getActive().getSheets())", ctx)).toBe(true);
    expect(f.calls.total()).toBe(6);
  });

  it("throws exceptions that the context's own instanceof Error recognises once bound", () => {
    const f = createFakeGas({ sheets: { A: [["x"]] } });
    const ctx = vm.createContext({ ...f.globals });
    f.bindRealm(ctx);
    const caught = vm.runInContext(
      "(function () { try { SpreadsheetApp.getActive().getSheetByName('A').getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message]; } })()",
      ctx,
    );
    expect(Array.from(caught)).toEqual([true, "Exception", "The starting row of the range is too small."]);
  });
});

describe("as strict as the platform", () => {
  it("types initial cells the way Sheets types what a user enters", () => {
    const f = createFakeGas({
      sheets: { A: [["0301", "'0301", "2025-09-15", "TRUE", "2022010001", "3 楼"]] },
    });
    const [num, text, date, bool, id, plain] = f.sheet("A")[0] as Any[];
    expect([num, text, bool, id, plain]).toEqual([301, "0301", true, 2022010001, "3 楼"]);
    expect(date.toISOString()).toBe("2025-09-14T16:00:00.000Z");
  });

  it("shows a bound script's menu under its project's name", () => {
    const untitled = createFakeGas();
    services(untitled).SpreadsheetApp.getUi().createAddonMenu().addItem("Help", "menuHelp").addToUi();
    expect(untitled.menus[0]?.title).toBe("Untitled project");
    const named = createFakeGas({ projectName: "党员寝室挂牌" });
    services(named).SpreadsheetApp.getUi().createAddonMenu().addItem("Help", "menuHelp").addToUi();
    expect(named.menus[0]?.title).toBe("党员寝室挂牌");
  });

  it("fails a PDF conversion when told to, as Google's converter now and then does", () => {
    const f = createFakeGas();
    const { Utilities } = services(f);
    f.failPdfConversions(1);
    const blob = Utilities.newBlob("<p>x</p>", "text/html", "r.html");
    expect(() => blob.getAs("application/pdf")).toThrow(
      "Conversion from text/html to application/pdf failed.",
    );
    expect(blob.getAs("application/pdf").getContentType()).toBe("application/pdf");
  });

  it("refuses the document and properties in AuthMode.NONE, and sidebars and dialogs in LIMITED", () => {
    const f = createFakeGas({ sheets: { A: [["x"]] }, htmlFiles: { Sidebar: "<p>s</p>" } });
    const { SpreadsheetApp, PropertiesService, HtmlService } = services(f);
    f.execute("trigger", "NONE", () => {
      expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
        "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet",
      );
      expect(() => PropertiesService.getDocumentProperties()).toThrow("You do not have permission");
      SpreadsheetApp.getUi().createAddonMenu().addItem("Help", "menuHelp").addToUi();
    });
    f.execute("trigger", "LIMITED", () => {
      expect(SpreadsheetApp.getActiveSpreadsheet().getSheetByName("A").getRange("A1").getValue()).toBe("x");
      PropertiesService.getDocumentProperties().setProperty("k", "v");
      const ui = SpreadsheetApp.getUi();
      expect(() => ui.showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar"))).toThrow(
        "You do not have permission to call Ui.showSidebar",
      );
      expect(() => ui.alert("hi")).toThrow("You do not have permission to call Ui.alert");
      SpreadsheetApp.getActiveSpreadsheet().toast("ok");
    });
    expect(f.menus).toHaveLength(1);
    expect(f.toasts).toHaveLength(1);
  });

  it("ends an execution past its deadline: 30 s for a simple trigger, 6 min for a menu run", () => {
    const f = createFakeGas({ sheets: { A: [[1]] } });
    const { SpreadsheetApp } = services(f);
    // One getValue per cell: the slow way the cost model charges 3.5 ms a call for.
    const slow = () => {
      const range = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("A").getRange("A1");
      for (let i = 0; i < 9_000; i++) range.getValue();
    };
    expect(() => f.execute("trigger", "LIMITED", slow)).toThrow("Exceeded maximum execution time");
    expect(f.lastExecution()?.calls).toBeLessThan(9_000);
    f.execute("run", "FULL", slow);
    expect(f.lastExecution()?.ms).toBeGreaterThan(30_000);
    // One 10,000-cell read costs about a second, not 35.
    f.execute("trigger", "LIMITED", () =>
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName("A").getRange(1, 1, 1000, 10).getValues(),
    );
    expect(f.lastExecution()?.ms).toBeGreaterThan(1000);
    expect(f.lastExecution()?.ms).toBeLessThan(1100);
  });

  it("kills an execution at its n-th service call: that call and every later one fail", () => {
    const f = createFakeGas({ sheets: { A: [[1, 2]] } });
    const { SpreadsheetApp } = services(f);
    f.killAtCall(3);
    const seen: string[] = [];
    expect(() =>
      f.execute("run", "FULL", () => {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("A");
        try {
          sheet.getRange("B1").setValue(20);
        } catch (e) {
          seen.push(String(e));
        }
        sheet.getRange("A1").setValue(10);
      }),
    ).toThrow(KILLED);
    expect(seen).toEqual([`Exception: ${KILLED}`]);
    expect(f.sheet("A")).toEqual([[1, 2]]);
    f.execute("run", "FULL", () =>
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName("A").getRange("A1").setValue(10),
    );
    expect(f.sheet("A")).toEqual([[10, 2]]);
  });

  it("makes a second execution wait for a held lock and fail, and frees it when the holder ends", () => {
    const f = createFakeGas();
    const { LockService } = services(f);
    f.execute("run", "FULL", () => {
      expect(LockService.getDocumentLock().tryLock(1000)).toBe(true);
      // An edit's trigger, running while the menu run holds the lock.
      const got = f.execute("trigger", "LIMITED", () => LockService.getDocumentLock().tryLock(20_000));
      expect(got).toBe(false);
      expect(f.lastExecution()?.ms).toBeGreaterThanOrEqual(20_000);
    });
    expect(f.locks.document.held).toBe(false);
    expect(f.execute("trigger", "LIMITED", () => LockService.getDocumentLock().tryLock(1000))).toBe(true);
  });

  it("computes custom functions after the execution that changed their cells, each in a fresh realm", () => {
    const f = createFakeGas({ sheets: { S: [[2, ""]] } });
    let realms = 0;
    f.useCustomFunctions(() => {
      realms++;
      const context = vm.createContext({ ...f.globals });
      vm.runInContext("var calls = 0; function TWICE(x) { calls++; return x * 2 + calls * 0.5; }", context);
      return context;
    });
    const { SpreadsheetApp } = services(f);
    f.execute("run", "FULL", () => {
      const cell = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("S").getRange("B1");
      cell.setFormula("=TWICE(A1)");
      expect(cell.getValue()).toBe("");
    });
    // A fresh realm each time: its module state starts over, so `calls` is 1 again.
    expect(f.sheet("S")[0]).toEqual([2, 4.5]);
    const before = realms;
    f.setCell("S", "A1", 3);
    expect(f.sheet("S")[0]).toEqual([3, 6.5]);
    expect(realms - before).toBe(1);
  });

  it("gives a custom function 30 s, then shows its error", () => {
    const f = createFakeGas({ sheets: { S: [[""]] } });
    const context = vm.createContext({ ...f.globals });
    vm.runInContext(
      "function SLOW() { var r = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S').getRange('A1'); for (var i = 0; i < 9000; i++) r.getValue(); return 'done'; }",
      context,
    );
    f.useCustomFunctions(context);
    f.setCell("S", "B1", "=SLOW()");
    expect(f.sheet("S")[0]?.[1]).toBe("#ERROR!");
    expect(f.formulaError("S", "B1")).toBe("Exceeded maximum execution time");
  });

  it("limits cache values to 100 KB and property values to 9 KB, counted in UTF-8 bytes", () => {
    const { CacheService, PropertiesService } = services(createFakeGas());
    const cache = CacheService.getDocumentCache();
    expect(() => cache.put("k", "宿".repeat(34_200))).toThrow("Argument too large: value");
    cache.put("k", "宿".repeat(34_000));
    expect(() => PropertiesService.getDocumentProperties().setProperty("k", "宿".repeat(3_100))).toThrow(
      "Argument too large: value",
    );
  });
});
