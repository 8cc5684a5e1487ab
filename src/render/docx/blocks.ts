import type { FileChild, Paragraph, ParagraphChild } from "docx";
import type {
  BlockSource,
  Inline,
  ReportBlock,
  ReportList,
} from "../../model.js";
import type { RenderContext } from "./context.js";
import { imageOptions } from "./images.js";
import { buildRuns, type RunFormat } from "./inlines.js";
import { NUMBERING } from "./numbering.js";
import { STYLE } from "./styles.js";
import { buildTable } from "./tables.js";

/** Formatting a whole block takes from its chapter: bold for "recommendations". */
export interface BlockFormat {
  bold?: boolean;
}

function runFormat(format: BlockFormat): RunFormat {
  return format.bold ? { bold: true } : {};
}

/**
 * Word and LibreOffice draw a paragraph's number, (a) or bullet in the
 * formatting of its paragraph mark (w:pPr/w:rPr): bold there makes a
 * recommendation's number bold with its text.
 */
function markFormat(format: BlockFormat): { run?: { bold: true } } {
  return format.bold ? { run: { bold: true } } : {};
}

/** With `--annotate`, a numbered paragraph's runs are wrapped in a comment naming its source. */
function annotated(
  children: ParagraphChild[],
  source: BlockSource,
  context: RenderContext,
): ParagraphChild[] {
  return context.comments
    ? context.comments.annotate(children, source)
    : children;
}

/**
 * A numbered paragraph. Its number is not written: the NumberedParagraph
 * style's numbering produces it, and it equals `number` because every
 * numbered paragraph of the report uses that one numbering, in order.
 */
export function buildNumberedParagraph(
  content: readonly Inline[],
  source: BlockSource,
  context: RenderContext,
  format: BlockFormat = {},
): Paragraph {
  const runs = buildRuns(content, context, runFormat(format));
  return context.make.paragraph({
    style: STYLE.numberedParagraph,
    ...markFormat(format),
    children: annotated(runs, source, context),
  });
}

/** Subparagraphs: (a), (b) with (i), (ii) below, or bullets; each list restarts. */
export function buildList(
  list: ReportList,
  context: RenderContext,
  format: BlockFormat = {},
  level = 0,
): Paragraph[] {
  const reference = list.ordered ? NUMBERING.ordered : NUMBERING.bullets;
  const instance = context.lists.next();
  return list.items.flatMap((item) => [
    context.make.paragraph({
      style: STYLE.subparagraph,
      numbering: { reference, level, instance },
      ...markFormat(format),
      children: buildRuns(item.content, context, runFormat(format)),
    }),
    ...(item.children
      ? buildList(item.children, context, format, level + 1)
      : []),
  ]);
}

/**
 * A list with no paragraph before it takes a paragraph number itself. It is
 * rendered as a numbered paragraph that carries only the number, with the
 * items as its subparagraphs below, so the items keep their own (a), (b)
 * numbering and the number stays in the one paragraph sequence.
 */
export function buildNumberedList(
  list: ReportList,
  source: BlockSource,
  context: RenderContext,
  format: BlockFormat = {},
): Paragraph[] {
  const number = context.make.paragraph({
    style: STYLE.numberedParagraph,
    keepNext: true,
    spacing: { after: 0 },
    ...markFormat(format),
    children: annotated([], source, context),
  });
  return [number, ...buildList(list, context, format)];
}

export function buildQuote(
  paragraphs: readonly (readonly Inline[])[],
  context: RenderContext,
  format: BlockFormat = {},
): Paragraph[] {
  return paragraphs.map((content) =>
    context.make.paragraph({
      style: STYLE.blockQuote,
      children: buildRuns(content, context, runFormat(format)),
    }),
  );
}

export function buildFigure(
  image: { file: string; alt: string },
  context: RenderContext,
): Paragraph {
  return context.make.paragraph({
    style: STYLE.figure,
    children: [
      context.make.image(imageOptions(context, image.file, image.alt)),
    ],
  });
}

export function buildBlock(
  block: ReportBlock,
  context: RenderContext,
  format: BlockFormat = {},
): FileChild[] {
  context.anchors?.enterBlock(block);
  switch (block.kind) {
    case "paragraph":
      return [
        buildNumberedParagraph(block.content, block.source, context, format),
      ];
    case "list":
      return block.number === undefined
        ? buildList(block.list, context, format)
        : buildNumberedList(block.list, block.source, context, format);
    case "table":
      return buildTable(block, context);
    case "quote":
      return buildQuote(block.paragraphs, context, format);
    case "figure":
      return [buildFigure(block.image, context)];
  }
}

export function buildBlocks(
  blocks: readonly ReportBlock[],
  context: RenderContext,
  format: BlockFormat = {},
): FileChild[] {
  return blocks.flatMap((block) => buildBlock(block, context, format));
}
