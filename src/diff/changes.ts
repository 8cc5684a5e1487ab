import { align, type Step } from "./align.js";
import { unmark, type MarkedText } from "./inline-text.js";
import { similarity, type NoteUnit, type Part, type Unit } from "./units.js";
import { wordDiff, type WordPart } from "./words.js";

/** One line of a change as shown: a paragraph, list item, table row or note. */
export interface ChangeLine {
  op: "equal" | "added" | "removed" | "changed";
  /** List label with its indent, e.g. "    (b) ". */
  prefix: string;
  words: WordPart[];
}

/** A change between two drafts, as `diff` reports it. */
export interface Change {
  type: "added" | "removed" | "changed" | "moved";
  what: Unit["kind"] | "note" | "masthead";
  /** Where it is in the newer draft, or was in the older one when removed: "paragraph 12". */
  place: string;
  /** Which draft `place` is in: the older one for removals. */
  draft: "older" | "newer";
  /** For moves (and changes that also moved): where it was in the older draft. */
  was?: string;
  /** The chapter or section, "II.B Peace negotiations". */
  section?: string;
  /** The contributing entity; none for outline text, headings and the masthead. */
  entity?: string;
  source?: { file: string; line: number };
  lines: ChangeLine[];
}

export function describePlace(unit: Unit): string {
  if (unit.heading !== undefined)
    return unit.heading.level === 1
      ? unit.annex === undefined
        ? `chapter ${unit.section.label}`
        : unit.section.label
      : `section ${unit.section.label}`;
  // An annex numbers its paragraphs from 1: "Annex I, paragraph 1".
  const paragraph = `${unit.annex === undefined ? "" : `${unit.annex.label}, `}paragraph`;
  if (unit.number !== undefined) return `${paragraph} ${unit.number}`;
  const after =
    unit.after === undefined ? "" : ` after ${paragraph} ${unit.after}`;
  switch (unit.kind) {
    case "list":
      return unit.after === undefined
        ? "subparagraphs"
        : `subparagraphs of ${paragraph} ${unit.after}`;
    case "table":
      return `table${after}`;
    case "quote":
      return `quotation${after}`;
    default:
      return `figure${after}`;
  }
}

function prefixOf(part: Part): string {
  return part.label === undefined
    ? ""
    : `${"    ".repeat((part.level ?? 1) - 1)}${part.label} `;
}

function whole(
  op: "equal" | "added" | "removed",
  text: MarkedText,
): WordPart[] {
  const value = unmark(text);
  return [
    op === "added"
      ? { value, added: true }
      : op === "removed"
        ? { value, removed: true }
        : { value },
  ];
}

function partLines(
  op: "equal" | "added" | "removed",
  parts: readonly Part[],
): ChangeLine[] {
  return parts.map((part) => ({
    op,
    prefix: prefixOf(part),
    words: whole(op, part.text),
  }));
}

/** The lines of two versions of a list, table or quotation, aligned by content. */
export function alignParts(
  before: readonly Part[],
  after: readonly Part[],
): Step<Part>[] {
  return align(before, after, {
    key: (part) => `${part.level ?? ""}\t${part.text.text}`,
    similarity: (a, b) =>
      a.level === b.level ? similarity(a.text.text, b.text.text) : 0,
    moves: false,
  });
}

/** A changed unit line by line: parts aligned by content, changed ones word by word. */
function changedLines(before: Unit, after: Unit): ChangeLine[] {
  if (before.parts.length === 1 && after.parts.length === 1) {
    const [old, now] = [before.parts[0], after.parts[0]];
    return [
      {
        op: "changed",
        prefix: prefixOf(now),
        words: wordDiff(old.text, now.text),
      },
    ];
  }
  return alignParts(before.parts, after.parts).map((step): ChangeLine => {
    switch (step.op) {
      case "equal":
        return {
          op: "equal",
          prefix: prefixOf(step.new),
          words: whole("equal", step.new.text),
        };
      case "changed":
        return {
          op: "changed",
          prefix: prefixOf(step.new),
          words: wordDiff(step.old.text, step.new.text),
        };
      case "added":
        return {
          op: "added",
          prefix: prefixOf(step.new),
          words: whole("added", step.new.text),
        };
      case "removed":
        return {
          op: "removed",
          prefix: prefixOf(step.old),
          words: whole("removed", step.old.text),
        };
    }
  });
}

function about(unit: Unit): Pick<Change, "section" | "entity" | "source"> {
  return {
    section: `${unit.section.label} ${unit.section.title}`,
    ...(unit.entity === undefined ? {} : { entity: unit.entity }),
    ...(unit.source === undefined
      ? {}
      : { source: { file: unit.source.file, line: unit.source.line } }),
  };
}

export function unitChange(
  type: Change["type"],
  before: Unit | undefined,
  after: Unit | undefined,
  moved = false,
): Change {
  const unit = (after ?? before) as Unit;
  const base = {
    type,
    what: unit.kind,
    place: describePlace(unit),
    draft: type === "removed" ? ("older" as const) : ("newer" as const),
    ...about(unit),
  };
  switch (type) {
    case "added":
      return { ...base, lines: partLines("added", unit.parts) };
    case "removed":
      return { ...base, lines: partLines("removed", unit.parts) };
    case "moved":
      return {
        ...base,
        ...(before ? { was: describePlace(before) } : {}),
        lines: partLines("equal", unit.parts),
      };
    case "changed":
      return {
        ...base,
        ...(moved && before ? { was: describePlace(before) } : {}),
        lines: changedLines(before as Unit, unit),
      };
  }
}

export function noteChange(
  type: "added" | "removed" | "changed",
  before: NoteUnit | undefined,
  after: NoteUnit | undefined,
): Change {
  const note = (after ?? before) as NoteUnit;
  const words =
    type === "changed"
      ? wordDiff((before as NoteUnit).text, note.text)
      : whole(type, note.text);
  return {
    type,
    what: "note",
    place: `note ${note.number}`,
    draft: type === "removed" ? "older" : "newer",
    ...(note.entity === undefined ? {} : { entity: note.entity }),
    source: { file: note.source.file, line: note.source.line },
    lines: [{ op: type, prefix: "", words }],
  };
}

export function mastheadChange(
  field: string,
  before: string,
  after: string,
): Change {
  return {
    type: "changed",
    what: "masthead",
    place: `masthead (${field})`,
    draft: "newer",
    lines: [
      {
        op: "changed",
        prefix: "",
        words: wordDiff(
          { text: before, marks: [] },
          { text: after, marks: [] },
        ),
      },
    ],
  };
}
