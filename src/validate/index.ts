import type {
  Diagnostic,
  SilencedDiagnostic,
} from "../diagnostics/diagnostic.js";
import type { Edition } from "../model.js";
import { Reporter, type Rule } from "./reporter.js";
import { checkFiles } from "./rules/files.js";
import { checkFootnotes } from "./rules/footnotes.js";
import { checkFrontMatter } from "./rules/front-matter.js";
import { checkListLeadIns } from "./rules/list-lead-in.js";
import { checkMarkdown } from "./rules/markdown.js";
import { checkOutline } from "./rules/outline.js";
import { checkStructure } from "./rules/structure.js";
import { styleRules } from "./rules/style/index.js";
import { checkSuppressions } from "./rules/suppressions.js";
import { checkContributionWords } from "./rules/words.js";
import { applyRuleSettings } from "./rule-settings.js";
import { textProblemsOf } from "./text-findings.js";

/** The checks run on every edition, in order; besides them, every contribution's text findings (see `findTextProblems`). */
export const editionRules: Rule[] = [
  checkFiles,
  checkFrontMatter,
  checkStructure,
  checkListLeadIns,
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
export function validateEdition(edition: Edition): ValidationResult {
  const reporter = new Reporter();
  for (const rule of editionRules) rule(edition, reporter);
  const textProblems = edition.contributions.flatMap(textProblemsOf);
  return applyRuleSettings(
    [...edition.problems, ...reporter.diagnostics, ...textProblems],
    edition,
  );
}

export { applyRuleSettings };
export type { Rule };
