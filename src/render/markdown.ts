import type {
  Caption,
  Inline,
  Report,
  ReportBlock,
  ReportList,
} from "../model.js";
import { inRecommendations } from "../outline.js";
import { formatUnDate } from "../shared/dates.js";
import { asteriskNotes, markedHeadings } from "./asterisk-notes.js";
import { typeset } from "./typography.js";

/**
 * The draft as Markdown, for reading on GitHub: numbered paragraphs as
 * ordered-list items with their real numbers, footnotes as GFM footnotes
 * `[^n]` numbered through the report.
 */
export function renderMarkdown(written: Report): string {
  const report = typeset(written);
  const { meta } = report;
  const marks = markedHeadings(meta);
  const escaped = (mark: string) => mark.replace(/\*/g, "\\*");
  const out: string[] = [
    `**United Nations** — ${marks.symbol}${escaped(marks.symbolMark)}`,
    "",
    `${meta.organ} — Distr.: ${meta.distribution} — ${formatUnDate(meta.date)} — Original: ${meta.originalLanguage}`,
    "",
    `# ${meta.title}${escaped(marks.titleMark)}`,
    "",
    meta.subtitle,
  ];
  for (const chapter of report.chapters) {
    out.push("", `## ${chapter.numeral}. ${chapter.title}`);
    for (const block of chapter.blocks)
      out.push("", blockMarkdown(block, inRecommendations(chapter)));
    for (const section of chapter.sections) {
      out.push("", `### ${section.letter}. ${section.title}`);
      const bold = inRecommendations(chapter, section);
      for (const block of section.blocks)
        out.push("", blockMarkdown(block, bold));
    }
  }
  for (const annex of report.annexes ?? []) {
    // Paragraphs keep their own numbers, from 1 in each annex.
    out.push("", `## ${annex.label}`, "", `**${annex.title}**`);
    if (annex.originalLanguage !== undefined)
      out.push("", `\\[Original: ${annex.originalLanguage}\\]`);
    for (const block of annex.blocks) out.push("", blockMarkdown(block, false));
    for (const section of annex.sections) {
      out.push("", `### ${section.letter}. ${section.title}`);
      const bold = inRecommendations({ style: "normal" }, section);
      for (const block of section.blocks)
        out.push("", blockMarkdown(block, bold));
    }
  }
  const asterisks = asteriskNotes(meta);
  // Markdown numbers its footnotes: the asterisk notes are plain lines, marked as printed.
  if (asterisks.length > 0) out.push("", "---");
  for (const note of asterisks)
    out.push(
      "",
      `${escaped(note.mark)} ${note.text.replace(/([\\*_[\]`])/g, "\\$1")}`,
    );
  if (report.footnotes.length > 0) {
    out.push("");
    for (const footnote of report.footnotes)
      out.push(
        `[^${footnote.number}]: ${footnote.paragraphs.map(inlineMarkdown).join(" ")}`,
      );
  }
  return `${out.join("\n")}\n`;
}

function blockMarkdown(block: ReportBlock, bold: boolean): string {
  switch (block.kind) {
    case "paragraph": {
      const text = inlineMarkdown(block.content);
      return `${block.number}. ${bold ? `**${text}**` : text}`;
    }
    case "list": {
      if (block.number === undefined) return listMarkdown(block.list, "   ");
      // No lead-in: the number shares the first item's line, "85. (a) …".
      const [first, ...rest] = block.list.items;
      const label = block.list.ordered ? "(a)" : "•";
      const lines = [
        `${block.number}. ${label} ${inlineMarkdown(first?.content ?? [])}`,
      ];
      if (first?.children) lines.push(listMarkdown(first.children, "        "));
      if (rest.length > 0)
        lines.push(listMarkdown({ ...block.list, items: rest }, "    ", 1));
      return lines.join("\n");
    }
    case "table": {
      const row = (cells: Inline[][]) =>
        `| ${cells.map((c) => inlineMarkdown(c).replace(/\|/g, "\\|")).join(" | ")} |`;
      const rule = `| ${block.align.map((a) => (a === "center" ? ":---:" : a === "right" ? "---:" : a === "left" ? ":---" : "---")).join(" | ")} |`;
      return [
        ...captionMarkdown(block.caption),
        row(block.header),
        rule,
        ...block.rows.map(row),
      ].join("\n");
    }
    case "quote":
      return block.paragraphs
        .map((p) => `> ${inlineMarkdown(p)}`)
        .join("\n>\n");
    case "figure":
      return [
        ...captionMarkdown(block.caption),
        `![${block.image.alt}](${block.image.file})`,
      ].join("\n");
  }
}

/** The number line and the bold title above a table or figure, then a blank line. */
function captionMarkdown(caption: Caption | undefined): string[] {
  if (caption === undefined) return [];
  const title = `**${inlineMarkdown(caption.title)}**`;
  // A backslash at the end of a line is a hard line break in CommonMark.
  return caption.label === undefined
    ? [title, ""]
    : [`${caption.label}\\`, title, ""];
}

function listMarkdown(list: ReportList, indent: string, from = 0): string {
  return list.items
    .map((item, index) => {
      const marker = list.ordered ? `${from + index + 1}.` : "-";
      const own = `${indent}${marker} ${inlineMarkdown(item.content)}`;
      return item.children === undefined
        ? own
        : `${own}\n${listMarkdown(item.children, `${indent}    `)}`;
    })
    .join("\n");
}

function inlineMarkdown(inlines: readonly Inline[]): string {
  return inlines
    .map((inline): string => {
      switch (inline.type) {
        case "text":
          return inline.value.replace(/([\\*_[\]`])/g, "\\$1");
        case "code":
          return `\`${inline.value}\``;
        case "emphasis":
          return `*${inlineMarkdown(inline.children)}*`;
        case "strong":
          return `**${inlineMarkdown(inline.children)}**`;
        case "link":
          // Typeset links print their address; one shown as itself is an autolink.
          return inlineMarkdown(inline.children) === inline.url
            ? `<${inline.url}>`
            : `[${inlineMarkdown(inline.children)}](${inline.url})`;
        case "footnote":
          return `[^${inline.number}]`;
        case "image":
          return `![${inline.alt}](${inline.file})`;
        case "break":
          return "<br>";
      }
    })
    .join("");
}
