import { groupDigits } from "../../group-digits.js";
import type { Edition } from "../../model.js";
import { countContributionWords } from "../../words/contribution-words.js";
import type { Reporter } from "../reporter.js";

/** A contribution within contribution_word_limit (headings and footnotes count). */
export function checkContributionWords(
  edition: Edition,
  reporter: Reporter,
): void {
  const limit = edition.config.contributionWordLimit;
  for (const contribution of edition.contributions) {
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
