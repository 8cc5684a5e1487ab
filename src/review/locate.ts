import { largest } from "../shared/append.js";
import type {
  BlockContent,
  DefinitionContent,
  List,
  ListItem,
  Node,
  Paragraph,
  PhrasingContent,
  RootContent,
} from "mdast";
import { parseContribution } from "../load/load-contribution.js";
import { softBreaksAsSpaces } from "../merge/inlines.js";
import type { Anchor } from "../render/docx/anchors.js";
import type { Contribution } from "../model.js";
import {
  numberRanges,
  printedLinkSuffix,
  smartQuotes,
} from "../render/typography.js";
import { FOOTNOTE_MARK, IMAGE_MARK } from "./read-draft.js";

/** A contribution's text with its parse, for finding where a paragraph's words are. */
export class SourceText {
  readonly #lineStarts: number[] = [0];
  private constructor(
    readonly text: string,
    readonly contribution: Contribution,
  ) {
    for (let i = 0; i < text.length; i++)
      if (text[i] === "\n") this.#lineStarts.push(i + 1);
  }

  static parse(text: string, file: string): SourceText | undefined {
    const loaded = parseContribution(new TextEncoder().encode(text), file);
    if (loaded.contribution === undefined) return undefined;
    return new SourceText(text, loaded.contribution);
  }

  /** File offset of a 1-based line and column. */
  offset(line: number, column = 1): number {
    return (this.#lineStarts[line - 1] ?? this.text.length) + column - 1;
  }

  startOf(node: Node): number {
    const start = node.position?.start;
    return start === undefined ? 0 : this.offset(start.line, start.column);
  }

  endOf(node: Node): number {
    const end = node.position?.end;
    return end === undefined ? 0 : this.offset(end.line, end.column);
  }

  lineStart(line: number): number {
    return this.offset(line, 1);
  }

  blocks(): RootContent[] {
    return [
      ...this.contribution.preamble,
      ...this.contribution.sections.flatMap((section) => section.blocks),
    ];
  }
}

/** What an anchor points at in a contribution. */
export type Target =
  | {
      kind: "inline";
      /** The phrasing content whose text the paragraph shows. */
      nodes: readonly PhrasingContent[];
      /** The node that holds them (paragraph, cell) and, for items, the item and its list. */
      holder: Node;
      block: RootContent;
      item?: ListItem;
    }
  | { kind: "none"; block?: RootContent; why: string };

function itemsInOrder(list: List): ListItem[] {
  return list.children.flatMap((item) => [
    item,
    ...item.children
      .filter((c): c is List => c.type === "list")
      .flatMap((nested) => itemsInOrder(nested)),
  ]);
}

function paragraphOf(
  children: readonly (BlockContent | DefinitionContent)[],
): Paragraph | undefined {
  const own = children.filter((c) => c.type !== "list");
  const first = own[0];
  if (own.length !== 1 || first?.type !== "paragraph") return undefined;
  return first;
}

/** The Markdown an anchor points at, in a parsed contribution. */
export function findTarget(source: SourceText, anchor: Anchor): Target {
  if (anchor.kind === "n") {
    const definition = [...source.contribution.footnotes.values()].find(
      (d) => d.position?.start.line === anchor.line,
    );
    if (definition === undefined)
      return { kind: "none", why: "its footnote is not at that line" };
    const paragraph = definition.children[anchor.ordinal];
    if (paragraph?.type !== "paragraph")
      return { kind: "none", why: "the footnote has no such paragraph" };
    return {
      kind: "inline",
      nodes: paragraph.children,
      holder: paragraph,
      block: definition,
    };
  }
  const block = source
    .blocks()
    .find((b) => b.position?.start.line === anchor.line);
  if (block === undefined)
    return { kind: "none", why: "no block starts at that line" };
  switch (anchor.kind) {
    case "p":
      return block.type === "paragraph"
        ? { kind: "inline", nodes: block.children, holder: block, block }
        : { kind: "none", block, why: "the block there is not a paragraph" };
    case "l":
    case "L": {
      if (block.type !== "list")
        return { kind: "none", block, why: "the block there is not a list" };
      const index = anchor.kind === "L" ? anchor.ordinal - 1 : anchor.ordinal;
      if (index < 0)
        return { kind: "none", block, why: "it is the number of a list" };
      const item = itemsInOrder(block)[index];
      const paragraph = item && paragraphOf(item.children);
      if (item === undefined || paragraph === undefined)
        return {
          kind: "none",
          block,
          why: "the list item is not one paragraph",
        };
      return {
        kind: "inline",
        nodes: paragraph.children,
        holder: paragraph,
        block,
        item,
      };
    }
    case "t": {
      if (block.type !== "table")
        return { kind: "none", block, why: "the block there is not a table" };
      const columns = largest(
        block.children.map((r) => r.children.length),
        0,
      );
      const row =
        block.children[Math.floor(anchor.ordinal / Math.max(1, columns))];
      const cell = row?.children[anchor.ordinal % Math.max(1, columns)];
      if (cell === undefined)
        return { kind: "none", block, why: "it is not a cell of the table" };
      return { kind: "inline", nodes: cell.children, holder: cell, block };
    }
    case "q": {
      if (block.type !== "blockquote")
        return {
          kind: "none",
          block,
          why: "the block there is not a quotation",
        };
      const paragraph = block.children[anchor.ordinal];
      return paragraph?.type === "paragraph"
        ? {
            kind: "inline",
            nodes: paragraph.children,
            holder: paragraph,
            block,
          }
        : { kind: "none", block, why: "the quotation has no such paragraph" };
    }
    case "c":
      return {
        kind: "none",
        block,
        why: "it is a table's or figure's title: change its `Table:` or `Figure:` line (or the image's description) by hand",
      };
    default:
      return { kind: "none", block, why: "it holds no words" };
  }
}

/** A stretch of rendered text that stands for one Markdown element (emphasis, link, a footnote reference). */
export interface Span {
  from: number;
  to: number;
  start: number;
  end: number;
  /** Words inside may not be edited (code, an escape we could not follow). */
  atomic: boolean;
  kind: string;
}

/** The text a paragraph shows in the draft, and for each character where it is in the file. */
export interface RenderedText {
  text: string;
  start: number[];
  end: number[];
  depth: number[];
  spans: Span[];
}

/**
 * Map a paragraph's Markdown to the text the draft shows (as
 * src/merge/inlines.ts renders it: soft line breaks as spaces, ends
 * trimmed, footnote references and images as one mark each).
 */
export function renderedText(
  source: SourceText,
  nodes: readonly PhrasingContent[],
): RenderedText {
  const out: RenderedText = {
    text: "",
    start: [],
    end: [],
    depth: [],
    spans: [],
  };
  const push = (char: string, start: number, end: number, depth: number) => {
    out.text += char;
    out.start.push(start);
    out.end.push(end);
    out.depth.push(depth);
  };
  const walk = (children: readonly PhrasingContent[], depth: number) => {
    for (const node of children) {
      const start = source.startOf(node);
      const end = source.endOf(node);
      const from = out.text.length;
      switch (node.type) {
        case "text":
          if (
            !alignText(
              source.text.slice(start, end),
              node.value,
              start,
              depth,
              push,
            )
          ) {
            // Fall back to a block no edit may enter.
            const value = softBreaksAsSpaces(node.value);
            for (const char of value) push(char, start, end, depth);
            out.spans.push({
              from,
              to: out.text.length,
              start,
              end,
              atomic: true,
              kind: "text",
            });
          }
          break;
        case "link": {
          walk(node.children, depth + 1);
          // The draft prints a link's address after its words (typography.ts).
          const words = out.text.slice(from).trim();
          const added = printedLinkSuffix(words, node.url);
          const at = out.text.length;
          for (const char of added) push(char, end, end, depth + 1);
          if (added !== "")
            out.spans.push({
              from: at,
              to: out.text.length,
              start: end,
              end,
              atomic: true,
              kind: "address",
            });
          out.spans.push({
            from,
            to: at,
            start,
            end,
            atomic: false,
            kind: node.type,
          });
          break;
        }
        case "emphasis":
        case "strong":
        case "delete":
          walk(node.children, depth + 1);
          out.spans.push({
            from,
            to: out.text.length,
            start,
            end,
            atomic: false,
            kind: node.type,
          });
          break;
        case "inlineCode":
          for (const char of softBreaksAsSpaces(node.value))
            push(char, start, end, depth + 1);
          out.spans.push({
            from,
            to: out.text.length,
            start,
            end,
            atomic: true,
            kind: "code",
          });
          break;
        case "footnoteReference":
          push(FOOTNOTE_MARK, start, end, depth + 1);
          out.spans.push({
            from,
            to: from + 1,
            start,
            end,
            atomic: true,
            kind: "footnote",
          });
          break;
        case "image":
          push(IMAGE_MARK, start, end, depth + 1);
          out.spans.push({
            from,
            to: from + 1,
            start,
            end,
            atomic: true,
            kind: "image",
          });
          break;
        case "break":
          push(" ", start, end, depth + 1);
          out.spans.push({
            from,
            to: from + 1,
            start,
            end,
            atomic: true,
            kind: "break",
          });
          break;
        default:
          break;
      }
    }
  };
  walk(nodes, 0);
  typesetShown(out);
  // The renderer trims the paragraph's ends.
  let head = 0;
  while (head < out.text.length && /\s/.test(out.text[head])) head++;
  let tail = out.text.length;
  while (tail > head && /\s/.test(out.text[tail - 1])) tail--;
  if (head === 0 && tail === out.text.length) return out;
  return {
    text: out.text.slice(head, tail),
    start: out.start.slice(head, tail),
    end: out.end.slice(head, tail),
    depth: out.depth.slice(head, tail),
    spans: out.spans
      .map((s) => ({
        ...s,
        from: Math.max(0, s.from - head),
        to: Math.min(tail, s.to) - head,
      }))
      .filter((s) => s.to > s.from),
  };
}

/**
 * The draft prints typographic quotes and en dashes in number ranges
 * (src/render/typography.ts), one character for one, outside code; the
 * mapping to the file stays as it is.
 */
function typesetShown(out: RenderedText): void {
  const typeset = numberRanges(smartQuotes(out.text));
  if (typeset.length !== out.text.length) return;
  const chars = [...typeset];
  if (chars.length !== out.text.length) return;
  const plain = out.text;
  let text = typeset;
  for (const span of out.spans)
    if (span.kind === "code" || span.kind === "address")
      text =
        text.slice(0, span.from) +
        plain.slice(span.from, span.to) +
        text.slice(span.to);
  out.text = text;
}

/**
 * Pair each character of a text node's value with its place in the source
 * slice: equal characters, a backslash escape, or white space with a line
 * break (and a quotation's `>`) that reads as one space.
 */
function alignText(
  slice: string,
  value: string,
  offset: number,
  depth: number,
  push: (char: string, start: number, end: number, depth: number) => void,
): boolean {
  const shown = softBreaksAsSpaces(value);
  const placed: [string, number, number][] = [];
  const lineBreak = /[ \t]*\n[ \t>]*/y;
  let j = 0;
  for (let i = 0; i < shown.length; i++) {
    const char = shown[i];
    if (char === " ") {
      lineBreak.lastIndex = j;
      const run = lineBreak.exec(slice);
      if (run !== null) {
        placed.push([char, offset + j, offset + j + run[0].length]);
        j += run[0].length;
        continue;
      }
    }
    if (slice[j] === char) {
      placed.push([char, offset + j, offset + j + 1]);
      j++;
    } else if (slice[j] === "\\" && slice[j + 1] === char) {
      placed.push([char, offset + j, offset + j + 2]);
      j += 2;
    } else return false;
  }
  if (j !== slice.length) return false;
  for (const [char, start, end] of placed) push(char, start, end, depth);
  return true;
}
