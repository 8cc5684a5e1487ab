// The data that flows through the pipeline: load -> validate -> merge -> render.
// Types only. Every `file` is a POSIX path relative to the project root (the
// folder that holds `contributions/`), so outputs never depend on where the
// tool runs.

import type { RootContent, FootnoteDefinition } from "mdast";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import type { CamelCased, SpecType } from "./schema/field-spec.js";
import type {
  FrontMatterData,
  ReportYaml,
  ruleSettingSpec,
} from "./schema/specs.js";

/** A place in a source file; line and column are 1-based. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

type EntityYaml = ReportYaml["entities"][number];

export type EntityKind = EntityYaml["kind"];

export type FocalPoint = NonNullable<EntityYaml["focal_point"]>;

/**
 * One entity of the roster in report.yaml: its keys as the spec gives them
 * (`focal_point` -> `focalPoint`), and where it stands in the file.
 */
export interface Entity extends CamelCased<EntityYaml> {
  position: SourcePosition;
}

export type RuleSetting = SpecType<typeof ruleSettingSpec>;

/** Settings report.yaml may leave out, which the loader fills in (load-config.ts). */
type DefaultedSetting =
  | "word_limit"
  | "contribution_word_limit"
  | "organ"
  | "distribution"
  | "original_language"
  | "rules"
  | "paper";

/**
 * report.yaml, checked and typed. Its keys and their types come from
 * `reportConfigSpec` (src/schema/specs.ts), camel-cased; a new key there is
 * a new field here. What the loader adds or reshapes is written below.
 */
export interface ReportConfig extends CamelCased<
  Omit<ReportYaml, DefaultedSetting | "entities" | "bar_code" | "emblem"> &
    Required<Pick<ReportYaml, DefaultedSetting>>
> {
  file: string;
  /** Where `template:` stands in report.yaml, for errors about the outline it names. */
  templatePosition?: { line: number; column: number };
  /** Root-relative path of the masthead's emblem image, and where `emblem:` stands in report.yaml. */
  emblem?: { file: string; line: number; column: number };
  entities: Entity[];
  /** `bar_code: code39`: print the job number's bar-code line ("*0453453*") under it. */
  barCode?: boolean;
}

export interface OutlineSection {
  id: string;
  title: string;
  /** Overrides the chapter's style: a plain "Conclusions" beside a bold "Recommendations". */
  style?: "normal" | "recommendations";
  position: SourcePosition;
}

export interface OutlineChapter {
  id: string;
  title: string;
  style: "normal" | "recommendations";
  /** Boilerplate Markdown placed before the chapter's sections, parsed. */
  text?: MarkdownBody;
  sections: OutlineSection[];
  position: SourcePosition;
}

/**
 * An annex after the report's chapters: "Annex" alone, or "Annex I",
 * "Annex II"... when there are several. Contributions write to it (or to
 * its sections) by id or title, as to a chapter.
 */
export interface OutlineAnnex {
  id: string;
  title: string;
  /** The language the annex was written in, when not the report's: "[Original: French]". */
  originalLanguage?: string;
  sections: OutlineSection[];
  position: SourcePosition;
}

export interface Outline {
  name: string;
  file: string;
  chapters: OutlineChapter[];
  /** Absent when the outline declares none. */
  annexes?: OutlineAnnex[];
  /** Entity codes in the order their texts appear inside a section. */
  order?: string[];
}

/** Parsed Markdown whose node positions are already positions in `file`. */
export interface MarkdownBody {
  file: string;
  blocks: RootContent[];
  /** Footnote definitions by label (labels are local to one file). */
  footnotes: Map<string, FootnoteDefinition>;
  /** `<!-- wps-report-disable rule -- reason -->` comments found in the body. */
  suppressions: Suppression[];
}

/** A rule silenced for one spot, with the reason given. */
export interface Suppression {
  ruleId: string;
  reason: string;
  position: SourcePosition;
  /** Lines (inclusive) the silence covers: the block after the comment, or the block holding it. */
  fromLine: number;
  toLine: number;
}

/** One `##` section of a contribution (or one key of a YAML contribution's `sections`). */
export interface ContributionSection {
  heading: string;
  position: SourcePosition;
  blocks: RootContent[];
}

export interface FrontMatter {
  /**
   * The keys as written. Their values are not checked when the file is
   * read: the front-matter rules check them against the spec and report
   * each problem at its line, so they are `unknown` until then.
   */
  data: FrontMatterData;
  /** Position of each top-level key, for messages that point at it. */
  keyPositions: Map<string, SourcePosition>;
  /** Position of each top-level value. */
  valuePositions: Map<string, SourcePosition>;
  /**
   * Set when the front matter is missing or is not valid YAML: the loader
   * reported that, `data` is empty, and the body is still read and checked
   * so that every problem of the file surfaces in one run.
   */
  unreadable?: true;
}

export interface Contribution {
  file: string;
  format: "md" | "yaml";
  /** Entity code from the front matter, when it is a string. */
  entity?: string;
  frontMatter: FrontMatter;
  /** Markdown before the first `##` heading (only `.md` files have any). */
  preamble: RootContent[];
  sections: ContributionSection[];
  footnotes: Map<string, FootnoteDefinition>;
  suppressions: Suppression[];
  /**
   * The file's text as parsed (BOM removed, line endings LF), so style rules
   * can point at the exact column of words inside a wrapped paragraph.
   */
  text?: string;
  /**
   * What the rules that read this file's text alone found in it (see
   * `findTextProblems`), when the loader ran them as it parsed.
   */
  textProblems?: Diagnostic[];
  /** Its words (see `countContributionWords`), when the loader counted them as it parsed: cached with the parse. */
  words?: number;
  /** Git's blob id of `text` (`gitBlobId`), when the loader took it as it parsed: cached with the parse, for the draft's anchors. */
  blobId?: string;
}

/** A file of the edition folder that is neither report.yaml nor a contribution. */
export interface EditionFile {
  file: string;
  kind: "image" | "outline" | "other" | "directory" | "symlink";
  size: number;
}

export interface ImageAsset {
  file: string;
  type: "png" | "jpg";
  data: Uint8Array;
  width: number;
  height: number;
}

export interface Edition {
  /** Absolute path of the project root (parent of `contributions/`). */
  root: string;
  /** Edition folder relative to root, e.g. `contributions/2004`. */
  dir: string;
  config: ReportConfig;
  outline: Outline;
  contributions: Contribution[];
  files: EditionFile[];
  images: Map<string, ImageAsset>;
  /** Files that could not be read as contributions at all (encoding, YAML syntax, size); the rules report them. */
  unreadable: UnreadableFile[];
  /** The masthead's emblem, read from the file report.yaml's `emblem` names. */
  emblem?: ImageAsset;
}

/** Why a contribution file could not be read at all. */
export type UnreadableReason =
  | "encoding"
  | "empty"
  | "too-large"
  | "no-front-matter"
  | "front-matter-syntax"
  | "nesting-too-deep"
  | "too-complex";

/** A contribution file the loader could not read, and where and why. */
export interface UnreadableFile {
  file: string;
  line: number;
  column: number;
  reason: UnreadableReason;
  /** What is wrong, in a focal point's words (the YAML parser's message, the limit passed). */
  message: string;
  hint: string;
}

// ---- The merged report -------------------------------------------------

/** Where a block of the draft came from. `entity` is undefined for outline boilerplate. */
export interface BlockSource {
  entity?: string;
  file: string;
  line: number;
  column: number;
}

export type Inline =
  | { type: "text"; value: string }
  | { type: "emphasis"; children: Inline[] }
  | { type: "strong"; children: Inline[] }
  | { type: "code"; value: string }
  | { type: "link"; url: string; children: Inline[] }
  | { type: "footnote"; number: number }
  | { type: "image"; file: string; alt: string }
  | { type: "break" };

export interface ListItem {
  content: Inline[];
  /** A nested list (second level; the validator refuses a third). */
  children?: ReportList;
}

export interface ReportList {
  ordered: boolean;
  items: ListItem[];
}

export type Align = "left" | "center" | "right" | null;

/**
 * A table's or figure's title (from a `Table:` / `Figure:` line or a
 * figure's alt text) and the number merge gives it: "Table 1", "Figure I";
 * no label for an untitled block, or for a report's only figure.
 */
export interface Caption {
  label?: string;
  title: Inline[];
  /** The `Table:` / `Figure:` line, or the figure itself when the title is its alt text. */
  source: BlockSource;
}

export type ReportBlock =
  | {
      kind: "paragraph";
      number: number;
      content: Inline[];
      source: BlockSource;
    }
  /** A list after a paragraph is that paragraph's subparagraphs (number undefined); a list on its own is numbered. */
  | { kind: "list"; number?: number; list: ReportList; source: BlockSource }
  | {
      kind: "table";
      align: Align[];
      header: Inline[][];
      rows: Inline[][][];
      caption?: Caption;
      source: BlockSource;
    }
  | { kind: "quote"; paragraphs: Inline[][]; source: BlockSource }
  | {
      kind: "figure";
      image: { file: string; alt: string };
      caption?: Caption;
      source: BlockSource;
    };

export interface ReportSection {
  id: string;
  /** "A", "B", ... after empty sections are dropped. */
  letter: string;
  title: string;
  /** As the outline section says; absent: as its chapter. */
  style?: "normal" | "recommendations";
  blocks: ReportBlock[];
}

export interface ReportChapter {
  id: string;
  /** "I", "II", ... */
  numeral: string;
  title: string;
  style: "normal" | "recommendations";
  blocks: ReportBlock[];
  sections: ReportSection[];
}

/** An annex of the draft: new page, its own paragraph numbers from 1. */
export interface ReportAnnex {
  id: string;
  /** "Annex" when the draft has one annex, else "Annex I", "Annex II"... (after empty annexes are dropped). */
  label: string;
  title: string;
  /** Set only when it differs from the report's original language: printed "[Original: French]". */
  originalLanguage?: string;
  /** Text of an annex with no sections. */
  blocks: ReportBlock[];
  sections: ReportSection[];
}

export interface ReportFootnote {
  number: number;
  paragraphs: Inline[][];
  source: BlockSource;
  /** Set for the footnotes the build writes itself. */
  generated?: GeneratedFootnoteKind;
}

export interface ReportMeta {
  year: number;
  symbol: string;
  title: string;
  subtitle: string;
  /** ISO date. */
  date: string;
  organ: string;
  distribution: string;
  originalLanguage: string;
  jobNumber?: string;
  /** A4 when absent. */
  paper?: Paper;
  /** Print the bar-code line under the job number. */
  barCode?: boolean;
  /** The United Nations emblem printed in the masthead (report.yaml's `emblem`). */
  emblem?: ImageAsset;
  /** The asterisk note on the title, at the foot of page 1. */
  titleNote?: string;
  /** The asterisk note on the symbol, at the foot of page 1. */
  symbolNote?: string;
}

export type Paper = ReportConfig["paper"];

/**
 * The acknowledgement footnotes the build writes: every contributor, or
 * split by kind as S/2004/814 has them (United Nations entities, NGO
 * observers, Member States).
 */
export type GeneratedFootnoteKind =
  "contributors" | "un-entities" | "observers" | "member-states";

export interface Report {
  meta: ReportMeta;
  chapters: ReportChapter[];
  /** After the chapters; absent when there are none. Footnotes number on through them. */
  annexes?: ReportAnnex[];
  footnotes: ReportFootnote[];
  /** Images the draft uses, by file. */
  images: Map<string, ImageAsset>;
  /** Entities whose contributions are in the draft, in report.yaml order. */
  contributors: string[];
}

/** What holds the report's blocks: a chapter or an annex, each with its own text and its sections'. */
export type ReportPart = Pick<ReportChapter, "blocks" | "sections">;

/** A chapter's or annex's blocks in reading order: its own text, then each section's. */
export function partBlocks(part: ReportPart): ReportBlock[] {
  return part.blocks.concat(part.sections.flatMap((section) => section.blocks));
}

/** Every block of the report in reading order: the chapters, then the annexes. */
export function reportBlocks(
  report: Pick<Report, "chapters" | "annexes">,
): ReportBlock[] {
  return report.chapters
    .flatMap(partBlocks)
    .concat((report.annexes ?? []).flatMap(partBlocks));
}
