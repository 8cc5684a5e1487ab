import type { Paragraph } from "docx";
import type { Caption } from "../../model.js";
import type { RenderContext } from "./context.js";
import { buildRuns } from "./inlines.js";
import { STYLE } from "./styles.js";

/**
 * A table's or figure's title as UN documents print it: the number on a
 * line of its own ("Table 1", "Figure I"), then the title in bold (the
 * style's), both kept with what follows. No paragraphs for no title.
 */
export function buildCaption(
  caption: Caption | undefined,
  context: RenderContext,
): Paragraph[] {
  if (caption === undefined) return [];
  context.anchors?.enterCaption(caption.source);
  const title = context.make.paragraph({
    style: STYLE.captionTitle,
    children: buildRuns(caption.title, context),
  });
  if (caption.label === undefined) return [title];
  const number = context.make.paragraph({
    style: STYLE.captionNumber,
    children: [context.make.text({ text: caption.label })],
  });
  return [number, title];
}
