import type { RootContent } from "mdast";
import type { Contribution } from "../../model.js";

/** Every block of a contribution: preamble, sections, footnote definitions. */
export function contributionBlocks(contribution: Contribution): RootContent[] {
  return [
    ...contribution.preamble,
    ...contribution.sections.flatMap((s) => s.blocks),
    ...contribution.footnotes.values(),
  ];
}
