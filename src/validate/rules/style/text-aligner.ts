/** A file position; `exact` is false once the walk had to guess. */
export interface AlignedPoint {
  line: number;
  column: number;
  exact: boolean;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const CHARACTER_REFERENCE =
  /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  hellip: "\u2026",
};

/**
 * Maps offsets in a text node's value to file positions by walking the
 * value and the file's lines in step. Markdown drops things from the value
 * that the file still has: backslash escapes, character references, the
 * indentation of continuation lines (list items, YAML block scalars, `>`
 * markers) and trailing spaces. Where the walk cannot account for a
 * difference (no source, a folded YAML scalar) it goes on counting in the
 * value alone and marks the positions inexact, so callers never offer a
 * fix at a guessed place. Offsets must be asked in increasing order:
 * the walk never goes back, so a node costs its length once.
 */
export class TextAligner {
  private index = 0;
  private line: number;
  /** 0-based index into the current source line. */
  private at: number;
  private exact: boolean;

  constructor(
    private readonly value: string,
    start: { line: number; column: number },
    private readonly lines: readonly string[] | undefined,
  ) {
    this.line = start.line;
    this.at = start.column - 1;
    this.exact = lines !== undefined;
  }

  pointAt(offset: number): AlignedPoint {
    while (this.index < offset && this.index < this.value.length) this.step();
    return { line: this.line, column: this.at + 1, exact: this.exact };
  }

  private step(): void {
    const char = this.value[this.index];
    if (!this.exact) {
      if (char === "\n") {
        this.line++;
        this.at = 0;
      } else this.at++;
      this.index++;
      return;
    }
    const source = this.lines?.[this.line - 1] ?? "";
    if (char === "\n") {
      if (source.slice(this.at).trim() !== "") return this.giveUp();
      this.line++;
      this.at = this.skipLinePrefix(this.lines?.[this.line - 1] ?? "");
      this.index++;
      return;
    }
    if (
      source[this.at] === "\\" &&
      source[this.at + 1] === char &&
      ASCII_PUNCTUATION.test(char)
    ) {
      this.at += 2;
      this.index++;
      return;
    }
    if (source[this.at] === "&") {
      CHARACTER_REFERENCE.lastIndex = this.at;
      const match = CHARACTER_REFERENCE.exec(source);
      const decoded = match === null ? undefined : decodeReference(match);
      if (
        match !== null &&
        decoded !== undefined &&
        this.value.startsWith(decoded, this.index)
      ) {
        this.at += match[0].length;
        this.index += decoded.length;
        return;
      }
    }
    // Checked after escapes and references: "&amp;" and "\\" also start with the character they stand for.
    if (source[this.at] === char) {
      this.at++;
      this.index++;
      return;
    }
    this.giveUp();
  }

  /** White space and block-quote markers that Markdown strips from a continuation line. */
  private skipLinePrefix(source: string): number {
    let at = 0;
    const next = this.value[this.index + 1];
    for (;;) {
      while (source[at] === " " || source[at] === "\t") at++;
      if (source[at] === ">" && next !== ">") at++;
      else return at;
    }
  }

  private giveUp(): void {
    this.exact = false;
  }
}

function decodeReference(match: RegExpExecArray): string | undefined {
  const [, decimal, hex, name] = match;
  const code =
    decimal !== undefined
      ? Number.parseInt(decimal, 10)
      : hex !== undefined
        ? Number.parseInt(hex, 16)
        : undefined;
  if (code === undefined) return name === undefined ? undefined : NAMED[name];
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return "\ufffd";
  return String.fromCodePoint(code);
}
