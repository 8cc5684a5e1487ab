import {
  attr,
  child,
  elements,
  isElement,
  textContent,
  val,
  type XmlElement,
} from "../textconv/index.js";
import { ANCHOR_PREFIX } from "../render/docx/anchors.js";

/** Who made a tracked change, and when (Word's w:author, w:date). */
export interface Revision {
  author: string;
  /** As written in the file (ISO 8601), or "" when absent. */
  date: string;
  /** Set for w:moveFrom / w:moveTo: text that moved. */
  moved?: boolean;
}

const ANCHOR_NAME = new RegExp(`^${ANCHOR_PREFIX}(\\d{1,9})(?:_|$)`);

/** Marks that stand for one character of a paragraph's text. */
export const FOOTNOTE_MARK = "\uE000";
export const IMAGE_MARK = "\uFFFC";

/** A stretch of a paragraph: unchanged, inserted or deleted. */
export interface Piece {
  text: string;
  state: "same" | "ins" | "del";
  revision?: Revision;
  /** For a FOOTNOTE_MARK: the footnote's w:id. */
  footnoteId?: string;
}

/** A run or paragraph whose formatting was changed with tracking on. */
export interface FormatChange extends Revision {
  /** The text of the run whose formatting changed ("" for a paragraph's). */
  text: string;
}

/** One w:p of the reviewed draft, with its tracked changes. */
export interface DraftParagraph {
  /** Index among the paragraphs of its part, in document order. */
  index: number;
  part: "body" | "footnote";
  /** The w:footnote w:id this paragraph belongs to. */
  footnoteId?: string;
  /** Numbers n of the `_wps_<n>` bookmarks that start in it. */
  anchors: number[];
  style?: string;
  pieces: Piece[];
  /** The paragraph mark itself: inserted (a new paragraph, or a split), deleted (joined with the next). */
  mark: "same" | "ins" | "del";
  markRevision?: Revision;
  formatChanges: FormatChange[];
  /** Comments whose range starts here (or whose reference is here). */
  commentIds: string[];
}

/** The text of a paragraph as it reads with all changes rejected, or accepted. */
export function originalText(paragraph: DraftParagraph): string {
  return paragraph.pieces
    .filter((p) => p.state !== "ins")
    .map((p) => p.text)
    .join("");
}

export function acceptedText(paragraph: DraftParagraph): string {
  return paragraph.pieces
    .filter((p) => p.state !== "del")
    .map((p) => p.text)
    .join("");
}

function revisionOf(element: XmlElement, moved = false): Revision {
  return {
    author: attr(element, "author") ?? "",
    date: attr(element, "date") ?? "",
    ...(moved ? { moved: true } : {}),
  };
}

const CHANGED: Readonly<Record<string, Piece["state"]>> = {
  ins: "ins",
  moveTo: "ins",
  del: "del",
  moveFrom: "del",
};
// Elements whose content is the paragraph's own (hyperlinks, fields, controls).
const TRANSPARENT = new Set([
  "hyperlink",
  "smartTag",
  "sdt",
  "sdtContent",
  "customXml",
  "fldSimple",
]);

/** Reads the paragraphs of a part (body or one footnote), in order, with their changes. */
export class ParagraphReader {
  readonly paragraphs: DraftParagraph[] = [];
  // Depth of nested elements walked: a hostile file cannot make us recurse without end.
  static readonly MAX_DEPTH = 64;

  constructor(
    private readonly part: DraftParagraph["part"],
    private readonly footnoteId?: string,
  ) {}

  /** Body, table cells, content controls: every w:p in document order. */
  container(element: XmlElement | undefined, depth = 0): void {
    if (depth > ParagraphReader.MAX_DEPTH) return;
    for (const node of elements(element)) {
      if (node.name === "p") this.#paragraph(node);
      else if (node.name === "tbl")
        for (const row of elements(node, "tr"))
          for (const cell of elements(row, "tc"))
            this.container(cell, depth + 1);
      else if (node.name === "sdt")
        this.container(child(node, "sdtContent"), depth + 1);
      else if (node.name === "customXml") this.container(node, depth + 1);
    }
  }

  #paragraph(p: XmlElement): void {
    const pPr = child(p, "pPr");
    const markIns = child(pPr, "rPr", "ins");
    const markDel =
      child(pPr, "rPr", "del") ?? child(pPr, "rPr", "moveFrom") ?? undefined;
    const style = val(pPr, "pStyle");
    const paragraph: DraftParagraph = {
      index: this.paragraphs.length,
      part: this.part,
      ...(this.footnoteId === undefined ? {} : { footnoteId: this.footnoteId }),
      anchors: [],
      ...(style === undefined ? {} : { style }),
      pieces: [],
      mark: markDel ? "del" : markIns ? "ins" : "same",
      formatChanges: [],
      commentIds: [],
    };
    const markChange = markDel ?? markIns;
    if (markChange) paragraph.markRevision = revisionOf(markChange);
    const pPrChange = child(pPr, "pPrChange");
    if (pPrChange)
      paragraph.formatChanges.push({ ...revisionOf(pPrChange), text: "" });
    this.#content(p, paragraph, "same", undefined, 0);
    this.paragraphs.push(paragraph);
  }

  #content(
    parent: XmlElement,
    paragraph: DraftParagraph,
    state: Piece["state"],
    revision: Revision | undefined,
    depth: number,
  ): void {
    if (depth > ParagraphReader.MAX_DEPTH) return;
    for (const node of elements(parent)) {
      const changed = Object.hasOwn(CHANGED, node.name)
        ? CHANGED[node.name]
        : undefined;
      if (changed !== undefined) {
        // Text inserted and then deleted again is in neither reading.
        if (state === "ins" && changed === "del") continue;
        const moved = node.name === "moveTo" || node.name === "moveFrom";
        this.#content(
          node,
          paragraph,
          changed,
          revisionOf(node, moved),
          depth + 1,
        );
      } else if (node.name === "bookmarkStart") {
        // LibreOffice saves a footnote's bookmark as "_wps_12_Copy_1".
        const digits = ANCHOR_NAME.exec(attr(node, "name") ?? "")?.[1];
        const n = digits === undefined ? NaN : Number(digits);
        if (Number.isSafeInteger(n) && n > 0 && !paragraph.anchors.includes(n))
          paragraph.anchors.push(n);
      } else if (node.name === "commentRangeStart") {
        this.#comment(paragraph, attr(node, "id"));
      } else if (node.name === "r") {
        this.#run(node, paragraph, state, revision);
      } else if (TRANSPARENT.has(node.name)) {
        this.#content(node, paragraph, state, revision, depth + 1);
      }
    }
  }

  #comment(paragraph: DraftParagraph, id: string | undefined): void {
    if (id !== undefined && !paragraph.commentIds.includes(id))
      paragraph.commentIds.push(id);
  }

  #run(
    run: XmlElement,
    paragraph: DraftParagraph,
    state: Piece["state"],
    revision: Revision | undefined,
  ): void {
    const add = (text: string, footnoteId?: string) => {
      const last = paragraph.pieces.at(-1);
      if (
        footnoteId === undefined &&
        last !== undefined &&
        last.footnoteId === undefined &&
        last.state === state &&
        last.revision?.author === revision?.author &&
        last.revision?.date === revision?.date
      ) {
        last.text += text;
        return;
      }
      paragraph.pieces.push({
        text,
        state,
        ...(revision ? { revision } : {}),
        ...(footnoteId === undefined ? {} : { footnoteId }),
      });
    };
    const rPrChange = child(run, "rPr", "rPrChange");
    let runText = "";
    for (const item of elements(run)) {
      switch (item.name) {
        case "t":
        case "delText": {
          const text = textContent(item);
          runText += text;
          add(text);
          break;
        }
        case "tab":
          add("\t");
          break;
        case "br":
        case "cr":
          if ((attr(item, "type") ?? "textWrapping") === "textWrapping")
            add(" ");
          break;
        case "noBreakHyphen":
          add("-");
          break;
        case "footnoteReference": {
          const id = attr(item, "id");
          // A custom mark (an asterisk note on the title) follows as text and is not numbered.
          if (id !== undefined && attr(item, "customMarkFollows") !== "1")
            add(FOOTNOTE_MARK, id);
          break;
        }
        case "drawing":
        case "pict":
          add(IMAGE_MARK);
          break;
        case "commentReference":
          this.#comment(paragraph, attr(item, "id"));
          break;
        default:
          break;
      }
    }
    if (rPrChange)
      paragraph.formatChanges.push({ ...revisionOf(rPrChange), text: runText });
  }
}

/** Paragraphs of every real footnote (not the separators), keyed by w:id. */
export function readFootnotes(
  footnotes: XmlElement | undefined,
): Map<string, DraftParagraph[]> {
  const notes = new Map<string, DraftParagraph[]>();
  for (const note of elements(footnotes, "footnote")) {
    const id = attr(note, "id");
    const type = attr(note, "type");
    if (id === undefined || (type !== undefined && type !== "normal")) continue;
    const reader = new ParagraphReader("footnote", id);
    reader.container(note);
    notes.set(id, reader.paragraphs);
  }
  return notes;
}

/** A Word comment, with the replies Word threads under it. */
export interface DraftComment {
  id: string;
  author: string;
  date: string;
  text: string;
  /** The comment this one answers (commentsExtended paraIdParent). */
  parentId?: string;
  /** Word's "resolved" flag (commentsExtended done="1"). */
  done?: boolean;
}

export function readComments(
  comments: XmlElement | undefined,
  extended: XmlElement | undefined,
): DraftComment[] {
  // Replies and "done" are kept per comment's last paragraph id.
  const byParaId = new Map<string, { parent?: string; done: boolean }>();
  for (const ex of elements(extended, "commentEx")) {
    const paraId = attr(ex, "paraId");
    if (paraId === undefined) continue;
    const parent = attr(ex, "paraIdParent");
    byParaId.set(paraId, {
      ...(parent === undefined ? {} : { parent }),
      done: attr(ex, "done") === "1",
    });
  }
  const idOfParaId = new Map<string, string>();
  const list: { comment: DraftComment; paraId?: string }[] = [];
  for (const element of elements(comments, "comment")) {
    const id = attr(element, "id");
    if (id === undefined) continue;
    const paragraphs = elements(element, "p");
    const paraId = attr(paragraphs.at(-1), "paraId");
    if (paraId !== undefined) idOfParaId.set(paraId, id);
    const text = paragraphs
      .map((p) => textContent(p).trim())
      .filter((t) => t !== "")
      .join(" ");
    list.push({
      comment: {
        id,
        author: attr(element, "author") ?? "",
        date: attr(element, "date") ?? "",
        text,
      },
      ...(paraId === undefined ? {} : { paraId }),
    });
  }
  return list.map(({ comment, paraId }) => {
    const ex = paraId === undefined ? undefined : byParaId.get(paraId);
    const parentId =
      ex?.parent === undefined ? undefined : idOfParaId.get(ex.parent);
    return {
      ...comment,
      ...(parentId === undefined ? {} : { parentId }),
      ...(ex?.done ? { done: true } : {}),
    };
  });
}

/** Custom document properties by name (text values only). */
export function readCustomProperties(
  properties: XmlElement | undefined,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const property of elements(properties, "property")) {
    const name = attr(property, "name");
    const value = elements(property)[0];
    if (name !== undefined && value !== undefined && isElement(value))
      found.set(name, textContent(value));
  }
  return found;
}
