import type {
  Caption,
  Inline,
  Report,
  ReportBlock,
  ReportList,
} from "../model.js";
import { subparagraphLabel } from "../merge/labels.js";
import { formatUnDate } from "../shared/dates.js";
import { append } from "../shared/append.js";
import { asteriskNotes, markedHeadings } from "./asterisk-notes.js";
import { numberLine } from "./number-line.js";
import { typeset } from "./typography.js";

const INDENT = "    ";

/**
 * The canonical text of a draft (also what `textconv` prints from a DOCX):
 * one paragraph per line, never wrapped, so `git diff` lines are paragraphs.
 * Masthead lines; `I. Title` / `A. Title` headings; numbered paragraphs as
 * a line `12. (86 words)` and the text on the next (numberLine);
 * subparagraphs indented with (a) / (i) / •; footnote marks `[3]`; table
 * rows with cells between ` | `; annexes as `Annex I`, the title and
 * `[Original: French]` on lines of their own, their paragraphs numbered
 * `Annex I, 1.` so that none reads as the body's paragraph 1; then `Notes`
 * and `[3] text`.
 */
export function renderText(written: Report): string {
  const report = typeset(written);
  const { meta } = report;
  const marks = markedHeadings(meta);
  const lines: string[] = [
    "United Nations",
    `${marks.symbol}${marks.symbolMark}`,
    meta.organ,
    `Distr.: ${meta.distribution}`,
    formatUnDate(meta.date),
    `Original: ${meta.originalLanguage}`,
    "",
    `${meta.title}${marks.titleMark}`,
    "",
    meta.subtitle,
  ];
  for (const chapter of report.chapters) {
    lines.push("", `${chapter.numeral}. ${chapter.title}`);
    for (const block of chapter.blocks)
      append(lines, ["", ...blockLines(block)]);
    for (const section of chapter.sections) {
      lines.push("", `${section.letter}. ${section.title}`);
      for (const block of section.blocks)
        append(lines, ["", ...blockLines(block)]);
    }
  }
  for (const annex of report.annexes ?? []) {
    lines.push("", annex.label, "", annex.title);
    if (annex.originalLanguage !== undefined)
      lines.push("", `[Original: ${annex.originalLanguage}]`);
    // "Annex I, 1.": an annex numbers from 1 again, and its number lines must not read as the body's.
    const prefix = `${annex.label}, `;
    for (const block of annex.blocks)
      append(lines, ["", ...blockLines(block, prefix)]);
    for (const section of annex.sections) {
      lines.push("", `${section.letter}. ${section.title}`);
      for (const block of section.blocks)
        append(lines, ["", ...blockLines(block, prefix)]);
    }
  }
  const asterisks = asteriskNotes(meta);
  if (report.footnotes.length > 0 || asterisks.length > 0) {
    lines.push("", "Notes", "");
    // The asterisk notes first, their mark where a number would be.
    for (const note of asterisks) lines.push(`${note.mark} ${note.text}`);
    for (const footnote of report.footnotes)
      lines.push(
        `[${footnote.number}] ${footnote.paragraphs.map(inlineText).join(" ")}`,
      );
  }
  return `${lines.join("\n")}\n`;
}

/** A block's lines; `prefix` goes before paragraph numbers ("Annex I, "). */
function blockLines(block: ReportBlock, prefix = ""): string[] {
  switch (block.kind) {
    case "paragraph": {
      // The number on a line of its own (see numberLine).
      const text = inlineText(block.content);
      const number = `${prefix}${block.number}.`;
      return text === "" ? [number] : [numberLine(number, text), text];
    }
    case "list": {
      if (block.number === undefined) return listLines(block.list, 1);
      // No lead-in: the number shares the first item's line, "85. (a) …".
      const [first, ...rest] = block.list.items;
      if (first === undefined) return [`${prefix}${block.number}.`];
      const label = block.list.ordered ? subparagraphLabel(0, 1) : "•";
      return [
        `${prefix}${block.number}. ${label} ${inlineText(first.content)}`,
        ...(first.children ? listLines(first.children, 2) : []),
        ...listLines({ ...block.list, items: rest }, 1, 1),
      ];
    }
    case "table":
      return [
        ...captionLines(block.caption),
        ...[block.header, ...block.rows].map((row) =>
          row.map(inlineText).join(" | "),
        ),
      ];
    case "quote":
      return block.paragraphs.map((p) => `${INDENT}${inlineText(p)}`);
    case "figure":
      return [...captionLines(block.caption), `[Figure: ${block.image.alt}]`];
  }
}

/** A title as printed above its table or figure: the number line ("Table 1"), then the title. */
export function captionLines(caption: Caption | undefined): string[] {
  if (caption === undefined) return [];
  const title = inlineText(caption.title);
  return caption.label === undefined ? [title] : [caption.label, title];
}

function listLines(list: ReportList, level: 1 | 2, from = 0): string[] {
  return list.items.flatMap((item, index) => {
    const label = list.ordered ? subparagraphLabel(from + index, level) : "•";
    const own = `${INDENT.repeat(level)}${label} ${inlineText(item.content)}`;
    return item.children === undefined
      ? [own]
      : [own, ...listLines(item.children, 2)];
  });
}

/** Inline text with footnote marks as `[n]`. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline): string => {
      switch (inline.type) {
        case "text":
        case "code":
          return inline.value;
        case "emphasis":
        case "strong":
        case "link":
          return inlineText(inline.children);
        case "footnote":
          return `[${inline.number}]`;
        case "image":
          return `[Image: ${inline.alt}]`;
        case "break":
          return " ";
      }
    })
    .join("");
}
