import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/cli/decode.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/intake", name));
const TEXT = "宿舍号,结果,检查人\r\n3-201,合格,生活部 王雪\r\n";

describe("decodeText", () => {
  it.each([
    ["wjx-utf8-bom.csv", "utf-8-bom", "1、寝室号"],
    ["google-forms.csv", "utf-8", "Dorm number"],
    ["campus-gbk.csv", "gb18030", "整改意见"],
    ["campus-gb18030.csv", "gb18030", "楼长 刘䶮"],
    ["excel-unicode.txt", "utf-16le", "纪检部 周宁"],
  ])("detects %s as %s", (name, encoding, text) => {
    const decoded = decodeText(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(text);
    expect(decoded.text.startsWith("\uFEFF")).toBe(false);
  });

  it.each([
    ["utf8", "utf-8"],
    ["gbk", "gb18030"],
    ["gb18030", "gb18030"],
    ["utf16le", "utf-16le"],
    ["utf16be", "utf-16be"],
  ])("reads %s without a byte-order mark", (encoding, detected) => {
    const decoded = decodeText(iconv.encode(TEXT, encoding));
    expect(decoded).toEqual({ text: TEXT, encoding: detected });
  });

  it("reads UTF-16 big-endian with its byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, "utf16be")]);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  it("reads plain ASCII as UTF-8, and an empty file as empty", () => {
    expect(decodeText(Buffer.from("Dorm,Result\n"))).toEqual({ text: "Dorm,Result\n", encoding: "utf-8" });
    expect(decodeText(Buffer.alloc(0))).toEqual({ text: "", encoding: "utf-8" });
  });
});
