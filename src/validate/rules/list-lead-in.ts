import type { RootContent } from "mdast";
import type { Contribution } from "../../model.js";
import { defineRules, type RuleReporter } from "../define-rules.js";
import { placeOf } from "../reporter.js";

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

/** A paragraph holding only an image is a figure, not a lead-in (as merge reads it). */
function isFigure(block: RootContent): boolean {
  if (block.type !== "paragraph") return false;
  const content = block.children.filter(
    (c) => !(c.type === "text" && c.value.trim() === ""),
  );
  return content.length === 1 && content[0]?.type === "image";
}

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
    for (const block of section.blocks) {
      if (block.type === "paragraph") mayAttach = !isFigure(block);
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
