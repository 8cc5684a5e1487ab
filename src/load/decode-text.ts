/** The text of a file, or why it is not readable UTF-8 text. */
export type DecodedText =
  | { ok: true; text: string }
  | {
      ok: false;
      line: number;
      column: number;
      reason: "encoding";
      message: string;
      hint: string;
    };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decode UTF-8 (with or without BOM; CRLF becomes LF, which keeps every
 * line and column the same). UTF-16, NUL bytes and invalid UTF-8 are
 * reported at the first bad line, because a focal point who pasted from
 * Word needs to know where to look.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  ) {
    return {
      ok: false,
      line: 1,
      column: 1,
      reason: "encoding",
      message: "Unexpected UTF-16 text, expected UTF-8",
      hint: "Save the file as UTF-8 (in most editors: Save As > Encoding > UTF-8).",
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = lineColumnOfByte(bytes, nul);
    return {
      ok: false,
      line,
      column,
      reason: "encoding",
      message: "Unexpected NUL byte: this looks like a binary file, not text",
      hint: "Contributions are plain UTF-8 text files (Markdown or YAML); export the text from your word processor instead of renaming the document.",
    };
  }
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text: text.replace(/\r\n?/g, "\n") };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = lineColumnOfByte(bytes, bad);
    const byte = bytes[bad] ?? 0;
    const likely1252 = byte >= 0x80 && byte <= 0x9f;
    return {
      ok: false,
      line,
      column,
      reason: "encoding",
      message: `Unexpected byte 0x${byte.toString(16).padStart(2, "0")}: the file is not valid UTF-8${likely1252 ? " (it looks like Windows-1252, e.g. smart quotes pasted from Word)" : ""}`,
      hint: "Save the file as UTF-8, or retype the characters on this line (quotes, dashes) in your editor.",
    };
  }
}

function lineColumnOfByte(
  bytes: Uint8Array,
  index: number,
): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters, so skip UTF-8 continuation bytes before the bad one.
  let column = 1;
  for (let i = lineStart; i < index; i++)
    if (((bytes[i] ?? 0) & 0xc0) !== 0x80) column++;
  return { line, column };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++)
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
