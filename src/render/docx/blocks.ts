import { Tab, TabStopType } from "docx";
import type { Paragraph, ParagraphChild } from "docx";
import type {
  BlockSource,
  Inline,
  ListItem,
  ReportBlock,
  ReportList,
} from "../../model.js";
import type { RenderContext } from "./context.js";
import { imageOptions } from "./images.js";
import { buildRuns, type RunFormat } from "./inlines.js";
import { INDENT } from "./layout.js";
import { NUMBERING } from "./numbering.js";
import { STYLE } from "./styles.js";
import { buildTable } from "./tables.js";
import { buildCaption } from "./captions.js";
import { plainBlockXml } from "./paragraph-xml.js";
import type { BodyChild } from "./raw-xml.js";

/** Formatting a whole block takes from its chapter: bold for "recommendations". */
export interface BlockFormat {
  bold?: boolean;
  /**
   * The instance of the paragraph numbering an annex's paragraphs use, so
   * they count from 1 again; absent: the style's one sequence of the body.
   */
  paragraphs?: number;
}

/** An annex's own instance of the paragraph numbering, when the format names one. */
function numberingOf(format: BlockFormat): {
  numbering?: { reference: string; level: number; instance: number };
} {
  return format.paragraphs === undefined
    ? {}
    : {
        numbering: {
          reference: NUMBERING.paragraphs,
          level: 0,
          instance: format.paragraphs,
        },
      };
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
 * numbered paragraph of the body uses that one numbering, in order (and
 * every paragraph of an annex its annex's own instance of it).
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
    ...numberingOf(format),
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
  return buildItems(list.items, reference, context, format, level);
}

function buildItems(
  items: readonly ListItem[],
  reference: string,
  context: RenderContext,
  format: BlockFormat,
  level: number,
): Paragraph[] {
  const instance = context.lists.next();
  return items.flatMap((item) => [
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

/** The label a list's first item carries: "(a)" or a bullet. */
export function firstItemLabel(list: ReportList): string {
  return list.ordered ? "(a)" : "\u2022";
}

/**
 * A list with no paragraph before it takes a paragraph number itself. The
 * number is never printed alone: the numbered paragraph holds the first
 * item, its label written out ("85.  (a)  Training…"), and the other items
 * follow as subparagraphs, (b) onwards from a numbering that starts at (b),
 * so the number stays in the one paragraph sequence.
 */
export function buildNumberedList(
  list: ReportList,
  source: BlockSource,
  context: RenderContext,
  format: BlockFormat = {},
): Paragraph[] {
  const [first, ...rest] = list.items;
  if (first === undefined) return [];
  const label = context.make.text({
    text: firstItemLabel(list),
    ...runFormat(format),
  });
  const tab = context.make.text({
    children: [new Tab()],
    ...runFormat(format),
  });
  const number = context.make.paragraph({
    style: STYLE.numberedParagraph,
    ...numberingOf(format),
    // The item's text starts where (b)'s does.
    tabStops: [{ type: TabStopType.LEFT, position: INDENT.text + INDENT.step }],
    ...(rest.length > 0 || first.children ? { keepNext: true } : {}),
    ...markFormat(format),
    children: annotated(
      [label, tab, ...buildRuns(first.content, context, runFormat(format))],
      source,
      context,
    ),
  });
  const nested = first.children
    ? buildList(first.children, context, format, 1)
    : [];
  const reference = list.ordered ? NUMBERING.orderedFromB : NUMBERING.bullets;
  return [
    number,
    ...nested,
    ...buildItems(rest, reference, context, format, 0),
  ];
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
): BodyChild[] {
  // Titles first, with anchors of their own: a table's bookmarks count its cells.
  const caption =
    block.kind === "table" || block.kind === "figure"
      ? buildCaption(block.caption, context)
      : [];
  context.anchors?.enterBlock(block);
  if (context.plainXml === true) {
    const written = plainBlockXml(block, context, format);
    if (written !== undefined) return written;
  }
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
      return [...caption, ...buildTable(block, context)];
    case "quote":
      return buildQuote(block.paragraphs, context, format);
    case "figure":
      return [...caption, buildFigure(block.image, context)];
  }
}

export function buildBlocks(
  blocks: readonly ReportBlock[],
  context: RenderContext,
  format: BlockFormat = {},
): BodyChild[] {
  return blocks.flatMap((block) => buildBlock(block, context, format));
}
