import type { Paragraph } from "docx";
import type { ReportFootnote } from "../../model.js";
import {
  buildFootnotes,
  createContext,
  layoutFor,
  packDocx,
  withFactories,
  type BodyChild,
} from "../../render/docx/index.js";
import type { ReportDiff } from "../index.js";
import { authorName, type Committers } from "./authors.js";
import { trackedMasthead } from "./masthead.js";
import { mergeInlines, markInlines } from "./inlines.js";
import { trackedFactories, Revisions } from "./tracking.js";
import {
  authorOf,
  buildChanged,
  buildUnchanged,
  buildWhole,
  type RedlineContext,
} from "./units.js";

/** Options of {@link renderRedline}. */
export interface RedlineOptions {
  /** When the changes were made (w:date), ISO 8601: the newer draft's commit date. */
  date: string;
  manuscript?: boolean;
  /** Who committed changes to each file between the drafts, to name beside the entity. */
  committers?: Committers;
  /** report.yaml (root-relative), whose committers a masthead change names. */
  mastheadFile?: string;
}

/**
 * The newer draft as a Word document with the differences from the older
 * one as tracked changes: words and whole paragraphs inserted (w:ins) and
 * deleted (w:del), each authored by the entity whose text it is and the
 * people who committed changes to it ("UNDP (Ana Task)"). A moved
 * paragraph is deleted where it was and inserted where it is. Changed
 * masthead fields (the date, the symbol, the title) are tracked too, by
 * "report.yaml". Accepting every change gives the newer draft.
 */
export async function renderRedline(
  diff: ReportDiff,
  options: RedlineOptions,
): Promise<Uint8Array> {
  const layout = layoutFor(options.manuscript === true);
  // Removed figures are shown (deleted), so their images must be at hand too.
  const images = new Map([...diff.before.images, ...diff.after.images]);
  const rc: RedlineContext = {
    base: createContext(layout, images),
    revisions: new Revisions(options.date),
    author: (unit) => authorOf(unit, options.committers),
  };
  const body: BodyChild[] = diff.steps.flatMap((step) => {
    switch (step.op) {
      case "equal":
        return buildUnchanged(step.new, rc);
      case "changed":
        // Edited and moved: deleted where it was (a removed step), inserted here.
        return step.moved === true
          ? buildWhole(step.new, "inserted", rc)
          : buildChanged(step.old, step.new, rc);
      case "added":
        return buildWhole(step.new, "inserted", rc);
      case "removed":
        return buildWhole(step.old, "deleted", rc);
    }
  });
  return packDocx({
    meta: diff.after.meta,
    layout,
    annexes: [diff.before, diff.after].some(
      (report) => (report.annexes ?? []).length > 0,
    ),
    masthead: trackedMasthead(
      diff.before.meta,
      diff.after.meta,
      rc.revisions,
      authorName("report.yaml", options.mastheadFile, options.committers),
    ),
    body,
    footnotes: redlineFootnotes(diff, rc),
  });
}

/** The newer draft's footnotes, new ones inserted and changed ones word by word. */
function redlineFootnotes(
  diff: ReportDiff,
  rc: RedlineContext,
): Record<string, { children: Paragraph[] }> {
  const notes: Record<string, { children: Paragraph[] }> = {};
  for (const step of diff.notes) {
    if (step.op === "removed") continue;
    const note = step.new;
    let paragraphs = note.paragraphs;
    if (step.op === "added")
      paragraphs = paragraphs.map((p) => markInlines(p, "inserted"));
    if (step.op === "changed") {
      const old = step.old.paragraphs;
      paragraphs = paragraphs.map((p, i) => mergeInlines(old[i] ?? [], p));
      // Paragraphs the note no longer has: deleted at the end of its last one.
      const gone = old
        .slice(paragraphs.length)
        .flatMap((p) => markInlines(p, "deleted"));
      if (gone.length > 0 && paragraphs.length > 0)
        paragraphs = [
          ...paragraphs.slice(0, -1),
          [...(paragraphs.at(-1) ?? []), ...gone],
        ];
    }
    const footnote: ReportFootnote = {
      number: note.number,
      paragraphs,
      source: note.source,
    };
    const context =
      step.op === "equal"
        ? rc.base
        : withFactories(
            rc.base,
            trackedFactories(rc.revisions, {
              author: rc.author(note),
              markParagraphs: false,
            }),
          );
    Object.assign(notes, buildFootnotes([footnote], context));
  }
  return notes;
}
