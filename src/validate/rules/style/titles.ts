import type { RootContent } from "mdast";
import type { Contribution } from "../../../model.js";
import {
  captionContent,
  isFigureParagraph,
  pairCaptions,
} from "../../../merge/captions.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import { placeOf } from "../../reporter.js";

const rules = {
  "style/table-title": {
    severity: "warning",
    title: "A table has a title",
    hint: "Write the title on a line of its own just before the table, with a blank line between: `Table: Women in peace negotiations, 2000-2004`. The draft numbers it (Table 1, Table 2…) and prints it above the table. A small table that reads as part of the text may stay untitled: silence the rule for it with a reason.",
  },
  "style/figure-title": {
    severity: "warning",
    title: "A figure has a title",
    hint: "Give the image its title as its description, `![Participants trained, by region](training.png)`, or write `Figure: the title` on a line of its own just before it. The draft numbers figures (Figure I, Figure II…) and prints the title above the image.",
  },
} as const;

/** What it finds depends on the file alone: it runs where the file is parsed. */
export const titleRules = defineRules({
  input: "file",
  rules,
  check: checkTitles,
});

/**
 * UN tables and figures carry a number and a title (UN Editorial Manual,
 * "Tables" and "Maps and figures"). Pairs titles with tables and figures
 * exactly as merge does (src/merge/captions.ts).
 */
function checkTitles(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  const check = (blocks: readonly RootContent[]) => {
    const titled = pairCaptions(blocks);
    const titles = new Set(titled.values());
    blocks.forEach((block, index) => {
      if (titled.has(index)) return;
      const place = placeOf(block, contribution.file);
      if (!titles.has(index)) {
        // A title line that titles nothing is printed as a numbered paragraph.
        if (captionContent(block, "table"))
          reporter.report(
            "style/table-title",
            place,
            "Unexpected `Table:` line with no table just before or after it, expected the table after a blank line",
          );
        else if (captionContent(block, "figure"))
          reporter.report(
            "style/figure-title",
            place,
            "Unexpected `Figure:` line with no image on the line after it, expected the image after a blank line",
          );
      }
      if (block.type === "table")
        reporter.report(
          "style/table-title",
          place,
          "Unexpected table without a title, expected a `Table: …` line before it",
        );
      else if (isFigureParagraph(block) && !hasAlt(block))
        reporter.report(
          "style/figure-title",
          place,
          "Unexpected image without a title, expected a description `![Title](file)` or a `Figure: …` line before it",
        );
    });
  };
  for (const section of contribution.sections) check(section.blocks);
}

function hasAlt(block: RootContent): boolean {
  return (
    block.type === "paragraph" &&
    block.children.some(
      (child) => child.type === "image" && (child.alt ?? "").trim() !== "",
    )
  );
}
