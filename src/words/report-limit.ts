import { groupDigits } from "../group-digits.js";
import type { Edition, Report } from "../model.js";
import type { Reporter } from "../validate/reporter.js";
import { countReportWords } from "./report-words.js";

const format = groupDigits;

/** The merged report within word_limit (8,500 words for Secretariat reports; headings and footnotes count). */
export function checkReportWordLimit(
  edition: Edition,
  report: Report,
  reporter: Reporter,
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
