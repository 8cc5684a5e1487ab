import { DocxLimitError } from "./errors.js";

/**
 * Lines of canonical text gathered into blocks: blocks are separated by one
 * blank line, the lines of one block (a list, a table, the masthead) are not.
 * The text may grow to `maxLength` characters: list labels and cited notes
 * repeat, and past that a file is refused rather than printed for ever.
 */
export class BlockLines {
  readonly #blocks: string[][] = [];
  #length = 0;

  constructor(private readonly maxLength = Number.POSITIVE_INFINITY) {}

  /** Start a new block with this line. */
  block(line: string): void {
    this.#count(line);
    this.#blocks.push([line]);
  }

  /** Add a line to the current block (or start one when there is none). */
  continue(line: string): void {
    const last = this.#blocks.at(-1);
    if (last === undefined) this.block(line);
    else {
      this.#count(line);
      last.push(line);
    }
  }

  toString(): string {
    return this.#blocks.length === 0
      ? ""
      : `${this.#blocks.map((lines) => lines.join("\n")).join("\n\n")}\n`;
  }

  #count(line: string): void {
    this.#length += line.length + 2;
    if (this.#length > this.maxLength)
      throw new DocxLimitError(
        `its text runs past ${this.maxLength.toLocaleString("en-US")} characters`,
      );
  }
}
