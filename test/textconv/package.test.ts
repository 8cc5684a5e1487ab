// The DOCX readers that textconv, diff and review share: the ZIP read from
// its directory, sizes counted as the data inflates, XML parsed in one pass
// without a DTD, and one set of limits for all of them.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  docx,
  repeatedDeflate,
  zipArchive,
} from "../../scripts/bench/hostile-docx.mjs";
import {
  DEFAULT_DOCX_LIMITS,
  DocxLimitError,
  docxToText,
  NotDocxError,
  readDocxPackage,
  textContent,
} from "../../src/textconv/index.js";
import { parseXml, type XmlElement } from "../../src/textconv/xml.js";
import { minimalDocx, p } from "../helpers/minimal-docx.js";

const xmlLimits = { maxDepth: 256, maxNodes: 1_000_000 };
const parse = (xml: string, limits = xmlLimits) =>
  parseXml(xml, { part: "word/document.xml", limits });

describe("readDocxPackage", () => {
  it("finds the main document and its related parts through the relationships", () => {
    const bytes = minimalDocx({ body: p("Hello") });
    const pkg = readDocxPackage(bytes);
    expect(pkg.mainPart).toBe("word/document.xml");
    expect(pkg.relatedPart("styles")).toBe("word/styles.xml");
    expect(pkg.relatedPart("footnotes")).toBe("word/footnotes.xml");
    expect(pkg.relatedPart("comments")).toBeUndefined();
    expect(pkg.names).toContain("word/numbering.xml");
    const document = pkg.xml(pkg.mainPart);
    expect(document?.name).toBe("document");
    expect(textContent(document as XmlElement)).toBe("Hello");
  });

  it("measures what the data inflates to, whatever sizes the archive declares", () => {
    const small = { ...DEFAULT_DOCX_LIMITS, maxPartBytes: 1024 * 1024 };
    // Declares 10 bytes, inflates to 4 MiB: refused.
    const lying = docx({
      entries: {
        "word/document.xml": {
          method: 8,
          data: repeatedDeflate("<w:p/>", 4 * 1024 * 1024),
          declared: 10,
        },
      },
    });
    expect(() => docxToText(lying, small)).toThrow(
      "its part word/document.xml inflates to more than 1 MiB (the limit for one part)",
    );
    // Declares 4 GiB - 1, holds a few bytes: read.
    const modest = docx({
      entries: {
        "word/styles.xml": {
          data: strToU8("<styles/>"),
          declared: 0xffffffff,
        },
      },
      body: p("Fine"),
    });
    expect(docxToText(modest, small)).toBe("Fine\n");
  });

  it("refuses an archive with too many entries before reading any", () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({
      name: `x${i}`,
      data: strToU8("x"),
    }));
    expect(() =>
      readDocxPackage(zipArchive(entries), {
        ...DEFAULT_DOCX_LIMITS,
        maxEntries: 20,
      }),
    ).toThrow("its ZIP archive holds 30 entries, more than 20");
  });

  it("says what is wrong with what is not a DOCX", () => {
    expect(() => readDocxPackage(strToU8("PK but no"))).toThrow(
      "it is not a ZIP archive",
    );
    expect(() => readDocxPackage(zipSync({ "a.txt": strToU8("x") }))).toThrow(
      "it has no word/document.xml",
    );
    const encrypted = zipArchive([
      { name: "word/document.xml", data: strToU8("<x/>") },
    ]);
    // Set the "encrypted" flag in the central directory entry.
    const directory = encrypted.length - 22 - (46 + "word/document.xml".length);
    encrypted[directory + 8] = 1;
    expect(() => docxToText(encrypted)).toThrow(
      "its part word/document.xml is encrypted",
    );
  });

  it("caps the text read out, which list labels and cited notes can make longer than the file", () => {
    const bytes = minimalDocx({ body: p("x".repeat(5000)) });
    expect(() =>
      docxToText(bytes, { ...DEFAULT_DOCX_LIMITS, maxTextLength: 1000 }),
    ).toThrow(DocxLimitError);
  });
});

describe("parseXml", () => {
  it("keeps local names, attributes, text, entities and CDATA", () => {
    const root = parse(
      '<?xml version="1.0"?><!-- c --><w:p xmlns:w="urn:w" w:val="a &amp; b"><w:t xml:space="preserve"> x &lt;&#65;&#x42;&gt; </w:t><![CDATA[<raw>]]></w:p>',
    );
    expect(root.name).toBe("p");
    expect(root.attributes).toEqual({ val: "a & b" });
    expect(textContent(root)).toBe(" x <AB> <raw>");
  });

  it("treats attribute names such as constructor as plain names", () => {
    const root = parse('<a constructor="c"/>');
    expect(root.attributes.constructor).toBe("c");
    expect("toString" in root.attributes).toBe(false);
  });

  it("refuses a DOCTYPE by name, and malformed XML saying where it breaks", () => {
    expect(() => parse('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')).toThrow(
      "its part word/document.xml has a DOCTYPE; DOCTYPEs are not allowed",
    );
    for (const [xml, why] of [
      ["<a><b></a>", "a closing tag </a> that matches no open tag"],
      ["<a>&nbsp;</a>", "the entity &nbsp; which XML does not define"],
      ["<a>AT&T</a>", "a bare '&'"],
      ["<a/><b/>", "a second root element"],
      ["<a>", "<a> is never closed"],
      ['<a x="1" x="2"/>', "the attribute x twice on <a>"],
      ["", "no root element"],
    ] as const) {
      expect(() => parse(xml)).toThrow(NotDocxError);
      expect(() => parse(xml)).toThrow(why);
    }
  });

  it("stops at the depth and node limits", () => {
    const deep = `${"<a>".repeat(11)}${"</a>".repeat(11)}`;
    expect(() => parse(deep, { maxDepth: 10, maxNodes: 100 })).toThrow(
      "nests XML elements deeper than 10 levels",
    );
    expect(parse(deep, { maxDepth: 11, maxNodes: 100 }).name).toBe("a");
    expect(() =>
      parse(`<a>${"<b/>".repeat(101)}</a>`, { maxDepth: 10, maxNodes: 100 }),
    ).toThrow("holds more than 100 XML nodes at once");
  });

  it("hands streamed elements to the reader one at a time, holding none of them", () => {
    const seen: string[] = [];
    const root = parseXml(
      `<document><body>${"<p><t>x</t></p>".repeat(1000)}</body></document>`,
      {
        part: "word/document.xml",
        // 1,000 paragraphs of 3 nodes each, with room for 10 nodes at once.
        limits: { maxDepth: 10, maxNodes: 10 },
        stream: {
          parent: "body",
          visit: (element) => seen.push(textContent(element)),
        },
      },
    );
    expect(seen).toHaveLength(1000);
    expect(root.children).toEqual([
      { name: "body", attributes: {}, children: [] },
    ]);
  });
});
