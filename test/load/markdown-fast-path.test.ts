import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  markdownProcessor,
  processorForTextWithoutAt,
} from "../../src/load/markdown.js";

// Pieces of contribution Markdown, URLs and entities included; never "@".
const pieces = [
  "women",
  "Peace",
  "S/2004/814",
  "per cent",
  "UN-HABITAT",
  "e.g.",
  "1325",
  "www.un.org",
  "www.un.org/womenwatch.",
  "http://un.org",
  "https://www.un.org/en/a_b?c=d&e",
  "mailto:",
  "&#64;",
  "&amp;",
  "x.y",
  "a_b",
  "a+b",
  "-",
  ".",
  ",",
  ";",
  ":",
  "(",
  ")",
  "[",
  "]",
  "*",
  "**",
  "_",
  "~~",
  "`",
  "[^1]",
  "\n[^1]: See S/2004/431.",
  "<!-- c -->",
  "[link](http://a.org)",
  "![img](a.png)",
  "|",
  "\n| a | b |\n| - | - |\n| c | d |\n",
  "\n- ",
  "\n1. ",
  "\n- [x] ",
  "\n> ",
  "\n## ",
  " ",
  " ",
  " ",
  "\n",
  "\n\n",
];

const markdown = fc
  .array(fc.constantFrom(...pieces), { maxLength: 60 })
  .map((parts) => parts.join(""));

describe("the parse fast path for text without @", () => {
  it("gives the same tree as the full GFM parser", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(processorForTextWithoutAt.parse(text)).toEqual(
          markdownProcessor.parse(text),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("still links web addresses, which do not need an @", () => {
    const tree = processorForTextWithoutAt.parse(
      "See www.un.org and https://un.org/x.",
    );
    expect(JSON.stringify(tree)).toContain('"url":"http://www.un.org"');
    expect(JSON.stringify(tree)).toContain('"url":"https://un.org/x"');
  });
});
