import type { PhrasingContent } from "mdast";
import type { Inline } from "../model.js";
import { resolveImagePath } from "../load/image-path.js";
import { append } from "../shared/append.js";

/** Turns footnote labels into report-wide numbers as references are met in reading order. */
export interface FootnoteAllocator {
  /** The number for a reference to `label` in `file`, or undefined to drop the reference. */
  reference(file: string, label: string): number | undefined;
}

export interface InlineContext {
  file: string;
  footnotes: FootnoteAllocator;
}

/**
 * Markdown text as the draft prints it: a soft line break, with the spaces
 * around it, is one space. review/locate.ts maps printed text back with
 * the same function.
 */
export function softBreaksAsSpaces(value: string): string {
  return value.includes("\n") ? value.replace(/[ \t]*\n[ \t]*/g, " ") : value;
}

/** mdast phrasing content -> report inlines. Soft line breaks become spaces: a paragraph is one line of text. */
export function convertInlines(
  nodes: readonly PhrasingContent[],
  context: InlineContext,
): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        pushText(out, softBreaksAsSpaces(node.value));
        break;
      case "emphasis":
        out.push({
          type: "emphasis",
          children: convertInlines(node.children, context),
        });
        break;
      case "strong":
        out.push({
          type: "strong",
          children: convertInlines(node.children, context),
        });
        break;
      case "inlineCode":
        out.push({ type: "code", value: node.value });
        break;
      case "link":
        out.push({
          type: "link",
          url: node.url,
          children: convertInlines(node.children, context),
        });
        break;
      case "footnoteReference": {
        const number = context.footnotes.reference(
          context.file,
          node.identifier,
        );
        if (number !== undefined) out.push({ type: "footnote", number });
        break;
      }
      case "image":
        out.push({
          type: "image",
          file: resolveImagePath(context.file, node.url) ?? node.url,
          alt: node.alt ?? "",
        });
        break;
      case "break":
        out.push({ type: "break" });
        break;
      case "delete":
      case "linkReference":
        // Refused by the validator; if its rule is turned off, keep the words.
        append(out, convertInlines(node.children, context));
        break;
      default:
        // html and imageReference: refused by the validator, left out of the draft.
        break;
    }
  }
  return trimEnds(out);
}

function pushText(out: Inline[], value: string): void {
  const last = out.at(-1);
  if (last?.type === "text") last.value += value;
  else out.push({ type: "text", value });
}

function trimEnds(inlines: Inline[]): Inline[] {
  const first = inlines[0];
  if (first?.type === "text") first.value = first.value.trimStart();
  const last = inlines.at(-1);
  if (last?.type === "text") last.value = last.value.trimEnd();
  return inlines.filter(
    (inline) => inline.type !== "text" || inline.value !== "",
  );
}
