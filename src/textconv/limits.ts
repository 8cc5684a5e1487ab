import { DocxLimitError } from "./errors.js";

/**
 * What a DOCX may hold before it is refused unread (SECURITY.md). git runs
 * textconv on every DOCX in a diff, so a hostile file must end in a plain
 * message, never a hang or a crash: with these defaults any DOCX of up to
 * 25 MB on disk is read in well under 20 s and 1 GiB. Sizes are what the
 * ZIP's data inflates to, counted as it inflates, never what it declares.
 */
export interface DocxLimits {
  /** Bytes of the file itself. */
  maxFileBytes: number;
  /** Entries in the ZIP archive. */
  maxEntries: number;
  /** Bytes one part may inflate to. */
  maxPartBytes: number;
  /** Bytes all the parts read may inflate to together. */
  maxTotalBytes: number;
  /** XML elements nested in one another. */
  maxXmlDepth: number;
  /** XML elements and text nodes held at once: a whole part, or one block of the body when it is read block by block. */
  maxXmlNodes: number;
  /** Footnotes in the footnotes part. */
  maxFootnotes: number;
  /** Characters of text read out. */
  maxTextLength: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_DOCX_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxFileBytes: 256 * MiB,
  maxEntries: 10_000,
  maxPartBytes: 64 * MiB,
  maxTotalBytes: 128 * MiB,
  maxXmlDepth: 256,
  maxXmlNodes: 2_000_000,
  maxFootnotes: 10_000,
  maxTextLength: 64 * MiB,
});

// Values Word itself never goes beyond; checked so that replaying a list
// cannot build labels millions of characters long.
/** `w:ilvl`: lists have nine levels, 0 to 8. */
export const MAX_LIST_LEVEL = 8;
/** `w:start` and `w:startOverride`: Word's "Start at" stops at 32767. */
export const MAX_LIST_START = 32_767;
/** `w:lvlText`: Word's number format box holds far fewer. */
export const MAX_LEVEL_TEXT = 1_000;
/** Indents in twentieths of a point: 22 inches, Word's widest page. */
export const MAX_INDENT = 31_680;

/** A whole number within [min, max], or a DocxLimitError naming the value and where it is. */
export function checkRange(
  value: number,
  min: number,
  max: number,
  what: string,
): number {
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new DocxLimitError(
      `${what} is ${Number.isSafeInteger(value) ? value.toLocaleString("en-US") : "not a whole number"}, outside ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}`,
    );
  return value;
}

/** "64 MiB", "10,000": a limit as a message shows it. */
export function formatBytes(bytes: number): string {
  return bytes % MiB === 0
    ? `${bytes / MiB} MiB`
    : `${bytes.toLocaleString("en-US")} bytes`;
}
