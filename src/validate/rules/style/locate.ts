import type { Fix } from "../../../diagnostics/diagnostic.js";
import type { Place } from "../../reporter.js";
import { TextAligner } from "./text-aligner.js";
import type { TextBlock, TextSegment } from "./text-blocks.js";

export interface Located {
  place: Place;
  /** The span in the file, when it is known exactly and holds the matched text as written. */
  span?: Omit<Fix, "text">;
}

/**
 * Turns matches in a block's text into file places. Matches must come in
 * increasing order of start (as a global regex finds them), so a block
 * costs one walk whatever the number of matches.
 */
export class BlockLocator {
  private segment = 0;
  private aligner: TextAligner | undefined;
  /** How far into the current node the aligner has walked. */
  private walked = 0;

  constructor(
    private readonly block: TextBlock,
    private readonly file: string,
    private readonly lines: readonly string[] | undefined,
  ) {}

  /**
   * Where [start, end) of the block's text is in the file; undefined when
   * the match is not inside one text node the rules may check (link text,
   * inline code, italics, or across formatting).
   */
  locate(start: number, end: number): Located | undefined {
    const segment = this.segmentAt(start);
    if (segment?.node === undefined || end > segment.end) return undefined;
    const node = segment.node;
    if (node.position === undefined) return undefined;
    // The walk only goes forward; a match behind it (rare: overlapping matches) starts a new one.
    if (this.aligner === undefined || start - segment.start < this.walked)
      this.aligner = new TextAligner(
        node.value,
        node.position.start,
        this.lines,
      );
    this.walked = end - segment.start;
    const from = this.aligner.pointAt(start - segment.start);
    const to = this.aligner.pointAt(end - segment.start);
    const place = { file: this.file, line: from.line, column: from.column };
    const written = this.lines?.[from.line - 1]?.slice(
      from.column - 1,
      to.column - 1,
    );
    const exact =
      from.exact &&
      to.exact &&
      from.line === to.line &&
      written === this.block.text.slice(start, end);
    return exact
      ? {
          place,
          span: {
            line: from.line,
            column: from.column,
            length: to.column - from.column,
          },
        }
      : { place };
  }

  /** The place of a match and, when its span is exact, the fix that writes `text` over it. */
  fixFor(
    start: number,
    end: number,
    text: string,
  ): { place: Place; fix?: Fix } | undefined {
    const located = this.locate(start, end);
    if (located === undefined) return undefined;
    return located.span === undefined
      ? { place: located.place }
      : { place: located.place, fix: { ...located.span, text } };
  }

  private segmentAt(offset: number): TextSegment | undefined {
    const segments = this.block.segments;
    const before = this.segment;
    while ((segments[this.segment]?.end ?? Infinity) <= offset) this.segment++;
    if (this.segment !== before) this.aligner = undefined;
    return segments[this.segment];
  }
}
