import { ImageRun, Paragraph, TextRun } from "docx";
import type {
  IImageOptions,
  IParagraphOptions,
  IRunOptions,
  ITableRowOptions,
  ParagraphChild,
  TableRow,
} from "docx";
import type { ImageAsset } from "../../model.js";
import type { AnchorCollector } from "./anchors.js";
import type { CommentCollector } from "./comments.js";
import { ListInstances } from "./numbering.js";
import type { Layout } from "./layout.js";

/**
 * How runs and paragraphs are made. The draft uses plain TextRun, ImageRun
 * and Paragraph; a redline passes factories that make InsertedTextRun /
 * DeletedTextRun or set a paragraph mark's insertion/deletion.
 */
export interface Factories {
  text(options: IRunOptions): ParagraphChild;
  image(options: IImageOptions): ParagraphChild;
  paragraph(options: IParagraphOptions): Paragraph;
  /** Table rows, by index from the header row (0); absent: plain TableRow. A redline marks whole rows inserted or deleted. */
  tableRow?: (options: ITableRowOptions, index: number) => TableRow;
}

export const plainFactories: Factories = {
  text: (options) => new TextRun(options),
  image: (options) => new ImageRun(options),
  paragraph: (options) => new Paragraph(options),
};

/** What the block and inline builders need besides the block itself. */
export interface RenderContext {
  layout: Layout;
  images: ReadonlyMap<string, ImageAsset>;
  make: Factories;
  lists: ListInstances;
  /** Present with `annotate`: collects one Word comment per numbered paragraph. */
  comments?: CommentCollector;
  /** Present in a draft: marks each paragraph with where it came from (anchors.ts). */
  anchors?: AnchorCollector;
  /**
   * Write plain paragraphs as XML text rather than docx objects
   * (paragraph-xml.ts): the draft does, a redline with its own factories does not.
   */
  plainXml?: boolean;
  /** Next drawing id (wp:docPr): counted per document so it never depends on earlier builds. */
  nextDrawingId: () => number;
}

export function createContext(
  layout: Layout,
  images: ReadonlyMap<string, ImageAsset>,
  extra: {
    comments?: CommentCollector;
    make?: Factories;
    anchors?: AnchorCollector;
    plainXml?: boolean;
  } = {},
): RenderContext {
  let drawing = 0;
  return {
    layout,
    images,
    make: extra.anchors
      ? extra.anchors.wrap(extra.make ?? plainFactories)
      : (extra.make ?? plainFactories),
    lists: new ListInstances(),
    ...(extra.comments ? { comments: extra.comments } : {}),
    ...(extra.anchors ? { anchors: extra.anchors } : {}),
    ...(extra.plainXml === true ? { plainXml: true } : {}),
    nextDrawingId: () => ++drawing,
  };
}

/** A copy of the context with other factories, e.g. to render one paragraph as inserted. */
export function withFactories(
  context: RenderContext,
  make: Partial<Factories>,
): RenderContext {
  return { ...context, make: { ...context.make, ...make } };
}
