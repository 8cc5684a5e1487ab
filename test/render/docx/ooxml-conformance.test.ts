// src/render/docx/ooxml-conformance.ts corrects what the docx package writes
// and has no option for. These tests pin what docx writes today: if an
// upgrade changes it, they fail here, naming the correction to revisit,
// rather than letting a correction silently stop matching.
import {
  Document,
  FootnoteReferenceRun,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import { describe, expect, it } from "vitest";
import {
  conformPackage,
  conformParagraphMarkRevisions,
  conformSeparators,
  conformStyles,
  UNUSED_LIBRARY_STYLES,
} from "../../../src/render/docx/ooxml-conformance.js";
import { renderDocx } from "../../../src/render/docx/index.js";
import { part, unzipDocx } from "../../helpers/docx.js";
import { sampleReport } from "../../helpers/sample-report.js";

async function rawDocxParts(): Promise<Map<string, string>> {
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph("A note.")] } },
    sections: [
      {
        children: [
          new Paragraph({
            children: [new TextRun("Text"), new FootnoteReferenceRun(1)],
          }),
        ],
      },
    ],
  });
  return unzipDocx(new Uint8Array(await Packer.toBuffer(document)));
}

const styleElement = (xml: string, id: string) =>
  new RegExp(
    `<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`,
  ).exec(xml)?.[0];

describe("what docx 9 writes that the conformance pass corrects", () => {
  it("still bases character styles on a DefaultParagraphFont it never defines (conformStyles adds it)", async () => {
    const styles = part(await rawDocxParts(), "word/styles.xml");
    expect(styles).toContain('<w:basedOn w:val="DefaultParagraphFont"/>');
    expect(styleElement(styles, "DefaultParagraphFont")).toBeUndefined();
  });

  it("still writes Strong as a paragraph style and Heading 3–6, Caption, TOC 1–9 nobody asked for (conformStyles drops them)", async () => {
    const styles = part(await rawDocxParts(), "word/styles.xml");
    expect(styleElement(styles, "Strong")).toMatch(/w:type="paragraph"/);
    for (const id of UNUSED_LIBRARY_STYLES)
      expect(styleElement(styles, id), id).toBeDefined();
  });

  it("still puts a note reference mark in the separator notes (conformSeparators removes it)", async () => {
    const parts = await rawDocxParts();
    const separators = (xml: string, kind: string) =>
      [
        ...xml.matchAll(
          new RegExp(
            `<w:${kind} w:type="(?:separator|continuationSeparator)"[\\s\\S]*?</w:${kind}>`,
            "g",
          ),
        ),
      ].map((m) => m[0]);
    const footnotes = separators(part(parts, "word/footnotes.xml"), "footnote");
    const endnotes = separators(part(parts, "word/endnotes.xml"), "endnote");
    expect(footnotes).toHaveLength(2);
    expect(endnotes).toHaveLength(2);
    for (const note of footnotes) expect(note).toContain("<w:footnoteRef/>");
    for (const note of endnotes) expect(note).toContain("<w:endnoteRef/>");
  });

  it("still writes a paragraph mark's revision after its other run properties (conformParagraphMarkRevisions moves it first)", async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              run: {
                bold: true,
                insertion: {
                  id: 1,
                  author: "UNICEF",
                  date: "2004-10-01T00:00:00Z",
                },
              },
              children: [new TextRun("Inserted.")],
            }),
          ],
        },
      ],
    });
    const xml = part(
      unzipDocx(new Uint8Array(await Packer.toBuffer(document))),
      "word/document.xml",
    );
    expect(xml).toMatch(
      /<w:pPr><w:rPr><w:b\/><w:bCs\/><w:ins [^>]*\/><\/w:rPr>/,
    );
    expect(conformParagraphMarkRevisions(xml)).toMatch(
      /<w:pPr><w:rPr><w:ins [^>]*\/><w:b\/><w:bCs\/><\/w:rPr>/,
    );
  });
});

describe("the conformance pass", () => {
  it("leaves separators with only their separator, and normal notes with their mark", async () => {
    const parts = await rawDocxParts();
    const fixed = conformSeparators(
      part(parts, "word/footnotes.xml"),
      "footnote",
    );
    expect(fixed.match(/<w:footnoteRef\/>/g)).toHaveLength(1);
    expect(fixed).toMatch(
      /<w:footnote w:type="separator" w:id="-1"><w:p>(?:<w:pPr>.*?<\/w:pPr>)?<w:r><w:separator\/><\/w:r><\/w:p><\/w:footnote>/,
    );
    expect(fixed).toContain("<w:continuationSeparator/>");
  });

  it("defines DefaultParagraphFont once, as Word's default character style, and Strong as a character style", async () => {
    const styles = conformStyles(
      part(await rawDocxParts(), "word/styles.xml"),
      new Set(),
    );
    expect(styles.match(/w:styleId="DefaultParagraphFont"/g)).toHaveLength(1);
    expect(styleElement(styles, "DefaultParagraphFont")).toMatch(
      /w:type="character" w:default="1"/,
    );
    expect(styleElement(styles, "Strong")).toMatch(/w:type="character"/);
    for (const id of UNUSED_LIBRARY_STYLES)
      expect(styleElement(styles, id), id).toBeUndefined();
    // Idempotent: a second pass changes nothing.
    expect(conformStyles(styles, new Set())).toBe(styles);
  });

  it("keeps a library style the document uses", async () => {
    const parts: Map<string, string | Uint8Array> = await rawDocxParts();
    parts.set(
      "word/document.xml",
      '<w:document><w:body><w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr></w:p></w:body></w:document>',
    );
    conformPackage(parts);
    const styles = parts.get("word/styles.xml");
    expect(typeof styles).toBe("string");
    expect(styleElement(String(styles), "Caption")).toBeDefined();
    expect(styleElement(String(styles), "Heading3")).toBeUndefined();
  });

  it("gives a draft's figure Word's kind of name, not the path of the image in the repository", async () => {
    const document = part(
      unzipDocx(await renderDocx(sampleReport())),
      "word/document.xml",
    );
    const names = [
      ...document.matchAll(/<wp:docPr id="(\d+)" name="([^"]*)"/g),
    ];
    expect(names.length).toBeGreaterThan(0);
    for (const [, id, name] of names) expect(name).toBe(`Picture ${id}`);
    expect(document).not.toContain("contributions/");
  });
});
