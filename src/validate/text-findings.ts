import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Contribution } from "../model.js";
import { Reporter } from "./reporter.js";
import { textRules } from "./rules/style/index.js";

/**
 * What the text rules find in one contribution (before report.yaml
 * `rules:` and disable comments are applied). A function of the file's
 * bytes alone, so the loader runs it where it parses (on worker threads for
 * large editions) and the cache keeps it with the parse.
 */
export function findTextProblems(contribution: Contribution): Diagnostic[] {
  const reporter = new Reporter();
  const source = { contributions: [contribution] };
  for (const rule of textRules) rule(source, reporter);
  return reporter.diagnostics;
}

/** The text findings of a contribution: those found when it was parsed, or found now. */
export function textProblemsOf(contribution: Contribution): Diagnostic[] {
  return contribution.textProblems ?? findTextProblems(contribution);
}
