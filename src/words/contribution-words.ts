import type { Contribution } from "../model.js";
import { countMarkdownWords, countWords } from "./count-words.js";

/** Words of a contribution as they will stand in the report: section text, headings and footnotes. */
export function countContributionWords(contribution: Contribution): number {
  const headings = contribution.sections.reduce(
    (sum, section) => sum + countWords(section.heading),
    0,
  );
  return (
    headings +
    countMarkdownWords([
      ...contribution.sections.flatMap((s) => s.blocks),
      ...contribution.footnotes.values(),
    ])
  );
}
