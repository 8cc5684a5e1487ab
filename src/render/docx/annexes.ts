import type { Paragraph } from "docx";
import type { ReportAnnex } from "../../model.js";
import { inRecommendations } from "../../outline.js";
import { buildBlocks, type BlockFormat } from "./blocks.js";
import { buildSection } from "./body.js";
import type { RenderContext } from "./context.js";
import type { BodyChild } from "./raw-xml.js";
import { STYLE } from "./styles.js";

/**
 * An annex as UN documents set it: a new page, "Annex I" (or "Annex" when
 * it is the only one) centred in bold, its title in bold below, then
 * "[Original: French]" at the right when the annex was written in another
 * language than the report; its paragraphs numbered from 1 again (their own
 * instance of the paragraph numbering), its sections lettered A, B...
 */
export function buildAnnex(
  annex: ReportAnnex,
  context: RenderContext,
): BodyChild[] {
  const paragraphs = context.lists.next();
  const plain = { style: "normal" as const };
  const formatOf = (bold: boolean): BlockFormat =>
    bold ? { bold: true, paragraphs } : { paragraphs };
  return [
    ...buildAnnexHeading(annex, context),
    ...buildBlocks(annex.blocks, context, formatOf(false)),
    ...annex.sections.flatMap((section) =>
      buildSection(
        section,
        context,
        formatOf(inRecommendations(plain, section)),
      ),
    ),
  ];
}

/** The heading lines: label, title, original language. The outline owns them (one anchor, on the label). */
export function buildAnnexHeading(
  annex: Pick<ReportAnnex, "label" | "title" | "originalLanguage">,
  context: RenderContext,
): Paragraph[] {
  context.anchors?.enterHeading(`${annex.label}\t${annex.title}`);
  const line = (style: string, text: string, pageBreakBefore = false) =>
    context.make.paragraph({
      style,
      ...(pageBreakBefore ? { pageBreakBefore } : {}),
      children: [context.make.text({ text })],
    });
  return [
    line(STYLE.annexHeading, annex.label, true),
    line(STYLE.annexTitle, annex.title),
    ...(annex.originalLanguage === undefined
      ? []
      : [line(STYLE.annexOriginal, `[Original: ${annex.originalLanguage}]`)]),
  ];
}
