import type { FootnoteDefinition, RootContent } from "mdast";
import type { Edition } from "../../../model.js";
import { entityRank } from "../../../merge/order-entities.js";
import { headingKey, outlineParts, targetIndex } from "../../../outline.js";
import { linesOf } from "./style-text.js";
import { append } from "../../../shared/append.js";

/** One run of Markdown in the merged report: outline boilerplate, or one entity's text for one section. */
export interface ReadingPiece {
  file: string;
  blocks: readonly RootContent[];
  /** Footnote definitions the blocks may refer to (labels are local to a file). */
  footnotes: ReadonlyMap<string, FootnoteDefinition>;
  lines: readonly string[] | undefined;
}

/**
 * The report's Markdown in the order the merged draft reads, as
 * mergeContributions lays it out: chapters and sections in outline order,
 * a chapter's boilerplate first, inside a section the entities in the
 * outline's `order` (then report.yaml order), inside a contribution file
 * order; then the annexes likewise. Kept to the mdast so rules can point at exact source columns.
 */
export function readingOrder(edition: Edition): ReadingPiece[] {
  const index = targetIndex(edition.outline);
  const rank = entityRank(edition);
  const byTarget = new Map<
    string,
    { rank: number; file: string; piece: ReadingPiece }[]
  >();
  for (const contribution of edition.contributions) {
    for (const section of contribution.sections) {
      const target = index.get(headingKey(section.heading));
      if (target === undefined) continue;
      const list = byTarget.get(target.id) ?? [];
      list.push({
        rank: rank(contribution.entity),
        file: contribution.file,
        piece: {
          file: contribution.file,
          blocks: section.blocks,
          footnotes: contribution.footnotes,
          lines: linesOf(contribution),
        },
      });
      byTarget.set(target.id, list);
    }
  }
  const textsFor = (id: string) =>
    (byTarget.get(id) ?? [])
      .sort(
        (a, b) =>
          a.rank - b.rank || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
      )
      .map((entry) => entry.piece);
  const pieces: ReadingPiece[] = [];
  for (const chapter of outlineParts(edition.outline)) {
    if ("text" in chapter && chapter.text !== undefined)
      pieces.push({
        file: chapter.text.file,
        blocks: chapter.text.blocks,
        footnotes: chapter.text.footnotes,
        lines: undefined,
      });
    if (chapter.sections.length === 0) append(pieces, textsFor(chapter.id));
    for (const section of chapter.sections)
      append(pieces, textsFor(section.id));
  }
  return pieces;
}
