import type { Report, ReportMeta } from "../model.js";
import { typeset } from "../render/typography.js";
import { formatUnDate } from "../shared/dates.js";
import { align, type Step } from "./align.js";
import {
  mastheadChange,
  noteChange,
  unitChange,
  type Change,
} from "./changes.js";
import {
  noteSimilarity,
  noteUnits,
  reportUnits,
  similarity,
  type NoteUnit,
  type Unit,
} from "./units.js";

export type { Change, ChangeLine } from "./changes.js";
export type { WordPart } from "./words.js";
export type { Step } from "./align.js";
export type { NoteUnit, Unit } from "./units.js";

/** Two drafts aligned paragraph by paragraph, and the changes a reader is shown. */
export interface ReportDiff {
  before: Report;
  after: Report;
  /** Headings and blocks, in the order of the newer draft with removed ones where they were. */
  steps: Step<Unit>[];
  /** Footnotes; a note that only moved (its paragraph moved) counts as equal. */
  notes: Step<NoteUnit>[];
  /** In reading order: masthead, body, notes. A move is one change. */
  changes: Change[];
}

const MASTHEAD: [string, (meta: ReportMeta) => string][] = [
  ["symbol", (meta) => meta.symbol],
  ["organ", (meta) => meta.organ],
  ["distribution", (meta) => `Distr.: ${meta.distribution}`],
  ["date", (meta) => formatUnDate(meta.date)],
  ["original language", (meta) => `Original: ${meta.originalLanguage}`],
  ["title", (meta) => meta.title],
  ["subtitle", (meta) => meta.subtitle],
  ["symbol note", (meta) => meta.symbolNote ?? ""],
  ["title note", (meta) => meta.titleNote ?? ""],
];

const unitSimilarity = (a: Unit, b: Unit) =>
  a.kind === b.kind
    ? similarity(
        a.parts.map((p) => p.text.text).join("\n"),
        b.parts.map((p) => p.text.text).join("\n"),
      )
    : 0;

/**
 * Compare two drafts by content: paragraphs are aligned by their text, not
 * their numbers, so renumbering alone (paragraphs, footnotes, list labels,
 * section letters) is no change. Each change names the entity whose
 * contribution the paragraph comes from.
 */
export function diffReports(
  writtenBefore: Report,
  writtenAfter: Report,
): ReportDiff {
  // Compared as printed (typographic quotes, links with their address), as
  // textconv shows the drafts in `git diff` and the redline prints them.
  const before = typeset(writtenBefore);
  const after = typeset(writtenAfter);
  const steps = align(reportUnits(before), reportUnits(after), {
    key: (unit) => unit.key,
    similarity: unitSimilarity,
  });
  const notes = align(noteUnits(before), noteUnits(after), {
    key: (note) => note.key,
    similarity: noteSimilarity,
  })
    // A footnote follows its reference: when only its place changed, it did not change.
    .filter((step) => !(step.op === "removed" && step.movedTo !== undefined))
    .map((step): Step<NoteUnit> =>
      step.op === "added" && step.movedFrom !== undefined
        ? { op: "equal", old: step.movedFrom, new: step.new }
        : step.op === "changed"
          ? { op: "changed", old: step.old, new: step.new }
          : step,
    );

  const changes: Change[] = [];
  for (const [field, read] of MASTHEAD) {
    if (read(before.meta) !== read(after.meta))
      changes.push(mastheadChange(field, read(before.meta), read(after.meta)));
  }
  for (const step of steps) {
    if (step.op === "changed")
      changes.push(
        unitChange("changed", step.old, step.new, step.moved === true),
      );
    else if (step.op === "added")
      changes.push(
        step.movedFrom === undefined
          ? unitChange("added", undefined, step.new)
          : unitChange("moved", step.movedFrom, step.new),
      );
    else if (step.op === "removed" && step.movedTo === undefined)
      changes.push(unitChange("removed", step.old, undefined));
  }
  for (const step of notes) {
    if (step.op === "changed")
      changes.push(noteChange("changed", step.old, step.new));
    else if (step.op === "added")
      changes.push(noteChange("added", undefined, step.new));
    else if (step.op === "removed")
      changes.push(noteChange("removed", step.old, undefined));
  }
  return { before, after, steps, notes, changes };
}
