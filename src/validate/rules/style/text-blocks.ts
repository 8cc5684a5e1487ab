import type { Nodes, PhrasingContent, RootContent, Text } from "mdast";

/** A piece of a block's text: a text node the rules may check, or text they only read as context. */
export interface TextSegment {
  /** Offsets of the piece in `TextBlock.text`. */
  start: number;
  end: number;
  /**
   * The text node it comes from. Undefined for what the rules must leave
   * alone: link text, inline code, and italics (a title or a foreign term,
   * quoted as written).
   */
  node?: Text;
}

/** The running text of one paragraph, table cell or heading, with where each piece came from. */
export interface TextBlock {
  text: string;
  segments: TextSegment[];
  /** Labels of the footnotes referenced in this block, in order. */
  footnoteReferences: string[];
}

const LEAVES = new Set(["paragraph", "tableCell", "heading"]);

/**
 * Text blocks in document order. Containers (lists, quotes, tables,
 * footnote definitions) are entered; code and HTML are not text.
 * Iterative, so deep nesting cannot overflow the stack.
 */
export function collectTextBlocks(blocks: readonly RootContent[]): TextBlock[] {
  const out: TextBlock[] = [];
  const stack: Nodes[] = [...blocks].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (LEAVES.has(node.type) && "children" in node) {
      out.push(textBlockOf(node.children as PhrasingContent[]));
      continue;
    }
    if (
      "children" in node &&
      node.type !== "link" &&
      node.type !== "linkReference"
    )
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push(node.children[i]);
  }
  return out;
}

interface Pending {
  node: PhrasingContent;
  /** Inside a link or italics: read as context, never checked. */
  quoted: boolean;
}

function textBlockOf(children: readonly PhrasingContent[]): TextBlock {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const footnoteReferences: string[] = [];
  let length = 0;
  const add = (value: string, node: Text | undefined) => {
    segments.push(
      node === undefined
        ? { start: length, end: length + value.length }
        : { start: length, end: length + value.length, node },
    );
    parts.push(value);
    length += value.length;
  };
  const stack: Pending[] = [...children]
    .reverse()
    .map((node) => ({ node, quoted: false }));
  while (stack.length > 0) {
    const { node, quoted } = stack.pop() as Pending;
    switch (node.type) {
      case "text":
        add(node.value, quoted ? undefined : node);
        break;
      case "inlineCode":
        add(node.value, undefined);
        break;
      case "break":
        add("\n", undefined);
        break;
      case "image":
      case "imageReference":
        add(" ", undefined);
        break;
      case "footnoteReference":
        footnoteReferences.push(node.identifier);
        break;
      default:
        if ("children" in node) {
          const inner =
            quoted ||
            node.type === "emphasis" ||
            node.type === "link" ||
            node.type === "linkReference";
          for (let i = node.children.length - 1; i >= 0; i--)
            stack.push({
              node: node.children[i],
              quoted: inner,
            });
        }
    }
  }
  return { text: parts.join(""), segments, footnoteReferences };
}
