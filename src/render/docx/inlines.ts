import { ExternalHyperlink, FootnoteReferenceRun } from "docx";
import type { ParagraphChild } from "docx";
import type { Inline } from "../../model.js";
import type { RenderContext } from "./context.js";
import { imageOptions } from "./images.js";
import { STYLE } from "./styles.js";

/** Formatting inherited from enclosing inlines (or from the paragraph, for recommendations). */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  /** Character style, e.g. Hyperlink inside a link. */
  style?: string;
}

// A soft line break inside a Markdown paragraph is a space in the document.
export function collapseNewlines(value: string): string {
  return value.includes("\n")
    ? value.replace(/[ \t]*\r?\n[ \t]*/g, " ")
    : value;
}

function formatProps(format: RunFormat) {
  return {
    ...(format.bold ? { bold: true } : {}),
    ...(format.italics ? { italics: true } : {}),
    ...(format.style ? { style: format.style } : {}),
  };
}

/**
 * Turn inlines into runs. Text runs and images go through `context.make`, so
 * a caller can make them tracked insertions or deletions.
 */
export function buildRuns(
  inlines: readonly Inline[],
  context: RenderContext,
  format: RunFormat = {},
): ParagraphChild[] {
  return inlines.flatMap((inline) => buildInline(inline, context, format));
}

function buildInline(
  inline: Inline,
  context: RenderContext,
  format: RunFormat,
): ParagraphChild[] {
  switch (inline.type) {
    case "text":
      return [
        context.make.text({
          text: collapseNewlines(inline.value),
          ...formatProps(format),
        }),
      ];
    case "emphasis":
      return buildRuns(inline.children, context, { ...format, italics: true });
    case "strong":
      return buildRuns(inline.children, context, { ...format, bold: true });
    case "code":
      // UN documents have no typewriter face: code is set in the body font.
      return [
        context.make.text({
          text: collapseNewlines(inline.value),
          ...formatProps(format),
        }),
      ];
    case "link":
      return [
        new ExternalHyperlink({
          link: inline.url,
          children: buildRuns(inline.children, context, {
            ...format,
            style: STYLE.hyperlink,
          }),
        }),
      ];
    case "footnote":
      return [new FootnoteReferenceRun(inline.number)];
    case "image":
      return [
        context.make.image(imageOptions(context, inline.file, inline.alt)),
      ];
    case "break":
      return [context.make.text({ break: 1 })];
  }
}
