import { groupDigits } from "../../group-digits.js";
import type { Edition } from "../../model.js";
import { countContributionWords } from "../../words/contribution-words.js";
import type { Reporter } from "../reporter.js";

/** A contribution within its word budget: the roster entry's `word_limit`, else contribution_word_limit (headings and footnotes count). */
export function checkContributionWords(
  edition: Edition,
  reporter: Reporter,
): void {
  const budgets = new Map(
    edition.config.entities.map((e) => [e.code, e.wordLimit]),
  );
  for (const contribution of edition.contributions) {
    const limit =
      (contribution.entity === undefined
        ? undefined
        : budgets.get(contribution.entity)) ??
      edition.config.contributionWordLimit;
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
}
