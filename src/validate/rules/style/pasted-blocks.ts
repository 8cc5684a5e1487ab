import type { RootContent } from "mdast";
import type { Contribution } from "../../../model.js";
import { BlockLocator } from "./locate.js";
import { linesOf } from "./style-text.js";
import { collectTextBlocks, type TextBlock } from "./text-blocks.js";

/** One paragraph (or cell, heading, note) of a contribution, for the rules about text pasted from Word. */
export interface PastedBlock {
  block: TextBlock;
  locator: BlockLocator;
  /**
   * Set for a paragraph that stands directly under a section, in a file
   * whose lines reach Markdown as written (a `.md` file, or a `.yaml`
   * section written with `|`): the column where its lines start. Only
   * there may a fix rewrite the start of a line, since a line's start means
   * the same to Markdown before and after the change.
   */
  lineStart?: number;
  /** The text of a footnote, where a note mark cannot stand. */
  inNote?: true;
}

/** The section text and notes of a contribution, block by block, with a fresh locator each. */
export function pastedBlocks(contribution: Contribution): PastedBlock[] {
  const lines = linesOf(contribution);
  const out: PastedBlock[] = [];
  const add = (
    nodes: readonly RootContent[],
    where: { lineStart?: number; inNote?: true } = {},
  ) => {
    for (const block of collectTextBlocks(nodes))
      out.push({
        block,
        locator: new BlockLocator(block, contribution.file, lines),
        ...where,
      });
  };
  for (const section of contribution.sections) {
    const literal = linesReachMarkdown(contribution, section.position.line);
    for (const node of section.blocks) {
      const start = node.position?.start.column;
      if (node.type === "paragraph" && literal && start !== undefined)
        add([node], { lineStart: start });
      else add([node]);
    }
  }
  add([...contribution.footnotes.values()], { inNote: true });
  return out;
}

/** A YAML key whose text is a literal block (`key: |`): its lines are kept as written. */
const LITERAL_BLOCK = /:[ \t]*\|[-+0-9]*[ \t]*(?:#.*)?$/;

/**
 * Whether the lines of a section reach Markdown as they are in the file.
 * Always in a `.md` file; in a `.yaml` file only under a `key: |` block, as
 * YAML folds the lines of any other value into one.
 */
export function linesReachMarkdown(
  contribution: Contribution,
  sectionLine: number,
): boolean {
  if (contribution.format !== "yaml") return true;
  const line = linesOf(contribution)?.[sectionLine - 1];
  return line !== undefined && LITERAL_BLOCK.test(line);
}

/** The section key or heading as a focal point wrote it, for advice in the file's own terms. */
export function sectionName(contribution: Contribution, line: number): string {
  let name = "";
  for (const section of contribution.sections)
    if (section.position.line <= line) name = section.heading;
  return contribution.format === "yaml" ? `\`${name}:\`` : `\`## ${name}\``;
}
