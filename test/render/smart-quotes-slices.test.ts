import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smartQuotes } from "../../src/render/typography.js";

/**
 * The definition smartQuotes had when it went a character at a time, kept
 * as the oracle: the version that copies the text between quotes in slices
 * must print exactly the same for any text and any character before it.
 */
function oneCharacterAtATime(text: string, before = ""): string {
  const opensAfter = /[\s([{\u201C\u2018\u2013\u2014/-]/u;
  const wordChar = /[\p{L}\p{N}]/u;
  let out = "";
  let previous = before;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const next = text[i + 1] ?? "";
    let printed = char;
    const opens = previous === "" || opensAfter.test(previous);
    if (char === '"') printed = opens ? "\u201C" : "\u201D";
    else if (char === "'") {
      const elision = /^\d\ds\b/.test(text.slice(i + 1, i + 5));
      printed =
        opens && !elision && (wordChar.test(next) || next === '"')
          ? "\u2018"
          : "\u2019";
    }
    out += printed;
    previous = printed;
  }
  return out;
}

const PIECES = [
  '"',
  "'",
  "a",
  "s",
  "9",
  " ",
  "(",
  "-",
  "\u2014",
  "\u201C",
  ".",
  "é",
  "\n",
  "😀",
];

describe("smartQuotes in slices", () => {
  it("prints what the character-at-a-time definition printed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.constantFrom("", " ", "a", '"', "\u201C", "\u2019", "("),
        (pieces, before) => {
          const text = pieces.join("");
          expect(smartQuotes(text, before)).toBe(
            oneCharacterAtATime(text, before),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["'90s and \"quoted\" women's", ""],
    ["''\"\"'", "a"],
    ["no quotes at all", ""],
    ["'", ""],
  ])("%j after %j", (text, before) => {
    expect(smartQuotes(text, before)).toBe(oneCharacterAtATime(text, before));
  });
});
