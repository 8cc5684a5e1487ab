import type { Report } from "../../model.js";
import { typeset } from "../typography.js";
import { AnchorCollector, anchorProperties } from "./anchors.js";
import { buildAnnex } from "./annexes.js";
import { buildChapter } from "./body.js";
import { CommentCollector } from "./comments.js";
import { createContext } from "./context.js";
import { isoDateToUtc } from "./dates.js";
import { buildFootnotes } from "./footnotes.js";
import { layoutFor } from "./layout.js";
import { packDocx } from "./pack.js";
import type { DeflateElsewhere } from "./reproducible.js";
import { footnotesXml } from "./paragraph-xml.js";
import { largest } from "../../shared/append.js";

/** Options of {@link renderDocx}. */
export interface DocxOptions {
  /** A Word comment on every numbered paragraph naming its entity and source: "UNICEF — contributions/2004/unicef.md:14". */
  annotate?: boolean;
  /** The DGACM manuscript form: 12 pt, double-spaced. */
  manuscript?: boolean;
  /** With `annotate`: the files `build --skip-invalid` left out, named in the first paragraph's comment. */
  leftOut?: readonly string[];
  /**
   * Git blob ids of the source files' text (`sourceBlobIds`), recorded with
   * the anchors so `review --apply` can find in git the version the draft
   * was built from and merge three-way.
   */
  blobIds?: ReadonlyMap<string, string>;
  /**
   * Build every paragraph as docx objects, none written as XML text
   * (paragraph-xml.ts): slower, and the reference the faster way is tested
   * to match byte for byte.
   */
  throughDocx?: boolean;
  /** Deflates the largest part of a large draft on another thread; the bytes do not change. */
  deflateElsewhere?: DeflateElsewhere | undefined;
  /** Work to do on this thread while the other deflates (`build` runs the report-wide rules); not called when none does. */
  meanwhile?: (() => void) | undefined;
}

/**
 * Render the report as a DOCX laid out like a Security Council document.
 * Pure: same report and options, same bytes (no clock, no randomness, no disk).
 */
export async function renderDocx(
  written: Report,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const report = typeset(written);
  const layout = layoutFor(options.manuscript === true);
  const lastFootnote = largest(
    report.footnotes.map((footnote) => footnote.number),
    0,
  );
  const comments =
    options.annotate === true
      ? new CommentCollector(
          isoDateToUtc(report.meta.date),
          lastFootnote + 1,
          leftOutNote(options.leftOut ?? []),
        )
      : undefined;
  const anchors = new AnchorCollector();
  const context = createContext(layout, report.images, {
    ...(comments ? { comments } : {}),
    anchors,
    // A comment wraps a paragraph's runs in docx objects (comments.ts).
    plainXml: comments === undefined && options.throughDocx !== true,
  });
  // Body before footnotes: both draw drawing ids from the context in reading order.
  const body = [
    ...report.chapters.flatMap((chapter) => buildChapter(chapter, context)),
    ...(report.annexes ?? []).flatMap((annex) => buildAnnex(annex, context)),
  ];
  const footnotesWritten = context.plainXml
    ? footnotesXml(report.footnotes, context)
    : undefined;
  const footnotes =
    footnotesWritten === undefined
      ? buildFootnotes(report.footnotes, context)
      : {};
  return packDocx({
    meta: report.meta,
    untracked: true,
    deflateElsewhere: options.deflateElsewhere,
    meanwhile: options.meanwhile,
    layout,
    annexes: (report.annexes ?? []).length > 0,
    body,
    footnotes,
    footnotesXml: footnotesWritten,
    ...(comments ? { comments } : {}),
    customProperties: anchorProperties(
      anchors.map(report.meta, options.blobIds),
    ),
  });
}

function leftOutNote(leftOut: readonly string[]): string | undefined {
  if (leftOut.length === 0) return undefined;
  return `Incomplete draft: left out because of errors: ${leftOut.join("; ")}.`;
}

// Builders for other renderings of the same report (the redline of `diff --docx`).
export {
  buildBlock,
  buildBlocks,
  buildList,
  buildNumberedList,
  buildNumberedParagraph,
} from "./blocks.js";
export type { BlockFormat } from "./blocks.js";
export { buildAnnex, buildAnnexHeading } from "./annexes.js";
export { buildChapter, buildHeading, buildSection } from "./body.js";
export { CommentCollector, describeSource } from "./comments.js";
export { createContext, plainFactories, withFactories } from "./context.js";
export type { Factories, RenderContext } from "./context.js";
export { buildFootnotes } from "./footnotes.js";
export { sourceBlobIds } from "./anchors.js";
export { buildRuns } from "./inlines.js";
export type { RunFormat } from "./inlines.js";
export { layoutFor } from "./layout.js";
export type { Layout } from "./layout.js";
export { packDocx } from "./pack.js";
export type { DocxParts } from "./pack.js";
export type { DeflateElsewhere } from "./reproducible.js";
export type { BodyChild } from "./raw-xml.js";
