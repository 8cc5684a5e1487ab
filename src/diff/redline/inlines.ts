import type { Inline, ReportBlock, ReportList } from "../../model.js";
import { markedText, sliceInlines } from "../inline-text.js";
import { wordSpans } from "../words.js";
import { markText, type Revision } from "./tracking.js";

/**
 * Mark every text of these inlines as inserted or deleted. Deleted text
 * loses its footnote marks, images and breaks: their numbers and files are
 * the older draft's, which the redline (the newer draft) does not have.
 */
export function markInlines(
  inlines: readonly Inline[],
  revision: Revision,
): Inline[] {
  return inlines.flatMap((inline): Inline[] => {
    switch (inline.type) {
      case "text":
      case "code":
        return [{ ...inline, value: markText(inline.value, revision) }];
      case "emphasis":
      case "strong":
      case "link":
        return [
          { ...inline, children: markInlines(inline.children, revision) },
        ];
      default:
        return revision === "inserted" ? [inline] : [];
    }
  });
}

/** A changed paragraph's inlines: kept words as they are now, removed ones deleted, new ones inserted. */
export function mergeInlines(
  before: readonly Inline[],
  after: readonly Inline[],
): Inline[] {
  const spans = wordSpans(markedText(before).text, markedText(after).text);
  return spans.flatMap((span) => {
    switch (span.op) {
      case "equal":
        return sliceInlines(after, ...span.new);
      case "added":
        return markInlines(sliceInlines(after, ...span.new), "inserted");
      case "removed":
        return markInlines(sliceInlines(before, ...span.old), "deleted");
    }
  });
}

function mapList(
  list: ReportList,
  map: (inlines: readonly Inline[]) => Inline[],
): ReportList {
  return {
    ...list,
    items: list.items.map((item) => ({
      ...item,
      content: map(item.content),
      ...(item.children ? { children: mapList(item.children, map) } : {}),
    })),
  };
}

/** The block with `map` applied to every run of inlines in it. */
export function mapBlockInlines(
  block: ReportBlock,
  map: (inlines: readonly Inline[]) => Inline[],
): ReportBlock {
  switch (block.kind) {
    case "paragraph":
      return { ...block, content: map(block.content) };
    case "list":
      return { ...block, list: mapList(block.list, map) };
    case "table":
      return {
        ...block,
        header: block.header.map(map),
        rows: block.rows.map((row) => row.map(map)),
      };
    case "quote":
      return { ...block, paragraphs: block.paragraphs.map(map) };
    case "figure":
      return block;
  }
}
