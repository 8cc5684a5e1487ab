import type { Inline, Report, ReportBlock, ReportList } from "../model.js";
import { countWords } from "./count-words.js";

export interface ChapterWords {
  id: string;
  /** "I", "II", ... as printed; an annex's label, "Annex I". */
  numeral: string;
  title: string;
  /** Headings, text, and the footnotes first referenced in the chapter. */
  words: number;
}

export interface ReportWords {
  /** Everything below: what the 8,500-word limit is measured against. */
  total: number;
  /** The title block: title and subtitle ("Report of the Secretary-General"). */
  title: number;
  chapters: readonly ChapterWords[];
}

/**
 * Words of the merged report, as Word would count the draft: title block,
 * chapter and section headings, paragraphs, lists, tables, block quotes
 * and footnotes. Generated numbers (paragraph numbers, "I.", "A.", "(a)",
 * footnote marks) are Word's automatic numbering and are not counted, nor
 * are the masthead lines. Each footnote counts with the chapter that first
 * refers to it.
 */
export function countReportWords(report: Report): ReportWords {
  // The word limit check and the build's summary both count the same report.
  let words = countsByReport.get(report);
  if (words === undefined) {
    words = count(report);
    countsByReport.set(report, words);
  }
  return words;
}

const countsByReport = new WeakMap<Report, ReportWords>();

function count(report: Report): ReportWords {
  const footnoteText = new Map(
    report.footnotes.map((note) => [note.number, note.paragraphs]),
  );
  const counted = new Set<number>();
  const title = countWords(`${report.meta.title} ${report.meta.subtitle}`);
  // Annexes count as the chapters do: the limit is on the whole document.
  const parts = [
    ...report.chapters,
    ...(report.annexes ?? []).map((annex) => ({
      ...annex,
      numeral: annex.label,
    })),
  ];
  const chapters = parts.map((chapter): ChapterWords => {
    const pieces: string[] = [chapter.title];
    const notes: number[] = [];
    const add = (blocks: readonly ReportBlock[]) =>
      blocks.forEach((block) => blockText(block, pieces, notes));
    add(chapter.blocks);
    for (const section of chapter.sections) {
      pieces.push(section.title);
      add(section.blocks);
    }
    for (const number of notes) {
      if (counted.has(number)) continue;
      counted.add(number);
      for (const paragraph of footnoteText.get(number) ?? [])
        inlineText(paragraph, pieces, []);
    }
    return {
      id: chapter.id,
      numeral: chapter.numeral,
      title: chapter.title,
      words: countWords(pieces.join(" ")),
    };
  });
  // Footnotes no chapter refers to are still printed.
  const orphans: string[] = [];
  for (const note of report.footnotes)
    if (!counted.has(note.number))
      for (const paragraph of note.paragraphs)
        inlineText(paragraph, orphans, []);
  const total =
    title +
    chapters.reduce((sum, chapter) => sum + chapter.words, 0) +
    countWords(orphans.join(" "));
  return { total, title, chapters };
}

function blockText(block: ReportBlock, out: string[], notes: number[]): void {
  switch (block.kind) {
    case "paragraph":
      return inlineText(block.content, out, notes);
    case "list":
      return listText(block.list, out, notes);
    case "table":
      // The title is printed words; its number ("Table 1") is generated.
      if (block.caption) inlineText(block.caption.title, out, notes);
      for (const row of [block.header, ...block.rows])
        for (const cell of row) inlineText(cell, out, notes);
      return;
    case "quote":
      for (const paragraph of block.paragraphs)
        inlineText(paragraph, out, notes);
      return;
    case "figure":
      // The title is printed (from a Figure: line or the alt text); the image's description is not.
      if (block.caption) inlineText(block.caption.title, out, notes);
      return;
  }
}

function listText(list: ReportList, out: string[], notes: number[]): void {
  for (const item of list.items) {
    inlineText(item.content, out, notes);
    if (item.children !== undefined) listText(item.children, out, notes);
  }
}

/** One block of inline content as a piece of text (pieces are joined with spaces). */
function inlineText(
  inlines: readonly Inline[],
  out: string[],
  notes: number[],
): void {
  const parts: string[] = [];
  const stack: Inline[] = [...inlines].reverse();
  while (stack.length > 0) {
    const inline = stack.pop() as Inline;
    switch (inline.type) {
      case "text":
      case "code":
        parts.push(inline.value);
        break;
      case "break":
      case "image":
        parts.push(" ");
        break;
      case "footnote":
        notes.push(inline.number);
        break;
      default:
        for (let i = inline.children.length - 1; i >= 0; i--)
          stack.push(inline.children[i]);
    }
  }
  out.push(parts.join(""));
}
