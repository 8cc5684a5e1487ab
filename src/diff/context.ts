import type { ChangeLine } from "./changes.js";
import type { WordPart } from "./words.js";

/** Words of unchanged text kept on each side of a change inside a paragraph. */
export const CONTEXT_WORDS = 6;

const ELLIPSIS = "…";

/** The first or last `count` words of `text`, white space kept. */
function edge(text: string, count: number, from: "start" | "end"): string {
  const pieces = text.split(/(\s+)/);
  let words = 0;
  if (from === "start") {
    for (let i = 0; i < pieces.length; i++)
      if (!/^\s*$/.test(pieces[i] ?? "") && ++words > count)
        return pieces.slice(0, i).join("");
    return text;
  }
  for (let i = pieces.length - 1; i >= 0; i--)
    if (!/^\s*$/.test(pieces[i] ?? "") && ++words > count)
      return pieces.slice(i + 1).join("");
  return text;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}

/**
 * A changed line cut down to its changes with a little context: unchanged
 * stretches keep `context` words next to each change, the rest becomes
 * "…". A one-word edit in a long paragraph reads as that word in its
 * phrase, not the whole paragraph. Lines added or removed whole are kept.
 */
export function condenseLine(
  line: ChangeLine,
  context = CONTEXT_WORDS,
): ChangeLine {
  if (line.op !== "changed") return line;
  const parts = line.words;
  const words: WordPart[] = parts.map((part, index): WordPart => {
    if (part.added || part.removed) return part;
    const first = index === 0;
    const last = index === parts.length - 1;
    const count = wordCount(part.value);
    if (first && last) return part;
    // Cut only where it saves a few words: "…" for one or two would hide more than it helps.
    if (first)
      return count > context + 4
        ? {
            value: `${ELLIPSIS} ${edge(part.value, context, "end").trimStart()}`,
          }
        : part;
    if (last)
      return count > context + 4
        ? {
            value: `${edge(part.value, context, "start").trimEnd()} ${ELLIPSIS}`,
          }
        : part;
    return count > 2 * context + 4
      ? {
          value: `${edge(part.value, context, "start").trimEnd()} ${ELLIPSIS} ${edge(part.value, context, "end").trimStart()}`,
        }
      : part;
  });
  return { ...line, words };
}
