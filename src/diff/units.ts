import { subparagraphLabel } from "../merge/labels.js";
import type {
  BlockSource,
  GeneratedFootnoteKind,
  Inline,
  Report,
  ReportAnnex,
  ReportBlock,
  ReportList,
} from "../model.js";
import { inRecommendations } from "../outline.js";
import { markedText, MARK, type MarkedText } from "./inline-text.js";

/** What an annex's heading shows: "Annex I", its title, "[Original: French]". */
export type AnnexHeading = Pick<
  ReportAnnex,
  "label" | "title" | "originalLanguage"
>;

export type UnitKind =
  "heading" | "paragraph" | "list" | "table" | "quote" | "figure";

/** One line of a unit: a paragraph's text, a list item, a table row (cells), a quote paragraph. */
export interface Part {
  cells: Inline[][];
  /** Comparable text of the cells joined by ` | `. */
  text: MarkedText;
  /** List items: (a), (i), •; 1 or 2 deep. */
  label?: string;
  level?: 1 | 2;
  ordered?: boolean;
}

/** What the diff compares: a heading or one block of the draft, with where it stands. */
export interface Unit {
  kind: UnitKind;
  /** Equal keys mean equal content: no paragraph numbers, footnote numbers or list labels in it. */
  key: string;
  parts: Part[];
  /** Its paragraph number (numbered paragraphs and numbered lists); in an annex, counted in that annex. */
  number?: number;
  /** Set in an annex (its heading included): paragraph numbers there are that annex's own, "Annex I, paragraph 1". */
  annex?: AnnexHeading;
  /** The last paragraph number before it, for blocks that have none. */
  after?: number;
  /** The chapter or section it is in, e.g. "II.B" and its title. */
  section: { label: string; title: string };
  entity?: string;
  source?: BlockSource;
  /** Set in bold (recommendations chapters). */
  bold: boolean;
  heading?: { level: 1 | 2; label: string; title: string };
  block?: ReportBlock;
}

/** A footnote, compared by its text; its number follows from where it is referenced. */
export interface NoteUnit {
  number: number;
  key: string;
  paragraphs: Inline[][];
  text: MarkedText;
  entity?: string;
  source: BlockSource;
  /** Which acknowledgement note the build wrote, when it wrote this one: its identity across drafts. */
  generated?: GeneratedFootnoteKind;
}

function part(cells: Inline[][], extra: Partial<Part> = {}): Part {
  const texts = cells.map(markedText);
  return {
    cells,
    text: {
      text: texts.map((t) => t.text).join(" | "),
      marks: texts.flatMap((t) => t.marks),
    },
    ...extra,
  };
}

function listParts(list: ReportList, level: 1 | 2): Part[] {
  return list.items.flatMap((item, index) => [
    part([item.content], {
      label: list.ordered ? subparagraphLabel(index, level) : "\u2022",
      level,
      ordered: list.ordered,
    }),
    ...(item.children ? listParts(item.children, 2) : []),
  ]);
}

function blockParts(block: ReportBlock): Part[] {
  switch (block.kind) {
    case "paragraph":
      return [part([block.content])];
    case "list":
      return listParts(block.list, 1);
    case "table":
      return [block.header, ...block.rows].map((row) => part(row));
    case "quote":
      return block.paragraphs.map((paragraph) => part([paragraph]));
    case "figure":
      return [
        part([[{ type: "text", value: `[Figure: ${block.image.alt}]` }]]),
      ];
  }
}

function keyOf(
  kind: UnitKind,
  parts: readonly Part[],
  block?: ReportBlock,
): string {
  const lines = parts.map(
    (p) =>
      `${p.level ?? ""}${p.label === "\u2022" ? "•" : p.label ? "#" : ""}\t${p.text.text}`,
  );
  const figure = block?.kind === "figure" ? `${block.image.file}\n` : "";
  return `${kind}\n${figure}${lines.join("\n")}`;
}

/** The draft's headings and blocks in reading order. */
export function reportUnits(report: Report): Unit[] {
  const units: Unit[] = [];
  let lastNumber: number | undefined;
  let annex: AnnexHeading | undefined;
  const addBlocks = (
    blocks: readonly ReportBlock[],
    section: Unit["section"],
    bold: boolean,
  ) => {
    for (const block of blocks) {
      const parts = blockParts(block);
      const number =
        block.kind === "paragraph" || block.kind === "list"
          ? block.number
          : undefined;
      units.push({
        kind: block.kind,
        key: keyOf(block.kind, parts, block),
        parts,
        ...(number === undefined
          ? lastNumber === undefined
            ? {}
            : { after: lastNumber }
          : { number }),
        section,
        ...(annex === undefined ? {} : { annex }),
        ...(block.source.entity === undefined
          ? {}
          : { entity: block.source.entity }),
        source: block.source,
        bold,
        block,
      });
      if (number !== undefined) lastNumber = number;
    }
  };
  const addHeading = (
    level: 1 | 2,
    label: string,
    title: string,
    section: Unit["section"],
  ) => {
    units.push({
      kind: "heading",
      key: `heading\n${level}\n${title}`,
      parts: [part([[{ type: "text", value: title }]])],
      section,
      ...(annex === undefined ? {} : { annex }),
      bold: false,
      heading: { level, label, title },
    });
  };
  for (const chapter of report.chapters) {
    const bold = inRecommendations(chapter);
    const inChapter = { label: chapter.numeral, title: chapter.title };
    addHeading(1, chapter.numeral, chapter.title, inChapter);
    addBlocks(chapter.blocks, inChapter, bold);
    for (const section of chapter.sections) {
      const inSection = {
        label: `${chapter.numeral}.${section.letter}`,
        title: section.title,
      };
      addHeading(2, section.letter, section.title, inSection);
      addBlocks(section.blocks, inSection, inRecommendations(chapter, section));
    }
  }
  for (const {
    label,
    title,
    originalLanguage,
    blocks,
    sections,
  } of report.annexes ?? []) {
    annex = {
      label,
      title,
      ...(originalLanguage === undefined ? {} : { originalLanguage }),
    };
    // Numbers start again: "after paragraph 3" of an annex is its own paragraph 3.
    lastNumber = undefined;
    const inAnnex = { label, title };
    addHeading(1, label, title, inAnnex);
    addBlocks(blocks, inAnnex, false);
    for (const section of sections) {
      const inSection = {
        label: `${label}.${section.letter}`,
        title: section.title,
      };
      addHeading(2, section.letter, section.title, inSection);
      addBlocks(
        section.blocks,
        inSection,
        inRecommendations({ style: "normal" }, section),
      );
    }
  }
  return units;
}

export function noteUnits(report: Report): NoteUnit[] {
  return report.footnotes.map((footnote) => {
    const texts = footnote.paragraphs.map(markedText);
    const text = {
      text: texts.map((t) => t.text).join(" "),
      marks: texts.flatMap((t) => t.marks),
    };
    return {
      number: footnote.number,
      key: text.text,
      paragraphs: footnote.paragraphs,
      text,
      ...(footnote.source.entity === undefined
        ? {}
        : { entity: footnote.source.entity }),
      source: footnote.source,
      ...(footnote.generated === undefined
        ? {}
        : { generated: footnote.generated }),
    };
  });
}

/**
 * How alike two notes are, for pairing them across drafts. A note the build
 * writes is the same note whatever it lists: the United Nations entities'
 * note that gains a name is that note changed, even when its short list
 * shares few words with the old one (and never another kind's note).
 */
export function noteSimilarity(a: NoteUnit, b: NoteUnit): number {
  if (a.generated !== undefined || b.generated !== undefined)
    return a.generated === b.generated ? 1 : 0;
  return similarity(a.text.text, b.text.text);
}

/** Words shared by two texts, as a share of both (Dice): 1 same words, 0 none. */
export function similarity(a: string, b: string): number {
  const words = (text: string) =>
    text.split(new RegExp(`[\\s${MARK}]+`)).filter((word) => word !== "");
  const left = words(a);
  const right = words(b);
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
