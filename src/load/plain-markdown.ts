/**
 * Plain prose, read without micromark.
 *
 * Half of a cold sample build is parsing Markdown, and micromark reads
 * every character through its state machines while V8 still interprets
 * them. Many contributions are plain prose: `##` headings, paragraphs,
 * single-line `- ` lists and `[^1]` notes, nothing else. For a text of only
 * those, this module builds the tree `markdownProcessor` would build,
 * positions included; for anything else (emphasis, links, code, HTML,
 * tables, numbered or loose lists, line breaks, indentation, a character
 * that could start any other construct) it answers undefined and the text
 * goes to micromark. test/load/plain-markdown.test.ts compares the two on
 * generated documents.
 */
import type {
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  List,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from "mdast";

// Characters that can start a construct this reader leaves to micromark (emphasis, code, links,
// images, HTML, autolinks, character references and escapes, strikethrough, tables); tabs and
// carriage returns, which change columns and line ends; NUL, which micromark replaces.
// eslint-disable-next-line no-control-regex
const OTHER_CONSTRUCTS = /[*_`<>!&\\~|@\t\r\u0000]|www|http/i;
// A footnote reference: `[^label]`, the only brackets this reader takes.
// The labels this reader takes: micromark's identifiers are case-insensitive, and these fold simply.
const LABEL = "[A-Za-z0-9-]+";
const REFERENCE = new RegExp(`\\[\\^(${LABEL})\\]`, "g");
const DEFINITION = new RegExp(`^\\[\\^(${LABEL})\\]: (?=[^ ])`);
const DEFINITION_START = new RegExp(`^\\[\\^${LABEL}\\]:`);
const DEFINITIONS = new RegExp(`^\\[\\^(${LABEL})\\]:`, "gm");
const HEADING = /^(#{1,6}) (?=[^ ])/;
// Lines that would start or end a block this reader does not build, or change the block before them
// (a setext underline, a thematic break, an ordered list, `+` bullets, `=` lines).
const OTHER_LINE_START = new RegExp(
  `^(?:[-+=]|\\d{1,9}[.)](?: |$)|\\[\\^${LABEL}\\]:)`,
);

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** The tree `markdownProcessor.parse(text)` gives, for plain prose; undefined otherwise. */
export function readPlainMarkdown(text: string): Root | undefined {
  if (OTHER_CONSTRUCTS.test(text)) return undefined;
  if (/^ | $/m.test(text)) return undefined;
  const labels = new Set<string>();
  for (const match of text.matchAll(DEFINITIONS))
    labels.add(match[1]?.toLowerCase() ?? "");
  for (const match of text.matchAll(REFERENCE))
    if (!labels.has(match[1]?.toLowerCase() ?? "")) return undefined;
  // Any other bracket, or a caret a reference does not explain, is left to micromark.
  if (/[[\]^]/.test(text.replace(REFERENCE, ""))) return undefined;
  return new PlainMarkdownReader(text).read();
}

class PlainMarkdownReader {
  private readonly lines: string[];
  private readonly lineStarts: number[] = [];

  constructor(private readonly text: string) {
    this.lines = text.split("\n");
    let start = 0;
    for (const line of this.lines) {
      this.lineStarts.push(start);
      start += line.length + 1;
    }
  }

  read(): Root | undefined {
    const children: RootContent[] = [];
    const lines = this.lines;
    for (let i = 0; i < lines.length;) {
      const line = lines[i];
      if (line === "") {
        i++;
        continue;
      }
      let block: RootContent | undefined;
      if (line.startsWith("#")) block = this.heading(i++);
      else if (line.startsWith("- ")) {
        const end = this.listEnd(i);
        block = end === undefined ? undefined : this.list(i, end);
        i = end ?? i;
      } else if (line.startsWith("[^")) {
        const end = this.definitionEnd(i);
        block = end === undefined ? undefined : this.definition(i, end);
        i = end ?? i;
      } else {
        const end = this.paragraphEnd(i);
        block = end === undefined ? undefined : this.paragraph(i, end);
        i = end ?? i;
      }
      if (block === undefined) return undefined;
      children.push(block);
    }
    return {
      type: "root",
      children,
      position: { start: this.point(0, 0), end: this.endPoint() },
    };
  }

  /** Where line `index` (0-based) has its character `column` (0-based). */
  private point(index: number, column: number): Point {
    return {
      line: index + 1,
      column: column + 1,
      offset: this.lineStarts[index] + column,
    };
  }

  private endPoint(): Point {
    const last = this.lines.length - 1;
    return this.point(last, this.lines[last].length);
  }

  private lineEnd(index: number): Point {
    return this.point(index, this.lines[index].length);
  }

  private heading(index: number): Heading | undefined {
    const line = this.lines[index];
    const marks = HEADING.exec(line)?.[1];
    // A closing sequence (`## Title ##`) or a `#` inside is left to micromark.
    if (marks === undefined || line.indexOf("#", marks.length) !== -1)
      return undefined;
    const depth = marks.length as Heading["depth"];
    return {
      type: "heading",
      depth,
      children: this.phrasing(index, depth + 1, index),
      position: { start: this.point(index, 0), end: this.lineEnd(index) },
    };
  }

  /** The line after a tight list of one-line `- ` items, or undefined when the list is anything more. */
  private listEnd(first: number): number | undefined {
    let end = first;
    while (this.lines[end]?.startsWith("- ") === true) {
      if (!startsPlainText(this.lines[end].slice(2))) return undefined;
      end++;
    }
    // A lazy continuation line, or a second run of items after a blank line (one loose list).
    if (end < this.lines.length && this.lines[end] !== "") return undefined;
    let next = end;
    while (this.lines[next] === "") next++;
    if (this.lines[next]?.startsWith("- ") === true) return undefined;
    return end;
  }

  private list(first: number, end: number): List {
    const children: List["children"] = [];
    for (let index = first; index < end; index++) {
      const position = {
        start: this.point(index, 0),
        end: this.lineEnd(index),
      };
      children.push({
        type: "listItem",
        spread: false,
        checked: null,
        children: [this.paragraphOf(index, 2, index)],
        position,
      });
    }
    return {
      type: "list",
      ordered: false,
      start: null,
      spread: false,
      children,
      position: {
        start: this.point(first, 0),
        end: this.lineEnd(end - 1),
      },
    };
  }

  /** The line after a note's definition (its text may go on over lines), or undefined. */
  private definitionEnd(index: number): number | undefined {
    const line = this.lines[index];
    const label = DEFINITION.exec(line)?.[1];
    if (label === undefined) return undefined;
    if (!startsPlainText(line.slice(label.length + 5))) return undefined;
    return this.continuationEnd(index + 1);
  }

  private definition(index: number, end: number): FootnoteDefinition {
    const label = DEFINITION.exec(this.lines[index])?.[1] ?? "";
    return {
      type: "footnoteDefinition",
      identifier: label.toLowerCase(),
      label,
      children: [this.paragraphOf(index, label.length + 5, end - 1)],
      position: { start: this.point(index, 0), end: this.lineEnd(end - 1) },
    };
  }

  /** The line after a paragraph's last, or undefined when a line would make it something else. */
  private paragraphEnd(first: number): number | undefined {
    return startsPlainText(this.lines[first])
      ? this.continuationEnd(first + 1)
      : undefined;
  }

  /** The first line from `from` that does not go on with the paragraph before it; undefined for one this reader cannot tell. */
  private continuationEnd(from: number): number | undefined {
    for (let end = from; ; end++) {
      const line = this.lines[end];
      if (line === undefined || line === "") return end;
      // Headings, bullet lists and notes' definitions may interrupt a paragraph.
      if (
        line.startsWith("#") ||
        line.startsWith("- ") ||
        DEFINITION_START.test(line)
      )
        return end;
      if (!startsPlainText(line)) return undefined;
    }
  }

  private paragraph(first: number, end: number): Paragraph {
    return this.paragraphOf(first, 0, end - 1);
  }

  private paragraphOf(first: number, column: number, last: number): Paragraph {
    return {
      type: "paragraph",
      children: this.phrasing(first, column, last),
      position: { start: this.point(first, column), end: this.lineEnd(last) },
    };
  }

  /** Text and note references from line `first`, column `column`, to the end of line `last`. */
  private phrasing(
    first: number,
    column: number,
    last: number,
  ): PhrasingContent[] {
    const startOffset = this.lineStarts[first] + column;
    const endOffset = this.lineStarts[last] + this.lines[last].length;
    const source = this.text.slice(startOffset, endOffset);
    const children: PhrasingContent[] = [];
    let textFrom = 0;
    const pushText = (to: number) => {
      if (to <= textFrom) return;
      children.push({
        type: "text",
        value: source.slice(textFrom, to),
        position: {
          start: this.pointAt(startOffset + textFrom),
          end: this.pointAt(startOffset + to),
        },
      });
    };
    for (const match of source.matchAll(REFERENCE)) {
      const label = match[1];
      pushText(match.index);
      const reference: FootnoteReference = {
        type: "footnoteReference",
        identifier: label.toLowerCase(),
        label,
        position: {
          start: this.pointAt(startOffset + match.index),
          end: this.pointAt(startOffset + match.index + match[0].length),
        },
      };
      children.push(reference);
      textFrom = match.index + match[0].length;
    }
    pushText(source.length);
    return children;
  }

  private pointAt(offset: number): Point {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return this.point(low, offset - this.lineStarts[low]);
  }
}

/** A line (or an item's text) that micromark reads as text going on, not as the start of a block. */
function startsPlainText(text: string): boolean {
  return (
    text !== "" &&
    !text.startsWith("#") &&
    !text.startsWith(" ") &&
    !OTHER_LINE_START.test(text)
  );
}
