// Paragraphs written as WordprocessingML text, not as docx objects. docx
// builds an object tree for every paragraph, then a second tree of plain
// objects, then the text: at 1,000 contributions more than a second and
// most of the garbage a build makes. The draft's plain paragraphs
// (paragraph-xml.ts) skip all that and are spliced into the XML docx
// writes for the rest. They must be byte for byte what docx would write:
// test/render/docx/paragraph-xml.test.ts builds drafts both ways and
// compares them.
import { Paragraph, TextRun, type FileChild } from "docx";

/** WordprocessingML already written, in the body or a footnote, where docx objects would be. */
export class RawXml {
  constructor(readonly xml: string) {}
}

/** What a body holds: docx objects, or paragraphs already written as XML. */
export type BodyChild = FileChild | RawXml;

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/**
 * Text as docx 9.15 escapes it, in content and attributes alike: the five
 * markup characters as entities, the C0 controls XML forbids dropped.
 */
export function escapeXml(value: string): string {
  return value.replace(
    // The controls are the point: docx drops them, so must this.
    // eslint-disable-next-line no-control-regex
    /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g,
    (char) => ESCAPES[char] ?? "",
  );
}

// A private-use character cannot come from a contribution's typeset text
// unescaped next to a number like this: the marker paragraph is ours.
const MARK = "\uE000";
const PLACEHOLDER = new RegExp(
  `<w:p><w:r><w:t xml:space="preserve">${MARK}(\\d+)${MARK}</w:t></w:r></w:p>`,
  "g",
);

/**
 * Stand a marker paragraph in for each stretch of raw XML, for docx to
 * write; `fill` then puts the XML where the markers are in the text docx
 * wrote.
 */
export function withPlaceholders(children: readonly BodyChild[]): {
  children: FileChild[];
  fill: (xml: string) => string;
} {
  const stretches: string[][] = [];
  const out: FileChild[] = [];
  let open: string[] | undefined;
  for (const child of children) {
    if (child instanceof RawXml) {
      if (open === undefined) {
        open = [];
        stretches.push(open);
        out.push(
          new Paragraph({
            children: [
              new TextRun({ text: `${MARK}${stretches.length - 1}${MARK}` }),
            ],
          }),
        );
      }
      open.push(child.xml);
    } else {
      open = undefined;
      out.push(child);
    }
  }
  return {
    children: out,
    fill: (xml) => {
      if (stretches.length === 0) return xml;
      let filled = 0;
      const result = xml.replace(PLACEHOLDER, (_whole, index: string) => {
        filled++;
        return stretches[Number(index)]?.join("") ?? "";
      });
      // Only a change in how docx writes a run can cause this: never a draft with paragraphs missing.
      if (filled !== stretches.length)
        throw new Error(
          `docx wrote ${filled} of ${stretches.length} placeholder paragraphs as expected: see src/render/docx/raw-xml.ts`,
        );
      return result;
    },
  };
}
