import type { FootnoteDefinition, Html, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import type { MarkdownBody, Suppression } from "../model.js";
import { withoutConstructs, type GfmConstruct } from "./micromark-internals.js";
// Installs a linear EditMap.consume before anything parses; see that file.
import "./micromark-edit-map.js";
import { append } from "../shared/append.js";
import { readPlainMarkdown } from "./plain-markdown.js";

/** CommonMark + GFM (tables, footnotes, strikethrough, task lists: the last two only so we can refuse them by name). */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .freeze();

/**
 * GFM constructs that are tried at the start of every word or line but can
 * only match when certain characters are in the text: email autolinks need
 * "@", tables need "|" or an aligned delimiter row (a one-column table can
 * be written `a` over `:-:`), web-address autolinks need "www" or "http".
 * Together they are a third of the time of parsing plain prose. For text
 * without those characters, `processorFor` drops the constructs (and the
 * mdast transform that links addresses, which looks for the same strings),
 * so it gives the same tree as `markdownProcessor`, faster. How they are
 * dropped is micromark-internals.ts's business.
 */
const ALIGNED_DELIMITER = /:[ \t]*-|-[ \t]*:/;
// A character reference can spell any of them ("&#64;"), and the transform sees decoded text.
const WEB_ADDRESS_OR_REFERENCE = /www|http|&/i;

const fastProcessors = new Map<string, Processor<Root>>();

/** The fastest processor that gives the same tree as `markdownProcessor` for this text. */
export function processorFor(text: string): Processor<Root> {
  if (text.includes("@")) return markdownProcessor;
  const noTable = !text.includes("|") && !ALIGNED_DELIMITER.test(text);
  const noAddress = !WEB_ADDRESS_OR_REFERENCE.test(text);
  const key = `${noTable}/${noAddress}`;
  let processor = fastProcessors.get(key);
  if (processor === undefined) {
    const constructs = new Set<GfmConstruct>(["emailAutolink"]);
    if (noTable) constructs.add("table");
    if (noAddress) {
      constructs.add("wwwAutolink");
      constructs.add("protocolAutolink");
    }
    processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(withoutConstructs, { constructs, transforms: noAddress })
      .freeze();
    fastProcessors.set(key, processor);
  }
  return processor;
}

export interface TextPlacement {
  file: string;
  /** Lines of the file before the text's first line. */
  lineOffset: number;
  /** Columns to add on every line (the indentation of a YAML block scalar). */
  columnOffset: number;
}

/**
 * Parse Markdown whose positions become positions in `placement.file`.
 * `definedElsewhere`: footnote labels defined in another part of the same
 * file (the other sections of a `.yaml` contribution), so that citing them
 * here is a reference, not plain text; their stand-in definitions, added
 * after the text, are left out of the result.
 */
export function parseMarkdown(
  text: string,
  placement: TextPlacement,
  definedElsewhere: readonly string[] = [],
): MarkdownBody {
  const stubs = definedElsewhere
    .map((label) => `\n\n[^${label}]: elsewhere`)
    .join("");
  const full = text + stubs;
  // Plain prose needs no micromark at all (plain-markdown.ts): the same tree, several times faster.
  const tree = readPlainMarkdown(full) ?? processorFor(full).parse(full);
  if (placement.lineOffset !== 0 || placement.columnOffset !== 0)
    shiftPositions(tree, placement);
  const footnotes = new Map<string, FootnoteDefinition>();
  const blocks: RootContent[] = [];
  const suppressions: Suppression[] = [];
  const children = tree.children;
  const nextNonHtml = followingNonHtml(children);
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node.type === "footnoteDefinition") {
      // A repeated label keeps its first definition; the validator reports the second.
      if (!footnotes.has(normalizeLabel(node.identifier)))
        footnotes.set(normalizeLabel(node.identifier), node);
      else blocks.push(node);
      continue;
    }
    if (node.type === "html") {
      const parsed = parseDisableComment(node.value);
      if (parsed !== undefined) {
        append(
          suppressions,
          toSuppressions(parsed, node, nextNonHtml[i] ?? node, placement.file),
        );
        continue;
      }
    }
    if (node.type === "paragraph")
      collectInlineSuppressions(node, placement.file, suppressions);
    blocks.push(node);
  }
  for (const label of definedElsewhere) footnotes.delete(normalizeLabel(label));
  return { file: placement.file, blocks, footnotes, suppressions };
}

/** For each node, the first later sibling that is not HTML: the block a disable comment silences. One pass, from the end. */
function followingNonHtml(
  children: readonly RootContent[],
): (RootContent | undefined)[] {
  const following = new Array<RootContent | undefined>(children.length);
  let next: RootContent | undefined;
  for (let i = children.length - 1; i >= 0; i--) {
    following[i] = next;
    if (children[i].type !== "html") next = children[i];
  }
  return following;
}

export function normalizeLabel(label: string): string {
  return label.toLowerCase();
}

interface DisableComment {
  rules: string[];
  reason: string;
}

const DISABLE = /^<!--\s*wps-report-disable\s+([^\s].*?)\s*-->$/s;

/** `<!-- wps-report-disable style/per-cent, style/dates -- reason -->`, or undefined if the HTML is something else. */
export function parseDisableComment(html: string): DisableComment | undefined {
  const match = DISABLE.exec(html.trim());
  if (match === null) return undefined;
  const body = match[1] ?? "";
  const separator = body.indexOf("--");
  const rulePart = separator === -1 ? body : body.slice(0, separator);
  const reason = separator === -1 ? "" : body.slice(separator + 2).trim();
  const rules = rulePart
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  return { rules, reason };
}

function toSuppressions(
  comment: DisableComment,
  at: Html,
  target: RootContent | Html,
  file: string,
): Suppression[] {
  const position = {
    file,
    line: at.position?.start.line ?? 1,
    column: at.position?.start.column ?? 1,
  };
  const fromLine = target.position?.start.line ?? position.line;
  const toLine = target.position?.end.line ?? position.line;
  return comment.rules.map((ruleId) => ({
    ruleId,
    reason: comment.reason,
    position,
    fromLine,
    toLine,
  }));
}

/** A disable comment inside a paragraph silences that paragraph; the comment itself is removed from the text. */
function collectInlineSuppressions(
  paragraph: Extract<RootContent, { type: "paragraph" }>,
  file: string,
  out: Suppression[],
): void {
  paragraph.children = paragraph.children.filter((child) => {
    if (child.type !== "html") return true;
    const parsed = parseDisableComment(child.value);
    if (parsed === undefined) return true;
    append(out, toSuppressions(parsed, child, paragraph, file));
    return false;
  });
}

interface Positioned {
  position?:
    | {
        start: { line: number; column: number; offset?: number | undefined };
        end: { line: number; column: number; offset?: number | undefined };
      }
    | undefined;
  children?: Positioned[];
}

function shiftPositions(tree: Root, placement: TextPlacement): void {
  const stack: Positioned[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Positioned;
    if (node.position !== undefined) {
      for (const point of [node.position.start, node.position.end]) {
        point.line += placement.lineOffset;
        point.column += placement.columnOffset;
        delete point.offset;
      }
    }
    if (node.children !== undefined) append(stack, node.children);
  }
}
