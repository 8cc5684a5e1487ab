import { Document, Packer } from "docx";
import { unzipSync } from "fflate";
import type { FileChild, Paragraph } from "docx";
import type { ReportMeta } from "../../model.js";
import type { CommentCollector } from "./comments.js";
import { layoutFor, pageSetup, type Layout } from "./layout.js";
import { asteriskFootnotes, conformAsteriskNotes } from "./asterisk-notes.js";
import { buildMasthead } from "./masthead.js";
import { buildNumbering } from "./numbering.js";
import { buildPageFurniture } from "./page-furniture.js";
import { conformPackage } from "./ooxml-conformance.js";
import { zipReproducibly } from "./reproducible.js";
import { buildStyles } from "./styles.js";
import { compileParts } from "./docx-compiler.js";

/** The pieces of a draft: what `renderDocx` builds, and what a redline builds its own way. */
export interface DocxParts {
  meta: ReportMeta;
  layout?: Layout;
  /** The body holds annexes: their styles are added. */
  annexes?: boolean;
  /** Everything after the masthead: chapters, sections, blocks. */
  body: readonly FileChild[];
  /** Footnotes by number, as `buildFootnotes` gives them. */
  footnotes: Record<string, { children: Paragraph[] }>;
  comments?: CommentCollector;
  /** The masthead, when not the plain one of `meta` (a redline tracks its changes). */
  masthead?: readonly FileChild[];
  /** docProps/custom.xml: the anchors and revision of a draft (anchors.ts). */
  customProperties?: readonly { name: string; value: string }[];
}

/**
 * Put the pieces into a Security Council document (styles, numbering,
 * masthead, headers and footers) and pack it reproducibly.
 */
export async function packDocx(parts: DocxParts): Promise<Uint8Array> {
  const layout = parts.layout ?? layoutFor(false);
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
          ...parts.body,
        ],
      },
    ],
  });
  const files =
    compileParts(document) ??
    new Map<string, string | Uint8Array>(
      Object.entries(
        unzipSync(new Uint8Array(await Packer.toBuffer(document))),
      ),
    );
  conformPackage(files);
  conformAsteriskNotes(files, parts.meta);
  return zipReproducibly(files, parts.meta.date);
}
