import { numberLine } from "../render/number-line.js";
import { BlockLines } from "./lines.js";
import {
  checkLevel,
  type NumberLabel,
  type NumberingReplay,
} from "./numbering.js";
import { paragraphSegments, type Segment } from "./runs.js";
import type { Styles } from "./styles.js";
import { attr, child, elements, intVal, val, type XmlElement } from "./xml.js";

const INDENT = "    ";

// Style ids of our own drafts (src/render/docx/styles.ts). The masthead is a
// layout table, but its lines print one by one as the text renderer does.
const MASTHEAD = "Masthead";
const SUBPARAGRAPH = "Subparagraph";
const FIGURE = "Figure";
/** "Annex I": after it, paragraph numbers start again and print "Annex I, 1." as renderText does. */
const ANNEX_HEADING = "AnnexHeading";
// A table's or figure's number line and title: one block with what they title.
const CAPTION_NUMBER = "CaptionNumber";
const CAPTION_TITLE = "CaptionTitle";
// Ours, Word's built-in quote styles, and pandoc's.
const QUOTES = ["BlockQuote", "Quote", "IntenseQuote", "BlockText"];

/** What the previous line was: it decides whether the next one joins its block. */
type Last =
  "none" | "masthead" | "quote" | "list" | "lead" | "caption" | "other";

interface Line {
  text: string;
  styleId: string | undefined;
  /** `paragraph` when the style numbers it (a numbered paragraph), `list` when only the paragraph does (a list item). */
  label?: NumberLabel & { numId: string; role: "paragraph" | "list" };
}

/**
 * Walks a document body in order and writes its canonical text: numbers
 * replayed from the numbering definitions, footnote references numbered in
 * order of reference (as Word shows them), tracked changes accepted.
 */
export class BodyWriter {
  readonly lines: BlockLines;
  /** Footnote ids in order of reference: reference n is footnote `references[n - 1]`. */
  readonly references: string[] = [];
  /** Notes referenced with a custom mark (asterisk notes), in order: printed before the numbered ones. */
  readonly markedReferences: string[] = [];
  readonly #marked = new Set<string>();
  #last: Last = "none";
  /** Content of paragraphs whose mark was deleted: accepted, they join the next paragraph. */
  #carry: Segment[] = [];
  readonly #masthead = new WeakMap<XmlElement, "yes" | "no" | "empty">();
  /** "Annex I, " once an annex heading is met: its paragraph numbers are its own. */
  #numberPrefix = "";

  constructor(
    private readonly styles: Styles,
    private readonly numbering: NumberingReplay,
    maxTextLength?: number,
  ) {
    this.lines = new BlockLines(maxTextLength);
  }

  body(container: XmlElement | undefined): void {
    for (const element of elements(container)) this.block(element);
  }

  /** One child of the body (or of a cell, a content control): a paragraph, a table ... */
  block(element: XmlElement): void {
    if (element.name === "p") this.#paragraph(element);
    else if (element.name === "tbl") this.#table(element);
    else if (element.name === "sdt") this.body(child(element, "sdtContent"));
    else if (element.name === "customXml") this.body(element);
  }

  /** The `Notes` block: `[n] text` for every reference, in order. */
  notes(footnotes: XmlElement | undefined): void {
    if (this.references.length === 0 && this.markedReferences.length === 0)
      return;
    const byId = new Map(
      elements(footnotes, "footnote").map((note) => [attr(note, "id"), note]),
    );
    // A note cited many times is read once.
    const texts = new Map<string, string>();
    const noteText = (id: string) => {
      let text = texts.get(id);
      if (text === undefined) {
        text = elements(byId.get(id), "p")
          .map((p) => this.#text(paragraphSegments(p), undefined, false))
          .join(" ")
          // Each note starts with a tab (or space) after the number Word writes.
          .replace(/^\s+/, "");
        texts.set(id, text);
      }
      return text;
    };
    this.lines.block("Notes");
    // A marked note starts with its mark where a numbered one has its number: "* Reissued ...".
    const lines = [
      ...this.markedReferences.map((id) =>
        noteText(id).replace(/^(\S+)\s+/, "$1 "),
      ),
      ...this.references.map((id, index) => `[${index + 1}] ${noteText(id)}`),
    ];
    lines.forEach((line, index) => {
      if (index === 0) this.lines.block(line);
      else this.lines.continue(line);
    });
  }

  #read(paragraph: XmlElement): Line | undefined {
    const pPr = child(paragraph, "pPr");
    // Appended in place: a run of 100,000 deleted marks is one growing list, not 100,000 copies.
    const segments = this.#carry;
    for (const segment of paragraphSegments(paragraph)) segments.push(segment);
    const mark = child(pPr, "rPr");
    if (
      child(mark, "del") !== undefined ||
      child(mark, "moveFrom") !== undefined
    )
      return undefined;
    this.#carry = [];
    const styleId = this.styles.effective(val(pPr, "pStyle"));
    const label = this.#label(pPr, styleId);
    const text = this.#text(segments, styleId, true);
    return { text, styleId, ...(label ? { label } : {}) };
  }

  #label(
    pPr: XmlElement | undefined,
    styleId: string | undefined,
  ): Line["label"] | undefined {
    const direct = child(pPr, "numPr");
    const directId = val(direct, "numId");
    const fromStyle = this.styles.numbering(styleId);
    const numId = directId ?? fromStyle?.numId;
    if (numId === undefined || numId === "0") return undefined;
    const directLevel = intVal(direct, "ilvl");
    const ilvl =
      (directLevel === undefined
        ? undefined
        : checkLevel(directLevel, "a paragraph's")) ??
      fromStyle?.ilvl ??
      this.numbering.levelForStyle(numId, styleId);
    const label = this.numbering.next(numId, ilvl);
    const role = fromStyle === undefined ? "list" : "paragraph";
    return label && { ...label, numId, role };
  }

  #text(
    segments: readonly Segment[],
    styleId: string | undefined,
    countFootnotes: boolean,
  ): string {
    const figure =
      segments.some((s) => s.kind === "image") &&
      segments.every((s) => s.kind !== "text" || s.value.trim() === "") &&
      this.styles.is(styleId, FIGURE);
    if (figure)
      return segments
        .map((s) => (s.kind === "image" ? `[Figure: ${s.alt}]` : ""))
        .join("");
    return segments
      .map((segment) => {
        switch (segment.kind) {
          case "text":
            return segment.value;
          case "image":
            // The masthead's emblem is page furniture, as the rules are.
            return this.styles.is(styleId, MASTHEAD)
              ? ""
              : `[Image: ${segment.alt}]`;
          case "footnote":
            if (!countFootnotes) return "";
            this.references.push(segment.id);
            return `[${this.references.length}]`;
          case "marked-note":
            if (countFootnotes && !this.#marked.has(segment.id)) {
              this.#marked.add(segment.id);
              this.markedReferences.push(segment.id);
            }
            return "";
        }
      })
      .join("");
  }

  #emit(text: string, last: Last, joins: boolean): void {
    if (joins) this.lines.continue(text);
    else this.lines.block(text);
    this.#last = last;
  }

  #paragraph(paragraph: XmlElement): void {
    const line = this.#read(paragraph);
    if (line === undefined) return;
    const { text, styleId, label } = line;
    if (this.styles.headingLevel(styleId) !== undefined) {
      // "I.<tab>Introduction" reads "I. Introduction".
      const title = text.replace(/\s+/g, " ").trim();
      if (this.styles.is(styleId, ANNEX_HEADING))
        this.#numberPrefix = `${title}, `;
      const full =
        label && label.text !== "" ? `${label.text} ${title}` : title;
      if (full !== "") this.#emit(full, "other", false);
      return;
    }
    if (label === undefined && text === "") return;
    if (this.styles.is(styleId, CAPTION_NUMBER, CAPTION_TITLE)) {
      const joins =
        this.#last === "caption" && this.styles.is(styleId, CAPTION_TITLE);
      if (text.trim() !== "") this.#emit(text, "caption", joins);
      return;
    }
    if (this.styles.is(styleId, MASTHEAD)) {
      if (text !== "") this.#emit(text, "masthead", this.#last === "masthead");
      return;
    }
    if (label?.role === "list") {
      this.#listItem(text, styleId, label);
      return;
    }
    if (label !== undefined) {
      // Numbered by its style: a numbered paragraph, its number on a line
      // of its own (numberLine); with no text it is the number of the list
      // that follows it. One that starts with a written label and a tab
      // ("(a)<tab>…", as wps-report writes a list with no lead-in) holds
      // that list's first item: the number shares its line, "85. (a) …".
      const firstItem = /^(\([a-z]+\)|\u2022)\t/.exec(text);
      const body = firstItem ? text.replace("\t", " ") : text;
      const number = `${this.#numberPrefix}${label.text}`;
      if (label.text === "") {
        if (body !== "") this.#emit(body, firstItem ? "lead" : "other", false);
      } else if (body === "") this.#emit(number, "lead", false);
      else if (firstItem) this.#emit(`${number} ${body}`, "lead", false);
      else {
        this.#emit(numberLine(number, body), "lead", false);
        this.#emit(body, "other", true);
      }
      return;
    }
    if (text.trim() === "") return;
    if (this.styles.is(styleId, ...QUOTES)) {
      this.#emit(`${INDENT}${text}`, "quote", this.#last === "quote");
      return;
    }
    const titled = this.#last === "caption" && this.styles.is(styleId, FIGURE);
    this.#emit(text, "other", titled);
  }

  /** A subparagraph or list item: indented by level, joined to the list it continues. */
  #listItem(
    text: string,
    styleId: string | undefined,
    label: NonNullable<Line["label"]>,
  ): void {
    const depth = label.ilvl + (this.styles.is(styleId, SUBPARAGRAPH) ? 1 : 0);
    // An item joins the list before it unless its count begins again at
    // the first level: that is a new list (the numIds cannot tell, as
    // LibreOffice saves one list's items under several).
    const joins =
      this.#last === "lead" ||
      (this.#last === "list" && (label.ilvl > 0 || !label.restarted));
    const body = text === "" ? "" : ` ${text}`;
    this.#emit(`${INDENT.repeat(depth)}${label.text}${body}`, "list", joins);
  }

  #table(table: XmlElement): void {
    if (this.#isMasthead(table) === "yes") {
      for (const row of elements(table, "tr"))
        for (const cell of elements(row, "tc")) this.body(cell);
      return;
    }
    let emitted = 0;
    for (const row of elements(table, "tr")) {
      if (child(row, "trPr", "del") !== undefined) continue;
      const cells = elements(row, "tc").map((cell) => this.#cellText(cell));
      this.#emit(
        cells.join(" | "),
        "other",
        emitted > 0 || this.#last === "caption",
      );
      emitted++;
    }
  }

  /**
   * Whether every paragraph in a table is in the masthead style ("empty"
   * when it holds none). Remembered per element, so tables nested in a
   * masthead are not searched again at every level.
   */
  #isMasthead(element: XmlElement): "yes" | "no" | "empty" {
    const known = this.#masthead.get(element);
    if (known !== undefined) return known;
    let result: "yes" | "no" | "empty" = "empty";
    if (element.name === "p") {
      const style = this.styles.effective(val(child(element, "pPr"), "pStyle"));
      result = this.styles.is(style, MASTHEAD) ? "yes" : "no";
    } else {
      for (const nested of elements(element)) {
        const inner = this.#isMasthead(nested);
        if (inner === "no") {
          result = "no";
          break;
        }
        if (inner === "yes") result = "yes";
      }
    }
    this.#masthead.set(element, result);
    return result;
  }

  /** A cell's paragraphs (with their numbers) and nested tables, on one line. */
  #cellText(container: XmlElement | undefined): string {
    const parts: string[] = [];
    for (const element of elements(container)) {
      if (element.name === "p") {
        const line = this.#read(element);
        if (line === undefined) continue;
        const label = line.label?.text ?? "";
        parts.push([label, line.text].filter((s) => s !== "").join(" "));
      } else if (element.name === "tbl") {
        for (const row of elements(element, "tr"))
          for (const cell of elements(row, "tc"))
            parts.push(this.#cellText(cell));
      } else if (element.name === "sdt") {
        parts.push(this.#cellText(child(element, "sdtContent")));
      }
    }
    return parts.filter((part) => part.trim() !== "").join(" ");
  }
}
