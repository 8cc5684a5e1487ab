import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  TextRun,
} from "docx";
import type { ICommentOptions, ICommentsOptions, ParagraphChild } from "docx";
import type { BlockSource } from "../../model.js";

export const COMMENT_AUTHOR = "wps-report";

/** "UNICEF — contributions/2004/unicef.md:14"; outline boilerplate has no entity. */
export function describeSource(source: BlockSource): string {
  return `${source.entity ?? "Outline"} \u2014 ${source.file}:${source.line}`;
}

/**
 * Collects the `--annotate` comments, numbered in document order from
 * `firstId`. LibreOffice (7.4) mixes up a comment and a footnote that share
 * an id when both sit in one paragraph, showing the wrong footnote texts, so
 * the caller starts comment ids above the highest footnote id.
 */
export class CommentCollector {
  readonly #comments: ICommentOptions[] = [];
  constructor(
    private readonly date: Date,
    private readonly firstId: number,
    /** Said once, in the first comment (the files `build --skip-invalid` left out). */
    private readonly leadingNote?: string,
  ) {}

  /** Wrap a paragraph's runs in a comment naming where the paragraph came from. */
  annotate(
    children: readonly ParagraphChild[],
    source: BlockSource,
  ): ParagraphChild[] {
    const id = this.firstId + this.#comments.length;
    this.#comments.push({
      id,
      author: COMMENT_AUTHOR,
      initials: "WPS",
      date: this.date,
      children: [
        new Paragraph({ children: [new TextRun(describeSource(source))] }),
        ...(this.#comments.length === 0 && this.leadingNote !== undefined
          ? [new Paragraph({ children: [new TextRun(this.leadingNote)] })]
          : []),
      ],
    });
    // The reference must sit inside a run: bare, LibreOffice drops the comment as invalid markup.
    return [
      new CommentRangeStart(id),
      ...children,
      new CommentRangeEnd(id),
      new TextRun({ children: [new CommentReference(id)] }),
    ];
  }

  options(): ICommentsOptions {
    return { children: this.#comments };
  }
}
