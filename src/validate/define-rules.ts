import type { LeftOut } from "../merge/index.js";
import type { Contribution, Edition, Report } from "../model.js";
import type { Reporter, RuleInfo } from "./reporter.js";

export type { RuleInfo };

/**
 * What a rule reads, from the least to the most:
 * - `file`: one parsed file alone. What it finds depends on the file's bytes
 *   only, so it is found where the file is parsed (on worker threads for
 *   large editions) and cached with the parse.
 * - `contribution`: one contribution, with the edition around it (roster,
 *   outline, other files).
 * - `edition`: the whole edition at once (duplicates across files, the outline).
 * - `report`: the merged report, after merge (reading order, word limit),
 *   with what the merge left out of it.
 */
export interface RuleInputs {
  file: Contribution;
  contribution: { contribution: Contribution; edition: Edition };
  edition: Edition;
  report: { edition: Edition; report: Report; leftOut: readonly LeftOut[] };
}

export type RuleInput = keyof RuleInputs;

/** A rule's ids (one, or a small family sharing one check) and the check that reports them. */
export interface RuleFamily<Id extends string, Input extends RuleInput> {
  input: Input;
  rules: Readonly<Record<Id, RuleInfo>>;
  /** Reports findings through `reporter`; never throws on bad input. Only this family's ids compile. */
  check(input: RuleInputs[Input], reporter: Reporter<Id>): void;
}

/** Any family, whatever its ids and input: what the registry holds. */
export type AnyRuleFamily = {
  [Input in RuleInput]: RuleFamily<string, Input>;
}[RuleInput];

/** The reporter a check of these rules receives: `RuleReporter<typeof rules>`. */
export type RuleReporter<Rules> = Reporter<keyof Rules & string>;

/** Declares a rule family; the identity function, there so TypeScript checks it and infers its ids. */
export function defineRules<Id extends string, Input extends RuleInput>(
  family: RuleFamily<Id, Input>,
): RuleFamily<Id, Input> {
  return family;
}
