import { normalizeLabel } from "../../load/markdown.js";
import type { Contribution } from "../../model.js";
import { walkMarkdown } from "../../mdast-walk.js";
import { defineRules, type RuleReporter } from "../define-rules.js";
import { placeOf } from "../reporter.js";
import { positionInText } from "../text-position.js";
import { contributionBlocks } from "./blocks.js";

const UNDEFINED_REFERENCE = /\[\^([^\]\s]+)\]/g;

const rules = {
  "footnotes/undefined": {
    severity: "error",
    title: "Every footnote reference has a definition",
  },
  "footnotes/unused": {
    severity: "error",
    title: "Every footnote definition is used",
  },
  "footnotes/duplicate-definition": {
    severity: "error",
    title: "A footnote label is defined once",
    hint: "Give the second footnote its own label, e.g. [^2].",
  },
  "footnotes/in-footnote": {
    severity: "error",
    title: "A footnote has no footnotes of its own",
    hint: "Write the extra text into the footnote itself, or move the reference into the paragraph. A line under a footnote that starts with text joins that footnote: leave a blank line after it.",
  },
  "footnotes/repeated-reference": {
    severity: "warning",
    title: "A footnote is referenced once",
    hint: "Each reference becomes its own footnote with the same text; if that is not what you want, write a second footnote.",
  },
} as const;

/** Every reference defined, every definition used, each label defined once. Labels are local to a file. */
export const footnoteRules = defineRules({
  input: "contribution",
  rules,
  check: ({ contribution }, reporter) => checkFootnotes(contribution, reporter),
});

function checkFootnotes(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  const file = contribution.file;
  const referenced = new Map<string, number>();
  walkMarkdown(contributionBlocks(contribution), (node, ancestors) => {
    if (
      node.type === "footnoteDefinition" &&
      contribution.footnotes.get(normalizeLabel(node.identifier)) !== node
    ) {
      reporter.report(
        "footnotes/duplicate-definition",
        placeOf(node, file),
        `Footnote [^${node.label ?? node.identifier}] is defined twice in this file`,
      );
    }
    if (node.type === "text") {
      // micromark leaves a reference to an undefined label as plain text.
      for (const match of node.value.matchAll(UNDEFINED_REFERENCE)) {
        const label = match[1] ?? "";
        if (contribution.footnotes.has(normalizeLabel(label))) continue;
        reporter.report(
          "footnotes/undefined",
          positionInText(node, match.index, file),
          `Footnote [^${label}] has no definition`,
          {
            hint: `Add a line \`[^${label}]: <footnote text>\` at the end of the file.`,
          },
        );
      }
      return;
    }
    if (node.type !== "footnoteReference") return;
    if (ancestors.some((a) => a.type === "footnoteDefinition")) {
      // A note inside a note (or a note that cites itself) has no place in a UN footnote.
      reporter.report(
        "footnotes/in-footnote",
        placeOf(node, file),
        `Unexpected footnote reference [^${node.label ?? node.identifier}] inside a footnote, expected footnotes without notes of their own`,
      );
      return;
    }
    const label = normalizeLabel(node.identifier);
    const count = (referenced.get(label) ?? 0) + 1;
    referenced.set(label, count);
    if (!contribution.footnotes.has(label)) {
      reporter.report(
        "footnotes/undefined",
        placeOf(node, file),
        `Footnote [^${node.label ?? node.identifier}] has no definition`,
        {
          hint: `Add a line \`[^${node.label ?? node.identifier}]: <footnote text>\` at the end of the file.`,
        },
      );
    } else if (count === 2) {
      reporter.report(
        "footnotes/repeated-reference",
        placeOf(node, file),
        `Footnote [^${node.label ?? node.identifier}] is referenced more than once; each reference gets its own footnote with the same text`,
      );
    }
  });
  for (const [label, definition] of contribution.footnotes) {
    if (!referenced.has(label)) {
      reporter.report(
        "footnotes/unused",
        placeOf(definition, file),
        `Footnote [^${definition.label ?? label}] is defined but never referenced`,
        {
          hint: `Put [^${definition.label ?? label}] in the text where the note belongs, or delete the definition.`,
        },
      );
    }
  }
}
