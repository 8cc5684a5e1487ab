import { AlignmentType, LevelFormat, LevelSuffix } from "docx";
import type { ILevelsOptions, INumberingOptions } from "docx";
import { INDENT } from "./layout.js";

/** References of the numbering definitions. */
export const NUMBERING = {
  /** Paragraph numbers 1., 2., ... through the whole report: the one definition tied to the NumberedParagraph style. */
  paragraphs: "paragraphs",
  /** (a), (b) ... then (i), (ii) ...; every list gets its own instance so it restarts. */
  ordered: "subparagraphs",
  /** The same from (b): the rest of a list whose (a) shares the line of its paragraph number. */
  orderedFromB: "subparagraphs-from-b",
  /** Bullets, first and second level. */
  bullets: "bullets",
} as const;

/** The paragraph, subparagraph or bullet level's indent: label at `level` steps in, text one step further. */
function level(
  index: number,
  format: NonNullable<ILevelsOptions["format"]>,
  text: string,
  labelAt: number,
  start = 1,
): ILevelsOptions {
  return {
    level: index,
    start,
    format,
    text,
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    style: {
      paragraph: {
        indent: { left: labelAt + INDENT.step, hanging: INDENT.step },
        leftTabStop: labelAt + INDENT.step,
      },
    },
  };
}

export function buildNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: NUMBERING.paragraphs,
        levels: [level(0, LevelFormat.DECIMAL, "%1.", 0)],
      },
      {
        reference: NUMBERING.ordered,
        levels: [
          level(0, LevelFormat.LOWER_LETTER, "(%1)", INDENT.text),
          level(1, LevelFormat.LOWER_ROMAN, "(%2)", INDENT.text + INDENT.step),
        ],
      },
      {
        reference: NUMBERING.orderedFromB,
        levels: [
          level(0, LevelFormat.LOWER_LETTER, "(%1)", INDENT.text, 2),
          level(1, LevelFormat.LOWER_ROMAN, "(%2)", INDENT.text + INDENT.step),
        ],
      },
      {
        reference: NUMBERING.bullets,
        levels: [
          level(0, LevelFormat.BULLET, "\u2022", INDENT.text),
          level(1, LevelFormat.BULLET, "\u2013", INDENT.text + INDENT.step),
        ],
      },
    ],
  };
}

/**
 * Hands out numbering instances. Each list is its own instance of its
 * definition, so (a) and bullets restart with every list. Instances start at
 * 1 for every document, so ids never depend on what was built before.
 */
export class ListInstances {
  #next = 1;
  next(): number {
    return this.#next++;
  }
}
