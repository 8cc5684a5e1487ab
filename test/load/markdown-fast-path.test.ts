import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownProcessor, processorFor } from "../../src/load/markdown.js";

// Pieces of contribution Markdown, URLs and entities included, and the
// near-misses of the dropped constructs: table-like rows without "|",
// "www"/"http" in other cases and without their dot or slashes.
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
  "&#119;ww.un.org",
  "&#x68;ttp://un.org",
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
  "\na\n:-:\n",
  "\n---\n",
  "\n:--\n",
  " --: ",
  "\na\n: -\n",
  "\na\n- :\n",
  "\na\n-\n",
  "\n  :-  \n",
  "\na - b\n-- - --\n",
  "WWW.UN.ORG",
  "Www",
  "wwwx",
  "HTTPS://UN.ORG",
  "Http:",
  "http",
  "xmpp:",
  "@",
  "a@b.org",
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

describe("the parse fast paths for text without @, | or web addresses", () => {
  it("give the same tree as the full GFM parser", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(processorFor(text).parse(text)).toEqual(
          markdownProcessor.parse(text),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it("take a faster parser only when a construct cannot match", () => {
    const plain = processorFor("Women and peace.");
    expect(plain).not.toBe(markdownProcessor);
    expect(processorFor("Write to a@b.org.")).toBe(markdownProcessor);
    expect(processorFor("| a |")).not.toBe(plain);
    expect(processorFor("a\n:-:")).not.toBe(plain);
    expect(processorFor("&#119;ww.un.org")).not.toBe(plain);
    expect(processorFor("See WWW.UN.ORG")).not.toBe(plain);
  });

  it("still link web addresses and build tables, which do not need an @", () => {
    const tree = JSON.stringify(
      processorFor(
        "See www.un.org and https://un.org/x.\n\n| a |\n| - |\n",
      ).parse("See www.un.org and https://un.org/x.\n\n| a |\n| - |\n"),
    );
    expect(tree).toContain('"url":"http://www.un.org"');
    expect(tree).toContain('"url":"https://un.org/x"');
    expect(tree).toContain('"type":"table"');
  });
});
