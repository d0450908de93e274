import { createInflateRaw, inflateRawSync } from "node:zlib";

/**
 * Just enough of the zip format to look inside an .xlsx before exceljs rewrites it: the list of
 * parts from the central directory, and a part's text, whole or streamed.
 */

/** One part of a zip file, as its central directory lists it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** Its size once inflated. */
  readonly size: number;
  /** The CRC-32 of its inflated bytes. */
  readonly crc32: number;
  /** Its general-purpose flags and its MS-DOS time and date, as the directory gives them. */
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  /** Where its local header starts. */
  readonly offset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The parts of a zip file; undefined when the bytes are not a zip this reader understands.
 *
 * @example
 * zipEntries(readFileSync("dept.xlsx"))?.map((e) => e.name) //=> ["[Content_Types].xml", "xl/workbook.xml", …]
 */
export function zipEntries(bytes: Buffer): ZipEntry[] | undefined {
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    entries.push({
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      crc32: bytes.readUInt32LE(at + 16),
      flags: bytes.readUInt16LE(at + 8),
      time: bytes.readUInt16LE(at + 12),
      date: bytes.readUInt16LE(at + 14),
      offset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + skip;
  }
  return entries;
}

/**
 * The bytes of a part as the zip holds them (compressed or not), found through its local header.
 *
 * @example
 * rawData(bytes, entry).length === entry.compressedSize //=> true
 */
export function rawData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.offset;
  if (bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new Error(`bad zip entry ${entry.name}`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * A part's text, whole: for the small parts (workbook.xml, its relationships, a drawing).
 *
 * @example
 * entryText(bytes, entries.find((e) => e.name === "xl/workbook.xml")!) //=> "<?xml …"
 */
export function entryText(bytes: Buffer, entry: ZipEntry): string {
  const raw = rawData(bytes, entry);
  return (entry.method === 8 ? inflateRawSync(raw) : raw).toString("utf8");
}

/**
 * Streams a part's bytes to `onBytes` in pieces, so that a sheet of a million cells is never held
 * whole in memory; `onBytes` returns false to stop early.
 *
 * @example
 * await streamEntry(bytes, sheetEntry, (piece) => !piece.includes("<extLst"))
 */
export async function streamEntry(
  bytes: Buffer,
  entry: ZipEntry,
  onBytes: (piece: Buffer) => boolean | undefined,
): Promise<void> {
  const raw = rawData(bytes, entry);
  if (entry.method !== 8) {
    onBytes(raw);
    return;
  }
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  await new Promise<void>((resolve, reject) => {
    inflate.on("data", (chunk: Buffer) => {
      if (onBytes(chunk) === false) {
        inflate.destroy();
        resolve();
      }
    });
    inflate.on("end", resolve);
    inflate.on("error", reject);
    inflate.end(raw);
  });
}
