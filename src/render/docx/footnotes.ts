import type { Paragraph } from "docx";
import type { ReportFootnote } from "../../model.js";
import type { RenderContext } from "./context.js";
import { buildRuns } from "./inlines.js";
import { STYLE } from "./styles.js";

/**
 * The report's footnotes as DOCX footnotes, keyed by their number. Numbers
 * are 1..F in reading order with none unreferenced, as LibreOffice pairs
 * notes with references by file order. The note's number is written by Word
 * (w:footnoteRef) before the first paragraph; a tab then separates it from
 * the text, which the Footnote Text style hangs.
 */
export function buildFootnotes(
  footnotes: readonly ReportFootnote[],
  context: RenderContext,
): Record<string, { children: Paragraph[] }> {
  const notes: Record<string, { children: Paragraph[] }> = {};
  for (const footnote of footnotes) {
    context.anchors?.enterFootnote(
      footnote.source,
      footnote.generated !== undefined,
    );
    const paragraphs =
      footnote.paragraphs.length > 0 ? footnote.paragraphs : [[]];
    notes[String(footnote.number)] = {
      children: paragraphs.map((content, index) =>
        context.make.paragraph({
          style: STYLE.footnoteText,
          children: [
            ...(index === 0 ? [context.make.text({ text: "\t" })] : []),
            ...buildRuns(content, context),
          ],
        }),
      ),
    };
  }
  return notes;
}
