import { HeadingLevel } from "docx";
import type { Paragraph } from "docx";
import type { ReportChapter, ReportSection } from "../../model.js";
import { inRecommendations } from "../../outline.js";
import { buildBlocks, type BlockFormat } from "./blocks.js";
import type { RenderContext } from "./context.js";
import { headingXml } from "./paragraph-xml.js";
import type { BodyChild } from "./raw-xml.js";

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
  const text = headingText(label, title);
  context.anchors?.enterHeading(text);
  return context.make.paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [context.make.text({ text })],
  });
}

function headingText(label: string, title: string): string {
  return `${label}.\t${title}`;
}

/** A heading of the body: as XML text in a draft (paragraph-xml.ts), else as {@link buildHeading}. */
function bodyHeading(
  label: string,
  title: string,
  level: 1 | 2,
  context: RenderContext,
): BodyChild {
  if (context.plainXml !== true)
    return buildHeading(label, title, level, context);
  const text = headingText(label, title);
  context.anchors?.enterHeading(text);
  return headingXml(text, level, context);
}

export function buildSection(
  section: ReportSection,
  context: RenderContext,
  format: BlockFormat,
): BodyChild[] {
  return [
    bodyHeading(section.letter, section.title, 2, context),
    ...buildBlocks(section.blocks, context, format),
  ];
}

const formatOf = (bold: boolean): BlockFormat => (bold ? { bold: true } : {});

/** A chapter: heading, boilerplate, sections. Recommendations (by chapter or section style) are set in bold. */
export function buildChapter(
  chapter: ReportChapter,
  context: RenderContext,
): BodyChild[] {
  return [
    bodyHeading(chapter.numeral, chapter.title, 1, context),
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
