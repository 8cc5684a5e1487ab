import type {
  Diagnostic,
  SilencedDiagnostic,
} from "../diagnostics/diagnostic.js";
import type { Edition } from "../model.js";
import { Reporter, type Rule } from "./reporter.js";
import { checkFiles } from "./rules/files.js";
import { checkFootnotes } from "./rules/footnotes.js";
import { checkFrontMatter } from "./rules/front-matter.js";
import { checkMarkdown } from "./rules/markdown.js";
import { checkOutline } from "./rules/outline.js";
import { checkStructure } from "./rules/structure.js";
import { styleRules } from "./rules/style/index.js";
import { checkSuppressions } from "./rules/suppressions.js";
import { checkContributionWords } from "./rules/words.js";
import { applyRuleSettings } from "./rule-settings.js";

/** The checks run on every edition, in order. Style rules join this list. */
export const editionRules: Rule[] = [
  checkFiles,
  checkFrontMatter,
  checkStructure,
  checkMarkdown,
  checkFootnotes,
  checkSuppressions,
  checkOutline,
  checkContributionWords,
  ...styleRules,
];

export interface ValidationResult {
  diagnostics: Diagnostic[];
  silenced: SilencedDiagnostic[];
}

/** Edition -> diagnostics (with report.yaml `rules:` and disable comments applied). Never throws on bad input. */
export function validateEdition(
  edition: Edition,
  rules: readonly Rule[] = editionRules,
): ValidationResult {
  const reporter = new Reporter();
  for (const rule of rules) rule(edition, reporter);
  return applyRuleSettings(
    [...edition.problems, ...reporter.diagnostics],
    edition,
  );
}

export { applyRuleSettings };
export type { Rule };
