import type { Nodes } from "mdast";
import { walkMarkdown } from "../../../mdast-walk.js";
import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";

const RULE = "style/footnote-mark";

const rules = {
  [RULE]: {
    severity: "warning",
    title:
      "A footnote mark stands after punctuation: `2004.[^1]`, not `2004[^1].`",
    hint: "Move the `[^n]` after the full stop, comma, semicolon or colon. `wps-report validate --fix` does it.",
  },
} as const;

/** What it finds depends on the file alone: it runs where the file is parsed. */
export const footnoteMarkRule = defineRules({
  input: "file",
  rules,
  check: checkFootnoteMarks,
});

/** Punctuation a footnote mark stands after, never before. */
const PUNCTUATION = /^[.,;:]/;

/**
 * A footnote mark stands after the punctuation it belongs to, as the United
 * Nations prints it: "in 2004.[^1]", not "in 2004[^1].". The fix moves the
 * mark after the sign when both are written next to each other.
 */
function checkFootnoteMarks(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  // Not in footnotes: a mark there is refused by footnotes/in-footnote.
  const text = [
    ...contribution.preamble,
    ...contribution.sections.flatMap((section) => section.blocks),
  ];
  walkMarkdown(text, (node) => {
    if (!("children" in node)) return;
    const children: readonly Nodes[] = node.children;
    children.forEach((mark, index) => {
      const after = children[index + 1];
      if (mark.type !== "footnoteReference" || after?.type !== "text") return;
      const sign = PUNCTUATION.exec(after.value)?.[0];
      if (sign === undefined) return;
      const from = mark.position?.start;
      const to = mark.position?.end;
      if (from === undefined || to === undefined) return;
      const written = `[^${mark.label ?? mark.identifier}]`;
      const adjacent =
        from.line === to.line &&
        after.position?.start.line === to.line &&
        after.position.start.column === to.column &&
        to.column - from.column === written.length;
      reporter.report(
        RULE,
        { file: contribution.file, line: from.line, column: from.column },
        `Unexpected footnote mark \`${written}\` before \`${sign}\`, expected \`${sign}${written}\``,
        {
          hint: adjacent
            ? "Put the footnote mark after the punctuation. `wps-report validate --fix` makes this change."
            : "Put the footnote mark after the punctuation.",
          ...(adjacent
            ? {
                fix: {
                  line: from.line,
                  column: from.column,
                  length: written.length + 1,
                  text: `${sign}${written}`,
                },
              }
            : {}),
        },
      );
    });
  });
}
