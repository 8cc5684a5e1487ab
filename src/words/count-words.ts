import type { Nodes } from "mdast";
import { walkMarkdown } from "../mdast-walk.js";

/**
 * Words as the UN counts them for the 8,500-word rule, close to Word's
 * count: a word is a run of characters between white space that holds at
 * least one letter or digit. So "post-conflict" is one word, "S/2004/814"
 * one, "25" one, and a lone dash or "(a)"-style punctuation none... except
 * that "(a)" holds a letter and counts, as Word counts it.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/))
    if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

/** Words in Markdown nodes: text, inline code, link text, image alt text; footnote definitions count when passed in. */
export function countMarkdownWords(nodes: readonly Nodes[]): number {
  const parts: string[] = [];
  walkMarkdown(nodes, (node) => {
    if (node.type === "text" || node.type === "inlineCode")
      parts.push(node.value);
    else if (node.type === "image") parts.push(node.alt ?? "");
    // Block boundaries separate words that have no space between them in the source.
    else if (
      node.type === "paragraph" ||
      node.type === "tableCell" ||
      node.type === "break"
    )
      parts.push(" ");
  });
  return countWords(parts.join(" "));
}
