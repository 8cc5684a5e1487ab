// The draft's plain paragraphs and footnotes are written as XML text
// (src/render/docx/paragraph-xml.ts) instead of going through docx's
// objects. The draft must not change by a byte: these build drafts both
// ways and compare them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/build-report.js";
import type {
  Inline,
  Report,
  ReportBlock,
  ReportChapter,
} from "../../../src/model.js";
import {
  renderDocx,
  sourceBlobIds,
  type DocxOptions,
} from "../../../src/render/docx/index.js";
import { repoRoot } from "../../helpers/cli.js";
import { part, unzipDocx } from "../../helpers/docx.js";
import {
  footnote,
  makeReport,
  paragraph,
  source,
  text,
} from "../../helpers/report.js";
import { sampleReport } from "../../helpers/sample-report.js";

async function bothWays(
  report: () => Report,
  options: DocxOptions = {},
): Promise<{ written: Uint8Array; throughDocx: Uint8Array }> {
  // Each render gets a report of its own: rendering must not depend on an earlier one.
  return {
    written: await renderDocx(report(), options),
    throughDocx: await renderDocx(report(), { ...options, throughDocx: true }),
  };
}

function expectSameBytes(drafts: {
  written: Uint8Array;
  throughDocx: Uint8Array;
}): void {
  const written = unzipDocx(drafts.written);
  const reference = unzipDocx(drafts.throughDocx);
  // Part by part first, so a failure shows the XML that differs.
  for (const name of ["word/document.xml", "word/footnotes.xml"])
    expect(part(written, name)).toBe(part(reference, name));
  expect(Buffer.from(drafts.written).equals(drafts.throughDocx)).toBe(true);
}

const unicef = (line: number) => source("UNICEF", line);

/** A chapter of plain paragraphs, quotes and footnotes, in recommendations' bold when `bold`. */
function chapter(
  numeral: string,
  blocks: ReportBlock[],
  bold = false,
): ReportChapter {
  return {
    id: numeral.toLowerCase(),
    numeral,
    title: `Chapter & <${numeral}>`,
    style: bold ? "recommendations" : "normal",
    blocks,
    sections: [
      {
        id: `${numeral}-a`,
        letter: "A",
        title: "Section \u201cquoted\u201d",
        blocks: [paragraph("Under a section.", unicef(40))],
      },
    ],
  };
}

describe("plain paragraphs written as XML", () => {
  it("make the committed sample edition's draft byte for byte as docx's objects do", async () => {
    const result = await buildReport(repoRoot, "contributions/2004", {
      cache: false,
    });
    const options = { blobIds: sourceBlobIds(result.edition) };
    expectSameBytes({
      written: await renderDocx(result.report, options),
      throughDocx: await renderDocx(result.report, {
        ...options,
        throughDocx: true,
      }),
    });
  });

  it("make the hand-built sample report (lists, table, figure, links) as docx does", async () => {
    expectSameBytes(await bothWays(sampleReport));
  });

  it("are in the draft: a paragraph's XML text is found in document.xml as written", async () => {
    const report = () =>
      makeReport(
        [
          chapter("I", [
            paragraph(
              [
                text("Women <groups> & networks\u0001"),
                { type: "emphasis", children: [text("in italics")] },
                { type: "footnote", number: 1 },
              ],
              unicef(3),
            ),
          ]),
        ],
        [footnote(1, "A note & more.", unicef(9))],
      );
    const { written } = await bothWays(report);
    const document = part(unzipDocx(written), "word/document.xml");
    expect(document).toContain(
      '<w:r><w:t xml:space="preserve">Women &lt;groups&gt; &amp; networks</w:t></w:r>' +
        '<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">in italics</w:t></w:r>' +
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
    );
  });

  // Inlines of every kind the writer handles, and links, which it leaves to docx.
  const leaf: fc.Arbitrary<Inline> = fc.oneof(
    fc
      .string({
        unit: fc.constantFrom(
          "a",
          " ",
          "&",
          "<",
          "'",
          "\n",
          "\t",
          "\u0002",
          "\u00e9",
          "\u2019",
        ),
      })
      .map((value): Inline => ({ type: "text", value })),
    fc.constant<Inline>({ type: "code", value: "x < y" }),
    fc.constant<Inline>({ type: "break" }),
  );
  const inline: fc.Arbitrary<Inline> = fc.letrec<{ inline: Inline }>((tie) => ({
    inline: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc
        .array(tie("inline"), { maxLength: 3 })
        .map((children): Inline => ({ type: "emphasis", children })),
      fc
        .array(tie("inline"), { maxLength: 3 })
        .map((children): Inline => ({ type: "strong", children })),
      fc.array(leaf, { maxLength: 2 }).map((children): Inline => ({
        type: "link",
        url: "https://www.un.org/?a=1&b=2",
        children,
      })),
    ),
  })).inline;
  const content = fc.array(inline, { maxLength: 5 });
  const block = fc.oneof(
    content.map((inlines) => ({ kind: "paragraph" as const, inlines })),
    fc.array(content, { minLength: 1, maxLength: 3 }).map((paragraphs) => ({
      kind: "quote" as const,
      paragraphs,
    })),
  );

  it("make the same draft as docx for any mix of text, emphasis, strong, code, breaks, footnotes and links", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(block, { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(content, { minLength: 1, maxLength: 2 }), {
          maxLength: 3,
        }),
        fc.boolean(),
        async (blocks, notes, bold) => {
          const report = () => {
            const made: ReportBlock[] = blocks.map((b, i) =>
              b.kind === "paragraph"
                ? paragraph(
                    [
                      ...b.inlines,
                      ...(i < notes.length
                        ? [{ type: "footnote" as const, number: i + 1 }]
                        : []),
                    ],
                    unicef(10 + i),
                  )
                : {
                    kind: "quote",
                    paragraphs: b.paragraphs,
                    source: unicef(10 + i),
                  },
            );
            const referenced = Math.min(
              notes.length,
              blocks.filter((b) => b.kind === "paragraph").length,
            );
            return makeReport(
              [chapter("I", made, bold)],
              notes.slice(0, referenced).map((paragraphs, i) => ({
                ...footnote(i + 1, "", unicef(50 + i)),
                paragraphs,
              })),
            );
          };
          expectSameBytes(await bothWays(report));
        },
      ),
      { numRuns: 40 },
    );
  });
});
