import { HeadingLevel } from "docx";
import type { FileChild, Paragraph } from "docx";
import type { ReportChapter, ReportSection } from "../../model.js";
import { inRecommendations } from "../../outline.js";
import { buildBlocks, type BlockFormat } from "./blocks.js";
import type { RenderContext } from "./context.js";

/**
 * A heading as literal text: "I." or "A.", a tab, the title. The Heading 1/2
 * styles hang the label, and are what Word's navigation pane and TOC read.
 */
export function buildHeading(
  label: string,
  title: string,
  level: 1 | 2,
  context: RenderContext,
): Paragraph {
  context.anchors?.enterHeading(`${label}.\t${title}`);
  return context.make.paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [context.make.text({ text: `${label}.\t${title}` })],
  });
}

export function buildSection(
  section: ReportSection,
  context: RenderContext,
  format: BlockFormat,
): FileChild[] {
  return [
    buildHeading(section.letter, section.title, 2, context),
    ...buildBlocks(section.blocks, context, format),
  ];
}

const formatOf = (bold: boolean): BlockFormat => (bold ? { bold: true } : {});

/** A chapter: heading, boilerplate, sections. Recommendations (by chapter or section style) are set in bold. */
export function buildChapter(
  chapter: ReportChapter,
  context: RenderContext,
): FileChild[] {
  return [
    buildHeading(chapter.numeral, chapter.title, 1, context),
    ...buildBlocks(
      chapter.blocks,
      context,
      formatOf(inRecommendations(chapter)),
    ),
    ...chapter.sections.flatMap((section) =>
      buildSection(
        section,
        context,
        formatOf(inRecommendations(chapter, section)),
      ),
    ),
  ];
}
