import type { RootContent } from "mdast";
import type { Edition } from "../../model.js";
import { placeOf, type Reporter } from "../reporter.js";

const RULE = "structure/list-without-lead-in";

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
export function checkListLeadIns(edition: Edition, reporter: Reporter): void {
  for (const contribution of edition.contributions) {
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
}
