import {
  attr,
  elements,
  isElement,
  textContent,
  type XmlElement,
} from "./xml.js";

/** What a paragraph holds, in order, as the accepted version of the document shows it. */
export type Segment =
  | { kind: "text"; value: string }
  | { kind: "image"; alt: string }
  | { kind: "footnote"; id: string }
  /** A reference with a custom mark (an asterisk note): the mark follows as text. */
  | { kind: "marked-note"; id: string };

// Tracked deletions (and the old place of a move) are not in the accepted text.
const REJECTED = new Set(["del", "moveFrom"]);
// Properties, and things that carry no text of the paragraph itself.
const SKIPPED = new Set([
  "pPr",
  "rPr",
  "commentRangeStart",
  "commentRangeEnd",
  "bookmarkStart",
  "bookmarkEnd",
  "proofErr",
  "permStart",
  "permEnd",
]);

/** The segments of a paragraph's content (`w:p` children other than `w:pPr`). */
export function paragraphSegments(paragraph: XmlElement): Segment[] {
  const segments: Segment[] = [];
  collect(paragraph, segments);
  return segments;
}

function collect(parent: XmlElement, out: Segment[]): void {
  for (const node of parent.children) {
    if (!isElement(node) || SKIPPED.has(node.name) || REJECTED.has(node.name))
      continue;
    if (node.name === "r") runSegments(node, out);
    // ins, moveTo, hyperlink, smartTag, sdt/sdtContent, fldSimple, customXml, math ...: their runs count.
    else collect(node, out);
  }
}

function runSegments(run: XmlElement, out: Segment[]): void {
  for (const item of elements(run)) {
    switch (item.name) {
      case "t":
        out.push({ kind: "text", value: textContent(item) });
        break;
      case "tab":
      case "ptab":
        out.push({ kind: "text", value: "\t" });
        break;
      case "br":
      case "cr":
        // A line break reads as a space (as the text renderer prints a hard break); page and column breaks are layout.
        if (
          attr(item, "type") === undefined ||
          attr(item, "type") === "textWrapping"
        )
          out.push({ kind: "text", value: " " });
        break;
      case "noBreakHyphen":
        out.push({ kind: "text", value: "-" });
        break;
      case "sym": {
        const code = Number.parseInt(attr(item, "char") ?? "", 16);
        if (!Number.isNaN(code))
          out.push({ kind: "text", value: String.fromCodePoint(code) });
        break;
      }
      case "footnoteReference": {
        const id = attr(item, "id");
        // A custom mark is written as text right after the reference; it is printed as that text.
        if (id !== undefined)
          out.push({
            kind:
              attr(item, "customMarkFollows") === "1"
                ? "marked-note"
                : "footnote",
            id,
          });
        break;
      }
      case "drawing":
      case "pict":
      case "AlternateContent": {
        const alt = imageDescription(item);
        if (alt !== undefined) out.push({ kind: "image", alt });
        break;
      }
      default:
        // rPr, delText, instrText (field codes), fldChar, footnoteRef, separators: not text.
        break;
    }
  }
}

/** The alt text of the first picture in a drawing (`wp:docPr/@descr`), or undefined when it holds none. */
function imageDescription(element: XmlElement): string | undefined {
  if (element.name === "docPr")
    return attr(element, "descr") ?? attr(element, "title") ?? "";
  if (element.name === "imagedata") return attr(element, "title") ?? "";
  for (const nested of elements(element)) {
    // Word writes a shape twice (Choice and Fallback); read the first.
    const found = imageDescription(nested);
    if (found !== undefined) return found;
  }
  return undefined;
}
