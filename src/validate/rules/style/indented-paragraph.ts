import type { Code } from "mdast";
import type { Fix } from "../../../diagnostics/diagnostic.js";
import { walkMarkdown } from "../../../mdast-walk.js";
import type { Contribution } from "../../../model.js";
import { defineRules, type RuleReporter } from "../../define-rules.js";
import { linesReachMarkdown, sectionName } from "./pasted-blocks.js";
import { linesOf } from "./style-text.js";

const RULE = "style/indented-paragraph";

const rules = {
  [RULE]: {
    // As markdown/code-block, which it stands in for: the draft cannot print it as it is.
    severity: "error",
    title:
      "A paragraph starts at the beginning of its line, without a tab or four spaces before it",
    hint: "Remove the tab (or the spaces) at the start of the paragraph's lines. Text pasted from Word often keeps its first-line indent as a tab, and a paragraph indented by a tab or four spaces would be printed as computer code. In a `.yaml` contribution, indent the paragraph exactly as the other lines of its section's text. `wps-report validate --fix` removes the indentation when the text reads as sentences; what looks like code is reported as `markdown/code-block` instead.",
  },
} as const;

/** What it finds depends on the file alone: it runs where the file is parsed. */
export const indentedParagraphRule = defineRules({
  input: "file",
  rules,
  check: checkIndentedParagraphs,
});

/** Signs of code rather than sentences. */
const CODE_SIGNS = /[{}<>=\\$|`]|^#!|;\s*$/m;
/** What a line would start once its indentation is gone, that Markdown reads as more than a paragraph. */
const MARKDOWN_START = /^(?:[-*+>#|]|\d{1,9}[.)]|\[\^|~~~|```)/m;

/**
 * An indented (not fenced) block whose text reads as sentences: a
 * paragraph pasted with its indentation, not code. markdown/code-block
 * leaves these to this rule, so the author is not told about fences.
 */
export function isIndentedProse(
  node: Code,
  lines: readonly string[] | undefined,
): boolean {
  const start = node.position?.start;
  if (start === undefined || lines === undefined) return false;
  const opening = lines[start.line - 1]?.slice(start.column - 1) ?? "";
  if (!/^(?: {4}| {0,3}\t)/.test(opening)) return false;
  if (node.lang != null || CODE_SIGNS.test(node.value)) return false;
  const words = node.value.match(/\p{L}{2,}/gu) ?? [];
  const letters = node.value.match(/\p{L}/gu)?.length ?? 0;
  const visible = node.value.replace(/\s/g, "").length;
  return words.length >= 3 && letters >= visible * 0.6;
}

function checkIndentedParagraphs(
  contribution: Contribution,
  reporter: RuleReporter<typeof rules>,
): void {
  const text = contribution.text;
  // Every indented block starts a line with a tab or four spaces (after the indentation of a YAML text).
  if (
    text === undefined ||
    !(text.includes("\t") || text.includes("\n    ") || text.startsWith("    "))
  )
    return;
  const lines = linesOf(contribution);
  // Where markdown/code-block looks: text before the first heading, the sections, the notes.
  const parts = [
    { blocks: contribution.preamble, literal: true },
    ...contribution.sections.map((section) => ({
      blocks: section.blocks,
      literal: linesReachMarkdown(contribution, section.position.line),
    })),
    { blocks: [...contribution.footnotes.values()], literal: false },
  ];
  for (const { blocks, literal } of parts) {
    walkMarkdown(blocks, (node, ancestors) => {
      if (node.type !== "code" || !isIndentedProse(node, lines)) return;
      const start = node.position?.start;
      if (start === undefined) return;
      const fixes =
        literal && ancestors.length === 0
          ? removeIndentation(node, lines ?? [])
          : undefined;
      const indent =
        /^[ \t]*/.exec(
          lines?.[start.line - 1]?.slice(start.column - 1) ?? "",
        )?.[0] ?? "";
      const tab = indent.includes("\t");
      const what = tab ? "a tab" : `${indent.length} spaces`;
      const these = tab ? "the tab" : `the ${indent.length} spaces`;
      const yaml = contribution.format === "yaml";
      const message = yaml
        ? `This paragraph starts with ${what} more than the other lines under ${sectionName(contribution, start.line)}, so the draft would print it as computer code; expected it indented as they are`
        : `This paragraph starts with ${what}, so the draft would print it as computer code; expected it to start at the beginning of the line`;
      const hint = yaml
        ? `Remove the extra indentation (${what}) at the start of the paragraph`
        : `Remove ${these} at the start of the paragraph`;
      if (fixes === undefined) {
        reporter.report(RULE, { file: contribution.file, ...start }, message, {
          hint: `${hint}.`,
        });
        return;
      }
      // One finding per paragraph of the block: only a paragraph's first line decides how Markdown reads it.
      for (const fix of fixes)
        reporter.report(
          RULE,
          { file: contribution.file, line: fix.line, column: fix.column },
          message,
          {
            hint: `${hint} (by hand on the website; on your computer \`wps-report validate --fix\` makes this change).`,
            fix,
          },
        );
    });
  }
}

/**
 * The indentation of the first line of each paragraph of the block, from
 * the block's column to its first visible character; undefined when a
 * paragraph, once moved back, would start a list, heading, quotation or
 * note rather than a sentence.
 */
function removeIndentation(
  node: Code,
  lines: readonly string[],
): Fix[] | undefined {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start === undefined || end === undefined) return undefined;
  const fixes: Fix[] = [];
  let opening = true;
  for (let line = start.line; line <= end.line; line++) {
    const source = lines[line - 1] ?? "";
    const rest = source.slice(start.column - 1);
    if (rest.trim() === "") {
      opening = true;
      continue;
    }
    if (!opening) continue;
    opening = false;
    const indent = /^[ \t]*/.exec(rest)?.[0] ?? "";
    if (source.slice(0, start.column - 1).trim() !== "") return undefined;
    if (MARKDOWN_START.test(rest.slice(indent.length))) return undefined;
    fixes.push({ line, column: start.column, length: indent.length, text: "" });
  }
  return fixes.length > 0 ? fixes : undefined;
}
