import type { Contribution } from "../../model.js";
import { closest } from "../../schema/field-spec.js";
import { defineRules, type RuleReporter } from "../define-rules.js";

const rules = {
  "suppression/missing-reason": {
    severity: "error",
    title: "A disable comment gives its reason",
    hint: "Write `<!-- wps-report-disable <rule> -- <why> -->`.",
  },
  "suppression/unknown-rule": {
    severity: "warning",
    title: "A disable comment names a known rule",
  },
} as const;

/** Disable comments give a reason and name a rule that exists. */
export const suppressionRules = defineRules({
  input: "contribution",
  rules,
  check: ({ contribution }, reporter) =>
    checkSuppressions(contribution, reporter),
});

function checkSuppressions(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  const ids = reporter.knownRuleIds;
  for (const suppression of contribution.suppressions) {
    if (suppression.reason === "") {
      reporter.report(
        "suppression/missing-reason",
        suppression.position,
        `The disable comment for ${suppression.ruleId} gives no reason`,
      );
    }
    if (!ids.includes(suppression.ruleId)) {
      const suggestion = closest(suppression.ruleId, ids);
      reporter.report(
        "suppression/unknown-rule",
        suppression.position,
        `Unknown rule \`${suppression.ruleId}\` in a disable comment${suggestion === undefined ? "" : ` (did you mean \`${suggestion}\`?)`}`,
      );
    }
  }
}
