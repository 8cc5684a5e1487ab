// The ZIP container of a draft, written byte for byte as fflate's (0.8)
// zipSync writes it, around entries compressed elsewhere: zipSync deflates
// every entry itself, with its own compressor, on the thread that calls
// it, while the draft's parts are deflated by deflate.ts, a large draft's
// document.xml on another thread as the other parts are deflated here
// (see reproducible.ts). test/render/docx/zip-writer.test.ts compares the
// container with zipSync's.
import { crc32 } from "node:zlib";

/** One entry, already compressed (or stored). */
export interface ZipEntry {
  name: string;
  /** The bytes as stored in the archive: deflated, or the data itself when `stored`. */
  compressed: Uint8Array;
  /** Whether the data is stored as is (method 0) rather than deflated (method 8). */
  stored: boolean;
  /** Length of the uncompressed data. */
  size: number;
  /** CRC-32 of the uncompressed data. */
  crc: number;
}

/** CRC-32 as ZIP computes it (zlib's, the standard polynomial). */
export function zipCrc(data: Uint8Array): number {
  return crc32(data);
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const encoder = new TextEncoder();

/**
 * DOS date and time from a Date's local fields, as fflate reads them (the
 * caller passes a Date built from local fields, so no time zone shows).
 */
function dosTime(date: Date): number {
  return (
    (((date.getFullYear() - 1980) << 25) |
      ((date.getMonth() + 1) << 21) |
      (date.getDate() << 16) |
      (date.getHours() << 11) |
      (date.getMinutes() << 5) |
      (date.getSeconds() >> 1)) >>>
    0
  );
}

/** The archive: local headers and data in order, the central directory, its end record. */
export function writeZip(
  entries: readonly ZipEntry[],
  mtime: Date,
): Uint8Array {
  const time = dosTime(mtime);
  const names = entries.map((entry) => encoder.encode(entry.name));
  let local = 0;
  let central = 0;
  for (const [i, entry] of entries.entries()) {
    local += 30 + names[i].length + entry.compressed.length;
    central += 46 + names[i].length;
  }
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  const header = (
    at: number,
    entry: ZipEntry,
    name: Uint8Array,
    offset?: number,
  ): number => {
    let b = at;
    view.setUint32(b, offset === undefined ? LOCAL : CENTRAL, true);
    b += 4;
    // The central record starts with "version made by": 2.0, MS-DOS.
    if (offset !== undefined) {
      view.setUint16(b, 20, true);
      b += 2;
    }
    view.setUint16(b, 20, true);
    // Bit 11: the name is UTF-8 (set when it is not plain ASCII).
    view.setUint16(b + 2, name.length === entry.name.length ? 0 : 0x800, true);
    view.setUint16(b + 4, entry.stored ? 0 : 8, true);
    view.setUint32(b + 6, time, true);
    view.setUint32(b + 10, entry.crc >>> 0, true);
    view.setUint32(b + 14, entry.compressed.length, true);
    view.setUint32(b + 18, entry.size, true);
    view.setUint16(b + 22, name.length, true);
    b += 26;
    // No extra field, no comment, disk 0, no attributes: zeros already.
    if (offset !== undefined) {
      view.setUint32(b + 10, offset, true);
      b += 14;
    }
    out.set(name, b);
    return b + name.length;
  };
  let at = 0;
  const offsets: number[] = [];
  for (const [i, entry] of entries.entries()) {
    offsets.push(at);
    at = header(at, entry, names[i]);
    out.set(entry.compressed, at);
    at += entry.compressed.length;
  }
  for (const [i, entry] of entries.entries())
    at = header(at, entry, names[i], offsets[i]);
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, central, true);
  view.setUint32(at + 16, local, true);
  return out;
}
