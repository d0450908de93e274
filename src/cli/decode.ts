import iconv from "iconv-lite";

/** The encodings an export comes in, as detected. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/** Zero bytes on one side of most pairs: ASCII text (digits, commas, line breaks) in UTF-16. */
function utf16Without(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "utf-16be";
  return undefined;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes an exported text file whatever it was saved in, without asking: a byte-order mark says
 * UTF-8 or UTF-16 (Excel's "Unicode text"); UTF-16 without one shows in its zero bytes; bytes that
 * are valid UTF-8 are UTF-8 (ASCII included); anything else is read as GB18030, which covers GBK
 * and GB2312, as Chinese Windows and campus systems write CSV. iconv-lite does the decoding.
 *
 * @example
 * decodeText(iconv.encode("宿舍号,结果", "gbk")) //=> { text: "宿舍号,结果", encoding: "gb18030" }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return { text: buffer.subarray(3).toString("utf8"), encoding: "utf-8-bom" };
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return { text: iconv.decode(buffer.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return { text: iconv.decode(buffer.subarray(2), "utf-16be"), encoding: "utf-16be" };
  const utf16 = utf16Without(buffer);
  if (utf16) return { text: iconv.decode(buffer, utf16), encoding: utf16 };
  try {
    return { text: strictUtf8.decode(buffer), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(buffer, "gb18030"), encoding: "gb18030" };
  }
}
