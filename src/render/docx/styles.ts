import { AlignmentType, LineRuleType, UnderlineType } from "docx";
import type { IParagraphStyleOptions, IStylesOptions } from "docx";
import { NUMBERING } from "./numbering.js";
import { CM, INDENT, type Layout } from "./layout.js";

/** Paragraph style ids of our own (Word's built-in ids are used where one exists). */
export const STYLE = {
  title: "Title",
  subtitle: "Subtitle",
  heading1: "Heading1",
  heading2: "Heading2",
  numberedParagraph: "NumberedParagraph",
  subparagraph: "Subparagraph",
  blockQuote: "BlockQuote",
  figure: "Figure",
  tableText: "TableText",
  captionNumber: "CaptionNumber",
  captionTitle: "CaptionTitle",
  masthead: "Masthead",
  annexHeading: "AnnexHeading",
  annexTitle: "AnnexTitle",
  annexOriginal: "AnnexOriginal",
  footnoteText: "FootnoteText",
  header: "Header",
  footer: "Footer",
  hyperlink: "Hyperlink",
} as const;

const BLACK = "000000";
const FONT = "Times New Roman";

function paragraphStyle(
  id: string,
  name: string,
  style: Omit<IParagraphStyleOptions, "id" | "name">,
): IParagraphStyleOptions {
  return { id, name, basedOn: "Normal", quickFormat: true, ...style };
}

/**
 * Word styles: real Normal, Title, Heading 1/2 and Footnote Text, plus ours
 * for numbered paragraphs; the annex styles only in a draft with annexes,
 * so a draft without any is as it was.
 */
export function buildStyles(
  layout: Layout,
  options: { annexes?: boolean } = {},
): IStylesOptions {
  const single = { line: 240, lineRule: LineRuleType.AUTO };
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { font: FONT, size, bold: true, color: BLACK },
    paragraph: {
      outlineLevel,
      keepNext: true,
      keepLines: true,
      spacing: { before, after: 240, line: 240, lineRule: LineRuleType.AUTO },
      // "I." hangs in the first centimetre; the title starts where paragraph text does.
      indent: { left: INDENT.text, hanging: INDENT.text },
      leftTabStop: INDENT.text,
    },
    next: STYLE.numberedParagraph,
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: layout.body, language: { value: "en-GB" } },
        paragraph: {
          spacing: { line: layout.line, lineRule: LineRuleType.AUTO, after: 0 },
        },
      },
      title: {
        run: { font: FONT, size: 34, bold: true, color: BLACK },
        paragraph: {
          spacing: { before: 480, after: 120, ...single },
          indent: { left: INDENT.text },
          keepNext: true,
        },
      },
      heading1: heading(layout.chapterHeading, 360, 0),
      heading2: heading(layout.sectionHeading, 240, 1),
      // Links print their address (see render/typography.ts) in the text's
      // own colour, not blue underlined words; they stay clickable on screen.
      hyperlink: {
        run: { color: BLACK, underline: { type: UnderlineType.NONE } },
      },
      footnoteText: {
        run: { size: layout.footnote },
        paragraph: {
          spacing: {
            after: layout.manuscript ? 0 : 40,
            line: layout.line,
            lineRule: LineRuleType.AUTO,
          },
          // The note's number hangs just before the text, which lines up with
          // the paragraph text above; each note starts with a tab to the text.
          indent: { left: INDENT.text, hanging: Math.round(0.4 * CM) },
          leftTabStop: INDENT.text,
        },
      },
    },
    paragraphStyles: [
      paragraphStyle(STYLE.subtitle, "Subtitle", {
        next: "Normal",
        run: { size: 24, bold: true },
        paragraph: {
          spacing: { after: 480, ...single },
          indent: { left: INDENT.text },
        },
      }),
      paragraphStyle(STYLE.numberedParagraph, "Numbered paragraph", {
        next: STYLE.numberedParagraph,
        paragraph: {
          // One numbering definition for every numbered paragraph: Word keeps the
          // numbers running 1..N when paragraphs are added or moved later.
          numbering: { reference: NUMBERING.paragraphs, level: 0 },
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: layout.paragraphAfter },
        },
      }),
      paragraphStyle(STYLE.subparagraph, "Subparagraph", {
        next: STYLE.subparagraph,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: layout.paragraphAfter },
        },
      }),
      paragraphStyle(STYLE.blockQuote, "Block quote", {
        paragraph: {
          indent: { left: INDENT.text + CM, right: CM },
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: layout.paragraphAfter },
        },
      }),
      paragraphStyle(STYLE.figure, "Figure", {
        paragraph: {
          alignment: AlignmentType.CENTER,
          keepLines: true,
          spacing: { before: 120, after: 240, ...single },
        },
      }),
      // "Table 1" on a line of its own, then the title in bold, kept with
      // the table or figure below and set where paragraph text starts.
      paragraphStyle(STYLE.captionNumber, "Caption number", {
        next: STYLE.captionTitle,
        paragraph: {
          keepNext: true,
          keepLines: true,
          indent: { left: INDENT.text },
          spacing: { before: 240, after: 0, ...single },
        },
      }),
      paragraphStyle(STYLE.captionTitle, "Caption title", {
        run: { bold: true },
        paragraph: {
          keepNext: true,
          keepLines: true,
          indent: { left: INDENT.text },
          spacing: { after: 120, ...single },
        },
      }),
      paragraphStyle(STYLE.tableText, "Table text", {
        run: { size: layout.table },
        paragraph: { spacing: { before: 20, after: 20, ...single } },
      }),
      paragraphStyle(STYLE.masthead, "Masthead", {
        paragraph: { spacing: { after: 0, ...single } },
      }),
      paragraphStyle(STYLE.header, "Header", {
        run: { size: 17, bold: true },
        paragraph: { spacing: { after: 0, ...single } },
      }),
      ...(options.annexes === true ? annexStyles(layout) : []),
      paragraphStyle(STYLE.footer, "Footer", {
        run: { size: 17 },
        paragraph: { spacing: { after: 0, ...single } },
      }),
    ],
  };
}

/**
 * An annex starts on a new page (annexes.ts sets the break on the
 * paragraph: docx has no page break in styles): "Annex I" centred in bold
 * (outline level 1, so Word's navigation pane lists it), its title in bold
 * below, and "[Original: French]" at the right when it has one.
 */
function annexStyles(layout: Layout): IParagraphStyleOptions[] {
  const single = { line: 240, lineRule: LineRuleType.AUTO };
  return [
    paragraphStyle(STYLE.annexHeading, "Annex heading", {
      next: STYLE.annexTitle,
      run: { size: layout.chapterHeading, bold: true },
      paragraph: {
        outlineLevel: 0,
        keepNext: true,
        alignment: AlignmentType.CENTER,
        spacing: { after: 240, ...single },
      },
    }),
    paragraphStyle(STYLE.annexTitle, "Annex title", {
      next: STYLE.numberedParagraph,
      run: { size: layout.chapterHeading, bold: true },
      paragraph: {
        keepNext: true,
        alignment: AlignmentType.CENTER,
        spacing: { after: 240, ...single },
      },
    }),
    paragraphStyle(STYLE.annexOriginal, "Annex original language", {
      next: STYLE.numberedParagraph,
      paragraph: {
        keepNext: true,
        alignment: AlignmentType.RIGHT,
        spacing: { after: 240, ...single },
      },
    }),
  ];
}
