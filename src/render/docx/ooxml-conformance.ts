// The one place that corrects what the docx package (9.15) writes and offers
// no option for, so that every draft passes an ISO/IEC 29500 validator and
// Word opens it without offering a repair. Each correction works on the
// package's XML text before zipping and is a no-op if docx stops writing the
// markup it corrects; test/render/docx/ooxml-conformance.test.ts fails loudly
// when docx's raw output changes, so these are revisited on every upgrade.

/** The package's parts by path: XML as text, media as bytes. */
export type PackageParts = Map<string, string | Uint8Array>;

/**
 * Word's own definition of the default character style. docx bases its
 * Hyperlink, FootnoteReference, … character styles on it but never defines it.
 */
export const DEFAULT_PARAGRAPH_FONT =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
  '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/>' +
  "<w:semiHidden/><w:unhideWhenUsed/></w:style>";

/** Word's Strong: a character style (docx writes it as a paragraph style). */
export const STRONG_CHARACTER_STYLE =
  '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/>' +
  '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="22"/><w:qFormat/>' +
  "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>";

/**
 * Library default styles a draft never uses: Heading 3–6 (in blue), Caption,
 * Bibliography, List Paragraph, TOC 1–9. They are dropped unless some part
 * of the package refers to them, so a style of the same id added later to
 * the renderer is kept.
 */
export const UNUSED_LIBRARY_STYLES: readonly string[] = [
  "Heading3",
  "Heading4",
  "Heading5",
  "Heading6",
  "Caption",
  "Bibliography",
  "ListParagraph",
  ...Array.from({ length: 9 }, (_, i) => `TOC${i + 1}`),
];

const STYLE_ELEMENT = /<w:style\b[^>]*>[\s\S]*?<\/w:style>/g;

function styleId(element: string): string | undefined {
  return /\bw:styleId="([^"]+)"/.exec(element)?.[1];
}

function styleType(element: string): string | undefined {
  return /\bw:type="([^"]+)"/.exec(element)?.[1];
}

/** A reference (w:pStyle, w:rStyle, w:tblStyle) to one of UNUSED_LIBRARY_STYLES. */
const LIBRARY_STYLE_REFERENCE = new RegExp(
  `<w:(?:pStyle|rStyle|tblStyle) w:val="(${UNUSED_LIBRARY_STYLES.join("|")})"`,
  "g",
);

/**
 * Which of UNUSED_LIBRARY_STYLES some part other than styles.xml refers
 * to: all conformStyles asks. Matching those ids only, not every style
 * reference, spares a match object per paragraph (20 MB of XML at 1,000
 * files: 16 -> 10 ms).
 */
function referencedStyles(parts: PackageParts): Set<string> {
  const used = new Set<string>();
  for (const [name, data] of parts) {
    if (name === "word/styles.xml" || !name.endsWith(".xml")) continue;
    const xml = textOf(data);
    for (const match of xml.matchAll(LIBRARY_STYLE_REFERENCE))
      used.add(match[1]);
  }
  return used;
}

/** styles.xml: define DefaultParagraphFont, make Strong a character style, drop unused defaults. */
export function conformStyles(
  xml: string,
  /** Of UNUSED_LIBRARY_STYLES, those the draft refers to (others may be left out). */
  used: ReadonlySet<string>,
): string {
  const drop = new Set(UNUSED_LIBRARY_STYLES.filter((id) => !used.has(id)));
  let hasDefaultFont = false;
  let corrected = xml.replace(STYLE_ELEMENT, (element) => {
    const id = styleId(element);
    if (id === undefined) return element;
    if (id === "DefaultParagraphFont") hasDefaultFont = true;
    if (drop.has(id)) return "";
    if (id === "Strong" && styleType(element) === "paragraph")
      return STRONG_CHARACTER_STYLE;
    return element;
  });
  if (!hasDefaultFont && corrected.includes("DefaultParagraphFont")) {
    // Before the first character style, as Word orders them.
    const at = corrected.search(/<w:style w:type="character"/);
    const index = at >= 0 ? at : corrected.lastIndexOf("</w:styles>");
    corrected =
      corrected.slice(0, index) +
      DEFAULT_PARAGRAPH_FONT +
      corrected.slice(index);
  }
  return corrected;
}

/**
 * footnotes.xml / endnotes.xml: the separator and continuation separator
 * notes must not hold a note reference mark (w:footnoteRef / w:endnoteRef);
 * docx puts one in each, a reported trigger of Word's repair dialog.
 */
export function conformSeparators(xml: string, kind: "footnote" | "endnote") {
  const note = new RegExp(`<w:${kind}\\b[^>]*>[\\s\\S]*?</w:${kind}>`, "g");
  const markRun = new RegExp(
    `<w:r>(?:<w:rPr>(?:(?!</w:rPr>)[\\s\\S])*</w:rPr>)?<w:${kind}Ref/></w:r>`,
    "g",
  );
  return xml.replace(note, (element) => {
    const open = /^<[^>]*>/.exec(element)?.[0] ?? "";
    if (!/\bw:type="(?:separator|continuationSeparator)"/.test(open))
      return element;
    return element.replace(markRun, "");
  });
}

/**
 * A paragraph mark's run properties (w:pPr/w:rPr, CT_ParaRPr) start with
 * its revision (w:ins, w:del, w:moveFrom, w:moveTo); docx writes the
 * revision after the other properties, so a bold paragraph inserted in a
 * redline fails the schema. Move the revision first.
 */
export function conformParagraphMarkRevisions(xml: string): string {
  if (!/<w:(?:ins|del|moveFrom|moveTo) [^>]*\/>/.test(xml)) return xml;
  return xml.replace(
    /(<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?<w:rPr>)((?:(?!<\/w:rPr>)[\s\S])*)(<\/w:rPr>)/g,
    (whole, open: string, properties: string, close: string) => {
      const revisions: string[] = [];
      const others = properties.replace(
        /<w:(?:ins|del|moveFrom|moveTo) [^>]*\/>/g,
        (revision) => {
          revisions.push(revision);
          return "";
        },
      );
      return revisions.length === 0
        ? whole
        : `${open}${revisions.join("")}${others}${close}`;
    },
  );
}

// fflate's strFromU8 decodes with the same TextDecoder; importing fflate for it cost a build the
// few milliseconds fflate takes to set up its tables.
const utf8 = new TextDecoder();

/** A part as text: XML parts may come as text or as bytes. */
export function textOf(data: string | Uint8Array): string;
export function textOf(
  data: string | Uint8Array | undefined,
): string | undefined;
export function textOf(
  data: string | Uint8Array | undefined,
): string | undefined {
  return data === undefined || typeof data === "string"
    ? data
    : utf8.decode(data);
}

/**
 * Apply every correction to the package's parts, in place. `revisions:
 * false` says the package has no tracked changes (a draft, not a redline),
 * which spares a search through every part.
 */
export function conformPackage(
  parts: PackageParts,
  options: { revisions?: boolean } = {},
): void {
  const styles = textOf(parts.get("word/styles.xml"));
  if (styles !== undefined)
    parts.set(
      "word/styles.xml",
      conformStyles(styles, referencedStyles(parts)),
    );
  for (const kind of ["footnote", "endnote"] as const) {
    const name = `word/${kind}s.xml`;
    const notes = textOf(parts.get(name));
    if (notes !== undefined) parts.set(name, conformSeparators(notes, kind));
  }
  if (options.revisions === false) return;
  for (const [name, data] of parts) {
    if (!/^word\/[^/]+\.xml$/.test(name)) continue;
    const xml = textOf(data);
    const corrected = conformParagraphMarkRevisions(xml);
    if (corrected !== xml) parts.set(name, corrected);
  }
}
