import { append } from "../shared/append.js";
import type { Anchor, AnchorMap } from "../render/docx/anchors.js";
import { COMMENT_AUTHOR } from "../render/docx/comments.js";
import type { ReviewedDraft } from "./draft.js";
import {
  acceptedText,
  FOOTNOTE_MARK,
  IMAGE_MARK,
  originalText,
  type DraftParagraph,
  type Piece,
  type Revision,
} from "./read-draft.js";

/** Where a paragraph of the draft came from, as `review` reports it. */
export interface SourcePlace {
  /** A contribution, the outline (headings, boilerplate), report.yaml (masthead, contributors footnote). */
  origin: "contribution" | "outline" | "report.yaml";
  entity?: string;
  file: string;
  line: number;
}

export type ChangeKind =
  | "insertion"
  | "deletion"
  | "replacement"
  | "move"
  | "formatting"
  | "paragraph-inserted"
  | "paragraph-deleted"
  | "paragraphs-joined";

export interface ReviewChange {
  kind: ChangeKind;
  author: string;
  date: string;
  /** "para. 12", "para. 12, item 2", "note 3", "heading II", "masthead". */
  where: string;
  place: SourcePlace;
  old: string;
  new: string;
  /** Unchanged words on either side, to find the spot. */
  before: string;
  after: string;
}

export interface ReviewReply {
  author: string;
  date: string;
  text: string;
}

export interface ReviewComment {
  id: string;
  author: string;
  date: string;
  text: string;
  done: boolean;
  where: string;
  place: SourcePlace;
  /** The commented words, when the comment spans some. */
  replies: ReviewReply[];
}

export interface ReviewGroup {
  /** Entity code, "report.yaml" or "outline". */
  name: string;
  changes: ReviewChange[];
  comments: ReviewComment[];
}

export interface ReviewListing {
  year: number;
  symbol: string;
  groups: ReviewGroup[];
}

/** Where the edition's own files are, to attribute generated text. */
export interface EditionFiles {
  config: string;
  outline: string;
  /** Line of a heading's chapter or section in the outline, by its title. */
  headingLine(title: string): number;
  /** Line in report.yaml of the value a masthead line shows, by its text. */
  configLine(text: string): number;
}

/** Paragraph numbers and note numbers of anchors, as the draft was built. */
export interface AnchorLabels {
  where(anchorNumber: number): string;
}

export function anchorLabels(map: AnchorMap): AnchorLabels {
  const labels: string[] = [];
  let paragraph = 0;
  let note = 0;
  let annex = "";
  for (const anchor of map.anchors) {
    // An annex's heading ("Annex I\tTitle"): its paragraphs count from 1 again.
    const annexLabel =
      anchor.kind === "h"
        ? /^(Annex(?: [IVXLCDM]+)?)\t/.exec(anchor.heading ?? "")?.[1]
        : undefined;
    if (annexLabel !== undefined) {
      annex = `${annexLabel}, `;
      paragraph = 0;
    }
    if (anchor.kind === "p" || (anchor.kind === "L" && anchor.ordinal === 0))
      paragraph++;
    if (anchor.kind === "n" && anchor.ordinal === 0) note++;
    labels.push(label(anchor, `${annex}para. ${paragraph}`, note));
  }
  return { where: (n) => labels[n - 1] ?? "unknown paragraph" };
}

/** `para` is where the paragraph stands: "para. 12", "Annex I, para. 1". */
function label(anchor: Anchor, para: string, note: number): string {
  switch (anchor.kind) {
    case "p":
      return para;
    case "L":
      return anchor.ordinal === 0 ? para : `${para}, item ${anchor.ordinal}`;
    case "l":
      return `${para}, item ${anchor.ordinal + 1}`;
    case "t":
      return `table after ${para}`;
    case "q":
      return `quotation after ${para}`;
    case "f":
      return `figure after ${para}`;
    case "c":
      return `title of the table or figure after ${para}`;
    case "n":
      return anchor.ordinal === 0
        ? `note ${note}`
        : `note ${note}, paragraph ${anchor.ordinal + 1}`;
    case "h":
      return `heading ${(anchor.heading ?? "").split("\t")[0]}`;
  }
}

/** Where anchor n's paragraph came from. */
export function placeOf(
  map: AnchorMap,
  n: number,
  edition: EditionFiles,
): SourcePlace {
  const anchor = map.anchors[n - 1];
  if (anchor === undefined)
    return { origin: "report.yaml", file: edition.config, line: 1 };
  if (anchor.kind === "h") {
    const title = (anchor.heading ?? "").split("\t").slice(1).join("\t");
    return {
      origin: "outline",
      file: edition.outline,
      line: edition.headingLine(title),
    };
  }
  const file = map.files[anchor.file];
  if (file === undefined)
    return { origin: "report.yaml", file: edition.config, line: 1 };
  if (file.generated)
    return {
      origin: "report.yaml",
      file: edition.config,
      line: edition.configLine("entities:"),
    };
  if (file.entity === undefined)
    return { origin: "outline", file: file.path, line: anchor.line };
  return {
    origin: "contribution",
    entity: file.entity,
    file: file.path,
    line: anchor.line,
  };
}

/** Marks for footnote references and images as a reader sees them. */
function readable(text: string): string {
  return text
    .replaceAll(FOOTNOTE_MARK, "[note]")
    .replaceAll(IMAGE_MARK, "[image]");
}

const CONTEXT = 40;

/** The changes inside one paragraph, from its pieces. */
function pieceChanges(
  paragraph: DraftParagraph,
  where: string,
  place: SourcePlace,
): ReviewChange[] {
  const changes: ReviewChange[] = [];
  const pieces = paragraph.pieces;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.state === "same") continue;
    let old = "";
    let added = "";
    let revision: Revision | undefined = piece.revision;
    let moved = piece.revision?.moved === true;
    // A deletion directly followed by an insertion reads as one replacement.
    let j = i;
    while (j < pieces.length && pieces[j].state === "del")
      old += pieces[j++].text;
    while (j < pieces.length && pieces[j].state === "ins") {
      added += pieces[j].text;
      revision ??= pieces[j].revision;
      moved ||= pieces[j].revision?.moved === true;
      j++;
    }
    const kind: ChangeKind = moved
      ? "move"
      : old === ""
        ? "insertion"
        : added === ""
          ? "deletion"
          : "replacement";
    changes.push({
      kind,
      author: revision?.author ?? "",
      date: revision?.date ?? "",
      where,
      place,
      old: readable(old),
      new: readable(added),
      before: readable(sameText(pieces.slice(0, i)).slice(-CONTEXT)),
      after: readable(sameText(pieces.slice(j)).slice(0, CONTEXT)),
    });
    i = j - 1;
  }
  return changes;
}

function sameText(pieces: readonly Piece[]): string {
  return pieces
    .filter((p) => p.state === "same")
    .map((p) => p.text)
    .join("");
}

/** Every change of one paragraph, whole-paragraph ones first. */
export function paragraphChanges(
  paragraph: DraftParagraph,
  where: string,
  place: SourcePlace,
): ReviewChange[] {
  const before = originalText(paragraph);
  const after = acceptedText(paragraph);
  const whole = (kind: ChangeKind, revision: Revision | undefined) => ({
    kind,
    author: revision?.author ?? "",
    date: revision?.date ?? "",
    where,
    place,
    old: readable(kind === "paragraph-inserted" ? "" : before),
    new: readable(kind === "paragraph-deleted" ? "" : after),
    before: "",
    after: "",
  });
  const firstRevision = paragraph.pieces.find((p) => p.revision)?.revision;
  const formatting = paragraph.formatChanges.map((change): ReviewChange => ({
    kind: "formatting",
    author: change.author,
    date: change.date,
    where,
    place,
    old: readable(change.text),
    new: readable(change.text),
    before: "",
    after: "",
  }));
  if (before.trim() === "" && after.trim() !== "")
    return [
      whole("paragraph-inserted", paragraph.markRevision ?? firstRevision),
      ...formatting,
    ];
  if (paragraph.mark === "del" && after.trim() === "" && before.trim() !== "")
    return [
      whole("paragraph-deleted", paragraph.markRevision ?? firstRevision),
    ];
  return [
    ...(paragraph.mark === "del"
      ? [whole("paragraphs-joined", paragraph.markRevision)]
      : []),
    ...pieceChanges(paragraph, where, place),
    ...formatting,
  ];
}

/** One paragraph of the draft with where it came from. */
export interface PlacedParagraph {
  paragraph: DraftParagraph;
  /** The anchor it carries, or the one before it for a paragraph the reviewer added. */
  anchor?: number;
  own: boolean;
  where: string;
  place: SourcePlace;
}

/** Body paragraphs, then footnote paragraphs (by note number), each placed. */
export function placeParagraphs(
  draft: ReviewedDraft,
  edition: EditionFiles,
): PlacedParagraph[] {
  const labels = anchorLabels(draft.map);
  const placed: PlacedParagraph[] = [];
  const place = (paragraphs: readonly DraftParagraph[], masthead: boolean) => {
    let last: number | undefined;
    for (const paragraph of paragraphs) {
      const own = paragraph.anchors[0];
      const anchor = own ?? last;
      last = anchor;
      if (anchor === undefined) {
        placed.push({
          paragraph,
          own: false,
          where: masthead ? "masthead" : "note",
          place: {
            origin: "report.yaml",
            file: edition.config,
            line: edition.configLine(originalText(paragraph)),
          },
        });
        continue;
      }
      const where = labels.where(anchor);
      placed.push({
        paragraph,
        anchor,
        own: own !== undefined,
        where: own === undefined ? `after ${where}` : where,
        place: placeOf(draft.map, anchor, edition),
      });
    }
  };
  place(draft.body, true);
  // A note the reviewer added has no anchor: it belongs where it is cited.
  const citedIn = new Map<string, PlacedParagraph>();
  for (const item of placed)
    for (const piece of item.paragraph.pieces)
      if (piece.footnoteId !== undefined && !citedIn.has(piece.footnoteId))
        citedIn.set(piece.footnoteId, item);
  const notes = [...draft.footnotes.entries()].sort(
    ([a], [b]) =>
      (draft.noteNumbers.get(a) ?? Infinity) -
      (draft.noteNumbers.get(b) ?? Infinity),
  );
  for (const [id, paragraphs] of notes) {
    const citing = citedIn.get(id);
    if (citing !== undefined && paragraphs.every((p) => p.anchors.length === 0))
      for (const paragraph of paragraphs)
        placed.push({
          paragraph,
          ...(citing.anchor === undefined ? {} : { anchor: citing.anchor }),
          own: false,
          where: `new note in ${citing.where}`,
          place: citing.place,
        });
    else place(paragraphs, false);
  }
  return placed;
}

function groupName(place: SourcePlace): string {
  return place.entity ?? place.origin;
}

/** Every tracked change and comment, grouped by entity in report order. */
export function listReview(
  draft: ReviewedDraft,
  edition: EditionFiles,
): ReviewListing {
  const placed = placeParagraphs(draft, edition);
  // An entity's group stands where its first text stands in the report.
  const firstAnchor = new Map<string, number>();
  draft.map.anchors.forEach((anchor, index) => {
    const entity = draft.map.files[anchor.file]?.entity;
    if (entity !== undefined && !firstAnchor.has(entity))
      firstAnchor.set(entity, index + 1);
  });
  const groups = new Map<string, ReviewGroup & { order: number }>();
  const group = (place: SourcePlace, order: number) => {
    const name = groupName(place);
    let found = groups.get(name);
    if (found === undefined) {
      found = { name, changes: [], comments: [], order };
      groups.set(name, found);
    }
    found.order = Math.min(found.order, order);
    return found;
  };
  // The build's own `--annotate` comments are not reviewers'.
  const byId = new Map(
    draft.comments
      .filter((c) => c.author !== COMMENT_AUTHOR)
      .map((c) => [c.id, c]),
  );
  const replies = new Map<string, ReviewReply[]>();
  for (const comment of byId.values())
    if (comment.parentId !== undefined)
      replies.set(comment.parentId, [
        ...(replies.get(comment.parentId) ?? []),
        { author: comment.author, date: comment.date, text: comment.text },
      ]);
  const seenComments = new Set<string>();
  for (const item of placed) {
    const order =
      (item.place.entity === undefined
        ? undefined
        : firstAnchor.get(item.place.entity)) ??
      item.anchor ??
      0;
    const changes = paragraphChanges(item.paragraph, item.where, item.place);
    if (changes.length > 0) append(group(item.place, order).changes, changes);
    for (const id of item.paragraph.commentIds) {
      const comment = byId.get(id);
      if (
        comment === undefined ||
        comment.parentId !== undefined ||
        seenComments.has(id)
      )
        continue;
      seenComments.add(id);
      group(item.place, order).comments.push({
        id,
        author: comment.author,
        date: comment.date,
        text: comment.text,
        done: comment.done === true,
        where: item.where,
        place: item.place,
        replies: replies.get(id) ?? [],
      });
    }
  }
  return {
    year: draft.map.year,
    symbol: draft.map.symbol,
    groups: [...groups.values()]
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, ...rest }) => rest),
  };
}
