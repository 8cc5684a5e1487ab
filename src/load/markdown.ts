import type { FootnoteDefinition, Html, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import type { MarkdownBody, Suppression } from "../model.js";

/** CommonMark + GFM (tables, footnotes, strikethrough, task lists: the last two only so we can refuse them by name). */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .freeze();

/**
 * The same parser without GFM's email autolink literal, for text with no
 * "@" in it, where that construct can never match: it is tried at the
 * start of every word, which is half the time of parsing plain prose.
 * Nothing else changes (the URL literals and the mdast transform that
 * links addresses stay), so both give the same tree for such text.
 */
export const processorForTextWithoutAt = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(withoutEmailAutolinkLiteral)
  .freeze();

type ConstructList = { name?: string } | { name?: string }[] | undefined;
interface SyntaxExtension {
  text?: Record<string, ConstructList>;
}

function withoutEmailAutolinkLiteral(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: SyntaxExtension[] };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map(
    (extension) => {
      if (extension.text === undefined) return extension;
      const text: Record<string, ConstructList> = {};
      for (const [code, constructs] of Object.entries(extension.text)) {
        const kept = (
          Array.isArray(constructs) ? constructs : [constructs]
        ).filter(
          (c): c is { name?: string } =>
            c !== undefined && c.name !== "emailAutolink",
        );
        if (kept.length > 0) text[code] = kept;
      }
      return { ...extension, text };
    },
  );
}

export interface TextPlacement {
  file: string;
  /** Lines of the file before the text's first line. */
  lineOffset: number;
  /** Columns to add on every line (the indentation of a YAML block scalar). */
  columnOffset: number;
}

/** Parse Markdown whose positions become positions in `placement.file`. */
export function parseMarkdown(
  text: string,
  placement: TextPlacement,
): MarkdownBody {
  const tree = (
    text.includes("@") ? markdownProcessor : processorForTextWithoutAt
  ).parse(text);
  if (placement.lineOffset !== 0 || placement.columnOffset !== 0)
    shiftPositions(tree, placement);
  const footnotes = new Map<string, FootnoteDefinition>();
  const blocks: RootContent[] = [];
  const suppressions: Suppression[] = [];
  const children = tree.children;
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
        const next = children.slice(i + 1).find((n) => n.type !== "html");
        suppressions.push(
          ...toSuppressions(parsed, node, next ?? node, placement.file),
        );
        continue;
      }
    }
    if (node.type === "paragraph")
      collectInlineSuppressions(node, placement.file, suppressions);
    blocks.push(node);
  }
  return { file: placement.file, blocks, footnotes, suppressions };
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
    out.push(...toSuppressions(parsed, child, paragraph, file));
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
    if (node.children !== undefined) stack.push(...node.children);
  }
}
