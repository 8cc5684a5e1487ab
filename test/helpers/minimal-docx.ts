// A DOCX written by hand, part by part, for textconv tests of what other
// producers write (numbering overrides, tracked changes, odd prefixes).
import { strToU8, zipSync } from "fflate";

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R =
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface MinimalDocx {
  /** The children of w:body. */
  body: string;
  /** The children of w:numbering (abstractNum and num elements). */
  numbering?: string;
  /** The children of w:styles. */
  styles?: string;
  /** The children of w:footnotes (separators are added). */
  footnotes?: string;
}

/** A paragraph: `p("text", '<w:pStyle w:val="Heading1"/>')`. */
export function p(text: string, pPr = "", runs = ""): string {
  const run =
    text === "" ? "" : `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  return `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${run}${runs}</w:p>`;
}

export function numPr(numId: number, ilvl = 0): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

/** An abstractNum with the given levels: [numFmt, lvlText, start?, extra?]. */
export function abstractNum(
  id: number,
  levels: [string, string, number?, string?][],
): string {
  const lvls = levels
    .map(
      ([format, text, start, extra], ilvl) =>
        `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start ?? 1}"/><w:numFmt w:val="${format}"/>${extra ?? ""}<w:lvlText w:val="${text}"/></w:lvl>`,
    )
    .join("");
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, overrides = ""): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

export function startOverride(ilvl: number, start: number): string {
  return `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;
}

export function minimalDocx(parts: MinimalDocx): Uint8Array {
  const rels = [
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`,
    `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`,
  ].join("");
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    "word/document.xml": `<?xml version="1.0"?><w:document ${W} ${R}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
    "word/styles.xml": `<?xml version="1.0"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${parts.styles ?? ""}</w:styles>`,
    "word/numbering.xml": `<?xml version="1.0"?><w:numbering ${W}>${parts.numbering ?? ""}</w:numbering>`,
    "word/footnotes.xml": `<?xml version="1.0"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${parts.footnotes ?? ""}</w:footnotes>`,
  };
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, xml]) => [name, strToU8(xml)]),
    ),
  );
}
