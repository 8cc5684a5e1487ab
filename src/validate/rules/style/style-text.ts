import type { Contribution } from "../../../model.js";
import { BlockLocator } from "./locate.js";
import { collectTextBlocks, type TextBlock } from "./text-blocks.js";

/** A contribution's running text, block by block, with the lines of its file for exact columns. */
export interface StyleText {
  file: string;
  blocks: TextBlock[];
  lines: readonly string[] | undefined;
}

const cache = new WeakMap<Contribution, StyleText>();

/** Section text and footnotes of a contribution, collected once for all the style rules. */
export function styleTextOf(contribution: Contribution): StyleText {
  let text = cache.get(contribution);
  if (text === undefined) {
    text = {
      file: contribution.file,
      blocks: collectTextBlocks([
        ...contribution.sections.flatMap((section) => section.blocks),
        ...contribution.footnotes.values(),
      ]),
      lines: linesOf(contribution),
    };
    cache.set(contribution, text);
  }
  return text;
}

const linesCache = new WeakMap<Contribution, readonly string[]>();

export function linesOf(
  contribution: Contribution,
): readonly string[] | undefined {
  if (contribution.text === undefined) return undefined;
  let lines = linesCache.get(contribution);
  if (lines === undefined) {
    lines = contribution.text.split("\n");
    linesCache.set(contribution, lines);
  }
  return lines;
}

/** Visit every text block of a contribution, with a locator for its matches. */
export function forEachTextBlock(
  contribution: Contribution,
  visit: (block: TextBlock, locator: BlockLocator) => void,
): void {
  const { file, blocks, lines } = styleTextOf(contribution);
  for (const block of blocks)
    visit(block, new BlockLocator(block, file, lines));
}

const OPENERS = new Set([
  " ",
  "\t",
  "\n",
  "\u00a0",
  "(",
  "[",
  '"',
  "'",
  "\u201c",
  "\u2018",
  "*",
  "_",
]);

/** True when the text at `index` begins a sentence: the block's start, or after `.`, `!` or `?`. */
export function isSentenceStart(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && OPENERS.has(text[at])) at--;
  if (at < 0) return true;
  const char = text[at];
  return (char === "." || char === "!" || char === "?") && at < index - 1;
}

/** The word just before `index` (letters only), lower-cased; "" when there is none. */
export function previousWord(text: string, index: number): string {
  let end = index;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
  return text.slice(start, end).toLowerCase();
}

/** Same capitalisation as `written`: "Programme" for "Program", "PROGRAMME" for "PROGRAM". */
export function matchCase(written: string, replacement: string): string {
  if (written.length > 1 && written === written.toUpperCase())
    return replacement.toUpperCase();
  const first = written[0] ?? "";
  if (first !== first.toLowerCase())
    return (replacement[0] ?? "").toUpperCase() + replacement.slice(1);
  return replacement;
}
