import type { Report, ReportAnnex, ReportFootnote } from "../../model.js";
import { typeset } from "../typography.js";
import { renderBlock, sourceText } from "./blocks.js";
import { escapeHtml } from "./escape.js";
import { renderAsteriskNotes, renderMasthead } from "./masthead.js";
import { renderInlines, type InlineContext } from "./inlines.js";
import { CSS } from "./styles.js";

export { escapeHtml, safeUrl } from "./escape.js";

/**
 * The content security policy written into the file: no script runs, and
 * nothing loads from anywhere (images are data: URIs, the style is inline).
 * It is a second wall behind escaping, should a bug let markup through.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

/**
 * The draft as one self-contained HTML file, for readers without Word and
 * for pull requests: laid out like the document, with each block's source
 * (entity, file, line) on hover or for all blocks with "Show sources".
 * The same report gives the same bytes.
 */
export function renderHtml(written: Report): string {
  // UN typography, as every printed form of the draft has it.
  const report = typeset(written);
  const context: InlineContext = {
    images: report.images,
    referenced: new Set(),
  };
  const { meta } = report;
  const body: string[] = [];
  for (const chapter of report.chapters) {
    const recommendations =
      chapter.style === "recommendations" ? " recommendations" : "";
    body.push(
      `<section class="chapter${recommendations}" id="chapter-${escapeHtml(chapter.numeral)}">`,
      `<h2><span class="label">${escapeHtml(chapter.numeral)}.</span>${escapeHtml(chapter.title)}</h2>`,
    );
    // One push per block: a spread of a large edition's blocks would overflow the call stack.
    for (const block of chapter.blocks) body.push(renderBlock(block, context));
    for (const section of chapter.sections) {
      body.push(
        `<section class="section${sectionStyle(section.style)}" id="section-${escapeHtml(chapter.numeral)}-${escapeHtml(section.letter)}">`,
        `<h3><span class="label">${escapeHtml(section.letter)}.</span>${escapeHtml(section.title)}</h3>`,
      );
      for (const block of section.blocks)
        body.push(renderBlock(block, context));
      body.push("</section>");
    }
    body.push("</section>");
  }
  for (const annex of report.annexes ?? [])
    body.push(renderAnnex(annex, context));
  // Notes are rendered after the body so each knows whether its reference was met.
  const asterisks = renderAsteriskNotes(meta);
  const notes =
    report.footnotes.length === 0 && asterisks.length === 0
      ? []
      : [
          '<section class="notes" aria-label="Notes">',
          "<h2>Notes</h2>",
          "<ol>",
          ...asterisks,
          ...report.footnotes.map((note) => footnote(note, context)),
          "</ol>",
          "</section>",
        ];

  return `${[
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="wps-report">',
    `<title>${escapeHtml(`${meta.symbol} — ${meta.title} (draft)`)}</title>`,
    `<style>\n${CSS}\n</style>`,
    "</head>",
    "<body>",
    '<input type="checkbox" id="show-sources">',
    '<label class="toolbar" for="show-sources">Show sources (entity, file, line) of every paragraph; hover over a paragraph to see its own</label>',
    '<main class="page">',
    ...renderMasthead(meta),
    ...body,
    ...notes,
    "</main>",
    "</body>",
    "</html>",
  ].join("\n")}\n`;
}

function footnote(note: ReportFootnote, context: InlineContext): string {
  const text = note.paragraphs
    .map((p) => `<p>${renderInlines(p, context)}</p>`)
    .join("");
  // The number links back to the reference; a note nothing refers to has nowhere to go back to.
  const number = context.referenced.has(note.number)
    ? `<a class="backref" href="#fnref-${note.number}" aria-label="back to the reference to note ${note.number}">${note.number}</a>`
    : `<span class="backref">${note.number}</span>`;
  return `<li id="fn-${note.number}" data-number="${note.number}">${number}${text}<span class="source">${escapeHtml(sourceText(note.source))}</span></li>`;
}

/** An annex: its heading, title and original language, then its blocks, whose paragraph numbers (from 1) get ids of their own. */
function renderAnnex(annex: ReportAnnex, context: InlineContext): string {
  const id = annex.label.toLowerCase().replace(/\s+/g, "-");
  const out = [
    `<section class="annex" id="${escapeHtml(id)}">`,
    `<h2 class="annex-heading">${escapeHtml(annex.label)}</h2>`,
    `<p class="annex-title">${escapeHtml(annex.title)}</p>`,
  ];
  if (annex.originalLanguage !== undefined)
    out.push(
      `<p class="annex-original">[Original: ${escapeHtml(annex.originalLanguage)}]</p>`,
    );
  for (const block of annex.blocks)
    out.push(renderBlock(block, context, `${id}-`));
  for (const section of annex.sections) {
    out.push(
      `<section class="section${sectionStyle(section.style)}" id="${escapeHtml(id)}-section-${escapeHtml(section.letter)}">`,
      `<h3><span class="label">${escapeHtml(section.letter)}.</span>${escapeHtml(section.title)}</h3>`,
    );
    for (const block of section.blocks)
      out.push(renderBlock(block, context, `${id}-`));
    out.push("</section>");
  }
  out.push("</section>");
  return out.join("\n");
}

/** A section's own style, when the outline gives one: bold recommendations beside plain conclusions. */
function sectionStyle(style: "normal" | "recommendations" | undefined): string {
  return style === "recommendations"
    ? " recommendations"
    : style === "normal"
      ? " plain"
      : "";
}
