import { BookmarkEnd, BookmarkStart } from "docx";
import type { IParagraphOptions, ParagraphChild } from "docx";
import { gitBlobId } from "../../git/blob-id.js";
import type { BlockSource, ReportBlock } from "../../model.js";
import type { Factories } from "./context.js";

/**
 * Anchors: where each paragraph of a draft came from, so that `review` can
 * map a reviewed draft's tracked changes back to contribution files.
 *
 * Every paragraph the body and footnote builders make while a source is
 * "entered" starts with a zero-length hidden bookmark `_wps_<n>` (Word
 * hides bookmarks whose names start with "_"; both Word and LibreOffice keep
 * them through a save). What `n` stands for is written once, as JSON, in
 * custom document properties (docProps/custom.xml), cut into pieces of at
 * most 255 characters because Word truncates longer text properties.
 * Nothing here changes what the reader sees, and nothing depends on the
 * clock or on other builds, so the draft stays byte-reproducible.
 */

export const ANCHOR_PREFIX = "_wps_";
/** Custom properties: the anchors' JSON in numbered pieces. */
export const ANCHOR_PROPERTY = "wps-report.anchors";
const PIECE = 250;

/**
 * What a bookmark stands for. `block` kinds: p paragraph, l list under a
 * paragraph, L numbered list (ordinal 0 is the paragraph carrying its
 * number), t table (cells row by row, header first), q quote, f figure,
 * c a table's or figure's title (its number line, then its title; `line`
 * is the `Table:` / `Figure:` line's); n a footnote; h a heading. `ordinal` counts the paragraphs made for the
 * block or footnote, from 0.
 */
export interface Anchor {
  kind: "p" | "l" | "L" | "t" | "q" | "f" | "c" | "n" | "h";
  /** Index in `AnchorMap.files`, or -1 for a heading (the outline's). */
  file: number;
  line: number;
  ordinal: number;
  /** A heading's text, "I.\tIntroduction". */
  heading?: string;
}

export interface AnchorFile {
  path: string;
  entity?: string;
  /** Set for the footnotes the build writes itself (contributors). */
  generated?: boolean;
  /**
   * Git blob id of the file's text as built. Content-derived rather than a
   * commit, so the draft's bytes depend on its inputs only (the committed
   * sample does not go stale with every commit) and uncommitted files are
   * still recognised.
   */
  blob?: string;
}

/** The JSON stored in the draft. Anchor `n` is `anchors[n - 1]`. */
export interface AnchorMap {
  version: 1;
  year: number;
  symbol: string;
  files: AnchorFile[];
  /** [kind, file, line, ordinal] or, for headings, [kind, -1, 0, 0, text]. */
  anchors: Anchor[];
}

type Entered =
  | { kind: Anchor["kind"]; file: number; line: number; ordinal: number }
  | undefined;

function blockKind(block: ReportBlock): Anchor["kind"] {
  switch (block.kind) {
    case "paragraph":
      return "p";
    case "list":
      return block.number === undefined ? "l" : "L";
    case "table":
      return "t";
    case "quote":
      return "q";
    case "figure":
      return "f";
  }
}

/** Collects anchors while a draft is built; see the module comment. */
export class AnchorCollector {
  readonly #files: AnchorFile[] = [];
  readonly #fileIndex = new Map<string, number>();
  readonly #anchors: Anchor[] = [];
  #entered: Entered;
  #heading: string | undefined;

  #file(source: BlockSource, generated = false): number {
    const key = `${generated ? "g" : "s"}:${source.file}`;
    const known = this.#fileIndex.get(key);
    if (known !== undefined) return known;
    this.#files.push({
      path: source.file,
      ...(source.entity === undefined ? {} : { entity: source.entity }),
      ...(generated ? { generated: true } : {}),
    });
    this.#fileIndex.set(key, this.#files.length - 1);
    return this.#files.length - 1;
  }

  /** The paragraphs made next belong to this block. */
  enterBlock(block: ReportBlock): void {
    this.#heading = undefined;
    this.#entered = {
      kind: blockKind(block),
      file: this.#file(block.source),
      line: block.source.line,
      ordinal: 0,
    };
  }

  enterFootnote(source: BlockSource, generated: boolean): void {
    this.#heading = undefined;
    this.#entered = {
      kind: "n",
      file: this.#file(source, generated),
      line: source.line,
      ordinal: 0,
    };
  }

  /** The paragraphs made next are a table's or figure's title, from this line. */
  enterCaption(source: BlockSource): void {
    this.#heading = undefined;
    this.#entered = {
      kind: "c",
      file: this.#file(source),
      line: source.line,
      ordinal: 0,
    };
  }

  /** The next paragraph is a heading ("I.\tIntroduction"); the outline owns it. */
  enterHeading(text: string): void {
    this.#entered = undefined;
    this.#heading = text;
  }

  /**
   * The bookmark for the paragraph being made, or nothing outside any
   * source. Every paragraph made while a source is entered must take one,
   * in order: the ids count them.
   */
  nextBookmark(): { name: string; id: number } | undefined {
    let anchor: Anchor;
    if (this.#heading !== undefined) {
      anchor = { kind: "h", file: -1, line: 0, ordinal: 0 };
      anchor.heading = this.#heading;
      this.#heading = undefined;
    } else if (this.#entered !== undefined) {
      const { kind, file, line } = this.#entered;
      anchor = { kind, file, line, ordinal: this.#entered.ordinal++ };
    } else return undefined;
    this.#anchors.push(anchor);
    const id = this.#anchors.length;
    return { name: `${ANCHOR_PREFIX}${id}`, id };
  }

  #next(): ParagraphChild[] {
    const bookmark = this.nextBookmark();
    if (bookmark === undefined) return [];
    // BookmarkStart/End are not in docx's ParagraphChild union, but a
    // Paragraph writes any component it is given, in order.
    return [
      new BookmarkStart(bookmark.name, bookmark.id),
      new BookmarkEnd(bookmark.id),
    ] as unknown as ParagraphChild[];
  }

  /** Factories whose paragraphs start with the anchor of what was entered. */
  wrap(make: Factories): Factories {
    return {
      ...make,
      paragraph: (options: IParagraphOptions) =>
        make.paragraph({
          ...options,
          children: [...this.#next(), ...(options.children ?? [])],
        }),
    };
  }

  map(
    meta: { year: number; symbol: string },
    blobIds: ReadonlyMap<string, string> = new Map(),
  ): AnchorMap {
    return {
      version: 1,
      year: meta.year,
      symbol: meta.symbol,
      files: this.#files.map((file) => {
        const blob = file.generated ? undefined : blobIds.get(file.path);
        return blob === undefined ? file : { ...file, blob };
      }),
      anchors: this.#anchors,
    };
  }
}

/** The custom document properties that carry the map. */
export function anchorProperties(
  map: AnchorMap,
): { name: string; value: string }[] {
  const json = JSON.stringify({
    ...map,
    anchors: map.anchors.map((a) =>
      a.heading === undefined
        ? [a.kind, a.file, a.line, a.ordinal]
        : [a.kind, a.file, a.line, a.ordinal, a.heading],
    ),
  });
  // ASCII without spaces, so no piece can start or end with white space
  // that an editor trims, or split a character in two.
  const ascii = json.replace(
    /[^\x21-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  const pieces: { name: string; value: string }[] = [];
  for (let at = 0; at < ascii.length; at += PIECE)
    pieces.push({
      name: `${ANCHOR_PROPERTY}.${String(pieces.length + 1).padStart(4, "0")}`,
      value: ascii.slice(at, at + PIECE),
    });
  return pieces;
}

/** Blob ids of the edition's contributions, for {@link AnchorCollector.map}. */
export function sourceBlobIds(edition: {
  contributions: readonly { file: string; text?: string; blobId?: string }[];
}): Map<string, string> {
  const ids = new Map<string, string>();
  for (const { file, text, blobId } of edition.contributions)
    if (text !== undefined) ids.set(file, blobId ?? gitBlobId(text));
  return ids;
}
