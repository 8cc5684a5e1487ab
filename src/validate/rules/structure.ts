import type { Contribution, Edition } from "../../model.js";
import { headingKey, outlineTargets, targetIndex } from "../../outline.js";
import { closest } from "../../shared/closest-match.js";
import { defineRules, type RuleReporter } from "../define-rules.js";
import { placeOf } from "../reporter.js";

const rules = {
  "structure/unknown-section": {
    severity: "error",
    title: "Every `##` heading names a section of the outline",
  },
  "structure/duplicate-section": {
    severity: "error",
    title: "No section twice in one file",
    hint: "Move this text under the earlier heading for the same section.",
  },
  "structure/text-before-heading": {
    severity: "error",
    title: "No text before the first `##` heading",
    hint: "Put a `## <section>` heading above this text.",
  },
  "structure/heading-level": {
    severity: "error",
    title: "Only `##` headings",
    hint: "The outline owns the structure: use `##` with a section title, and plain paragraphs below it.",
  },
  "structure/empty-section": {
    severity: "warning",
    title: "A section heading has text under it",
    hint: "Write the text under the heading, or remove the heading.",
  },
  "structure/no-sections": {
    severity: "error",
    title: "A contribution has at least one section",
    hint: "Add a `## <section title>` heading and your text below it.",
  },
} as const;

/** Headings name outline sections, once each; nothing before the first; no other heading levels. */
export const structureRules = defineRules({
  input: "contribution",
  rules,
  check: ({ contribution, edition }, reporter) =>
    checkStructure(contribution, edition, reporter),
});

function checkStructure(
  contribution: Contribution,
  edition: Edition,
  reporter: RuleReporter<typeof rules>,
): void {
  const index = targetIndex(edition.outline);
  const titles = outlineTargets(edition.outline).map((t) => t.title);
  const { file } = contribution;
  const first = contribution.preamble.find(
    (block) => block.type !== "definition",
  );
  if (first !== undefined && first.type !== "heading") {
    reporter.report(
      "structure/text-before-heading",
      placeOf(first, file),
      "Unexpected text before the first `##` heading, expected every paragraph under a section heading",
    );
  }
  if (contribution.sections.length === 0 && first === undefined) {
    reporter.report(
      "structure/no-sections",
      { file, line: 1, column: 1 },
      "The contribution has no `##` section heading, so nothing from it can go into the report",
    );
  }
  const seen = new Map<string, number>();
  for (const section of contribution.sections) {
    const target = index.get(headingKey(section.heading));
    if (target === undefined) {
      const suggestion = closest(section.heading, titles);
      // A .yaml contribution names its sections with keys under `sections:`, not headings.
      const yaml = contribution.format === "yaml";
      const didYouMean =
        suggestion === undefined ? "" : ` (did you mean \`${suggestion}\`?)`;
      reporter.report(
        "structure/unknown-section",
        section.position,
        yaml
          ? `Unexpected key \`${section.heading}:\` under \`sections:\`, expected an outline section${didYouMean}`
          : `Unexpected heading \`## ${section.heading}\`, expected an outline section${didYouMean}`,
        {
          hint:
            suggestion === undefined
              ? `Use one of: ${titles.join("; ")}.`
              : yaml
                ? `Rename the key to \`${suggestion}:\`.`
                : `Write \`## ${suggestion}\`.`,
        },
      );
    } else {
      const earlier = seen.get(target.id);
      if (earlier !== undefined) {
        reporter.report(
          "structure/duplicate-section",
          section.position,
          `Section \`${target.title}\` already has a heading at line ${earlier}; each section appears once in a file`,
        );
      } else seen.set(target.id, section.position.line);
    }
    // A section holding only comments (such as the guidance `new` writes) is still empty.
    if (section.blocks.every((block) => block.type === "html")) {
      reporter.report(
        "structure/empty-section",
        section.position,
        `The section \`${section.heading}\` has no text under its heading`,
      );
    }
  }
  for (const block of [
    ...contribution.preamble,
    ...contribution.sections.flatMap((s) => s.blocks),
  ]) {
    if (block.type !== "heading") continue;
    const marks = "#".repeat(block.depth);
    if (block.depth === 2) {
      reporter.report(
        "structure/heading-level",
        placeOf(block, file),
        "Unexpected `##` heading inside a section's text, expected one `sections:` key per section",
        {
          hint: "In a .yaml contribution each section is its own key under `sections:`; move this text there.",
        },
      );
      continue;
    }
    reporter.report(
      "structure/heading-level",
      placeOf(block, file),
      `Unexpected \`${marks}\` heading, expected \`##\` headings only`,
      {
        hint:
          block.depth === 1
            ? "The report's title and chapters come from the outline; remove the `#` heading."
            : "Sub-headings are not allowed: the outline owns structure. Turn this heading into the first sentence of a paragraph, or use the `##` heading of another section.",
      },
    );
  }
}
