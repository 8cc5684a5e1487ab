import { inflateRawSync } from "node:zlib";
import { DocxLimitError, NotDocxError } from "./errors.js";
import { formatBytes, type DocxLimits } from "./limits.js";

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_32 = 0xffffffff;

/**
 * A ZIP archive read from its central directory. Nothing is inflated until
 * a part is asked for, and then only as far as the limits allow: the
 * inflated bytes are counted as they come (zlib's running cap), per part
 * and in total, so an archive that lies about its sizes, or a small entry
 * that inflates to gigabytes, is refused after at most a limit's worth.
 */
export class ZipArchive {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  readonly #limits: DocxLimits;
  /** By lower-cased name: part names in a package are case-insensitive. */
  readonly #entries = new Map<string, Entry>();
  #inflated = 0;

  constructor(bytes: Uint8Array, limits: DocxLimits) {
    if (bytes.length > limits.maxFileBytes)
      throw new DocxLimitError(
        `it is ${bytes.length.toLocaleString("en-US")} bytes, more than ${formatBytes(limits.maxFileBytes)}`,
      );
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#limits = limits;
    this.#readDirectory();
  }

  /** Entry names, as the archive spells them. */
  get names(): string[] {
    return [...this.#entries.values()].map((entry) => entry.name);
  }

  has(name: string): boolean {
    return this.#entries.has(name.toLowerCase());
  }

  /** Bytes inflated so far, by every read. */
  get inflatedBytes(): number {
    return this.#inflated;
  }

  /** An entry's content, or undefined when there is none of that name. */
  read(name: string): Uint8Array | undefined {
    const entry = this.#entries.get(name.toLowerCase());
    if (entry === undefined) return undefined;
    if ((entry.flags & 1) !== 0)
      throw new NotDocxError(`its part ${entry.name} is encrypted`);
    const start = this.#dataStart(entry);
    const end = start + entry.compressedSize;
    if (end > this.#bytes.length)
      throw new NotDocxError(`its part ${entry.name} is cut short`);
    const data = this.#bytes.subarray(start, end);
    const remaining = this.#limits.maxTotalBytes - this.#inflated;
    const cap = Math.min(this.#limits.maxPartBytes, remaining);
    const tooLarge = () =>
      new DocxLimitError(
        cap === this.#limits.maxPartBytes
          ? `its part ${entry.name} inflates to more than ${formatBytes(cap)} (the limit for one part)`
          : `its parts inflate to more than ${formatBytes(this.#limits.maxTotalBytes)} together (the limit for a DOCX)`,
      );
    let content: Uint8Array;
    if (entry.method === 0) {
      if (data.length > cap) throw tooLarge();
      content = data;
    } else if (entry.method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
      } catch (error) {
        if (isCode(error, "ERR_BUFFER_TOO_LARGE")) throw tooLarge();
        throw new NotDocxError(`its part ${entry.name} is corrupt`);
      }
      if (content.length > cap) throw tooLarge();
    } else {
      throw new NotDocxError(
        `its part ${entry.name} uses ZIP compression method ${entry.method}, which Word does not write`,
      );
    }
    this.#inflated += content.length;
    return content;
  }

  #readDirectory(): void {
    const { directory, count } = this.#endRecord();
    if (count > this.#limits.maxEntries)
      throw new DocxLimitError(
        `its ZIP archive holds ${count.toLocaleString("en-US")} entries, more than ${this.#limits.maxEntries.toLocaleString("en-US")}`,
      );
    let at = directory;
    for (let index = 0; index < count; index++) {
      if (at + 46 > this.#bytes.length || this.#u32(at) !== CENTRAL)
        throw new NotDocxError("its ZIP directory is damaged");
      const nameLength = this.#u16(at + 28);
      const extraLength = this.#u16(at + 30);
      const commentLength = this.#u16(at + 32);
      const next = at + 46 + nameLength + extraLength + commentLength;
      if (next > this.#bytes.length)
        throw new NotDocxError("its ZIP directory is damaged");
      const name = new TextDecoder().decode(
        this.#bytes.subarray(at + 46, at + 46 + nameLength),
      );
      const sizes = this.#zip64Sizes(
        at + 46 + nameLength,
        extraLength,
        this.#u32(at + 24) === MAX_32,
        this.#u32(at + 20),
        this.#u32(at + 42),
      );
      const key = name.toLowerCase();
      if (this.#entries.has(key))
        throw new NotDocxError(`its ZIP archive holds ${name} twice`);
      this.#entries.set(key, {
        name,
        flags: this.#u16(at + 8),
        method: this.#u16(at + 10),
        ...sizes,
      });
      at = next;
    }
  }

  /** The central directory's place and entry count, from the end record (ZIP64 when the counts overflow it). */
  #endRecord(): { directory: number; count: number } {
    const bytes = this.#bytes;
    const lowest = Math.max(0, bytes.length - 22 - 0xffff);
    let end = -1;
    for (let at = bytes.length - 22; at >= lowest; at--)
      if (this.#u32(at) === EOCD) {
        end = at;
        break;
      }
    if (end < 0) throw new NotDocxError("it is not a ZIP archive");
    const count = this.#u16(end + 10);
    const directory = this.#u32(end + 16);
    const locator = end - 20;
    if (
      (count === 0xffff || directory === MAX_32) &&
      locator >= 0 &&
      this.#u32(locator) === EOCD64_LOCATOR
    ) {
      const record = this.#u64(locator + 8);
      if (record + 56 > bytes.length || this.#u32(record) !== EOCD64)
        throw new NotDocxError("its ZIP directory is damaged");
      return {
        count: this.#u64(record + 32),
        directory: this.#u64(record + 48),
      };
    }
    return { directory, count };
  }

  /** Compressed size and local header offset, from the ZIP64 extra field where the 32-bit ones overflow. */
  #zip64Sizes(
    extra: number,
    length: number,
    uncompressedOverflows: boolean,
    compressedSize: number,
    localHeader: number,
  ): { compressedSize: number; localHeader: number } {
    if (compressedSize !== MAX_32 && localHeader !== MAX_32)
      return { compressedSize, localHeader };
    for (let at = extra; at + 4 <= extra + length;) {
      const id = this.#u16(at);
      const size = this.#u16(at + 2);
      if (id === 1) {
        let field = at + 4 + (uncompressedOverflows ? 8 : 0);
        if (compressedSize === MAX_32) {
          compressedSize = this.#u64(field);
          field += 8;
        }
        if (localHeader === MAX_32) localHeader = this.#u64(field);
        return { compressedSize, localHeader };
      }
      at += 4 + size;
    }
    throw new NotDocxError("its ZIP directory is damaged");
  }

  #dataStart(entry: Entry): number {
    const at = entry.localHeader;
    if (at + 30 > this.#bytes.length || this.#u32(at) !== LOCAL)
      throw new NotDocxError(`its part ${entry.name} is damaged`);
    // The local header's own name and extra lengths, which may differ from the directory's.
    return at + 30 + this.#u16(at + 26) + this.#u16(at + 28);
  }

  #u16(at: number): number {
    return this.#view.getUint16(at, true);
  }

  #u32(at: number): number {
    return this.#view.getUint32(at, true);
  }

  /** A 64-bit field; past 2^53 it cannot be a place in this file, so it reads as too far. */
  #u64(at: number): number {
    if (at + 8 > this.#bytes.length)
      throw new NotDocxError("its ZIP directory is damaged");
    const value = this.#view.getBigUint64(at, true);
    return value > BigInt(Number.MAX_SAFE_INTEGER)
      ? Number.MAX_SAFE_INTEGER
      : Number(value);
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
