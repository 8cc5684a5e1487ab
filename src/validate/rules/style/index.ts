import type { Rule } from "../../reporter.js";
import { checkDates } from "./dates.js";
import { checkEmphasis } from "./emphasis.js";
import { checkHeadingCase } from "./headings.js";
import { checkPerCent } from "./per-cent.js";
import { checkResolutionCitations } from "./resolutions.js";
import { checkSpelling } from "./spelling.js";
import { checkDocumentSymbols } from "./symbols.js";

/**
 * Editorial rules of United Nations documents, checked per contribution
 * (and on the outline's headings). Acronyms need the merged reading order
 * and run after merge: see `checkAcronyms`.
 */
export const styleRules: Rule[] = [
  checkResolutionCitations,
  checkPerCent,
  checkDates,
  checkSpelling,
  checkDocumentSymbols,
  checkEmphasis,
  checkHeadingCase,
];

export { checkAcronyms } from "./acronyms.js";
