import type { Inline, Report, ReportBlock, ReportList } from "../model.js";
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
 * rows with cells between ` | `; then `Notes` and `[3] text`.
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

function blockLines(block: ReportBlock): string[] {
  switch (block.kind) {
    case "paragraph": {
      // The number on a line of its own (see numberLine).
      const text = inlineText(block.content);
      return text === ""
        ? [`${block.number}.`]
        : [numberLine(`${block.number}.`, text), text];
    }
    case "list": {
      if (block.number === undefined) return listLines(block.list, 1);
      // No lead-in: the number shares the first item's line, "85. (a) …".
      const [first, ...rest] = block.list.items;
      if (first === undefined) return [`${block.number}.`];
      const label = block.list.ordered ? subparagraphLabel(0, 1) : "•";
      return [
        `${block.number}. ${label} ${inlineText(first.content)}`,
        ...(first.children ? listLines(first.children, 2) : []),
        ...listLines({ ...block.list, items: rest }, 1, 1),
      ];
    }
    case "table":
      return [block.header, ...block.rows].map((row) =>
        row.map(inlineText).join(" | "),
      );
    case "quote":
      return block.paragraphs.map((p) => `${INDENT}${inlineText(p)}`);
    case "figure":
      return [`[Figure: ${block.image.alt}]`];
  }
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
