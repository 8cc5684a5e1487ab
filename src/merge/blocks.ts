import type {
  List,
  ListItem as MdListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
} from "mdast";
import type {
  Caption,
  Inline,
  ListItem,
  ReportBlock,
  ReportList,
} from "../model.js";
import { convertInlines, type InlineContext } from "./inlines.js";
import { sourceOf } from "./source.js";
import { append } from "../shared/append.js";
import {
  captionContent,
  isFigureParagraph,
  pairCaptions,
  type CaptionKind,
} from "./captions.js";

export interface NumberingState {
  /** The last paragraph number given out in the report. */
  lastNumber: number;
}

/**
 * One contribution's blocks for one section (or a chapter's boilerplate) ->
 * report blocks, numbering paragraphs as UN practice does: every paragraph
 * gets the next number; a list right after a paragraph (or after a list that
 * continued one) is that paragraph's subparagraphs; a list on its own is
 * numbered; tables and quotes are never numbered.
 */
export function convertBlocks(
  blocks: readonly RootContent[],
  entity: string | undefined,
  context: InlineContext,
  numbering: NumberingState,
): ReportBlock[] {
  const out: ReportBlock[] = [];
  let listMayAttach = false;
  const captions = pairCaptions(blocks);
  const captionParagraphs = new Set(captions.values());
  // Converted where the title is printed (above its block), so footnote
  // marks in a title after its table are still numbered in reading order.
  const titleOf = (index: number, kind: CaptionKind): Caption | undefined => {
    const at = captions.get(index);
    const line = at === undefined ? undefined : blocks[at];
    const content = captionContent(line, kind);
    if (content === undefined) return undefined;
    return {
      title: convertInlines(content, context),
      source: sourceOf(line, entity, context.file),
    };
  };
  for (const [index, block] of blocks.entries()) {
    // A title line is printed with its table or figure, never numbered.
    if (captionParagraphs.has(index)) continue;
    const source = sourceOf(block, entity, context.file);
    switch (block.type) {
      case "paragraph": {
        const figure = figureOf(block, context);
        if (figure !== undefined) {
          const caption: Caption | undefined =
            titleOf(index, "figure") ??
            (figure.alt.trim() === ""
              ? undefined
              : {
                  title: [{ type: "text", value: figure.alt.trim() }],
                  source,
                });
          out.push({
            kind: "figure",
            image: figure,
            ...(caption === undefined ? {} : { caption }),
            source,
          });
          listMayAttach = false;
          break;
        }
        out.push({
          kind: "paragraph",
          number: ++numbering.lastNumber,
          content: convertInlines(block.children, context),
          source,
        });
        listMayAttach = true;
        break;
      }
      case "list": {
        const list = convertList(block, context);
        if (listMayAttach) out.push({ kind: "list", list, source });
        else
          out.push({
            kind: "list",
            number: ++numbering.lastNumber,
            list,
            source,
          });
        listMayAttach = true;
        break;
      }
      case "table": {
        const caption = titleOf(index, "table");
        const [head, ...body] = block.children.map((row) =>
          row.children.map((cell) => convertInlines(cell.children, context)),
        );
        out.push({
          kind: "table",
          align: (block.align ?? []).map((a) => a ?? null),
          header: head ?? [],
          rows: body,
          ...(caption === undefined ? {} : { caption }),
          source,
        });
        listMayAttach = false;
        break;
      }
      case "blockquote":
        out.push({
          kind: "quote",
          paragraphs: block.children.flatMap((child) =>
            flattenToParagraphs(child, context),
          ),
          source,
        });
        listMayAttach = false;
        break;
      default:
        // Headings, code, HTML, rules: refused by the validator; never rendered.
        break;
    }
  }
  return out;
}

/** A paragraph that holds only an image (and white space) is a figure, not a numbered paragraph. */
function figureOf(
  paragraph: Paragraph,
  context: InlineContext,
): { file: string; alt: string } | undefined {
  if (!isFigureParagraph(paragraph)) return undefined;
  const only = paragraph.children.find((c) => c.type === "image");
  if (only === undefined) return undefined;
  const [inline] = convertInlines([only], context);
  return inline?.type === "image"
    ? { file: inline.file, alt: inline.alt }
    : undefined;
}

function convertList(list: List, context: InlineContext): ReportList {
  return {
    ordered: list.ordered === true,
    items: list.children.map((item) => convertListItem(item, context)),
  };
}

function convertListItem(item: MdListItem, context: InlineContext): ListItem {
  const content: Inline[] = [];
  let children: ReportList | undefined;
  for (const child of item.children) {
    if (child.type === "list") {
      // A third level is refused by the validator; fold it into the second.
      if (children === undefined) children = convertList(child, context);
      else append(children.items, convertList(child, context).items);
      continue;
    }
    for (const paragraph of flattenToParagraphs(child, context)) {
      if (content.length > 0) content.push({ type: "break" });
      append(content, paragraph);
    }
  }
  const converted: ListItem = { content };
  if (children !== undefined) converted.children = flattenDeepLists(children);
  return converted;
}

/** Lists below the second level become plain items of the second. */
function flattenDeepLists(list: ReportList): ReportList {
  return {
    ordered: list.ordered,
    items: list.items.flatMap((item) => [
      { content: item.content },
      ...(item.children === undefined
        ? []
        : flattenDeepLists(item.children).items),
    ]),
  };
}

/** Any block as paragraphs of inlines (for block quotes and list items, which hold text only). */
function flattenToParagraphs(
  node: RootContent,
  context: InlineContext,
): Inline[][] {
  if (node.type === "paragraph")
    return [convertInlines(node.children, context)];
  if (node.type === "heading") return [convertInlines(node.children, context)];
  if ("children" in node) {
    return (node.children as RootContent[]).flatMap((child) =>
      isPhrasing(child)
        ? [convertInlines([child], context)]
        : flattenToParagraphs(child, context),
    );
  }
  return "value" in node && node.type !== "html"
    ? [[{ type: "text", value: node.value }]]
    : [];
}

function isPhrasing(node: RootContent): node is PhrasingContent {
  return [
    "text",
    "emphasis",
    "strong",
    "inlineCode",
    "link",
    "footnoteReference",
    "image",
    "break",
    "delete",
  ].includes(node.type);
}
