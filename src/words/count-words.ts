import type { Nodes } from "mdast";
import { walkMarkdown } from "../mdast-walk.js";

/** Holds a letter or a figure: what makes a run of characters a word. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Words as the UN counts them for the 8,500-word rule, which is Word's
 * count: a word is a run of characters between white space (spaces, tabs,
 * line breaks, no-break spaces), provided it holds a letter or a figure.
 *
 * - Hyphenated and dashed compounds are one word: "post-conflict",
 *   "daughter-in-law", "2003–2007", "peace—security".
 * - Figures are words: "25", "9,000", "1.5", "31/10/2004" one each; a date
 *   written "31 October 2004" is three.
 * - Symbols and abbreviations are words: "S/2004/814", "HIV/AIDS", "US$",
 *   "(a)", "25%" one each; "per cent" is two.
 * - Punctuation standing alone is not: a spaced dash " – ", "&", "%", "§".
 *
 * Footnote marks are numbers the draft generates, so they are not counted;
 * footnote text is (callers pass it in).
 */
export function countWords(text: string): number {
  // One pass over the characters, no allocation: the report can be 20 MB.
  let count = 0;
  let inToken = false;
  let wordlike = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (wordlike) count++;
      inToken = wordlike = false;
      continue;
    }
    inToken = true;
    if (!wordlike) wordlike = isWordCharacter(text, i, code);
  }
  return inToken && wordlike ? count + 1 : count;
}

/** The characters JavaScript's `\s` matches. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isWordCharacter(text: string, i: number, code: number): boolean {
  if (code < 0x80)
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
    );
  return WORDLIKE.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}

/**
 * Words in Markdown nodes: text, inline code and link text. Image alt text
 * is not printed in the draft (Word keeps it as a description), so it does
 * not count. Footnote definitions count when passed in.
 */
export function countMarkdownWords(nodes: readonly Nodes[]): number {
  const parts: string[] = [];
  walkMarkdown(nodes, (node) => {
    if (node.type === "text" || node.type === "inlineCode")
      parts.push(node.value);
    // Block boundaries separate words that have no space between them in the source.
    else if (
      node.type === "paragraph" ||
      node.type === "tableCell" ||
      node.type === "heading" ||
      node.type === "break" ||
      node.type === "image"
    )
      parts.push(" ");
  });
  return countWords(parts.join(""));
}
