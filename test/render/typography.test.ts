import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Inline, Report } from "../../src/model.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderText } from "../../src/render/text.js";
import {
  numberRanges,
  smartQuotes,
  typeset,
} from "../../src/render/typography.js";
import { docxToText } from "../../src/textconv/index.js";
import { paragraphs, part, unzipDocx } from "../helpers/docx.js";
import { makeReport, paragraph, source, text } from "../helpers/report.js";

describe("typographic quotes, as pandoc's smart extension", () => {
  it.each([
    ["women's organizations", "women’s organizations"],
    ["the experts' assessment", "the experts’ assessment"],
    ['the title "Still under 10%".', "the title “Still under 10%”."],
    ["he said 'no' twice", "he said ‘no’ twice"],
    ['("quoted")', "(“quoted”)"],
    ["Côte d'Ivoire", "Côte d’Ivoire"],
    ["in the '90s", "in the ’90s"],
    ["already “typographic” and women’s", "already “typographic” and women’s"],
  ])("%s -> %s", (written, printed) => {
    expect(smartQuotes(written)).toBe(printed);
  });

  it("continues across emphasis: a quote before italics opens, one after closes", () => {
    const report = typeset(
      makeReport([
        {
          id: "c",
          numeral: "I",
          title: "Chapter",
          style: "normal",
          sections: [],
          blocks: [
            paragraph(
              [
                text('The study "'),
                { type: "emphasis", children: [text("Women, War and Peace")] },
                text('" found it.'),
              ],
              source("UNIFEM", 8),
            ),
          ],
        },
      ]),
    );
    const block = report.chapters[0]?.blocks[0];
    expect(block?.kind === "paragraph" && block.content).toEqual([
      text("The study “"),
      { type: "emphasis", children: [text("Women, War and Peace")] },
      text("” found it."),
    ]);
  });
});

describe("en dash in number ranges", () => {
  it.each([
    ["in 2005-2007", "in 2005–2007"],
    ["paras. 12-15 and 3-4", "paras. 12–15 and 3–4"],
    ["on 2004-10-31", "on 2004-10-31"],
    ["job 04-53453-1", "job 04-53453-1"],
    ["S/2004/814-1", "S/2004/814-1"],
    ["a 2-year-old", "a 2-year-old"],
    ["Timor-Leste", "Timor-Leste"],
  ])("%s -> %s", (written, printed) => {
    expect(numberRanges(written)).toBe(printed);
  });
});

const CODE = "mailing-list 'wps' 2004-2005";

function linkReport(): Report {
  const content: Inline[] = [
    text("See the "),
    {
      type: "link",
      url: "https://www.un.org/womenwatch/osagi/",
      children: [text("Office's page")],
    },
    text(", "),
    {
      type: "link",
      url: "https://www.un.org/docs/",
      children: [text("https://www.un.org/docs/")],
    },
    text(" and the list "),
    { type: "code", value: CODE },
    text(" at http://example.org/women's-page or write to "),
    {
      type: "link",
      url: "mailto:osagi@un.org",
      children: [text("the Office")],
    },
    text("."),
  ];
  return oneParagraphReport(content);
}

/** A report of one chapter holding one paragraph of `content`. */
function oneParagraphReport(content: Inline[]): Report {
  return makeReport([
    {
      id: "c",
      numeral: "I",
      title: "Chapter",
      style: "normal",
      sections: [],
      blocks: [paragraph(content, source("OSAGI", 9))],
    },
  ]);
}

describe("web addresses in running text", () => {
  const typesetText = (value: string) =>
    renderText(typeset(oneParagraphReport([text(value)])));

  it("are printed as written in any case, quotes and ranges included", () => {
    for (const address of [
      "HTTP://EXAMPLE.ORG/Women's-page/2004-2005",
      "WwW.example.org/it's/here",
      "Https://example.org/women's",
    ]) {
      const printed = typesetText(`See ${address} and the women's page.`);
      expect(printed).toContain(`See ${address} and the women’s page.`);
    }
  });

  it("are found by the quick search wherever the full expression could match: no other character folds to h, t, p or w", () => {
    // The quick search spells the letters as classes; the full expression uses the i and u flags.
    for (const letter of "htpw") {
      const folded = new RegExp(letter, "iu");
      const spelled = new RegExp(`[${letter}${letter.toUpperCase()}]`);
      const differ: string[] = [];
      for (let code = 0; code <= 0x10ffff; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const char = String.fromCodePoint(code);
        if (folded.test(char) !== spelled.test(char)) differ.push(char);
      }
      expect(differ, letter).toEqual([]);
    }
  });
});

const PRINTED =
  "See the Office’s page (https://www.un.org/womenwatch/osagi/), https://www.un.org/docs/ and the list mailing-list 'wps' 2004-2005 at http://example.org/women's-page or write to the Office (osagi@un.org).";

describe("links and code as printed", () => {
  it("prints only web and e-mail addresses: any other link keeps its words alone", () => {
    const report = typeset(
      makeReport([
        {
          id: "c",
          numeral: "I",
          title: "Chapter",
          style: "normal",
          sections: [],
          blocks: [
            paragraph(
              [
                {
                  type: "link",
                  url: "javascript:alert(1)",
                  children: [text("click")],
                },
              ],
              source("UNICEF", 8),
            ),
          ],
        },
      ]),
    );
    expect(renderText(report)).toContain("\n1. (1 word)\nclick\n");
  });

  it("prints a link's address after its words, leaves addresses and code as written; text and DOCX agree", async () => {
    const report = linkReport();
    expect(renderText(report)).toMatch(/\n1\. \(\d+ words\)\n/);
    expect(renderText(report)).toContain(` words)\n${PRINTED}\n`);
    const docx = await renderDocx(report);
    expect(docxToText(docx)).toBe(renderText(report));
  });

  it("sets the address in the text's colour without underline, and code in the body font", async () => {
    const parts = unzipDocx(await renderDocx(linkReport()));
    const styles = part(parts, "word/styles.xml");
    const hyperlink =
      /<w:style w:type="character" w:styleId="Hyperlink">[\s\S]*?<\/w:style>/.exec(
        styles,
      )?.[0] ?? "";
    expect(hyperlink).toContain('<w:color w:val="000000"/>');
    expect(hyperlink).toContain('<w:u w:val="none"/>');
    const document = part(parts, "word/document.xml");
    expect(document).not.toMatch(/Courier/);
    const body = paragraphs(document).find((p) => p.text.startsWith("See"));
    expect(body?.text).toBe(PRINTED);
  });

  it("Markdown prints the same words, the address as an autolink", () => {
    const markdown = renderMarkdown(linkReport());
    expect(markdown).toContain(
      "See the Office’s page (<https://www.un.org/womenwatch/osagi/>), <https://www.un.org/docs/> and the list `mailing-list 'wps' 2004-2005`",
    );
  });
});

const hasPandoc =
  spawnSync("pandoc", ["--version"], { timeout: 30_000 }).status === 0;

describe.skipIf(!hasPandoc)(
  `pandoc reads it back${hasPandoc ? "" : " (skipped: pandoc not installed)"}`,
  () => {
    it("finds the typographic quotes, the en dash and the printed address", async () => {
      const folder = mkdtempSync(path.join(tmpdir(), "wps-typography-"));
      try {
        const file = path.join(folder, "draft.docx");
        const report = makeReport([
          {
            id: "c",
            numeral: "I",
            title: "Chapter",
            style: "normal",
            sections: [],
            blocks: [
              paragraph(
                'Women\'s groups met in 2005-2007 under the "Peace" banner.',
                source("UNIFEM", 8),
              ),
              ...linkReport().chapters[0].blocks,
            ],
          },
        ]);
        writeFileSync(file, await renderDocx(report));
        const result = spawnSync(
          "pandoc",
          ["-f", "docx", "-t", "plain", "--wrap=none", file],
          { encoding: "utf8", timeout: 60_000 },
        );
        expect(result.stdout).toContain(
          "Women’s groups met in 2005–2007 under the “Peace” banner.",
        );
        expect(result.stdout).toContain(
          "Office’s page (https://www.un.org/womenwatch/osagi/)",
        );
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  },
);
