/**
 * Values of any size in the document cache, split into pieces that each stay under its 100 KB
 * limit, measured in UTF-8 bytes (a Chinese character takes three):
 * https://developers.google.com/apps-script/reference/cache/cache
 * Keys stay far under the 250-character limit.
 */

type Cache = GoogleAppsScript.Cache.Cache;

/** Bytes per piece: under 100 KB however a KB is counted. */
export const PIECE_BYTES = 90_000;

/** The cache keeps values six hours at most. */
export const CACHE_SECONDS = 21_600;

function utf8Bytes(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Splits text into pieces of at most `maxBytes` UTF-8 bytes each, never inside a character.
 *
 * @example
 * piecesOf("宿舍宿舍", 6) //=> ["宿舍", "宿舍"]
 */
export function piecesOf(text: string, maxBytes: number = PIECE_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    const size = utf8Bytes(codePoint);
    if (bytes + size > maxBytes && i > start) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += width;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}

/**
 * The key/value pairs that store each text under its key: a head naming the pieces, and the
 * pieces. Put them with one putAll.
 *
 * @example
 * Object.keys(chunkedEntries({ a: "x" })) //=> ["a", "a#0"]
 */
export function chunkedEntries(texts: Record<string, string>): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [key, text] of Object.entries(texts)) {
    const pieces = piecesOf(text);
    entries[key] = JSON.stringify({ pieces: pieces.length, length: text.length });
    pieces.forEach((piece, i) => {
      entries[`${key}#${i}`] = piece;
    });
  }
  return entries;
}

/**
 * Stores texts of any size in one putAll. A failure (a quota, a passing fault) is returned, not
 * thrown: a cache is never worth failing a recalculation for.
 */
export function putChunked(cache: Cache | null, texts: Record<string, string>): string | undefined {
  if (!cache) return "no cache";
  try {
    cache.putAll(chunkedEntries(texts), CACHE_SECONDS);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A text stored by putChunked, in two getAll calls; null when any piece is gone. */
export function getChunked(cache: Cache | null, key: string): string | null {
  if (!cache) return null;
  const head = cache.getAll([key])[key];
  if (!head) return null;
  let shape: { pieces: number; length: number };
  try {
    shape = JSON.parse(head) as { pieces: number; length: number };
  } catch {
    return null;
  }
  const keys = Array.from({ length: shape.pieces }, (_, i) => `${key}#${i}`);
  const found = cache.getAll(keys);
  if (keys.some((k) => typeof found[k] !== "string")) return null;
  const text = keys.map((k) => found[k]).join("");
  return text.length === shape.length ? text : null;
}
