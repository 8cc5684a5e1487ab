import { BodyWriter } from "./body.js";
import { DocxLimitError, NotDocxError } from "./errors.js";
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits.js";
import { NumberingReplay } from "./numbering.js";
import { readDocxPackage } from "./package.js";
import { Styles } from "./styles.js";
import { elements } from "./xml.js";

// The DOCX readers, for textconv, `diff` and `review`: one package reader,
// one set of limits, one pair of errors.
export { DocxLimitError, NotDocxError } from "./errors.js";
export { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits.js";
export {
  readDocxPackage,
  readDocxParts,
  type DocxPackage,
  type DocxParts,
} from "./package.js";
export {
  attr,
  child,
  elements,
  intVal,
  isElement,
  textContent,
  val,
  type XmlElement,
  type XmlNode,
} from "./xml.js";

/**
 * Any DOCX as canonical text (design.md, "The canonical text"): one
 * paragraph per line with the numbers Word shows, headings, tables as rows
 * with cells between ` | `, footnote marks `[n]` and a `Notes` block. For a
 * draft this tool built it prints exactly what `renderText` prints.
 *
 * Every part it reads is inflated (within the limits) before any is
 * parsed, and the body is read one block at a time. Throws NotDocxError
 * when the bytes are not a DOCX, DocxLimitError when it is past a limit.
 */
export function docxToText(
  bytes: Uint8Array,
  limits: Readonly<DocxLimits> = DEFAULT_DOCX_LIMITS,
): string {
  const docx = readDocxPackage(bytes, limits);
  const names = {
    styles: docx.relatedPart("styles"),
    numbering: docx.relatedPart("numbering"),
    footnotes: docx.relatedPart("footnotes"),
  };
  const document = docx.bytes(docx.mainPart);
  if (document === undefined)
    throw new NotDocxError("it has no word/document.xml");
  const data = {
    styles: names.styles === undefined ? undefined : docx.bytes(names.styles),
    numbering:
      names.numbering === undefined ? undefined : docx.bytes(names.numbering),
    footnotes:
      names.footnotes === undefined ? undefined : docx.bytes(names.footnotes),
  };
  const parse = (name: string | undefined, part: Uint8Array | undefined) =>
    name === undefined || part === undefined
      ? undefined
      : docx.parse(name, part);

  const writer = new BodyWriter(
    new Styles(parse(names.styles, data.styles)),
    new NumberingReplay(parse(names.numbering, data.numbering)),
    limits.maxTextLength,
  );
  docx.parse(docx.mainPart, document, {
    parent: "body",
    visit: (block) => writer.block(block),
  });
  const footnotes = parse(names.footnotes, data.footnotes);
  const notes = elements(footnotes, "footnote").length;
  if (notes > limits.maxFootnotes)
    throw new DocxLimitError(
      `its part ${names.footnotes ?? ""} holds ${notes.toLocaleString("en-US")} footnotes, more than ${limits.maxFootnotes.toLocaleString("en-US")}`,
    );
  writer.notes(footnotes);
  return writer.lines.toString();
}
