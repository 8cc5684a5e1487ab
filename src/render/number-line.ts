import { countWords } from "../words/count-words.js";

const FOOTNOTE_MARK = /\[\d+\]/g;

/**
 * The line a numbered paragraph's number stands on in the canonical text:
 * `12. (86 words)`, its text on the next line. Apart from the text, so a
 * paragraph inserted early renumbers the rest on number lines only; and
 * with the paragraph's length, so that git's diff cannot pair paragraph 12
 * of one draft with a different paragraph 12 of the other (with the
 * number alone every paragraph after an insertion, up to the next
 * heading, showed as changed). Words as Word counts them, footnote marks
 * left out, from the text line itself: renderText and textconv agree.
 */
export function numberLine(label: string, text: string): string {
  const words = countWords(text.replace(FOOTNOTE_MARK, ""));
  return `${label} (${words} ${words === 1 ? "word" : "words"})`;
}
