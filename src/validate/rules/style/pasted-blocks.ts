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

type BlockPlace = Omit<PastedBlock, "locator">;

/** Collected once per contribution for the three rules that read it; locators are made fresh, as they only walk forward. */
const cache = new WeakMap<Contribution, BlockPlace[]>();

/** The section text and notes of a contribution, block by block, with a fresh locator each. */
export function pastedBlocks(contribution: Contribution): PastedBlock[] {
  const lines = linesOf(contribution);
  return blockPlaces(contribution).map((place) => ({
    ...place,
    locator: new BlockLocator(place.block, contribution.file, lines),
  }));
}

function blockPlaces(contribution: Contribution): BlockPlace[] {
  const cached = cache.get(contribution);
  if (cached !== undefined) return cached;
  const out: BlockPlace[] = [];
  const add = (
    nodes: readonly RootContent[],
    where: { lineStart?: number; inNote?: true } = {},
  ) => {
    for (const block of collectTextBlocks(nodes)) out.push({ block, ...where });
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
  cache.set(contribution, out);
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

/**
 * Whether the text holds any of `chars`. Rules about rare characters ask
 * this first: a search for each character is several times faster than one
 * regular expression with all of them, and most files hold none.
 */
export function holdsAny(text: string, chars: string): boolean {
  for (const char of chars) if (text.includes(char)) return true;
  return false;
}

/** Whether one of `chars` opens a line (after indentation, `>`, a list marker or a table's `|`). */
export function opensAnyLine(text: string, chars: string): boolean {
  for (const char of chars) {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1))
      if (opensLine(text, at)) return true;
  }
  return false;
}

const LINE_PREFIX = new Set([..." \t>-*+.)0123456789"]);

/** Generous on purpose: it only decides whether the exact check runs. */
function opensLine(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && LINE_PREFIX.has(text[before] ?? "")) before--;
  return before < 0 || text[before] === "\n" || text[before] === "|";
}
