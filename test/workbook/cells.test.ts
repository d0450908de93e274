import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOf } from "../../src/engine/day.ts";
import {
  dayOfDate,
  decimalOf,
  isBlank,
  isDate,
  readBoolean,
  readCategory,
  readCondition,
  readDay,
  readLevel,
  readScore,
  readStatus,
  readYear,
} from "../../src/workbook/cells.ts";
import { day } from "../support/records.ts";

const SEPT_15 = day("2025-09-15");

describe("cells", () => {
  describe("decimalOf", () => {
    it("reads a text as NFKC-folded, trimmed plain decimal, the same when asked again", () => {
      const reference = (text: string) => {
        const plain = text.normalize("NFKC").trim();
        return /^[+-]?\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined;
      };
      const piece = fc.oneof(
        fc.constantFrom(
          "85",
          "９５",
          "+1",
          "-2.5",
          " 7 ",
          "1e2",
          "0x10",
          "优秀",
          "合格",
          "²",
          "①",
          "．5",
          "1.",
          "",
        ),
        fc.string({ maxLength: 3 }),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 3 }), (pieces) => {
          const text = pieces.join("");
          expect(decimalOf(text)).toBe(reference(text));
          expect(decimalOf(text)).toBe(reference(text));
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe("isBlank", () => {
    it("treats empty and whitespace cells as blank, but not zero, false or a date", () => {
      expect([undefined, null, "", "   "].map(isBlank)).toEqual([true, true, true, true]);
      expect([0, false, new Date(0), "x"].map(isBlank)).toEqual([false, false, false, false]);
    });

    it("is blank exactly when the cell's text is empty and it is not a date", () => {
      const cell = fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom(" ", "\u3000", "\u00a0", "\t\n", "", null, undefined, Number.NaN, 0, -0),
        fc.double(),
        fc.boolean(),
        fc.date(),
        fc.constantFrom([], [""], {}, { toString: () => " " }),
      );
      fc.assert(
        fc.property(cell, (c) => {
          const text = c === null || c === undefined ? "" : String(c).trim();
          expect(isBlank(c)).toBe(text === "" && !(c instanceof Date));
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe("isDate", () => {
    it("recognises a Date from another realm, as the Apps Script bridge hands them over", () => {
      const foreign = runInNewContext("new Date(Date.UTC(2025, 8, 15))");
      expect(foreign instanceof Date).toBe(false);
      expect(isDate(foreign)).toBe(true);
      expect(readDay(foreign, "UTC", "en")).toEqual({ value: SEPT_15 });
    });

    it("does not take a date-like string for a date", () => {
      expect(isDate("2025-09-15")).toBe(false);
    });
  });

  describe("readDay", () => {
    it.each([
      ["2025-09-15"],
      ["2025/9/15"],
      ["2025/09/15"],
      ["2025年9月15日"],
      ["2025 年 9 月 15 日"],
      ["２０２５年９月１５日"],
      ["2025.9.15"],
      [" 2025-09-15 "],
      ["2025-09-15 08:30"],
      ["2025-09-15T00:00:00"],
    ])("reads the text %j as 15 September 2025", (text) => {
      expect(readDay(text, "UTC", "zh")).toEqual({ value: SEPT_15 });
    });

    it("reads a spreadsheet serial number, ignoring the time of day", () => {
      expect(readDay(45915, "UTC", "en")).toEqual({ value: SEPT_15 });
      expect(readDay(45915.75, "UTC", "en")).toEqual({ value: SEPT_15 });
    });

    it("reads a date cell as the day it shows", () => {
      expect(readDay(new Date(Date.UTC(2025, 8, 15)), "UTC", "en")).toEqual({ value: SEPT_15 });
    });

    it("gives blank cells no value and no error", () => {
      expect(readDay("", "UTC", "en")).toEqual({ value: undefined });
      expect(readDay(undefined, "UTC", "en")).toEqual({ value: undefined });
    });

    it.each([["2025-02-30"], ["15/09/2025"], ["yesterday"], ["2025-13-01"]])(
      "reports the unreadable date %j",
      (text) => {
        expect(readDay(text, "UTC", "en")).toEqual({ error: `unreadable date: ${text}` });
      },
    );

    it("reports a number too small or large to be a date serial", () => {
      expect(readDay(3, "UTC", "zh")).toEqual({ error: "无法识别的日期：3" });
      expect(readDay(20250915, "UTC", "en").error).toMatch(/unreadable date/);
    });

    it("reports an invalid Date object", () => {
      expect(readDay(new Date(Number.NaN), "UTC", "en").error).toMatch(/unreadable date/);
    });
  });

  describe("time zones", () => {
    const shanghaiMidnight = new Date("2025-09-14T16:00:00Z");
    const utcMidnight = new Date("2025-09-15T00:00:00Z");

    it("reads a Sheets date cell (midnight in the spreadsheet's zone), an xlsx date cell (midnight UTC) and the text as one day", () => {
      expect(readDay(shanghaiMidnight, "Asia/Shanghai", "zh")).toEqual({ value: SEPT_15 });
      expect(readDay(utcMidnight, "UTC", "zh")).toEqual({ value: SEPT_15 });
      expect(readDay("2025-09-15", "Asia/Shanghai", "zh")).toEqual({ value: SEPT_15 });
    });

    it("reads midnight in a zone west of UTC as that zone's day", () => {
      expect(dayOfDate(new Date("2025-09-15T04:00:00Z"), "America/New_York")).toBe(SEPT_15);
      expect(dayOfDate(new Date("2025-09-15T10:00:00Z"), "Pacific/Honolulu")).toBe(SEPT_15);
    });

    it("gives the day the zone's calendar shows, for any instant and zone", () => {
      /** The day the slow way, asked afresh for every instant: the UTC calendar, or Intl's. */
      const shown = (date: Date, timeZone: string) => {
        if (timeZone === "UTC")
          return dayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
        const format = new Intl.DateTimeFormat("en-US", {
          timeZone,
          year: "numeric",
          month: "numeric",
          day: "numeric",
        });
        const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
        return dayOf(Number(parts.year), Number(parts.month), Number(parts.day));
      };
      const zone = fc.constantFrom(
        "UTC",
        "Asia/Shanghai",
        "America/New_York",
        "Australia/Lord_Howe",
        "Asia/Kathmandu",
        "Pacific/Kiritimati",
      );
      const instant = fc.oneof(
        fc.date({ noInvalidDate: true }),
        fc.date({ min: new Date("2024-01-01"), max: new Date("2027-01-01"), noInvalidDate: true }),
        fc.date({ min: new Date("-000100-01-01"), max: new Date("0200-01-01"), noInvalidDate: true }),
      );
      fc.assert(
        fc.property(instant, zone, (date, timeZone) => {
          expect(dayOfDate(date, timeZone)).toBe(shown(date, timeZone));
          // Asked again, from the remembered answer, the day is the same.
          expect(dayOfDate(new Date(date.getTime()), timeZone)).toBe(shown(date, timeZone));
        }),
        { numRuns: 1000 },
      );
    });

    it("keeps the day for a date cell with a late time of day", () => {
      expect(dayOfDate(new Date("2025-09-15T15:59:00Z"), "Asia/Shanghai")).toBe(SEPT_15);
      expect(dayOfDate(new Date("2025-09-15T23:59:00Z"), "UTC")).toBe(SEPT_15);
    });

    it("gives the same days in a process whose own zone is far from UTC", () => {
      const script = `
        import { readDay } from "./src/workbook/cells.ts";
        import { evaluate } from "./src/engine/evaluate.ts";
        import { DEFAULT_SETTINGS } from "./src/engine/settings.ts";
        const offset = new Date(2025, 8, 15).getTimezoneOffset();
        const days = [
          readDay(new Date("2025-09-14T16:00:00Z"), "Asia/Shanghai", "en").value,
          readDay(new Date("2025-09-15T00:00:00Z"), "UTC", "en").value,
          readDay("2025-09-15", "UTC", "en").value,
          readDay("2025年9月15日", "UTC", "en").value,
          readDay(45915, "UTC", "en").value,
        ];
        const d = days[0];
        const e = evaluate(
          { dorms: [{ row: 2, id: "A", label: "A", building: "", year: undefined, plaque: false, plaqueDate: undefined, plaqueCondition: "ok" }],
            members: [], visits: [], talks: [],
            inspections: [{ row: 2, day: d, dormId: "A", category: "", level: "fail", score: undefined, inspector: "", notes: "" },
                          { row: 3, day: d + 3, dormId: "A", category: "", level: "fail", score: undefined, inspector: "", notes: "" }] },
          { ...DEFAULT_SETTINGS, semesterFailLimit: 2 }, d + 10);
        console.log(JSON.stringify({ offset, days, semester: e.semester.id, deadline: e.dorms[0].totalLimit.deadline }));
      `;
      for (const zone of ["America/Los_Angeles", "Pacific/Kiritimati"]) {
        const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
          cwd: join(import.meta.dirname, "../.."),
          env: { ...process.env, TZ: zone },
          encoding: "utf8",
        });
        expect(run.stderr, zone).toBe("");
        const out = JSON.parse(run.stdout);
        // The zone really took effect in the child process.
        expect(out.offset, zone).toBe(zone === "America/Los_Angeles" ? 420 : -840);
        expect(out.days, zone).toEqual([SEPT_15, SEPT_15, SEPT_15, SEPT_15, SEPT_15]);
        expect(out.semester, zone).toBe("2025-2026-1");
        expect(out.deadline, zone).toBe("2025-10-02");
      }
    });

    it("never uses local-time Date methods in the engine or the workbook layer", () => {
      const root = join(import.meta.dirname, "../../src");
      const offenders: string[] = [];
      for (const folder of ["engine", "workbook"]) {
        for (const file of readdirSync(join(root, folder))) {
          const text = readFileSync(join(root, folder, file), "utf8");
          const local =
            /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)\(|toLocale\w*\(|Date\.parse\(|new Date\(\s*\d+\s*,|new Date\("\d{4}-\d{2}-\d{2}"\)/g;
          for (const m of text.matchAll(local)) offenders.push(`${folder}/${file}: ${m[0]}`);
        }
      }
      expect(offenders).toEqual([]);
    });
  });

  describe("readLevel", () => {
    it.each([
      ["优秀", "excellent"],
      ["合格", "pass"],
      ["不合格", "fail"],
      ["excellent", "excellent"],
      [" FAIL ", "fail"],
      ["Pass", "pass"],
      ["EXCELLENT", "excellent"],
    ] as const)("reads %j as %s", (text, level) => {
      expect(readLevel(text, "en")).toEqual({ value: level });
    });

    it("reports a result it cannot read, in the workbook's language", () => {
      expect(readLevel("良好", "zh")).toEqual({ error: "无法识别的结果：良好（应为 优秀/合格/不合格）" });
      expect(readLevel("good", "en")).toEqual({
        error: "unreadable result: good (expected excellent/pass/fail)",
      });
    });

    it("gives a blank result no value", () => {
      expect(readLevel("  ", "en")).toEqual({ value: undefined });
    });
  });

  describe("readScore", () => {
    it("refuses numbers a person would not write: hex, exponents", () => {
      expect(readScore("0x10", "en").error).toContain("0x10");
      expect(readScore("1e2", "en").error).toContain("1e2");
    });

    it("reads numbers and numeric text between 0 and 100", () => {
      expect([
        readScore(85, "en"),
        readScore("92.5", "en"),
        readScore(0, "en"),
        readScore("１００", "en"),
      ]).toEqual([{ value: 85 }, { value: 92.5 }, { value: 0 }, { value: 100 }]);
    });

    it("reports scores out of range or not numbers", () => {
      for (const bad of [101, -1, "85分", "abc"]) {
        expect(readScore(bad, "en").error, String(bad)).toMatch(/^score must be a number 0–100/);
      }
    });

    it("gives a blank score no value", () => {
      expect(readScore("", "en")).toEqual({ value: undefined });
    });
  });

  describe("readBoolean", () => {
    it.each([
      [true, true],
      [false, false],
      ["是", true],
      ["否", false],
      ["yes", true],
      ["No", false],
      ["YES", true],
      ["TRUE", true],
      ["√", true],
      [1, true],
      [0, false],
    ] as const)("reads %j as %s", (cell, value) => {
      expect(readBoolean(cell, "en")).toEqual({ value });
    });

    it("reports a value that is neither yes nor no", () => {
      expect(readBoolean("maybe", "zh")).toEqual({ error: "无法识别的挂牌值：maybe（应为 是/否）" });
    });

    it("gives a blank cell no value", () => {
      expect(readBoolean("", "en")).toEqual({ value: undefined });
    });
  });

  describe("readYear", () => {
    it.each([
      ["大一", 1],
      ["大四", 4],
      [3, 3],
      ["2", 2],
      ["三年级", 3],
      ["Year 2", 2],
    ] as const)("reads %j as %d", (cell, year) => {
      expect(readYear(cell, "en")).toEqual({ value: year });
    });

    it("reports a year outside 1–4", () => {
      expect(readYear("大五", "en").error).toMatch(/unreadable year: 大五/);
      expect(readYear(5, "en").error).toMatch(/unreadable year: 5/);
    });
  });

  describe("readStatus", () => {
    it.each([
      ["正式党员", "full"],
      ["预备党员", "probationary"],
      ["发展对象", "candidate"],
      ["入党积极分子", "activist"],
      ["群众", "nonMember"],
      ["Full member", "full"],
      ["PROBATIONARY", "probationary"],
      ["candidate", "candidate"],
      ["activist", "activist"],
      ["non-member", "nonMember"],
    ] as const)("reads %j as %s", (text, status) => {
      expect(readStatus(text, "en")).toEqual({ value: status });
    });

    it("reports a status it cannot read", () => {
      expect(readStatus("党支部书记", "en")).toEqual({ error: "unreadable status: 党支部书记" });
    });
  });

  describe("readCondition", () => {
    it.each([
      ["完好", "ok"],
      ["遗失", "lost"],
      ["污损", "damaged"],
      ["OK", "ok"],
      ["Lost", "lost"],
      ["damaged", "damaged"],
    ] as const)("reads %j as %s", (text, condition) => {
      expect(readCondition(text, "en")).toEqual({ value: condition });
    });

    it("reports a condition it cannot read", () => {
      expect(readCondition("stolen", "en").error).toMatch(/unreadable plaque condition: stolen/);
    });
  });

  describe("readCategory", () => {
    it("reads the four categories in either language", () => {
      expect(["卫生", "纪律", "作息", "安全", "Hygiene", "SAFETY"].map(readCategory)).toEqual([
        "hygiene",
        "discipline",
        "schedule",
        "safety",
        "hygiene",
        "safety",
      ]);
    });

    it("keeps a category of the user's own as typed", () => {
      expect(readCategory(" 用电 ")).toBe("用电");
    });
  });
});
