import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseContribution } from "../../src/load/load-contribution.js";
import type { Contribution } from "../../src/model.js";
import { countWords } from "../../src/words/count-words.js";
import { countContributionWords } from "../../src/words/contribution-words.js";

// Hand count, one word per number (Word counts the same way):
//  1 The  2 post-conflict  3 transition  4 in  5 Sierra  6 Leone  (— no)
//  7 supported  8 by  9 resolution  10 1325  11 (2000)  (— no)  12 reached
//  13 9,000  14 women  15 (about  16 37  17 per  18 cent)  19 by  20 31
//  21 October  22 2004;  23 see  24 S/2004/814,  25 para.  26 12,  27 and
//  28 HIV/AIDS  29 data  30 for  31 2003–2004  (& no)  32 beyond:  33 US$
//  34 2.5  35 million.
const KNOWN =
  "The post-conflict transition in Sierra Leone — supported by resolution 1325 (2000) — reached 9,000 women (about 37 per cent) by 31 October 2004; see S/2004/814, para. 12, and HIV/AIDS data for 2003–2004 & beyond: US$ 2.5 million.";

describe("word counts as Word counts them", () => {
  it("counts a known text as by hand: compounds, figures and symbols one word each, lone punctuation none", () => {
    expect(countWords(KNOWN)).toBe(35);
  });

  it("splits on any white space, including line breaks and no-break spaces", () => {
    expect(countWords("one\ttwo\nthree\u00a0four  five")).toBe(5);
    expect(countWords(" – … & % ")).toBe(0);
    expect(countWords("")).toBe(0);
  });

  it("counts a contribution's headings, text, lists, tables and footnotes, not image descriptions or footnote marks", () => {
    // Hand count: heading "Peace negotiations" 2; "Women took part in
    // post-conflict talks." 6 (the italics do not split the word); list
    // items 3 + 2; table cells Year, Share, 2004, "37 per cent" = 2 + 4;
    // the image's alt text 0; footnote "Source: UNIFEM, 2004." 3. Total 22.
    const text = [
      "---",
      "entity: UNIFEM",
      "year: 2004",
      "---",
      "",
      "## Peace negotiations",
      "",
      "Women took part in post-*conflict* talks.[^1]",
      "",
      "- First item here",
      "- Second item",
      "",
      "| Year | Share |",
      "| ---- | ----- |",
      "| 2004 | 37 per cent |",
      "",
      "![A chart of the figures by region](chart.png)",
      "",
      "[^1]: Source: UNIFEM, 2004.",
      "",
    ].join("\n");
    const { contribution } = parseContribution(
      new TextEncoder().encode(text),
      "contributions/2004/unifem.md",
    );
    expect(countContributionWords(contribution as Contribution)).toBe(22);
  });

  it("counts exactly the runs between white space that hold a letter or a figure, for any text", () => {
    const alphabet = fc.constantFrom(
      " ",
      "\t",
      "\n",
      "\u00a0",
      "\u2003",
      "a",
      "Z",
      "é",
      "7",
      "-",
      "–",
      "%",
      "&",
      "/",
      "😀",
      "中",
      "\u0660",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        const byDefinition = text
          .split(/\s+/u)
          .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
        expect(countWords(text)).toBe(byDefinition);
      }),
    );
  });
});
