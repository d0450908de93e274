import { describe, expect, it } from "vitest";
import { periodWords } from "../../src/documents/bulletin/template.ts";
import {
  chineseNumber,
  heading,
  officialHead,
  signature,
  writtenDate,
} from "../../src/documents/official.ts";

describe("chineseNumber", () => {
  it("writes the section numbers 一 to 九十九", () => {
    expect([1, 2, 10, 11, 12, 20, 21, 99].map(chineseNumber)).toEqual([
      "一",
      "二",
      "十",
      "十一",
      "十二",
      "二十",
      "二十一",
      "九十九",
    ]);
  });
});

describe("writtenDate", () => {
  it("writes year, month and day in full with Arabic numerals and no leading zero in zh", () => {
    expect(writtenDate("2026-01-09", "zh")).toBe("2026年1月9日");
    expect(writtenDate("2025-11-30", "zh")).toBe("2025年11月30日");
  });

  it("writes day, month and year in en", () => {
    expect(writtenDate("2026-01-09", "en")).toBe("9 January 2026");
  });
});

describe("periodWords", () => {
  it("leaves out what the end shares with the start", () => {
    expect(periodWords("2025-11-10", "2025-11-16", "zh")).toBe("2025年11月10日至16日");
    expect(periodWords("2025-11-24", "2025-12-07", "zh")).toBe("2025年11月24日至12月7日");
    expect(periodWords("2025-12-29", "2026-01-04", "zh")).toBe("2025年12月29日至2026年1月4日");
    expect(periodWords("2025-11-10", "2025-11-10", "zh")).toBe("2025年11月10日");
    expect(periodWords("2025-11-10", "2025-11-16", "en")).toBe("10–16 November 2025");
    expect(periodWords("2025-11-24", "2025-12-07", "en")).toBe("24 November 2025 – 7 December 2025");
  });
});

describe("officialHead and signature", () => {
  const header = { issuer: "中共电子工程系委员会", number: "电子党〔2025〕3号", date: "2026-01-20" };

  it("puts the mark, the issuing body, the number, the red rule and the title in that order", () => {
    const html = officialHead("zh", header, "public", "关于……的通报");
    const order = ["公示版", header.issuer, header.number, '<hr class="rule">', "<h1>关于……的通报</h1>"];
    const at = order.map((part) => html.indexOf(part));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("leaves out a blank number and a blank issuing body", () => {
    const html = officialHead("zh", { issuer: "", number: "", date: "2026-01-20" }, "internal", "T");
    expect(html).not.toContain('class="issuer"');
    expect(html).not.toContain('class="docno"');
  });

  it("signs with the issuing body above the date, under a space for the seal", () => {
    const html = signature("zh", header);
    expect(html.indexOf('class="seal"')).toBeLessThan(html.indexOf(header.issuer));
    expect(html.indexOf(header.issuer)).toBeLessThan(html.indexOf("2026年1月20日"));
  });

  it("escapes what a user typed as the issuing body", () => {
    expect(officialHead("en", { ...header, issuer: "<b>x</b>" }, "internal", "T")).toContain(
      "&lt;b&gt;x&lt;/b&gt;",
    );
  });

  it("numbers headings 一、 in zh and 1. in en", () => {
    expect(heading(3, "预警", "zh")).toBe("<h2>三、预警</h2>");
    expect(heading(3, "Early warnings", "en")).toBe("<h2>3. Early warnings</h2>");
  });
});
