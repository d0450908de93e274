import { describe, expect, it } from "vitest";
import { parseDelimited } from "../../src/intake/table.ts";

describe("parseDelimited", () => {
  it("reads a table pasted from a spreadsheet (tabs)", () => {
    expect(parseDelimited("宿舍号\t结果\r\n3-201\t合格\r\n")).toEqual([
      ["宿舍号", "结果"],
      ["3-201", "合格"],
    ]);
  });

  it("reads CSV with quoted commas, quotes and line breaks, without the byte-order mark", () => {
    expect(parseDelimited('\uFEFF宿舍号,备注\n3-201,"被子未叠,地面""很""脏\n已整改"\n')).toEqual([
      ["宿舍号", "备注"],
      ["3-201", '被子未叠,地面"很"脏\n已整改'],
    ]);
  });

  it("reads semicolons, as European spreadsheets write CSV", () => {
    expect(parseDelimited("Date;Dorm;Result\n2025-11-12;3-201;pass\n")).toEqual([
      ["Date", "Dorm", "Result"],
      ["2025-11-12", "3-201", "pass"],
    ]);
  });

  it("skips empty lines", () => {
    expect(parseDelimited("a,b\n\n1,2\n,\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});
