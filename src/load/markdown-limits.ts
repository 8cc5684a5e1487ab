import { groupDigits } from "../shared/numbers.js";

/**
 * Checks on Markdown text before it reaches the parser. micromark's time
 * grows with the square of two things no report needs: how deeply block
 * quotes and lists nest (2,000 levels take seconds, 4,000 overflow the
 * stack) and how many emphasis and bracket marks one paragraph holds
 * (100,000 `]` take over a minute). Tables are linear but heavy: the
 * Markdown parser takes about a millisecond and ten kilobytes or more of
 * memory per table row or list item (a 150,000-row table: over two
 * minutes and 2.6 GB; as many list items: 108 s and 2.9 GB). A
 * pull request could send any of these, so such text is refused with a
 * diagnostic instead of parsed.
 */

/** Block quotes and list items open at once; the report itself uses two. */
export const MAX_NESTING = 32;

/** `* _ ~ [ ]` in one paragraph; a long paragraph with links and footnotes has a few dozen. */
export const MAX_MARKS_PER_PARAGRAPH = 1000;

/** Lines with a `|` in one block (a table's rows); a report's tables have a few dozen. */
export const MAX_TABLE_ROWS = 1000;

/** List items and quoted lines in one file; a contribution has a few dozen. */
export const MAX_LIST_ITEMS = 5000;

export interface MarkdownLimitProblem {
  reason: "nesting-too-deep" | "too-complex";
  /** 1-based, in the text given. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** The first place where `text` goes past a limit, or undefined. Linear in the text's length. */
export function findMarkdownLimitProblem(
  text: string,
): MarkdownLimitProblem | undefined {
  let paragraphLine = 1;
  let marks = 0;
  let pipeLines = 0;
  let itemLines = 0;
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    // Most lines are prose: the regular expressions below rule that out
    // natively, where the loops that count would step through every character.
    const lineText = text.slice(start, end);
    const depth = CONTAINER_START.test(lineText)
      ? nestingOf(text, start, end)
      : 0;
    if (depth > MAX_NESTING) {
      return {
        reason: "nesting-too-deep",
        line,
        column: 1,
        message: `Unexpected nesting ${depth} levels deep (block quotes and lists), expected at most ${MAX_NESTING}`,
        hint: "Lists in the report go two levels deep, (a) then (i); remove the extra `>`, `-` or indentation.",
      };
    }
    if (depth > 0 && ++itemLines > MAX_LIST_ITEMS) {
      return {
        reason: "too-complex",
        line,
        column: 1,
        message: `Unexpected list item or quoted line number ${groupDigits(MAX_LIST_ITEMS + 1)}, expected at most ${groupDigits(MAX_LIST_ITEMS)} in a contribution`,
        hint: "A contribution is text of a few pages; put long lists in an annex or a linked document and keep a summary here.",
      };
    }
    if (!NOT_BLANK.test(lineText)) {
      paragraphLine = line + 1;
      marks = 0;
      pipeLines = 0;
    } else {
      if (lineText.includes("|") && ++pipeLines > MAX_TABLE_ROWS + 2) {
        return {
          reason: "too-complex",
          line: paragraphLine,
          column: 1,
          message: `Unexpected table with more than ${groupDigits(MAX_TABLE_ROWS)} rows`,
          hint: "A table in the report fits on a page or two; put the full data in an annex or a linked document and keep a summary here.",
        };
      }
      if (MARK.test(lineText)) marks += countMarks(text, start, end);
      if (marks > MAX_MARKS_PER_PARAGRAPH) {
        return {
          reason: "too-complex",
          line: paragraphLine,
          column: 1,
          message: `Unexpected paragraph with more than ${MAX_MARKS_PER_PARAGRAPH} emphasis and bracket marks (* _ ~ [ ])`,
          hint: "Split the paragraph, or remove the stray marks (text pasted from another program often brings them).",
        };
      }
    }
    start = end + 1;
  }
  return undefined;
}

/** What `nestingOf` counts can only start with one of these after the indentation. */
const CONTAINER_START = /^[ \t]*[>*+\-0-9]/;
/** A line with anything but spaces, tabs and a carriage return. */
const NOT_BLANK = /[^ \t\r]/;
/** One of the marks `countMarks` counts. */
const MARK = /[*_~[\]]/;

/**
 * Containers a line opens or stays inside, estimated from its start: every
 * `>` and list marker, plus one per two columns of indentation before the
 * first (a nested list item is indented by at least two). Overestimates a
 * little, never by a whole level per marker, so real text stays far below
 * the limit.
 */
function nestingOf(text: string, start: number, end: number): number {
  let i = start;
  let column = 0;
  while (i < end && (text[i] === " " || text[i] === "\t")) {
    column += text[i] === "\t" ? 4 - (column % 4) : 1;
    i++;
  }
  let markers = 0;
  while (i < end) {
    const c = text[i];
    if (c === " " || c === "\t") {
      i++;
    } else if (c === ">") {
      markers++;
      i++;
    } else if (
      (c === "-" || c === "*" || c === "+") &&
      isGap(text, i + 1, end)
    ) {
      markers++;
      i++;
    } else {
      let j = i;
      while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      if (
        j > i &&
        (text[j] === "." || text[j] === ")") &&
        isGap(text, j + 1, end)
      ) {
        markers++;
        i = j + 1;
      } else break;
    }
  }
  return markers === 0 ? 0 : markers + Math.floor(column / 2);
}

function isGap(text: string, i: number, end: number): boolean {
  return i >= end || text[i] === " " || text[i] === "\t";
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function countMarks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "*" || c === "_" || c === "~" || c === "[" || c === "]") count++;
  }
  return count;
}
