import type { Contribution } from "../model.js";
import { countMarkdownWords, countWords } from "./count-words.js";

/**
 * Words of a contribution as they will stand in the report, counted as
 * `countWords` does (Word's count): its `##` headings, its section text
 * (paragraphs, lists, tables, quotes) and its footnotes. Image
 * descriptions and footnote marks are not words of the draft. The merged
 * report's own count (`countReportWords`) uses the outline's headings
 * instead, once per section, so the sum of the contributions is close to
 * the report's count but not equal to it.
 */
export function countContributionWords(contribution: Contribution): number {
  // Counted when the file was parsed (and cached with the parse), when it was.
  if (contribution.words !== undefined) return contribution.words;
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
