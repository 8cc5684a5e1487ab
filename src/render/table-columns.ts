import type { Inline } from "../model.js";
import {
  BOLD,
  BOLD_ITALIC,
  ITALIC,
  METRIC_RANGES,
  REGULAR,
} from "./font-metrics.js";
import { INDENT, TEXT_WIDTH } from "./docx/layout.js";

// Column widths a word processor cannot squeeze below a word: each column
// is at least as wide as its longest word set in Times New Roman at the
// table's size (measured from the font's own advance widths), and the rest
// of the width goes where the text is longest. Shared by the DOCX renderer
// and the rule that warns when a table's words cannot fit the page.

interface Face {
  bold: boolean;
  italic: boolean;
}

/** Word's default left and right cell margins (0.19 cm each), which the draft keeps. */
export const CELL_MARGINS = 2 * 108;
// Word and LibreOffice fit lines with slightly different rounding and
// kerning: keep a little room so a word that just fits is not broken.
const SLACK = 1.04;
/** A character the metrics do not cover (other scripts): as wide as an em, never narrower than it prints. */
const UNKNOWN = 1000;
/** A footnote mark is a superscript figure, about two thirds of the size. */
const SUPERSCRIPT = 2 / 3;

function metricsFor(face: Face): readonly (readonly number[])[] {
  if (face.bold) return face.italic ? BOLD_ITALIC : BOLD;
  return face.italic ? ITALIC : REGULAR;
}

/** Advance width of one character in thousandths of an em. */
function charWidth(code: number, face: Face): number {
  const metrics = metricsFor(face);
  for (const [index, [from, to]] of METRIC_RANGES.entries()) {
    if (code < from || code > to) continue;
    const width = metrics[index]?.[code - from] ?? 0;
    return width === 0 ? UNKNOWN : width;
  }
  return UNKNOWN;
}

/** A word (text between spaces; a no-break space joins) and its printed width in thousandths of an em. */
export interface MeasuredWord {
  word: string;
  width: number;
}

/**
 * The words of a cell, measured, and the width of its text on one line.
 * Words run across emphasis and links ("**Peace**keeping" is one word); a
 * footnote mark belongs to the word it follows.
 */
export function measureCell(
  inlines: readonly Inline[],
  header: boolean,
): { words: MeasuredWord[]; line: number } {
  const words: MeasuredWord[] = [];
  let word = "";
  let width = 0;
  let line = 0;
  const end = () => {
    if (word !== "") words.push({ word, width });
    word = "";
    width = 0;
  };
  const add = (text: string, face: Face) => {
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0x20;
      const advance = charWidth(code, face);
      line += advance;
      if (/\s/.test(char) && char !== "\u00a0") end();
      else {
        word += char;
        width += advance;
      }
    }
  };
  const walk = (nodes: readonly Inline[], face: Face) => {
    for (const node of nodes) {
      switch (node.type) {
        case "text":
        case "code":
          add(node.value, face);
          break;
        case "emphasis":
          walk(node.children, { ...face, italic: true });
          break;
        case "strong":
          walk(node.children, { ...face, bold: true });
          break;
        case "link":
          walk(node.children, face);
          break;
        case "footnote": {
          const mark = String(node.number);
          const advance = mark.length * 500 * SUPERSCRIPT;
          word += mark;
          width += advance;
          line += advance;
          break;
        }
        case "break":
          end();
          break;
        case "image":
          break;
      }
    }
  };
  // Column headings are set in italics (tables.ts).
  walk(inlines, { bold: false, italic: header });
  end();
  return { words, line };
}

/** Thousandths of an em at a size in half-points -> twips. */
function toTwips(width: number, halfPoints: number): number {
  return Math.ceil((width * halfPoints * SLACK) / 100);
}

export interface ColumnPlan {
  /** Twips per column, summing to the width given. */
  widths: number[];
  /** The narrowest each column can be without breaking a word, in twips (margins included). */
  minimum: number[];
  /** Each column's longest word. */
  longest: string[];
  /** Whether every column fits its longest word. */
  fits: boolean;
}

/**
 * Column widths in twips for rows of cells (the header row first), filling
 * `total`: every column gets its longest word; what is left goes to the
 * columns in proportion to how much more their longest line needs (all of
 * it when the lines fit on one line each, then the rest in proportion to
 * those lines). When the words alone are wider than `total`, the columns
 * share it in proportion to their words, and `fits` is false.
 */
export function planColumns(
  rows: readonly (readonly Inline[][])[],
  columns: number,
  total: number,
  halfPoints: number,
): ColumnPlan {
  const minimum = Array.from({ length: columns }, () => CELL_MARGINS);
  const natural = [...minimum];
  const longest = Array.from({ length: columns }, () => "");
  const longestWidth = Array.from({ length: columns }, () => 0);
  rows.forEach((row, index) => {
    for (let column = 0; column < columns; column++) {
      const { words, line } = measureCell(row[column] ?? [], index === 0);
      for (const word of words) {
        const twips = toTwips(word.width, halfPoints) + CELL_MARGINS;
        if (word.width > (longestWidth[column] ?? 0)) {
          longestWidth[column] = word.width;
          longest[column] = word.word;
        }
        minimum[column] = Math.max(minimum[column] ?? 0, twips);
      }
      const lineTwips = toTwips(line, halfPoints) + CELL_MARGINS;
      natural[column] = Math.max(natural[column] ?? 0, lineTwips);
    }
  });
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const needed = sum(minimum);
  let widths: number[];
  if (needed > total) {
    widths = share(minimum, total);
  } else if (sum(natural) <= total) {
    widths = share(natural, total);
  } else {
    const wants = natural.map((n, i) => n - (minimum[i] ?? 0));
    const extra = share(wants, total - needed);
    widths = minimum.map((m, i) => m + (extra[i] ?? 0));
  }
  return { widths, minimum, longest, fits: needed <= total };
}

/** `total` split in proportion to `weights` (evenly when they are all 0), rounding leftovers to the last column. */
function share(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) =>
    sum === 0
      ? Math.floor(total / weights.length)
      : Math.floor((weight * total) / sum),
  );
  const leftover = total - widths.reduce((a, b) => a + b, 0);
  return widths.map((width, i) =>
    i === widths.length - 1 ? width + leftover : width,
  );
}

/**
 * Where a table sits and its columns: under the paragraph text (indented
 * like it) when its words fit there, else across the whole text width,
 * which gives a wide table one more centimetre before any word breaks.
 */
export function planTable(
  rows: readonly (readonly Inline[][])[],
  columns: number,
  halfPoints: number,
): ColumnPlan & { indent: number; width: number } {
  const indented = TEXT_WIDTH - INDENT.text;
  const plan = planColumns(rows, columns, indented, halfPoints);
  if (plan.fits) return { ...plan, indent: INDENT.text, width: indented };
  return {
    ...planColumns(rows, columns, TEXT_WIDTH, halfPoints),
    indent: 0,
    width: TEXT_WIDTH,
  };
}
