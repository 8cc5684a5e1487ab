// The draft's plain paragraphs (headings, numbered paragraphs, quotes,
// footnotes) written straight as WordprocessingML, exactly as docx 9.15
// writes the objects blocks.ts, body.ts and footnotes.ts would build (see
// raw-xml.ts for why). Anything else (links, images, lists, tables,
// annexes, comments, a redline's tracked changes) goes through docx.
import type { Inline, ReportBlock, ReportFootnote } from "../../model.js";
import type { BlockFormat } from "./blocks.js";
import type { RenderContext } from "./context.js";
import { collapseNewlines, type RunFormat } from "./inlines.js";
import { escapeXml, RawXml } from "./raw-xml.js";
import { STYLE } from "./styles.js";

const BOLD = "<w:b/><w:bCs/>";
const ITALICS = "<w:i/><w:iCs/>";
// The character style docx's FootnoteReferenceRun and footnotes name.
const FOOTNOTE_REFERENCE = "FootnoteReference";

function textRun(text: string, format: RunFormat): string {
  const properties =
    (format.bold === true ? BOLD : "") +
    (format.italics === true ? ITALICS : "");
  return (
    "<w:r>" +
    (properties === "" ? "" : `<w:rPr>${properties}</w:rPr>`) +
    `<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
  );
}

/**
 * The runs of `inlines` as docx writes them (inlines.ts), or undefined when
 * one of them is a link or an image: those need relationships docx keeps.
 */
export function runsXml(
  inlines: readonly Inline[],
  format: RunFormat = {},
): string | undefined {
  let xml = "";
  for (const inline of inlines) {
    switch (inline.type) {
      case "text":
      case "code":
        xml += textRun(collapseNewlines(inline.value), format);
        break;
      case "emphasis":
      case "strong": {
        const inner = runsXml(
          inline.children,
          inline.type === "emphasis"
            ? { ...format, italics: true }
            : { ...format, bold: true },
        );
        if (inner === undefined) return undefined;
        xml += inner;
        break;
      }
      case "footnote":
        xml += `<w:r><w:rPr><w:rStyle w:val="${FOOTNOTE_REFERENCE}"/></w:rPr><w:footnoteReference w:id="${inline.number}"/></w:r>`;
        break;
      case "break":
        xml += "<w:r><w:br/></w:r>";
        break;
      case "link":
      case "image":
        return undefined;
    }
  }
  return xml;
}

function bookmarkXml(context: RenderContext): string {
  const bookmark = context.anchors?.nextBookmark();
  return bookmark === undefined
    ? ""
    : `<w:bookmarkStart w:name="${bookmark.name}" w:id="${bookmark.id}"/><w:bookmarkEnd w:id="${bookmark.id}"/>`;
}

function paragraphXml(
  style: string,
  runs: string,
  context: RenderContext,
  options: { markBold?: boolean; footnoteRef?: boolean } = {},
): string {
  return (
    `<w:p><w:pPr><w:pStyle w:val="${style}"/>` +
    (options.markBold === true ? `<w:rPr>${BOLD}</w:rPr>` : "") +
    "</w:pPr>" +
    // docx puts a footnote's number first, before anything its paragraph holds.
    (options.footnoteRef === true
      ? `<w:r><w:rPr><w:rStyle w:val="${FOOTNOTE_REFERENCE}"/></w:rPr><w:footnoteRef/></w:r>`
      : "") +
    bookmarkXml(context) +
    runs +
    "</w:p>"
  );
}

/** A heading paragraph ("I.\tIntroduction"), after `anchors.enterHeading`. */
export function headingXml(
  text: string,
  level: 1 | 2,
  context: RenderContext,
): RawXml {
  const style = level === 1 ? STYLE.heading1 : STYLE.heading2;
  return new RawXml(paragraphXml(style, textRun(text, {}), context));
}

/**
 * A numbered paragraph or a quote of the body as XML, after
 * `anchors.enterBlock`; undefined for what only docx writes (see the module
 * comment), which takes no anchor then.
 */
export function plainBlockXml(
  block: ReportBlock,
  context: RenderContext,
  format: BlockFormat,
): RawXml[] | undefined {
  // An annex's paragraphs carry their own numbering instance, which docx keeps.
  if (format.paragraphs !== undefined) return undefined;
  const runFormat: RunFormat = format.bold === true ? { bold: true } : {};
  if (block.kind === "paragraph") {
    const runs = runsXml(block.content, runFormat);
    if (runs === undefined) return undefined;
    return [
      new RawXml(
        paragraphXml(STYLE.numberedParagraph, runs, context, {
          markBold: format.bold === true,
        }),
      ),
    ];
  }
  if (block.kind === "quote") {
    const paragraphs: string[] = [];
    for (const content of block.paragraphs) {
      const runs = runsXml(content, runFormat);
      if (runs === undefined) return undefined;
      paragraphs.push(runs);
    }
    return paragraphs.map(
      (runs) => new RawXml(paragraphXml(STYLE.blockQuote, runs, context)),
    );
  }
  return undefined;
}

/**
 * Footnotes as `<w:footnote>` elements, after each one's
 * `anchors.enterFootnote`, or undefined when one needs docx (a link): then
 * none is written here, and no anchor is taken.
 */
export function footnotesXml(
  footnotes: readonly ReportFootnote[],
  context: RenderContext,
): string | undefined {
  const notes: string[][] = [];
  for (const footnote of footnotes) {
    const paragraphs: string[] = [];
    for (const content of footnote.paragraphs.length > 0
      ? footnote.paragraphs
      : [[]]) {
      const runs = runsXml(content);
      if (runs === undefined) return undefined;
      paragraphs.push(runs);
    }
    notes.push(paragraphs);
  }
  return footnotes
    .map((footnote, index) => {
      context.anchors?.enterFootnote(
        footnote.source,
        footnote.generated !== undefined,
      );
      const paragraphs = (notes[index] ?? []).map((runs, at) =>
        at === 0
          ? paragraphXml(
              STYLE.footnoteText,
              textRun("\t", {}) + runs,
              context,
              {
                footnoteRef: true,
              },
            )
          : paragraphXml(STYLE.footnoteText, runs, context),
      );
      return `<w:footnote w:id="${footnote.number}">${paragraphs.join("")}</w:footnote>`;
    })
    .join("");
}
