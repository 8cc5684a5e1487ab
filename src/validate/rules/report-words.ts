import { groupDigits } from "../../shared/numbers.js";
import type { Edition, Report } from "../../model.js";
import { countReportWords } from "../../words/report-words.js";
import { defineRules, type RuleReporter } from "../define-rules.js";

const format = groupDigits;

const rules = {
  "words/report-limit": {
    severity: "warning",
    title:
      "The report stays within word_limit (8,500 words for Secretariat reports)",
  },
} as const;

/** The merged report within word_limit (8,500 words for Secretariat reports; headings and footnotes count). */
export const reportWordRules = defineRules({
  input: "report",
  rules,
  check: ({ edition, report }, reporter) =>
    checkReportWordLimit(edition, report, reporter),
});

function checkReportWordLimit(
  edition: Edition,
  report: Report,
  reporter: RuleReporter<typeof rules>,
): void {
  const limit = edition.config.wordLimit;
  const words = countReportWords(report);
  if (words.total <= limit) return;
  const largest = [...words.chapters]
    .sort((a, b) => b.words - a.words)
    .slice(0, 2)
    .map((chapter) => `${chapter.numeral} (${format(chapter.words)})`)
    .join(", ");
  reporter.report(
    "words/report-limit",
    { file: edition.config.file, line: 1, column: 1 },
    `The report has ${format(words.total)} words, over the limit of ${format(limit)}`,
    {
      scope: "report",
      hint: `The largest chapters are ${largest}. Ask the entities with the longest texts to shorten them (\`wps-report status\` shows words per entity), or request a waiver. Headings and footnotes count.`,
    },
  );
}
