import {
  DeletedTextRun,
  ImageRun,
  InsertedTextRun,
  Paragraph,
  TableRow,
  TextRun,
} from "docx";
import type { IParagraphOptions, ParagraphChild } from "docx";
import type { Factories } from "../../render/docx/index.js";

export type Revision = "inserted" | "deleted";

// The in-band marks, written and read here only. The DOCX renderer's block
// and inline builders turn each text inline into one run through
// `make.text`, text unchanged; a redline prefixes the text of inlines that
// were inserted or deleted with one of these private-use characters
// (`markText`), and its factory turns the prefix back into w:ins / w:del.
// They never reach the document: test/diff/redline-marks.test.ts fails
// loudly if the renderer starts changing or splitting text on its way to
// `make.text`.
const INSERTED = "\uE002";
const DELETED = "\uE001";

/** An inline's text, marked as inserted or deleted for the tracked factories below. */
export function markText(text: string, revision: Revision): string {
  return `${revision === "inserted" ? INSERTED : DELETED}${text}`;
}

/** The characters `markText` writes: none may be left in a redline. */
export const IN_BAND_MARKS: readonly string[] = [INSERTED, DELETED];

/** Hands out w:ins / w:del ids, one date for all: the newer draft's. */
export class Revisions {
  #next = 1;
  constructor(readonly date: string) {}

  mark(author: string): { id: number; author: string; date: string } {
    return { id: this.#next++, author, date: this.date };
  }
}

export interface TrackingOptions {
  author: string;
  /** The whole unit was inserted or deleted: every run, image, paragraph mark and table row. */
  whole?: Revision;
  /** Paragraph marks follow their runs (all deleted: deleted). Off inside tables, where rows carry it. */
  markParagraphs?: boolean;
  /** A table row's revision by index (header 0); default: `whole`. */
  row?: (index: number) => Revision | undefined;
}

function revisionOf(
  children: readonly unknown[] | undefined,
): Revision | undefined {
  const runs = (children ?? []).filter(
    (child) =>
      child instanceof TextRun ||
      child instanceof InsertedTextRun ||
      child instanceof DeletedTextRun,
  );
  if (runs.length === 0) return undefined;
  if (runs.every((run) => run instanceof DeletedTextRun)) return "deleted";
  if (runs.every((run) => run instanceof InsertedTextRun)) return "inserted";
  return undefined;
}

/** Factories that write tracked changes authored by `options.author`. */
export function trackedFactories(
  revisions: Revisions,
  options: TrackingOptions,
): Factories {
  const { author, whole } = options;
  const change = (revision: Revision | undefined) =>
    revision === undefined
      ? {}
      : revision === "inserted"
        ? { insertion: revisions.mark(author) }
        : { deletion: revisions.mark(author) };
  return {
    text(runOptions): ParagraphChild {
      let revision = whole;
      let text = runOptions.text;
      if (text?.startsWith(INSERTED) || text?.startsWith(DELETED)) {
        revision = text.startsWith(INSERTED) ? "inserted" : "deleted";
        text = text.slice(1);
      }
      const rest = text === undefined ? runOptions : { ...runOptions, text };
      if (revision === "inserted")
        return new InsertedTextRun({ ...rest, ...revisions.mark(author) });
      if (revision === "deleted")
        return new DeletedTextRun({ ...rest, ...revisions.mark(author) });
      return new TextRun(rest);
    },
    image: (imageOptions) =>
      new ImageRun({ ...imageOptions, ...change(whole) }),
    paragraph(paragraphOptions: IParagraphOptions): Paragraph {
      const revision =
        options.markParagraphs === false
          ? undefined
          : (whole ?? revisionOf(paragraphOptions.children));
      if (revision === undefined) return new Paragraph(paragraphOptions);
      return new Paragraph({
        ...paragraphOptions,
        run: { ...paragraphOptions.run, ...change(revision) },
      });
    },
    tableRow: (rowOptions, index) =>
      new TableRow({
        ...rowOptions,
        ...change(options.row ? options.row(index) : whole),
      }),
  };
}
