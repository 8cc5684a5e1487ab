import { diffWordsWithSpace } from "diff";
import { MARK, type MarkedText } from "./inline-text.js";

/** A stretch of a word-level diff, by character offsets in the old and new marked texts. */
export interface Span {
  op: "equal" | "added" | "removed";
  old: [number, number];
  new: [number, number];
}

/** Word-level diff (white space kept, so the pieces rebuild both texts exactly). */
export function wordSpans(oldText: string, newText: string): Span[] {
  const spans: Span[] = [];
  let o = 0;
  let n = 0;
  for (const change of diffWordsWithSpace(oldText, newText)) {
    const length = change.value.length;
    if (change.added) {
      spans.push({ op: "added", old: [o, o], new: [n, n + length] });
      n += length;
    } else if (change.removed) {
      spans.push({ op: "removed", old: [o, o + length], new: [n, n] });
      o += length;
    } else {
      spans.push({ op: "equal", old: [o, o + length], new: [n, n + length] });
      o += length;
      n += length;
    }
  }
  return spans;
}

/** A piece of a word diff as people read it (footnote marks as `[n]`). */
export interface WordPart {
  value: string;
  added?: true;
  removed?: true;
}

/** The word diff with marks restored: new numbers in kept and added words, old ones in removed words. */
export function wordDiff(before: MarkedText, after: MarkedText): WordPart[] {
  const restore = (marked: MarkedText, [from, to]: [number, number]) => {
    const marksBefore = [...marked.text.slice(0, from)].filter(
      (c) => c === MARK,
    ).length;
    let next = marksBefore;
    return marked.text
      .slice(from, to)
      .replace(new RegExp(MARK, "g"), () => marked.marks[next++] ?? "");
  };
  return wordSpans(before.text, after.text).map((span): WordPart => {
    switch (span.op) {
      case "equal":
        return { value: restore(after, span.new) };
      case "added":
        return { value: restore(after, span.new), added: true };
      case "removed":
        return { value: restore(before, span.old), removed: true };
    }
  });
}
