import type {
  Inline,
  ListItem,
  ReportChapter,
  ReportFootnote,
} from "../model.js";

/** Files of every image the draft shows, as figures or inline, in the text or in footnotes. */
export function imagesIn(
  chapters: readonly Pick<ReportChapter, "blocks" | "sections">[],
  footnotes: readonly ReportFootnote[],
): Set<string> {
  const files = new Set<string>();
  const visitInlines = (inlines: readonly Inline[]): void => {
    for (const inline of inlines) {
      if (inline.type === "image") files.add(inline.file);
      else if ("children" in inline) visitInlines(inline.children);
    }
  };
  const visitItems = (items: readonly ListItem[]): void => {
    for (const item of items) {
      visitInlines(item.content);
      if (item.children !== undefined) visitItems(item.children.items);
    }
  };
  for (const chapter of chapters) {
    for (const block of [
      ...chapter.blocks,
      ...chapter.sections.flatMap((s) => s.blocks),
    ]) {
      if (
        (block.kind === "figure" || block.kind === "table") &&
        block.caption !== undefined
      )
        visitInlines(block.caption.title);
      if (block.kind === "figure") files.add(block.image.file);
      else if (block.kind === "paragraph") visitInlines(block.content);
      else if (block.kind === "list") visitItems(block.list.items);
      else if (block.kind === "quote") block.paragraphs.forEach(visitInlines);
      else if (block.kind === "table")
        [...block.header, ...block.rows.flat()].forEach(visitInlines);
    }
  }
  for (const footnote of footnotes) footnote.paragraphs.forEach(visitInlines);
  return files;
}
