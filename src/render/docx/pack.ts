import { Document, Packer } from "docx";
import type { FileChild, Paragraph } from "docx";
import { withPlaceholders, type BodyChild } from "./raw-xml.js";
import type { ReportMeta } from "../../model.js";
import type { CommentCollector } from "./comments.js";
import { layoutFor, pageSetup, type Layout } from "./layout.js";
import { asteriskFootnotes, conformAsteriskNotes } from "./asterisk-notes.js";
import { buildMasthead } from "./masthead.js";
import { buildNumbering } from "./numbering.js";
import { buildPageFurniture } from "./page-furniture.js";
import { conformPackage, textOf } from "./ooxml-conformance.js";
import { zipReproducibly, type DeflateElsewhere } from "./reproducible.js";
import { buildStyles } from "./styles.js";
import { compileParts } from "./docx-compiler.js";

/** The pieces of a draft: what `renderDocx` builds, and what a redline builds its own way. */
export interface DocxParts {
  meta: ReportMeta;
  layout?: Layout;
  /** The body holds annexes: their styles are added. */
  annexes?: boolean;
  /** Everything after the masthead: chapters, sections, blocks. */
  body: readonly BodyChild[];
  /** Footnotes by number, as `buildFootnotes` gives them. */
  footnotes: Record<string, { children: Paragraph[] }>;
  /** Footnotes already written as `<w:footnote>` elements (paragraph-xml.ts), numbered before any in `footnotes`. */
  footnotesXml?: string | undefined;
  comments?: CommentCollector;
  /** The masthead, when not the plain one of `meta` (a redline tracks its changes). */
  masthead?: readonly FileChild[];
  /** No tracked changes anywhere: a draft, not a redline (spares a search through every part). */
  untracked?: boolean;
  /** Deflates the largest part of a large draft on another thread (reproducible.ts). */
  deflateElsewhere?: DeflateElsewhere | undefined;
  /** Work to do on this thread while another deflates the largest part; not called when none does. */
  meanwhile?: (() => void) | undefined;
  /** docProps/custom.xml: the anchors and revision of a draft (anchors.ts). */
  customProperties?: readonly { name: string; value: string }[];
}

/**
 * Put the pieces into a Security Council document (styles, numbering,
 * masthead, headers and footers) and pack it reproducibly.
 */
export async function packDocx(parts: DocxParts): Promise<Uint8Array> {
  const layout = parts.layout ?? layoutFor(false);
  const body = withPlaceholders(parts.body);
  const document = new Document({
    title: parts.meta.title,
    creator: "United Nations",
    lastModifiedBy: "United Nations",
    revision: 1,
    styles: buildStyles(layout, { annexes: parts.annexes === true }),
    numbering: buildNumbering(),
    footnotes: { ...parts.footnotes, ...asteriskFootnotes(parts.meta) },
    ...(parts.comments ? { comments: parts.comments.options() } : {}),
    ...(parts.customProperties
      ? { customProperties: parts.customProperties }
      : {}),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          titlePage: true,
          page: pageSetup(parts.meta.paper),
        },
        ...buildPageFurniture(parts.meta),
        children: [
          ...(parts.masthead ?? buildMasthead(parts.meta)),
          ...body.children,
        ],
      },
    ],
  });
  const files = compileParts(document) ?? (await packedParts(document));
  fillWrittenXml(files, body.fill, parts.footnotesXml);
  conformPackage(files, { revisions: parts.untracked !== true });
  conformAsteriskNotes(files, parts.meta);
  return zipReproducibly(
    files,
    parts.meta.date,
    parts.deflateElsewhere,
    parts.meanwhile,
  );
}

/** The parts the public way, when docx's compiler is out of reach (docx-compiler.ts). */
async function packedParts(
  document: Document,
): Promise<Map<string, string | Uint8Array>> {
  // Imported here: a build that never needs fflate does not pay for setting up its tables.
  const { unzipSync } = await import("fflate");
  return new Map(
    Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document)))),
  );
}

// After the separator and continuation separator, which docx writes first.
const FIRST_NOTE_AFTER_SEPARATORS =
  /(<w:footnote w:type="continuationSeparator" w:id="0">[\s\S]*?<\/w:footnote>)/;

/** Put the paragraphs and footnotes written as XML where docx left room for them. */
function fillWrittenXml(
  files: Map<string, string | Uint8Array>,
  fillBody: (xml: string) => string,
  footnotesXml: string | undefined,
): void {
  const document = textOf(files.get("word/document.xml"));
  if (document !== undefined)
    files.set("word/document.xml", fillBody(document));
  if (footnotesXml === undefined || footnotesXml === "") return;
  const footnotes = textOf(files.get("word/footnotes.xml"));
  if (footnotes === undefined || !FIRST_NOTE_AFTER_SEPARATORS.test(footnotes))
    throw new Error(
      "docx no longer writes footnotes.xml as src/render/docx/pack.ts expects",
    );
  files.set(
    "word/footnotes.xml",
    footnotes.replace(
      FIRST_NOTE_AFTER_SEPARATORS,
      (separators: string) => separators + footnotesXml,
    ),
  );
}
