import type { Emphasis, Nodes, Strong } from "mdast";
import { walkMarkdown } from "../../../mdast-walk.js";
import type { Edition } from "../../../model.js";
import {
  outlineParts,
  headingKey,
  inRecommendations,
  targetIndex,
} from "../../../outline.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import { placeOf } from "../../reporter.js";

const RULE = "style/emphasis";

const rules = {
  [RULE]: {
    severity: "warning",
    title: "No bold or italics for emphasis",
    hint: "Remove the `**` or `*`: bold is reserved for recommendations (the draft sets them in bold), and neither bold nor italics marks emphasis. Italics for the title of a publication (starting with a capital) are fine.",
  },
} as const;

export const emphasisRule = defineRules({
  input: "edition",
  rules,
  check: checkEmphasis,
});

/**
 * No bold or italics for emphasis. Bold is allowed where the outline puts
 * recommendations (which the draft sets in bold anyway);
 * italics that start with a capital or a figure are taken for the title of
 * a publication and left alone.
 */
function checkEmphasis(
  edition: Edition,
  reporter: RuleReporter<typeof rules>,
): void {
  const targets = targetIndex(edition.outline);
  const chapters = new Map(
    outlineParts(edition.outline).map((chapter) => [chapter.id, chapter]),
  );
  for (const contribution of edition.contributions) {
    const visit = (nodes: Nodes[], boldAllowed: boolean) =>
      walkMarkdown(nodes, (node) => {
        if (node.type === "strong" && !boldAllowed)
          report(reporter, node, contribution.file, "bold");
        else if (
          node.type === "emphasis" &&
          !/^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(plainText(node))
        )
          report(reporter, node, contribution.file, "italics");
      });
    for (const section of contribution.sections) {
      const target = targets.get(headingKey(section.heading));
      const chapter =
        target === undefined ? undefined : chapters.get(target.chapterId);
      const outlineSection = chapter?.sections.find(
        (s) => s.id === target?.sectionId,
      );
      visit(
        section.blocks,
        chapter !== undefined && inRecommendations(chapter, outlineSection),
      );
    }
    visit([...contribution.footnotes.values()], false);
  }
}

function report(
  reporter: RuleReporter<typeof rules>,
  node: Emphasis | Strong,
  file: string,
  kind: "bold" | "italics",
): void {
  const text = plainText(node);
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  reporter.report(
    RULE,
    placeOf(node, file),
    `Unexpected ${kind} \`${shown}\`, expected plain text`,
    {
      hint:
        kind === "bold"
          ? "Bold is reserved for recommendations (General Assembly resolution 52/214), which the draft sets in bold itself; let the wording carry the emphasis and remove the `**`."
          : "Italics are not used for emphasis; let the wording carry it and remove the `*`. Italics are for titles and foreign terms: if this is one, add `<!-- wps-report-disable style/emphasis -- title of a publication -->` above the paragraph.",
    },
  );
}

/** The first `limit` characters of a node's text (enough to judge and to quote it, whatever its size). */
function plainText(node: Nodes, limit = 41): string {
  let text = "";
  const stack: Nodes[] = [node];
  while (stack.length > 0 && text.length < limit) {
    const inner = stack.pop() as Nodes;
    if (inner.type === "text" || inner.type === "inlineCode")
      text += inner.value;
    else if ("children" in inner)
      for (let i = inner.children.length - 1; i >= 0; i--)
        stack.push(inner.children[i]);
  }
  return text.trim();
}
