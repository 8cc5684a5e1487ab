import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import {
  holdsAny,
  opensAnyLine,
  pastedBlocks,
  sectionName,
} from "./pasted-blocks.js";

const RULE = "style/pasted-bullet";

const rules = {
  [RULE]: {
    severity: "warning",
    title:
      "A list item starts with `- `, not with a bullet sign pasted from Word (`•`, `◦`, `▪`, `–`)",
    hint: "Start each item on its own line with `- ` (a hyphen and a space) instead of the bullet sign; a second-level item starts with two spaces, then `- `. Word's bullets arrive as plain characters, so without this the items run on as one paragraph in the draft. `wps-report validate --fix` makes the change for items at the start of a line of a paragraph; a dash (`–`, `—`) or a middle dot (`·`) counts as a bullet only at the start of a paragraph or when two lines of it start with the same sign, since a line may also start with a dash in a sentence.",
  },
} as const;

/** What it finds depends on the file alone: it runs where the file is parsed. */
export const pastedBulletRule = defineRules({
  input: "file",
  rules,
  check: checkPastedBullets,
});

/** Word's bullet signs, including the Symbol and Wingdings private-use ones a paste can carry. */
const BULLETS = "•◦▪▫●○■□‣⁃∙\uf0b7\uf0a7\uf0d8\uf076\uf0fc";
/** Signs that are bullets only where nothing else explains them. */
const DASHES = "–—·";
/** Word's usual second-level signs. */
const SECOND_LEVEL = new Set(["◦", "○", "▫", "□", "o"]);
/** A sign at the start of a line with the space after it; `o` + tab is Word's second level in Courier New. */
const AT_LINE_START = new RegExp(
  `(?<=^|\\n)(?:([${BULLETS}${DASHES}])[ \\t\\u00a0]+|(o)\\t[ \\t]*)(?=\\S)`,
  "g",
);

function checkPastedBullets(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  const text = contribution.text;
  // In a .yaml file a section's text may start after `key: ` or a quote, not at a line's start.
  const maybe =
    text !== undefined &&
    (contribution.format === "yaml"
      ? holdsAny(text, BULLETS + DASHES) || text.includes("o\t")
      : opensAnyLine(text, BULLETS + DASHES) || text.includes("o\t"));
  if (!maybe) return;
  for (const { block, locator, lineStart } of pastedBlocks(contribution)) {
    const matches = [...block.text.matchAll(AT_LINE_START)];
    if (matches.length === 0) continue;
    const counts = new Map<string, number>();
    for (const match of matches) {
      const sign = match[1] ?? match[2] ?? "";
      counts.set(sign, (counts.get(sign) ?? 0) + 1);
    }
    let previousLevel = 0;
    for (const match of matches) {
      const sign = match[1] ?? match[2] ?? "";
      const start = match.index;
      if (DASHES.includes(sign) && start !== 0 && (counts.get(sign) ?? 0) < 2)
        continue;
      const located = locator.locate(start, start + match[0].length);
      if (located === undefined) continue;
      const level = SECOND_LEVEL.has(sign) && previousLevel > 0 ? 2 : 1;
      const marker = level === 2 ? "  - " : "- ";
      // Only where the sign opens a line of a paragraph directly under a section does `- ` start a list item.
      const certain =
        located.span !== undefined &&
        lineStart !== undefined &&
        located.place.column === lineStart;
      previousLevel = certain ? level : 0;
      const yaml = contribution.format === "yaml";
      reporter.report(
        RULE,
        located.place,
        `Unexpected \`${sign}\` at the start of a line: a bullet pasted from Word is a plain character here, so the list would run on as one paragraph in the draft; expected \`- \``,
        certain && located.span !== undefined
          ? {
              hint: `Replace \`${sign}\` and the space after it with \`${marker}\` (by hand on the website; on your computer \`wps-report validate --fix\` makes this change).`,
              fix: { ...located.span, text: marker },
            }
          : {
              hint: yaml
                ? `Put each item on its own line of the text under ${sectionName(contribution, located.place.line)}, written as \`key: |\`, starting with \`- \` (a hyphen and a space) instead of \`${sign}\`.`
                : `Put each item on its own line, starting with \`- \` (a hyphen and a space) instead of \`${sign}\`.`,
            },
      );
    }
  }
}
