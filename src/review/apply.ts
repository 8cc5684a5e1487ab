import { append } from "../shared/append.js";
import type { Anchor, AnchorMap } from "../render/docx/anchors.js";
import type { PlacedParagraph, SourcePlace } from "./listing.js";
import { describeChange } from "./format.js";
import { paragraphChanges } from "./listing.js";
import { findTarget, renderedText, type SourceText } from "./locate.js";
import {
  acceptedText,
  FOOTNOTE_MARK,
  IMAGE_MARK,
  originalText,
  type DraftParagraph,
  type Piece,
} from "./read-draft.js";

/** A change `--apply` leaves for a person, and why. */
export interface NotApplied {
  where: string;
  place: SourcePlace;
  author: string;
  date: string;
  what: string;
  why: string;
}

/** What to do to one paragraph's source. */
export type Operation =
  | { type: "edit"; anchor: Anchor; item: PlacedParagraph }
  | { type: "delete"; anchor: Anchor; item: PlacedParagraph }
  | { type: "insert"; anchor: Anchor; item: PlacedParagraph };

/** Moved text is reported, not applied: read it back where it was. */
function withoutMoves(paragraph: DraftParagraph): DraftParagraph {
  return {
    ...paragraph,
    pieces: paragraph.pieces
      .filter((p) => !(p.state === "ins" && p.revision?.moved === true))
      .map((p): Piece =>
        p.state === "del" && p.revision?.moved === true
          ? {
              text: p.text,
              state: "same",
              ...(p.footnoteId === undefined
                ? {}
                : { footnoteId: p.footnoteId }),
            }
          : p,
      ),
  };
}

/**
 * Turn the placed paragraphs of a reviewed draft into operations on
 * contribution files, and list what will not be applied: formatting,
 * moves, generated text, YAML contributions, joined paragraphs.
 */
export function planOperations(
  map: AnchorMap,
  placed: readonly PlacedParagraph[],
): { operations: Map<string, Operation[]>; notApplied: NotApplied[] } {
  const operations = new Map<string, Operation[]>();
  const notApplied: NotApplied[] = [];
  const skip = (
    item: PlacedParagraph,
    what: string,
    why: string,
    author = "",
    date = "",
  ) =>
    notApplied.push({
      where: item.where,
      place: item.place,
      author,
      date,
      what,
      why,
    });
  for (const item of placed) {
    const changes = paragraphChanges(item.paragraph, item.where, item.place);
    if (changes.length === 0) continue;
    const words = changes.filter(
      (c) => c.kind !== "formatting" && c.kind !== "move",
    );
    for (const change of changes)
      if (change.kind === "formatting")
        skip(
          item,
          describeChange(change),
          "formatting comes from the template, not from the contribution",
          change.author,
          change.date,
        );
      else if (change.kind === "move")
        skip(
          item,
          describeChange(change),
          "moved text is not applied: move it by hand in the contribution files",
          change.author,
          change.date,
        );
    if (words.length === 0) continue;
    const first = words[0];
    const anchor =
      item.anchor === undefined ? undefined : map.anchors[item.anchor - 1];
    const file = anchor === undefined ? undefined : map.files[anchor.file];
    const notHere = (why: string) => {
      for (const change of words)
        skip(item, describeChange(change), why, change.author, change.date);
    };
    if (
      anchor === undefined ||
      item.place.origin !== "contribution" ||
      file === undefined
    ) {
      notHere(
        item.place.origin === "contribution"
          ? "wps-report cannot tell which contribution this text came from"
          : `generated text: change ${item.place.file} by hand`,
      );
      continue;
    }
    if (!/\.md$/i.test(file.path)) {
      notHere(
        "YAML contributions are not rewritten: change the Markdown in the file by hand",
      );
      continue;
    }
    let operation: Operation | undefined;
    if (first.kind === "paragraph-inserted" && !item.own)
      operation = { type: "insert", anchor, item };
    else if (first.kind === "paragraph-deleted" && item.own)
      operation = { type: "delete", anchor, item };
    else if (first.kind === "paragraphs-joined") {
      notHere("joining paragraphs is not applied: join them by hand");
      continue;
    } else if (item.own && first.kind !== "paragraph-inserted")
      operation = { type: "edit", anchor, item };
    if (operation === undefined) {
      notHere("wps-report cannot tell where this paragraph goes");
      continue;
    }
    operations.set(file.path, [
      ...(operations.get(file.path) ?? []),
      operation,
    ]);
  }
  return { operations, notApplied };
}

/** One replacement in a file: [start, end) becomes `text`. */
interface Replacement {
  start: number;
  end: number;
  text: string;
  order: number;
}

// Characters Markdown could read as markup in running text.
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, (c) => `\\${c}`).replace(/\t/g, " ");
}

function escapeParagraph(text: string): string {
  return escapeMarkdown(text.trim()).replace(/^([#>+-]|\d+[.)])/, "\\$1");
}

/** Word-level edits of a paragraph in its original text's offsets. */
function pieceEdits(paragraph: DraftParagraph, lead: number) {
  const edits: { a: number; b: number; text: string }[] = [];
  let at = 0;
  for (const piece of paragraph.pieces) {
    const last = edits.at(-1);
    if (piece.state === "same") {
      at += piece.text.length;
      continue;
    }
    const a = Math.max(0, at - lead);
    if (piece.state === "del") {
      const b = Math.max(0, at + piece.text.length - lead);
      if (last !== undefined && last.b === a && last.text === "") last.b = b;
      else edits.push({ a, b, text: "" });
      at += piece.text.length;
    } else if (last !== undefined && last.b === a) last.text += piece.text;
    else edits.push({ a, b: a, text: piece.text });
  }
  return edits;
}

export interface AppliedFile {
  text: string;
  applied: number;
  notApplied: NotApplied[];
}

/**
 * Apply a file's operations to its text as the draft was built from it
 * (the base of a three-way merge). Each paragraph must still read as the
 * draft showed it; a change that crosses the edge of emphasis or a link,
 * or touches a footnote mark, is left for a person.
 */
export function applyOperations(
  source: SourceText,
  operations: readonly Operation[],
): AppliedFile {
  const replacements: Replacement[] = [];
  const notApplied: NotApplied[] = [];
  let applied = 0;
  operations.forEach((operation, order) => {
    const { item, anchor } = operation;
    const paragraph = withoutMoves(item.paragraph);
    const reject = (why: string) => {
      for (const change of paragraphChanges(paragraph, item.where, item.place))
        if (change.kind !== "formatting" && change.kind !== "move")
          notApplied.push({
            where: item.where,
            place: item.place,
            author: change.author,
            date: change.date,
            what: describeChange(change),
            why,
          });
    };
    const target = findTarget(source, anchor);
    if (operation.type === "insert") {
      const text = acceptedText(paragraph);
      if (text.includes(FOOTNOTE_MARK) || text.includes(IMAGE_MARK))
        return reject(
          "a new paragraph with a footnote or image is not applied: add it by hand",
        );
      if (
        anchor.kind === "n" ||
        anchor.kind === "h" ||
        target.block === undefined
      )
        return reject("wps-report cannot tell where this paragraph goes");
      const listLike =
        item.paragraph.style !== undefined &&
        /subparagraph|list/i.test(item.paragraph.style);
      if (target.kind === "inline" && target.item !== undefined && listLike) {
        const line = source.text.slice(
          source.lineStart(target.item.position?.start.line ?? 1),
        );
        const marker = /^([ \t]*)([-*+]|\d+[.)])([ \t]+)/.exec(line);
        if (marker !== null) {
          const at = source.endOf(target.item);
          replacements.push({
            start: at,
            end: at,
            text: `\n${marker[1]}${marker[2]}${marker[3]}${escapeMarkdown(text.trim())}`,
            order,
          });
          applied++;
          return;
        }
      }
      const at = source.endOf(target.block);
      replacements.push({
        start: at,
        end: at,
        text: `\n\n${escapeParagraph(text)}`,
        order,
      });
      applied++;
      return;
    }
    if (target.kind !== "inline")
      return reject(
        `the source no longer matches the draft there (${target.why})`,
      );
    const lead =
      anchor.kind === "n" && anchor.ordinal === 0
        ? (/^\s*/.exec(originalText(paragraph))?.[0].length ?? 0)
        : 0;
    const shown = renderedText(source, target.nodes);
    if (
      foldTypography(shown.text) !==
      foldTypography(originalText(paragraph).slice(lead).trimEnd())
    )
      return reject(
        "the paragraph in the file no longer reads as it did in the draft",
      );
    if (operation.type === "delete") {
      if (anchor.kind === "n" || anchor.kind === "t" || anchor.kind === "q")
        return reject(
          "deleting a paragraph of a footnote, table or quotation is not applied: delete it by hand",
        );
      const node = target.item ?? target.block;
      let start = source.lineStart(node.position?.start.line ?? 1);
      let end = source.endOf(node);
      if (target.item !== undefined) {
        if (source.text[end] === "\n") end++;
      } else {
        while (source.text[end] === "\n") end++;
        if (end >= source.text.length)
          while (
            start > 1 &&
            source.text[start - 1] === "\n" &&
            source.text[start - 2] === "\n"
          )
            start--;
      }
      replacements.push({ start, end, text: "", order });
      applied++;
      return;
    }
    const edits = pieceEdits(paragraph, lead);
    const planned: Replacement[] = [];
    for (const edit of edits) {
      const why = editProblem(shown, edit);
      if (why !== undefined) return reject(why);
      planned.push({
        ...placeEdit(shown, edit),
        text: escapeMarkdown(edit.text),
        order,
      });
    }
    append(replacements, planned);
    applied += planned.length;
  });
  return {
    text: replace(source.text, replacements, notApplied),
    applied,
    notApplied,
  };
}

function editProblem(
  shown: ReturnType<typeof renderedText>,
  edit: { a: number; b: number; text: string },
): string | undefined {
  if (edit.text.includes(FOOTNOTE_MARK) || edit.text.includes(IMAGE_MARK))
    return "a new footnote or image is not applied: add it by hand";
  if (edit.b > shown.text.length)
    return "the paragraph in the file no longer reads as it did in the draft";
  for (const span of shown.spans) {
    const inside = span.from < edit.b && span.to > edit.a;
    const covers = edit.a <= span.from && span.to <= edit.b && edit.a < edit.b;
    const within = span.from <= edit.a && edit.b <= span.to;
    if (span.atomic && inside && !covers)
      return span.kind === "footnote"
        ? "the change touches a footnote mark: change it by hand"
        : `the change falls inside ${span.kind === "code" ? "code" : "text with Markdown escapes"}: change it by hand`;
    if (span.atomic && covers && span.kind === "footnote")
      return "the change deletes a footnote mark: delete the footnote by hand";
    if (!span.atomic && inside && !covers && !within)
      return `the change crosses the edge of ${span.kind === "link" ? "a link" : "emphasis"}: change it by hand`;
    // An insertion inside an atomic span (between its characters).
    if (
      span.atomic &&
      edit.a === edit.b &&
      span.from < edit.a &&
      edit.a < span.to
    )
      return "the change falls inside text with Markdown escapes or code: change it by hand";
  }
  return undefined;
}

/** Where an edit goes in the file; a pure insertion at an edge of emphasis stays outside it. */
function placeEdit(
  shown: ReturnType<typeof renderedText>,
  edit: { a: number; b: number },
): { start: number; end: number } {
  const length = shown.text.length;
  if (edit.a === edit.b) {
    if (length === 0) return { start: 0, end: 0 };
    if (edit.a === 0) return { start: shown.start[0], end: shown.start[0] };
    if (edit.a >= length)
      return { start: shown.end[length - 1], end: shown.end[length - 1] };
    const at =
      shown.depth[edit.a - 1] <= shown.depth[edit.a]
        ? shown.end[edit.a - 1]
        : shown.start[edit.a];
    return { start: at, end: at };
  }
  let start = shown.start[edit.a];
  let end = shown.end[edit.b - 1];
  for (const span of shown.spans)
    if (edit.a <= span.from && span.to <= edit.b) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
  return { start, end };
}

/** Apply replacements from the end, so earlier offsets hold; overlapping ones are refused. */
function replace(
  text: string,
  replacements: Replacement[],
  notApplied: NotApplied[],
): string {
  const sorted = [...replacements].sort(
    (x, y) => y.start - x.start || y.order - x.order,
  );
  let out = text;
  let limit = Infinity;
  for (const r of sorted) {
    if (r.end > limit) {
      notApplied.push({
        where: "",
        place: { origin: "contribution", file: "", line: 0 },
        author: "",
        date: "",
        what: `an overlapping change at offset ${r.start}`,
        why: "two changes touch the same words",
      });
      continue;
    }
    out = out.slice(0, r.start) + r.text + out.slice(r.end);
    limit = r.start;
  }
  return out;
}

/**
 * The draft prints typographic quotes, apostrophes and range dashes where
 * the file has straight ones (src/render/typography.ts); each is one
 * character for one, so the texts compare, and offsets map, once folded.
 */
function foldTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2013/g, "-");
}
