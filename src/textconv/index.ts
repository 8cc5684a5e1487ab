import { BodyWriter } from "./body.js";
import { NumberingReplay } from "./numbering.js";
import { readDocxParts } from "./package.js";
import { Styles } from "./styles.js";
import { child } from "./xml.js";

export { NotDocxError, readDocxParts } from "./package.js";
export type { DocxParts } from "./package.js";
export { attr, child, elements, isElement, textContent, val } from "./xml.js";
export type { XmlElement, XmlNode } from "./xml.js";

/**
 * Any DOCX as canonical text (design.md, "The canonical text"): one
 * paragraph per line with the numbers Word shows, headings, tables as rows
 * with cells between ` | `, footnote marks `[n]` and a `Notes` block. For a
 * draft this tool built it prints exactly what `renderText` prints.
 * Throws NotDocxError when the bytes are not a DOCX.
 */
export function docxToText(bytes: Uint8Array): string {
  const parts = readDocxParts(bytes);
  const writer = new BodyWriter(
    new Styles(parts.styles),
    new NumberingReplay(parts.numbering),
  );
  writer.body(child(parts.document, "body"));
  writer.notes(parts.footnotes);
  return writer.lines.toString();
}
