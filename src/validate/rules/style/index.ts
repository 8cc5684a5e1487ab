import type { Reporter, Rule } from "../../reporter.js";
import { checkDates } from "./dates.js";
import { checkEmphasis } from "./emphasis.js";
import { checkFootnoteMarks } from "./footnote-mark.js";
import { checkHeadingCase } from "./headings.js";
import { checkPerCent } from "./per-cent.js";
import { checkResolutionCitations } from "./resolutions.js";
import { checkSpelling } from "./spelling.js";
import type { TextSource } from "./style-text.js";
import { checkDocumentSymbols } from "./symbols.js";

/** A rule that reads contributions' running text and nothing else of the edition. */
export type TextRule = (source: TextSource, reporter: Reporter) => void;

/**
 * Editorial rules of United Nations documents that read one contribution's
 * text alone: what they find in a file depends on its bytes only, so it is
 * found where the file is parsed (on worker threads for large editions)
 * and cached with the parse. See `findTextProblems`.
 */
export const textRules: TextRule[] = [
  checkResolutionCitations,
  checkPerCent,
  checkDates,
  checkSpelling,
  checkDocumentSymbols,
];

/**
 * The other editorial rules, over the whole edition: emphasis depends on
 * the outline's chapter styles, heading case checks the outline. Acronyms
 * need the merged reading order and run after merge: see `checkAcronyms`.
 */
export const styleRules: Rule[] = [
  checkEmphasis,
  checkHeadingCase,
  checkFootnoteMarks,
];

export { checkAcronyms } from "./acronyms.js";
