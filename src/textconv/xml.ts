import { XMLParser } from "fast-xml-parser";

/** An XML element by its local name (namespace prefixes dropped: `w:p` is `p`). */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: readonly XmlNode[];
}

export type XmlNode = XmlElement | { text: string };

// preserveOrder keeps runs, tabs and footnote references in document order;
// prefixes are dropped because OOXML producers may bind `w` to any prefix.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type Ordered = Record<string, unknown>;

function convert(items: readonly Ordered[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of items) {
    for (const [key, value] of Object.entries(item)) {
      if (key === ":@") continue;
      if (key === "#text") {
        nodes.push({ text: String(value) });
        continue;
      }
      const attributes = (item[":@"] ?? {}) as Record<string, string>;
      nodes.push({
        name: key,
        attributes,
        children: convert(Array.isArray(value) ? (value as Ordered[]) : []),
      });
    }
  }
  return nodes;
}

/** The root element of an XML document. */
export function parseXml(xml: string): XmlElement {
  const root = convert(parser.parse(xml) as Ordered[]).find(isElement);
  if (root === undefined) throw new Error("No root element");
  return root;
}

export function isElement(node: XmlNode): node is XmlElement {
  return "name" in node;
}

/** Child elements, optionally only those named `name`. */
export function elements(
  element: XmlElement | undefined,
  name?: string,
): XmlElement[] {
  if (element === undefined) return [];
  return element.children.filter(
    (node): node is XmlElement =>
      isElement(node) && (name === undefined || node.name === name),
  );
}

/** The first child element at a path of names. */
export function child(
  element: XmlElement | undefined,
  ...names: string[]
): XmlElement | undefined {
  let at = element;
  for (const name of names) at = elements(at, name)[0];
  return at;
}

/** An attribute by local name (`w:val` is `val`). */
export function attr(
  element: XmlElement | undefined,
  name: string,
): string | undefined {
  return element?.attributes[name];
}

/** The `w:val` of the child at a path, e.g. `val(pPr, "pStyle")`. */
export function val(
  element: XmlElement | undefined,
  ...names: string[]
): string | undefined {
  return attr(child(element, ...names), "val");
}

/** A `w:val` as an integer, or undefined when absent or not a number. */
export function intVal(
  element: XmlElement | undefined,
  ...names: string[]
): number | undefined {
  const value = val(element, ...names);
  if (value === undefined) return undefined;
  const number = Number.parseInt(value, 10);
  return Number.isNaN(number) ? undefined : number;
}

/** Concatenated text content of an element (for `w:t`, `w:instrText`). */
export function textContent(element: XmlElement): string {
  return element.children
    .map((node) => (isElement(node) ? textContent(node) : node.text))
    .join("");
}
