/**
 * Lines of canonical text gathered into blocks: blocks are separated by one
 * blank line, the lines of one block (a list, a table, the masthead) are not.
 */
export class BlockLines {
  readonly #blocks: string[][] = [];

  /** Start a new block with this line. */
  block(line: string): void {
    this.#blocks.push([line]);
  }

  /** Add a line to the current block (or start one when there is none). */
  continue(line: string): void {
    const last = this.#blocks.at(-1);
    if (last === undefined) this.block(line);
    else last.push(line);
  }

  toString(): string {
    return this.#blocks.length === 0
      ? ""
      : `${this.#blocks.map((lines) => lines.join("\n")).join("\n\n")}\n`;
  }
}
