import type { Inline } from "../model.js";

/**
 * Stands for a footnote mark or an image in comparable text, so that
 * renumbered footnotes compare equal: "[3]" and "[4]" are both MARK. One
 * character, so offsets in the text are offsets in the inlines.
 */
export const MARK = "\uE000";

/** Inlines as comparable text, and what each MARK stands for, in order. */
export interface MarkedText {
  text: string;
  marks: string[];
}

export function markedText(inlines: readonly Inline[]): MarkedText {
  const marks: string[] = [];
  const walk = (list: readonly Inline[]): string =>
    list
      .map((inline): string => {
        switch (inline.type) {
          case "text":
          case "code":
            return inline.value;
          case "emphasis":
          case "strong":
          case "link":
            return walk(inline.children);
          case "footnote":
            marks.push(`[${inline.number}]`);
            return MARK;
          case "image":
            marks.push(`[Image: ${inline.alt}]`);
            return MARK;
          case "break":
            return " ";
        }
      })
      .join("");
  return { text: walk(inlines), marks };
}

/** The text with each MARK replaced by what it stands for: the canonical text. */
export function unmark({ text, marks }: MarkedText): string {
  let next = 0;
  return text.replace(new RegExp(MARK, "g"), () => marks[next++] ?? "");
}

/**
 * The inlines covering characters [start, end) of their marked text,
 * keeping emphasis, strong and links around the pieces they hold.
 */
export function sliceInlines(
  inlines: readonly Inline[],
  start: number,
  end: number,
): Inline[] {
  let offset = 0;
  const slice = (list: readonly Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const inline of list) {
      const from = offset;
      switch (inline.type) {
        case "text":
        case "code": {
          offset += inline.value.length;
          const value = inline.value.slice(
            Math.max(0, start - from),
            Math.max(0, end - from),
          );
          if (value !== "") out.push({ ...inline, value });
          break;
        }
        case "emphasis":
        case "strong":
        case "link": {
          const children = slice(inline.children);
          if (children.length > 0) out.push({ ...inline, children });
          break;
        }
        default:
          // Footnote marks, images and breaks are one character each.
          offset += 1;
          if (from >= start && from < end) out.push(inline);
      }
    }
    return out;
  };
  return slice(inlines);
}
