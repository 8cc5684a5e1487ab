import { DeletedTextRun, InsertedTextRun, TextRun } from "docx";
import type { FileChild } from "docx";
import type { ReportMeta } from "../../model.js";
import {
  buildMasthead,
  mastheadTexts,
  type MastheadRuns,
} from "../../render/docx/masthead.js";
import type { Revisions } from "./tracking.js";

/**
 * The newer draft's masthead with each changed field (symbol, date, title
 * ...) tracked: the old text deleted, the new inserted, by `author`, so a
 * new date or symbol is seen and accepted like any other change.
 */
export function trackedMasthead(
  before: ReportMeta,
  after: ReportMeta,
  revisions: Revisions,
  author: string,
): FileChild[] {
  const old = mastheadTexts(before);
  const runs: MastheadRuns = (field, text, run) =>
    old[field] === text
      ? [new TextRun({ text, ...run })]
      : [
          new DeletedTextRun({
            text: old[field],
            ...run,
            ...revisions.mark(author),
          }),
          new InsertedTextRun({ text, ...run, ...revisions.mark(author) }),
        ];
  return buildMasthead(after, runs);
}
