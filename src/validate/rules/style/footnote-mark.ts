import type { Nodes } from "mdast";
import { walkMarkdown } from "../../../mdast-walk.js";
import type { Edition } from "../../../model.js";
import type { Reporter } from "../../reporter.js";

const RULE = "style/footnote-mark";

/** Punctuation a footnote mark stands after, never before. */
const PUNCTUATION = /^[.,;:]/;

/**
 * A footnote mark stands after the punctuation it belongs to, as the United
 * Nations prints it: "in 2004.[^1]", not "in 2004[^1].". The fix moves the
 * mark after the sign when both are written next to each other.
 */
export function checkFootnoteMarks(edition: Edition, reporter: Reporter): void {
  for (const contribution of edition.contributions) {
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
}
