import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../../src/render/docx/index.js";
import { TEXT_WIDTH } from "../../../src/render/docx/layout.js";
import type { Report } from "../../../src/model.js";
import {
  paragraphs,
  attr,
  child,
  children,
  parseXml,
  part,
  plainText,
  unzipDocx,
  type DocxParagraph,
  type XmlNode,
} from "../../helpers/docx.js";
import {
  list,
  listBlock,
  makeReport,
  numberedBlocks,
  paragraph,
  source,
} from "../../helpers/report.js";
import { sampleReport } from "../../helpers/sample-report.js";
import { typeset } from "../../../src/render/typography.js";

let report: Report;
let parts: Map<string, string>;
let body: DocxParagraph[];

beforeAll(async () => {
  // Compared as printed: typographic quotes, links with their address.
  report = typeset(sampleReport());
  parts = unzipDocx(await renderDocx(report));
  body = paragraphs(part(parts, "word/document.xml"));
});

function styleById(id: string): XmlNode | undefined {
  const styles = child(parseXml(part(parts, "word/styles.xml")), "w:styles");
  return children(styles, "w:style").find(
    (style) => attr(style, "w:styleId") === id,
  );
}

/** The `w:val` of the element at a path under `node`. */
const val = (node: XmlNode | undefined, ...tags: string[]) =>
  attr(child(node, ...tags), "w:val");

describe("the masthead", () => {
  it("reads United Nations, symbol, organ, distribution, date, language, title, subtitle in that order", () => {
    const texts = body.map((p) => p.text);
    const expected = [
      "United Nations",
      "S/2004/814",
      "Security Council",
      "Distr.: General",
      "13 October 2004",
      "Original: English",
      "Women and peace and security",
      "Report of the Secretary-General",
    ];
    const positions = expected.map((line) => texts.indexOf(line));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(
      body.find((p) => p.text === "Women and peace and security")?.style,
    ).toBe("Title");
  });
});

describe("headings", () => {
  it("uses real Heading 1 (14 pt bold) and Heading 2 (12 pt bold) styles", () => {
    const h1 = styleById("Heading1");
    const h2 = styleById("Heading2");
    expect(val(h1, "w:name")).toBe("Heading 1");
    expect(val(h1, "w:rPr", "w:sz")).toBe("28");
    expect(child(h1, "w:rPr", "w:b")).toBeDefined();
    expect(val(h2, "w:name")).toBe("Heading 2");
    expect(val(h2, "w:rPr", "w:sz")).toBe("24");
    expect(child(h2, "w:rPr", "w:b")).toBeDefined();
  });

  it("sets chapters as Heading 1 and sections as Heading 2, numeral, tab, title", () => {
    expect(
      body.filter((p) => p.style === "Heading1").map((p) => p.text),
    ).toEqual([
      "I.\tIntroduction",
      "II.\tImplementation of resolution 1325 (2000)",
      "III.\tConclusions and recommendations",
    ]);
    expect(
      body.filter((p) => p.style === "Heading2").map((p) => p.text),
    ).toEqual([
      "A.\tConflict prevention",
      "B.\tPeacekeeping operations",
      "C.\tHumanitarian assistance",
    ]);
  });
});

describe("paragraph numbering", () => {
  it("gives every numbered paragraph the NumberedParagraph style, in order, with its text", () => {
    const numbered = body.filter((p) => p.style === "NumberedParagraph");
    const blocks = numberedBlocks(report);
    expect(numbered).toHaveLength(blocks.length);
    numbered.forEach((p, i) => {
      const block = blocks[i];
      // A list with no lead-in: its first item, label written out, on the number's line.
      const first = block.kind === "list" ? block.list.items[0] : undefined;
      expect(p.text).toBe(
        block.kind === "paragraph"
          ? plainText(block.content)
          : `${block.kind === "list" && block.list.ordered ? "(a)" : "•"}\t${plainText(first?.content ?? [])}`,
      );
      // The number comes from the style's numbering, never from the paragraph.
      expect(p.numId).toBeUndefined();
    });
  });

  it("ties the style to one decimal numbering definition, %1., that nothing else uses", () => {
    const numId = val(
      styleById("NumberedParagraph"),
      "w:pPr",
      "w:numPr",
      "w:numId",
    );
    const numbering = child(
      parseXml(part(parts, "word/numbering.xml")),
      "w:numbering",
    );
    const num = children(numbering, "w:num").find(
      (n) => attr(n, "w:numId") === numId,
    );
    const abstractId = val(num, "w:abstractNumId");
    const abstract = children(numbering, "w:abstractNum").find(
      (a) => attr(a, "w:abstractNumId") === abstractId,
    );
    const level0 = children(abstract, "w:lvl").find(
      (l) => attr(l, "w:ilvl") === "0",
    );
    expect(val(level0, "w:numFmt")).toBe("decimal");
    expect(val(level0, "w:lvlText")).toBe("%1.");
    expect(val(level0, "w:start")).toBe("1");
    // Number hangs at the margin, text 1 cm in.
    const indent = child(level0, "w:pPr", "w:ind");
    expect([attr(indent, "w:left"), attr(indent, "w:hanging")]).toEqual([
      "567",
      "567",
    ]);
    const sameAbstract = children(numbering, "w:num").filter(
      (n) => val(n, "w:abstractNumId") === abstractId,
    );
    expect(sameAbstract).toHaveLength(1);
    expect(body.some((p) => p.numId === numId)).toBe(false);
  });

  it("numbers subparagraphs (a), (b) then (i), (ii), restarting with every list", () => {
    const subparagraphs = body.filter((p) => p.style === "Subparagraph");
    expect(subparagraphs.map((p) => p.text).slice(0, 5)).toEqual([
      "Training of adolescent girls in mediation;",
      "Support to women’s groups monitoring local tensions, through:",
      "small grants;",
      "radio programmes;",
      "Collection of data disaggregated by sex and age.",
    ]);
    expect(subparagraphs.slice(0, 5).map((p) => p.ilvl)).toEqual([
      "0",
      "0",
      "1",
      "1",
      "0",
    ]);
    const listIds = new Set(
      subparagraphs.filter((p) => p.ilvl === "0").map((p) => p.numId),
    );
    // Three lists at the first level (two ordered, one bullet), each its own instance.
    expect(listIds.size).toBe(3);
    const numbering = part(parts, "word/numbering.xml");
    expect(numbering).toMatch(
      /<w:numFmt w:val="lowerLetter"\/>(<w:suff[^>]*>)?<w:lvlText w:val="\(%1\)"\/>/,
    );
    expect(numbering).toMatch(
      /<w:numFmt w:val="lowerRoman"\/>(<w:suff[^>]*>)?<w:lvlText w:val="\(%2\)"\/>/,
    );
  });

  it("renders a list that stands alone with its number on the first item's line, never a bare number, kept with the rest", () => {
    expect(
      body.filter((p) => p.style === "NumberedParagraph" && p.text === ""),
    ).toEqual([]);
    const number = body.find((p) => p.text.includes("Distribution of food"));
    expect(number?.style).toBe("NumberedParagraph");
    expect(number?.text).toBe(
      "•\tDistribution of food through women in camps for displaced persons",
    );
    expect(number?.xml).toContain("<w:keepNext/>");
    const next = body[body.indexOf(number as DocxParagraph) + 1];
    expect(next?.style).toBe("Subparagraph");
    expect(next?.text).toBe(
      "Separate sanitation facilities for women and girls",
    );
  });

  it("continues an ordered list with no lead-in at (b), from a numbering that starts there", async () => {
    const alone = makeReport([
      {
        id: "c",
        numeral: "I",
        title: "Chapter",
        style: "normal",
        sections: [],
        blocks: [
          listBlock(
            list(true, ["Training;", "Grants."]),
            source("UNICEF", 9),
            true,
          ),
        ],
      },
    ]);
    const docx = unzipDocx(await renderDocx(alone));
    const [number, second] = paragraphs(part(docx, "word/document.xml")).filter(
      (p) => p.style === "NumberedParagraph" || p.style === "Subparagraph",
    );
    expect(number?.text).toBe("(a)\tTraining;");
    expect(second?.text).toBe("Grants.");
    const numbering = part(docx, "word/numbering.xml");
    const abstractOf = (numId: string | undefined) =>
      new RegExp(
        `<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"`,
      ).exec(numbering)?.[1];
    const abstract = new RegExp(
      `<w:abstractNum [^>]*w:abstractNumId="${abstractOf(second?.numId)}"[\\s\\S]*?</w:abstractNum>`,
    ).exec(numbering)?.[0];
    expect(abstract).toMatch(
      /<w:lvl w:ilvl="0"[^>]*><w:start w:val="2"\/><w:numFmt w:val="lowerLetter"\/>/,
    );
  });
});

describe("footnotes", () => {
  it("writes exactly the report's footnotes, ids 1..F in reading order, text after a tab", () => {
    const notes = children(
      child(parseXml(part(parts, "word/footnotes.xml")), "w:footnotes"),
      "w:footnote",
    );
    const real = notes.filter((note) => Number(attr(note, "w:id")) >= 1);
    expect(real.map((note) => attr(note, "w:id"))).toEqual(
      report.footnotes.map((f) => String(f.number)),
    );
    const texts = paragraphs(part(parts, "word/footnotes.xml")).filter(
      (p) => p.style === "FootnoteText",
    );
    expect(texts.map((p) => p.text)).toEqual(
      report.footnotes.map((f) => `\t${plainText(f.paragraphs[0])}`),
    );
    const references = [
      ...part(parts, "word/document.xml").matchAll(
        /<w:footnoteReference w:id="(\d+)"\/>/g,
      ),
    ];
    expect(references.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("tables and figures", () => {
  it("renders the table as a Word table with a repeating header row and 9 pt text", () => {
    const document = part(parts, "word/document.xml");
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(
      (m) => m[0],
    );
    expect(tables).toHaveLength(2); // the masthead and the data table
    const table = tables[1];
    expect(table).toMatch(/<w:trPr>.*<w:tblHeader\/>/);
    expect(paragraphs(table).map((p) => p.text)).toEqual([
      "Mission",
      "Women",
      "Per cent",
      "MONUC",
      "212",
      "27",
      "UNAMSIL",
      "98",
      "24",
      "UNMIL",
      "143",
      "31",
    ]);
    expect(paragraphs(table)[4].xml).toContain('<w:jc w:val="right"/>');
    expect(val(styleById("TableText"), "w:rPr", "w:sz")).toBe("18");
  });

  it("keeps the figure's aspect ratio and width within the text", () => {
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(
      part(parts, "word/document.xml"),
    );
    const [cx, cy] = [Number(extent?.[1]), Number(extent?.[2])];
    expect(cx / cy).toBeCloseTo(480 / 240, 2);
    expect(cx).toBeLessThanOrEqual(TEXT_WIDTH * 635); // 635 EMU to the twip
    expect(part(parts, "word/document.xml")).toContain(
      'descr="Women in peacekeeping missions, 2004"',
    );
  });
});

describe("typography", () => {
  it("sets Times New Roman 10 pt single-spaced as the document default", () => {
    const defaults =
      part(parts, "word/styles.xml").match(
        /<w:docDefaults>[\s\S]*<\/w:docDefaults>/,
      )?.[0] ?? "";
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="20"/>');
    expect(defaults).toContain('w:line="240"');
  });

  it("bolds the recommendations chapter's paragraphs and no other running text", () => {
    const third = body.findIndex((p) => p.text.startsWith("III."));
    const running = body.filter(
      (p) => p.style === "NumberedParagraph" || p.style === "Subparagraph",
    );
    const recommendations = running.filter((p) => body.indexOf(p) > third);
    expect(recommendations.length).toBe(6);
    expect(recommendations.every((p) => p.bold)).toBe(true);
    expect(
      running
        .filter((p) => body.indexOf(p) < third)
        .some((p) => /<w:b\/>/.test(p.xml)),
    ).toBe(false);
  });

  it("sets the manuscript form in 12 pt, double-spaced, footnotes too", async () => {
    const manuscript = unzipDocx(
      await renderDocx(sampleReport(), { manuscript: true }),
    );
    const styles = part(manuscript, "word/styles.xml");
    const defaults =
      styles.match(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/)?.[0] ?? "";
    expect(defaults).toContain('<w:sz w:val="24"/>');
    expect(defaults).toContain('w:line="480"');
    const footnoteText =
      styles.match(
        /<w:style [^>]*w:styleId="FootnoteText">[\s\S]*?<\/w:style>/,
      )?.[0] ?? "";
    expect(footnoteText).toContain('<w:sz w:val="24"/>');
    expect(footnoteText).toContain('w:line="480"');
  });
});

describe("page furniture and properties", () => {
  it("puts the symbol in the running head after page 1 and the job number at the foot of page 1", () => {
    const document = part(parts, "word/document.xml");
    expect(document).toContain("<w:titlePg/>");
    const reference = (kind: string, type: string) =>
      new RegExp(`<w:${kind}Reference w:type="${type}" r:id="(\\w+)"/>`).exec(
        document,
      )?.[1];
    const rels = part(parts, "word/_rels/document.xml.rels");
    const target = (id: string | undefined) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const text = (kind: string, type: string) =>
      paragraphs(part(parts, `word/${target(reference(kind, type))}`))
        .map((p) => p.text)
        .join("");
    expect(text("header", "first")).toBe("");
    expect(text("header", "default")).toBe("S/2004/814");
    expect(text("header", "even")).toBe("S/2004/814");
    expect(text("footer", "first")).toBe("04-53453 (E)");
    expect(
      part(parts, `word/${target(reference("footer", "default"))}`),
    ).toMatch(/PAGE/);
  });

  it("dates core.xml from report.yaml and names the UN as creator", () => {
    const core = part(parts, "docProps/core.xml");
    expect(core).toContain("<dc:title>Women and peace and security</dc:title>");
    expect(core).toContain("<dc:creator>United Nations</dc:creator>");
    expect(core).toMatch(/<dcterms:created[^>]*>2004-10-13T00:00:00Z</);
    expect(core).toMatch(/<dcterms:modified[^>]*>2004-10-13T00:00:00Z</);
  });

  it("writes no comments part unless asked to annotate", () => {
    expect(parts.has("word/comments.xml")).toBe(false);
  });
});

describe("a minimal report", () => {
  it("renders without job number, footnotes or images: empty first-page footer, no footnote ids", async () => {
    const minimal = makeReport(
      [
        {
          id: "introduction",
          numeral: "I",
          title: "Introduction",
          style: "normal",
          sections: [],
          blocks: [paragraph("Only paragraph.", source("OSAGI", 3))],
        },
      ],
      [],
      [],
      { date: "2005-10-01" },
    );
    delete minimal.meta.jobNumber;
    const files = unzipDocx(await renderDocx(minimal));
    const texts = paragraphs(part(files, "word/document.xml")).map(
      (p) => p.text,
    );
    expect(texts).toContain("1 October 2005");
    expect(texts).toContain("Only paragraph.");
    expect(part(files, "word/footnotes.xml")).not.toMatch(
      /<w:footnote w:id="[1-9]/,
    );
    const footers = [...files.keys()].filter((name) =>
      /^word\/footer\d+\.xml$/.test(name),
    );
    expect(footers).toHaveLength(3);
    for (const footer of footers)
      expect(part(files, footer)).not.toContain("(E)");
  });
});
