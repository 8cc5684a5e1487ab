import type { Fix } from "../diagnostics/diagnostic.js";

/** One span rewritten: where it was (in the file as it was), what it said, what it says now. */
export interface AppliedFix {
  line: number;
  column: number;
  old: string;
  text: string;
}

export interface FixResult {
  bytes: Uint8Array;
  applied: AppliedFix[];
  /** Fixes that did not fit the file (past a line's end, overlapping another, or spanning lines). */
  skipped: Fix[];
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * Rewrite the spans of `fixes` in a file's bytes and copy every other byte
 * unchanged. Fix positions are lines and columns (UTF-16 units) of the text
 * the loader parsed, which has no BOM and LF line endings; lines here are
 * found the same way (CRLF, CR or LF), and the BOM is skipped on line 1,
 * so a CRLF or BOM file keeps its line endings and its BOM.
 */
export function applyFixes(
  bytes: Uint8Array,
  fixes: readonly Fix[],
): FixResult {
  const raw = decoder.decode(bytes);
  const lines = lineSpans(raw);
  const sorted = [...fixes].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  const applied: AppliedFix[] = [];
  const skipped: Fix[] = [];
  const pieces: Uint8Array[] = [];
  let copiedChars = 0;
  let copiedBytes = 0;
  for (const fix of sorted) {
    const line = lines[fix.line - 1];
    const start = (line?.start ?? 0) + fix.column - 1;
    const end = start + fix.length;
    if (
      line === undefined ||
      fix.column < 1 ||
      fix.length < 0 ||
      end > line.end ||
      start < copiedChars ||
      /[\r\n]/.test(fix.text)
    ) {
      skipped.push(fix);
      continue;
    }
    const before = utf8Length(raw, copiedChars, start);
    pieces.push(bytes.subarray(copiedBytes, copiedBytes + before));
    pieces.push(encoder.encode(fix.text));
    copiedBytes += before + utf8Length(raw, start, end);
    copiedChars = end;
    applied.push({
      line: fix.line,
      column: fix.column,
      old: raw.slice(start, end),
      text: fix.text,
    });
  }
  if (applied.length === 0) return { bytes, applied, skipped };
  pieces.push(bytes.subarray(copiedBytes));
  return { bytes: concat(pieces), applied, skipped };
}

/** Start and end (before the line break) of each line, in UTF-16 units of `raw`. */
function lineSpans(raw: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = raw.startsWith("\uFEFF") ? 1 : 0;
  for (let i = start; i < raw.length; i++) {
    const char = raw[i];
    if (char !== "\n" && char !== "\r") continue;
    spans.push({ start, end: i });
    if (char === "\r" && raw[i + 1] === "\n") i++;
    start = i + 1;
  }
  spans.push({ start, end: raw.length });
  return spans;
}

/** Bytes that raw[from, to) takes in UTF-8 (the text came from valid UTF-8, so surrogates are paired). */
function utf8Length(raw: string, from: number, to: number): number {
  let length = 0;
  for (let i = from; i < to; i++) {
    const code = raw.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
