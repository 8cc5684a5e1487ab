import { DocxLimitError, NotDocxError } from "./errors.js";

/** An XML element by its local name (namespace prefixes dropped: `w:p` is `p`). */
export interface XmlElement {
  name: string;
  /** By local name (`w:val` is `val`); no prototype, so `constructor` is just a name. */
  attributes: Readonly<Record<string, string>>;
  children: readonly XmlNode[];
}

export type XmlNode = XmlElement | { text: string };

/** What one part may hold; past these it is refused unread. */
export interface XmlLimits {
  /** Elements nested deeper than this (the root is depth 1). */
  maxDepth: number;
  /** Elements and text nodes held at once. */
  maxNodes: number;
}

export interface ParseXmlOptions {
  /** The part's name, for messages. */
  part: string;
  limits: XmlLimits;
  /**
   * Called with each element as it closes when its parent is named
   * `parent`; the element is then dropped from the tree. A reader walks a
   * long body this way holding one paragraph or table at a time.
   */
  stream?: { parent: string; visit(element: XmlElement): void };
}

interface Open {
  element: XmlElement & { children: XmlNode[] };
  qname: string;
  /** Nodes held when it opened: what remains once a streamed element is handled. */
  heldBefore: number;
}

const NAME = /[^\s/>=]+/y;
const ATTRIBUTE = /\s+([^\s/>=]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const PREDEFINED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(
  Object.create(null) as Record<string, string>,
);
const NO_CHILDREN: readonly XmlNode[] = Object.freeze([]);

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/**
 * Parse an XML document in one pass, in time linear in its length: no
 * recursion (depth cannot overflow the stack), no DTD (a DOCTYPE is refused,
 * so there are no entity expansions), only the five predefined entities and
 * character references. Namespace prefixes are dropped, as OOXML producers
 * may bind `w` to any prefix; `xmlns` declarations are not kept.
 * Throws NotDocxError for malformed XML and DocxLimitError past the limits.
 */
export function parseXml(xml: string, options: ParseXmlOptions): XmlElement {
  const { part, limits, stream } = options;
  const malformed = (what: string) =>
    new NotDocxError(`its part ${part} is not well-formed XML (${what})`);
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let held = 0;
  let at = 0;

  const hold = (node: XmlNode) => {
    const parent = stack.at(-1);
    if (parent === undefined) return;
    held++;
    if (held > limits.maxNodes)
      throw new DocxLimitError(
        `its part ${part} holds more than ${limits.maxNodes.toLocaleString("en-US")} XML nodes at once`,
      );
    if (parent.element.children === NO_CHILDREN) parent.element.children = [];
    parent.element.children.push(node);
  };

  const text = (from: number, to: number) => {
    if (from === to) return;
    const raw = xml.slice(from, to);
    if (stack.length === 0) {
      if (raw.trim() !== "") throw malformed("text outside the root element");
      return;
    }
    hold({ text: decodeEntities(raw, malformed) });
  };

  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) {
      text(at, xml.length);
      break;
    }
    text(at, lt);
    if (xml.startsWith("<?", lt)) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw malformed("an unclosed processing instruction");
      at = end + 2;
    } else if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) throw malformed("an unclosed comment");
      at = end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0 || stack.length === 0)
        throw malformed("a stray CDATA section");
      hold({ text: xml.slice(lt + 9, end) });
      at = end + 3;
    } else if (xml.startsWith("<!DOCTYPE", lt)) {
      throw new NotDocxError(
        `its part ${part} has a DOCTYPE; DOCTYPEs are not allowed (they can make a reader fetch files or expand entities without end)`,
      );
    } else if (xml.startsWith("<!", lt)) {
      throw malformed("a '<!' that starts no comment or CDATA section");
    } else if (xml.startsWith("</", lt)) {
      NAME.lastIndex = lt + 2;
      const qname = NAME.exec(xml)?.[0];
      const end = xml.indexOf(">", lt);
      const open = stack.pop();
      if (
        open === undefined ||
        qname !== open.qname ||
        end < 0 ||
        xml.slice(NAME.lastIndex, end).trim() !== ""
      )
        throw malformed(
          `a closing tag </${qname ?? ""}> that matches no open tag`,
        );
      at = end + 1;
      close(open);
    } else {
      NAME.lastIndex = lt + 1;
      const qname = NAME.exec(xml)?.[0];
      if (qname === undefined) throw malformed("a '<' that starts no tag");
      at = NAME.lastIndex;
      let attributes = NO_ATTRIBUTES;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const match = ATTRIBUTE.exec(xml);
        if (match === null) break;
        at = ATTRIBUTE.lastIndex;
        const [, qualified = "", double, single] = match;
        if (qualified === "xmlns" || qualified.startsWith("xmlns:")) continue;
        const key = localName(qualified);
        if (attributes === NO_ATTRIBUTES)
          attributes = Object.create(null) as Record<string, string>;
        if (key in attributes)
          throw malformed(`the attribute ${qualified} twice on <${qname}>`);
        (attributes as Record<string, string>)[key] = decodeEntities(
          double ?? single ?? "",
          malformed,
        );
      }
      TAG_END.lastIndex = at;
      const end = TAG_END.exec(xml);
      if (end === null) throw malformed(`an unfinished tag <${qname}>`);
      at = TAG_END.lastIndex;
      if (stack.length === 0 && root !== undefined)
        throw malformed("a second root element");
      if (stack.length >= limits.maxDepth)
        throw new DocxLimitError(
          `its part ${part} nests XML elements deeper than ${limits.maxDepth} levels`,
        );
      const element = {
        name: localName(qname),
        attributes,
        children: NO_CHILDREN as XmlNode[],
      };
      const heldBefore = held;
      if (stack.length === 0) root = element;
      else hold(element);
      const open: Open = { element, qname, heldBefore };
      if (end[1] === "/") close(open);
      else stack.push(open);
    }
  }
  if (stack.length > 0)
    throw malformed(`<${stack.at(-1)?.qname ?? ""}> is never closed`);
  if (root === undefined) throw malformed("no root element");
  return root;

  function close(open: Open): void {
    const parent = stack.at(-1);
    if (stream === undefined || parent?.element.name !== stream.parent) return;
    // Handled now, and dropped: the tree never holds more than one of them.
    parent.element.children.pop();
    held = open.heldBefore;
    stream.visit(open.element);
  }
}

/** Replace `&lt;`, `&#x41;` ... in text or an attribute value; a bare `&` or an unknown entity is malformed. */
function decodeEntities(
  raw: string,
  malformed: (what: string) => Error,
): string {
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  const parts: string[] = [];
  let from = 0;
  while (amp >= 0) {
    const semicolon = raw.indexOf(";", amp);
    const name =
      semicolon < 0 || semicolon - amp > 10
        ? ""
        : raw.slice(amp + 1, semicolon);
    let value = PREDEFINED[name];
    if (value === undefined && name.startsWith("#")) {
      const code = /^#x[0-9a-fA-F]{1,6}$/.test(name)
        ? Number.parseInt(name.slice(2), 16)
        : /^#[0-9]{1,7}$/.test(name)
          ? Number.parseInt(name.slice(1), 10)
          : Number.NaN;
      if (code >= 0 && code <= 0x10ffff) value = String.fromCodePoint(code);
    }
    if (value === undefined)
      throw malformed(
        name === ""
          ? "a bare '&'"
          : `the entity &${name}; which XML does not define`,
      );
    parts.push(raw.slice(from, amp), value);
    from = semicolon + 1;
    amp = raw.indexOf("&", from);
  }
  parts.push(raw.slice(from));
  return parts.join("");
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
  for (const name of names) {
    const parent: XmlElement | undefined = at;
    at = undefined;
    for (const node of parent?.children ?? [])
      if (isElement(node) && node.name === name) {
        at = node;
        break;
      }
  }
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
  const parts: string[] = [];
  const walk = (at: XmlElement) => {
    for (const node of at.children)
      if (isElement(node)) walk(node);
      else parts.push(node.text);
  };
  walk(element);
  return parts.join("");
}
