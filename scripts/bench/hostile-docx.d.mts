// Types of hostile-docx.mjs, for the tests that import it.

export interface HostileDocx {
  name: string;
  /** What the file is, in words. */
  what: string;
  bytes(): Uint8Array;
  /** The exit code textconv must end with. */
  code: number;
  /** A piece of its message (exit 2) ... */
  stderr?: string;
  /** ... or the end of its output (exit 0). */
  stdout?: string;
}

export function hostileDocxCases(): HostileDocx[];

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** 0 stored (default), 8 deflated (data already deflated). */
  method?: number;
  /** The uncompressed size the archive declares, true or not. */
  declared?: number;
}

export function zipArchive(entries: ZipEntry[]): Uint8Array;
export function repeatedDeflate(unit: string, bytes: number): Uint8Array;
export function docx(parts?: {
  body?: string;
  numbering?: string;
  footnotes?: string;
  doctype?: string;
  entries?: Record<string, Omit<ZipEntry, "name">>;
  extra?: ZipEntry[];
}): Uint8Array;
