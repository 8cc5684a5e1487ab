import type { EntityKind, FocalPoint } from "../model.js";

/** Where an entity stands; `late` is reported beside it, since a late file can be valid or not. */
export type EntityState = "missing" | "valid" | "invalid";

/**
 * Whether a contribution came in after the deadline: decided by the commit
 * that first added the file, or (outside git, or before it is committed) by
 * the front matter's `submitted:`; "unknown" when neither tells.
 */
export type Lateness = "on-time" | "late" | "unknown" | "no-deadline";

export interface LastChange {
  date: string;
  /** Unknown when the change is the shallow clone's boundary commit. */
  author?: string;
  /** The date is an upper bound: the history before it was cut off (shallow clone). */
  truncated: boolean;
}

export interface SilencedFinding {
  file: string;
  line: number;
  ruleId: string;
  reason: string;
  /** The roster entity whose file it is, if any. */
  entity?: string;
}

export interface StatusRow {
  code: string;
  name: string;
  kind: EntityKind;
  /** Path of the entity's file (root-relative; from the current directory in `--json`); undefined when missing. */
  file?: string;
  /** From the roster, for reminders. */
  focalPoint?: FocalPoint;
  /** The entity's own deadline (an extension) when the roster gives one. */
  deadline?: string;
  /** The entity's word budget: its roster `word_limit`, else `contribution_word_limit`. */
  wordLimit: number;
  /** Outline sections the file writes to, in outline order. */
  sections: { id: string; title: string }[];
  /** How many sections the outline has (the `of N` of `sections`). */
  totalSections: number;
  /** Undefined when the file could not be read as a contribution. */
  words?: number;
  state: EntityState;
  errors: number;
  warnings: number;
  /** Undefined for a missing entity. */
  lateness?: Lateness;
  /** The date lateness was decided on, and where it came from. */
  submitted?: { date: string; source: "git" | "front-matter" };
  /** From git; "uncommitted" when the file is not in any commit yet; undefined outside git. */
  lastChange?: LastChange | "uncommitted";
}

/** A column of the coverage matrix: a section, or a chapter without sections. */
export interface StatusTarget {
  id: string;
  title: string;
  /** "I", "II.A", ...: where it stands in the outline (before empty sections close up). */
  label: string;
}

export interface EditionStatus {
  year: number;
  dir: string;
  today: string;
  deadline?: string;
  /** Days from today to the deadline; negative once it has passed. */
  daysToDeadline?: number;
  git: { repository: boolean; shallow: boolean };
  targets: StatusTarget[];
  rows: StatusRow[];
  /** Contribution files that belong to no roster entity. */
  unmatched: { file: string; entity?: string; errors: number }[];
  silenced: SilencedFinding[];
  totals: {
    /** Words of the merged draft, counted as the word_limit rule counts them (outline text and headings included). */
    words: number;
    /** Words of the roster's contribution files. */
    contributionWords: number;
    wordLimit: number;
    contributionWordLimit: number;
    expected: number;
    received: number;
    missing: number;
    invalid: number;
    late: number;
  };
}
