// Page geometry and type sizes, in the units Word uses: twips (1/20 pt,
// 567 to the centimetre) for lengths and half-points for font sizes.

import type { Paper } from "../../model.js";

/** One centimetre in twips. */
export const CM = 567;

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const;
/** US letter portrait (8.5 × 11 in), New York's paper. */
export const LETTER = { width: 12240, height: 15840 } as const;

export const MARGIN = {
  top: Math.round(2.5 * CM),
  bottom: Math.round(2.5 * CM),
  left: Math.round(2.5 * CM),
  right: Math.round(2.5 * CM),
  header: Math.round(1.25 * CM),
  footer: Math.round(1.25 * CM),
} as const;

/** The text block is as wide on either paper: tables, masthead and figures are laid out once. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** The shorter of the two papers' text heights, so a figure fits either. */
export const TEXT_HEIGHT = LETTER.height - MARGIN.top - MARGIN.bottom;

/** Page size and margins for a paper: on letter the side margins take the extra width. */
export function pageSetup(paper: Paper = "a4"): {
  size: { width: number; height: number };
  margin:
    | typeof MARGIN
    | (Omit<typeof MARGIN, "left" | "right"> & { left: number; right: number });
} {
  if (paper === "a4") return { size: { ...PAGE }, margin: MARGIN };
  const side = Math.round((LETTER.width - TEXT_WIDTH) / 2);
  return {
    size: { ...LETTER },
    margin: { ...MARGIN, left: side, right: LETTER.width - TEXT_WIDTH - side },
  };
}

/**
 * Where numbered paragraph text starts: the number hangs in the first
 * centimetre, subparagraph labels sit where the paragraph text starts, and
 * each level of subparagraph text one step further in.
 */
export const INDENT = { step: CM, text: CM } as const;

/** Type sizes (half-points) and line spacing (240ths of a line) for one form of the document. */
export interface Layout {
  manuscript: boolean;
  body: number;
  footnote: number;
  table: number;
  chapterHeading: number;
  sectionHeading: number;
  /** 240 = single, 480 = double. */
  line: number;
  /** Space after a body paragraph, in twips. */
  paragraphAfter: number;
}

/** The printed form (10 pt, single-spaced) or the DGACM manuscript form (12 pt, double-spaced, footnotes too). */
export function layoutFor(manuscript: boolean): Layout {
  return manuscript
    ? {
        manuscript,
        body: 24,
        footnote: 24,
        table: 20,
        chapterHeading: 28,
        sectionHeading: 24,
        line: 480,
        paragraphAfter: 0,
      }
    : {
        manuscript,
        body: 20,
        footnote: 17,
        table: 18,
        chapterHeading: 28,
        sectionHeading: 24,
        line: 240,
        paragraphAfter: 120,
      };
}

/** Word draws images at 96 pixels to the inch; 1 inch is 1440 twips. */
export function twipsToPixels(twips: number): number {
  return (twips * 96) / 1440;
}
