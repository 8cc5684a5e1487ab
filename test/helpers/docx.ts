// Reading a rendered DOCX back in tests: its parts as text, and its
// paragraphs with the properties a reader sees (style, numbering, text, bold).
import { strFromU8, unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";
import type { Inline } from "../../src/model.js";

export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(
    Object.entries(files).map(([name, data]) => [name, strFromU8(data)]),
  );
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`The DOCX has no ${name}`);
  return xml;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export interface DocxParagraph {
  style: string | undefined;
  numId: string | undefined;
  ilvl: string | undefined;
  /** Text of the runs, `<w:tab/>` as a tab, footnote references as [n]. */
  text: string;
  /** True when every run with text is bold. */
  bold: boolean;
  xml: string;
}

/** Every `w:p` of a part, in order (table cells included). */
export function paragraphs(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?=[\s>])[^>]*>[\s\S]*?<\/w:p>/g)].map(([p]) => {
    const runs = [...p.matchAll(/<w:r(?=[\s>])[^>]*>[\s\S]*?<\/w:r>/g)].map(
      ([r]) => r,
    );
    const runText = (run: string) =>
      [
        ...run.matchAll(
          /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:footnoteReference w:id="(\d+)"\/>/g,
        ),
      ]
        .map((m) =>
          m[0] === "<w:tab/>"
            ? "\t"
            : m[2] !== undefined
              ? `[${m[2]}]`
              : decode(m[1] ?? ""),
        )
        .join("");
    const textRuns = runs.filter((run) => /<w:t[\s>]/.test(run));
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
      numId: /<w:numId w:val="(\d+)"/.exec(p)?.[1],
      ilvl: /<w:ilvl w:val="(\d+)"/.exec(p)?.[1],
      text: runs.map(runText).join(""),
      bold: textRuns.length > 0 && textRuns.every((run) => /<w:b\/>/.test(run)),
      xml: p,
    };
  });
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
});

/** An element as fast-xml-parser gives it: child elements and `@attributes` by name. */
export type XmlNode = { readonly [name: string]: unknown };

const isNode = (value: unknown): value is XmlNode =>
  typeof value === "object" && value !== null;

export function parseXml(xml: string): XmlNode {
  return parser.parse(xml) as XmlNode;
}

/** The child elements named `tag` (one or many, as the parser folds a single one). */
export function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  const value = node?.[tag];
  const list: unknown[] = Array.isArray(value)
    ? value
    : value === undefined
      ? []
      : [value];
  return list.map((item) => (isNode(item) ? item : {}));
}

/** The element at a path of tags, each the first of its name. */
export function child(
  node: XmlNode | undefined,
  ...tags: string[]
): XmlNode | undefined {
  return tags.reduce<XmlNode | undefined>(
    (at, tag) => children(at, tag)[0],
    node,
  );
}

/** An attribute, by its name without the `@`. */
export function attr(
  node: XmlNode | undefined,
  name: string,
): string | undefined {
  const value = node?.[`@${name}`];
  return typeof value === "string" ? value : undefined;
}

/** The plain words of inlines as a reader shows them, footnote references as [n]. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case "text":
        case "code":
          return inline.value;
        case "emphasis":
        case "strong":
        case "link":
          return plainText(inline.children);
        case "footnote":
          return `[${inline.number}]`;
        case "image":
          return "";
        case "break":
          return " ";
      }
    })
    .join("");
}
