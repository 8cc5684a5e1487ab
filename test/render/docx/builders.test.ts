import {
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Packer,
  Paragraph,
} from "docx";
import { describe, expect, it } from "vitest";
import {
  buildNumberedParagraph,
  createContext,
  withFactories,
} from "../../../src/render/docx/index.js";
import { fitImage } from "../../../src/render/docx/images.js";
import { layoutFor } from "../../../src/render/docx/layout.js";
import { paragraphs, part, unzipDocx } from "../../helpers/docx.js";
import { source, text } from "../../helpers/report.js";

describe("the block builders", () => {
  it("take run and paragraph factories, so a redline can mark text and whole paragraphs as changed", async () => {
    const base = createContext(layoutFor(false), new Map());
    const revision = { id: 1, author: "UNICEF", date: "2005-01-10T00:00:00Z" };
    const inserted = withFactories(base, {
      text: (options) => new InsertedTextRun({ ...options, ...revision }),
      paragraph: (options) =>
        new Paragraph({ ...options, run: { insertion: revision } }),
    });
    const deleted = withFactories(base, {
      text: (options) => new DeletedTextRun({ ...options, ...revision, id: 2 }),
    });
    const document = new Document({
      sections: [
        {
          children: [
            buildNumberedParagraph(
              [text("New paragraph.")],
              source("UNICEF", 3),
              inserted,
            ),
            buildNumberedParagraph(
              [text("Old words.")],
              source("UNICEF", 5),
              deleted,
              { bold: true },
            ),
          ],
        },
      ],
    });
    const xml = part(
      unzipDocx(new Uint8Array(await Packer.toBuffer(document))),
      "word/document.xml",
    );
    const [first, second] = paragraphs(xml);
    expect(first?.xml).toMatch(/<w:rPr><w:ins [^>]*w:author="UNICEF"/);
    expect(first?.xml).toMatch(
      /<w:ins [^>]*w:author="UNICEF"[^>]*><w:r><w:t[^>]*>New paragraph\.<\/w:t>/,
    );
    expect(second?.xml).toMatch(
      /<w:del [^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:delText[^>]*>Old words\.<\/w:delText>/,
    );
    expect(second?.style).toBe("NumberedParagraph");
  });
});

describe("fitImage", () => {
  it("shrinks a wide image to the box, keeping its aspect ratio", () => {
    expect(fitImage(2000, 1000, { width: 600, height: 900 })).toEqual({
      width: 600,
      height: 300,
    });
    expect(fitImage(500, 3000, { width: 600, height: 900 })).toEqual({
      width: 150,
      height: 900,
    });
  });

  it("never enlarges a small image", () => {
    expect(fitImage(120, 80, { width: 600, height: 900 })).toEqual({
      width: 120,
      height: 80,
    });
  });
});
