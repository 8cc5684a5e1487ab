import { groupDigits } from "../../shared/numbers.js";
import type { Contribution, Edition } from "../../model.js";
import { countContributionWords } from "../../words/contribution-words.js";
import { defineRules, type RuleReporter } from "../define-rules.js";

const rules = {
  "words/contribution-limit": {
    severity: "warning",
    title: "A contribution stays within contribution_word_limit",
  },
} as const;

/** A contribution within its word budget: the roster entry's `word_limit`, else contribution_word_limit (headings and footnotes count). */
export const contributionWordRules = defineRules({
  input: "contribution",
  rules,
  check: ({ contribution, edition }, reporter) =>
    checkContributionWords(contribution, edition, reporter),
});

function checkContributionWords(
  contribution: Contribution,
  edition: Edition,
  reporter: RuleReporter<typeof rules>,
): void {
  // The roster entry's own budget, else the edition's.
  const limit =
    edition.config.entities.find((e) => e.code === contribution.entity)
      ?.wordLimit ?? edition.config.contributionWordLimit;
  const words = countContributionWords(contribution);
  if (words > limit) {
    reporter.report(
      "words/contribution-limit",
      { file: contribution.file, line: 1, column: 1 },
      `The contribution has ${groupDigits(words)} words, over the limit of ${groupDigits(limit)}`,
      {
        hint: "Shorten the text; the whole report must stay within its word limit. Headings and footnotes count.",
      },
    );
  }
}
