import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Contribution, Edition } from "../model.js";
import type { RuleInput, RuleInputs } from "./define-rules.js";
import { familiesReading, ruleIds } from "./registry.js";
import { Reporter } from "./reporter.js";

/**
 * Runs the registry's rules, one input kind at a time. Findings come back
 * raw: report.yaml `rules:` and disable comments are applied by the caller
 * (`applyRuleSettings`), once the findings of every phase are in.
 */
function runFamilies<Input extends RuleInput>(
  input: Input,
  value: RuleInputs[Input],
  out: Diagnostic[],
): void {
  for (const family of familiesReading(input)) {
    const reporter = new Reporter(family.rules, ruleIds);
    family.check(value, reporter);
    for (const diagnostic of reporter.diagnostics) out.push(diagnostic);
  }
}

/**
 * What the rules that read a file alone find in one contribution. A
 * function of the file's bytes only, so it runs where the file is parsed
 * (on worker threads for large editions) and is cached with the parse.
 */
export function checkFileText(contribution: Contribution): Diagnostic[] {
  const found: Diagnostic[] = [];
  runFamilies("file", contribution, found);
  return found;
}

/** Every rule that needs no merged report: the edition's, each contribution's, and each file's text findings (found at parse time when the loader kept them). */
export function checkEdition(edition: Edition): Diagnostic[] {
  const found: Diagnostic[] = [];
  runFamilies("edition", edition, found);
  for (const contribution of edition.contributions)
    runFamilies("contribution", { contribution, edition }, found);
  for (const contribution of edition.contributions)
    for (const diagnostic of contribution.textProblems ??
      checkFileText(contribution))
      found.push(diagnostic);
  return found;
}

/** The rules that read the merged report. */
export function checkReport(input: RuleInputs["report"]): Diagnostic[] {
  const found: Diagnostic[] = [];
  runFamilies("report", input, found);
  return found;
}

export { applyRuleSettings } from "./rule-settings.js";
