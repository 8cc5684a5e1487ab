import type { Contribution } from "../../model.js";
import { defineRules, type RuleReporter } from "../define-rules.js";
import { placeOf } from "../reporter.js";
import { isFigureParagraph, pairCaptions } from "../../merge/captions.js";

const RULE = "structure/list-without-lead-in";

const rules = {
  [RULE]: {
    severity: "warning",
    title: "A list follows the paragraph that introduces it",
    hint: 'Write a sentence ending with a colon before the list ("The Fund supported:"): the list becomes its subparagraphs (a), (b). Without one, the list takes a paragraph number of its own, printed on its first item\'s line.',
  },
} as const;

/** What it finds depends on the file alone: it runs where the file is parsed. */
export const listLeadInRule = defineRules({
  input: "file",
  rules,
  check: checkListLeadIns,
});

/**
 * A list is the subparagraphs of the paragraph before it. With none (first
 * in its section, or after a table, quote or figure) it takes a paragraph
 * number itself, printed on its first item's line: "85. (a) …". UN
 * practice introduces every list with a sentence ending in a colon.
 * Mirrors how merge decides (src/merge/blocks.ts).
 */
function checkListLeadIns(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  for (const section of contribution.sections) {
    let mayAttach = false;
    // A table's or figure's title line is printed with it, never a lead-in.
    const titles = new Set(pairCaptions(section.blocks).values());
    for (const [index, block] of section.blocks.entries()) {
      if (titles.has(index)) continue;
      if (block.type === "paragraph") mayAttach = !isFigureParagraph(block);
      else if (block.type === "table" || block.type === "blockquote")
        mayAttach = false;
      else if (block.type === "list") {
        if (!mayAttach)
          reporter.report(
            RULE,
            placeOf(block, contribution.file),
            "Unexpected list with no paragraph before it, expected a lead-in sentence ending with a colon",
          );
        mayAttach = true;
      }
    }
  }
}
