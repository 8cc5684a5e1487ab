// textconv on DOCX files other producers write: Word's numbering replayed
// from its definitions, tracked changes accepted, footnotes numbered as Word
// shows them, and a DOCX that pandoc writes.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxToText, NotDocxError } from "../../src/textconv/index.js";
import {
  abstractNum,
  minimalDocx,
  num,
  numPr,
  p,
  startOverride,
} from "../helpers/minimal-docx.js";

const hasPandoc =
  spawnSync("pandoc", ["--version"], { stdio: "ignore" }).status === 0;

describe("numbering replay", () => {
  it("formats each level, indents by level, and restarts lower levels when a higher one advances", () => {
    const docx = minimalDocx({
      numbering:
        abstractNum(1, [
          ["upperRoman", "%1."],
          ["upperLetter", "%1.%2"],
          ["lowerRoman", "(%3)"],
        ]) + num(1, 1),
      body: [
        p("One", numPr(1, 0)),
        p("One A", numPr(1, 1)),
        p("One B", numPr(1, 1)),
        p("deep", numPr(1, 2)),
        p("deeper", numPr(1, 2)),
        p("Two", numPr(1, 0)),
        p("Two A", numPr(1, 1)),
      ].join(""),
    });
    expect(docxToText(docx)).toBe(
      "I. One\n" +
        "    I.A One A\n" +
        "    I.B One B\n" +
        "        (i) deep\n" +
        "        (ii) deeper\n" +
        "II. Two\n" +
        "    II.A Two A\n",
    );
  });

  it("honours w:start, w:startOverride and w:lvlRestart 0", () => {
    const docx = minimalDocx({
      numbering:
        abstractNum(1, [
          ["decimal", "%1)", 4],
          ["lowerLetter", "%2)", 1, '<w:lvlRestart w:val="0"/>'],
        ]) +
        num(1, 1) +
        num(2, 1, startOverride(0, 10)),
      body: [
        p("four", numPr(1, 0)),
        p("a", numPr(1, 1)),
        p("five", numPr(1, 0)),
        p("never restarts", numPr(1, 1)),
        p("Between."),
        p("ten", numPr(2, 0)),
      ].join(""),
    });
    expect(docxToText(docx)).toBe(
      "4) four\n    a) a\n5) five\n    b) never restarts\n\nBetween.\n\n10) ten\n",
    );
  });

  it("continues one list across w:num instances that share a definition, as LibreOffice writes them", () => {
    const docx = minimalDocx({
      numbering:
        abstractNum(7, [["decimal", "%1."]]) +
        num(7, 7) +
        num(9, 7, startOverride(0, 1)),
      body: [
        p("first", numPr(9)),
        p("second", numPr(7)),
        p("third", numPr(7)),
      ].join(""),
    });
    expect(docxToText(docx)).toBe("1. first\n2. second\n3. third\n");
  });

  it("numbers paragraphs through their style, inherited with basedOn", () => {
    const docx = minimalDocx({
      numbering: abstractNum(1, [["decimal", "%1."]]) + num(3, 1),
      styles:
        `<w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered"/><w:pPr>${numPr(3)}</w:pPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="NumberedBold"><w:name w:val="Numbered bold"/><w:basedOn w:val="Numbered"/></w:style>` +
        `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>`,
      body: [
        p("Chapter", '<w:pStyle w:val="Heading1"/>'),
        p("Numbered by its style.", '<w:pStyle w:val="Numbered"/>'),
        p(
          "And by the style it is based on.",
          '<w:pStyle w:val="NumberedBold"/>',
        ),
        p("Switched off here.", `<w:pStyle w:val="Numbered"/>${numPr(0)}`),
      ].join(""),
    });
    expect(docxToText(docx)).toBe(
      "Chapter\n\n1. (4 words)\nNumbered by its style.\n\n2. (8 words)\nAnd by the style it is based on.\n\nSwitched off here.\n",
    );
  });
});

describe("tracked changes, footnotes and tables", () => {
  it("shows the accepted text: insertions kept, deletions and deleted paragraphs gone", () => {
    const rev = 'w:id="1" w:author="A" w:date="2004-10-13T00:00:00Z"';
    const docx = minimalDocx({
      numbering: abstractNum(1, [["decimal", "%1."]]) + num(1, 1),
      body: [
        p(
          "Kept ",
          numPr(1),
          `<w:del ${rev}><w:r><w:delText>old</w:delText></w:r></w:del><w:ins ${rev}><w:r><w:t>new</w:t></w:r></w:ins>`,
        ),
        // A whole paragraph deleted, its mark too: it is not counted.
        p(
          "",
          `${numPr(1)}<w:rPr><w:del ${rev}/></w:rPr>`,
          `<w:del ${rev}><w:r><w:delText>Gone.</w:delText></w:r></w:del>`,
        ),
        p("Next.", numPr(1)),
      ].join(""),
    });
    expect(docxToText(docx)).toBe("1. Kept new\n2. Next.\n");
  });

  it("numbers footnotes in order of reference, not by id, and lists them under Notes", () => {
    const ref = (id: number) =>
      `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    const note = (id: number, text: string) =>
      `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:footnote>`;
    const docx = minimalDocx({
      body:
        p("First", "", ref(7)) +
        p("Then", "", `${ref(3)}<w:r><w:t> and more.</w:t></w:r>`),
      footnotes: note(3, "Cited second.") + note(7, "Cited first."),
    });
    expect(docxToText(docx)).toBe(
      "First[1]\n\nThen[2] and more.\n\nNotes\n\n[1] Cited first.\n[2] Cited second.\n",
    );
  });

  it("prints a table as rows with cells between ' | ', leaving deleted rows out", () => {
    const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;
    const docx = minimalDocx({
      body:
        p("Before.") +
        `<w:tbl><w:tr>${cell("Mission")}${cell("Women")}</w:tr>` +
        `<w:tr><w:trPr><w:del w:id="1" w:author="A" w:date="2004-01-01T00:00:00Z"/></w:trPr>${cell("OLD")}${cell("0")}</w:tr>` +
        `<w:tr>${cell("MONUC")}${cell("212")}</w:tr></w:tbl>` +
        p("After."),
    });
    expect(docxToText(docx)).toBe(
      "Before.\n\nMission | Women\nMONUC | 212\n\nAfter.\n",
    );
  });

  it("reads any namespace prefix, as the XML namespace decides", () => {
    const docx = zipSync({
      "word/document.xml": strToU8(
        '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>Prefixed.</x:t></x:r></x:p></x:body></x:document>',
      ),
    });
    expect(docxToText(docx)).toBe("Prefixed.\n");
  });

  it("refuses what is not a DOCX", () => {
    expect(() => docxToText(strToU8("plain text"))).toThrow(NotDocxError);
    expect(() => docxToText(zipSync({ "a.txt": strToU8("x") }))).toThrow(
      /no word\/document.xml/,
    );
  });
});

describe.skipIf(!hasPandoc)("a DOCX that pandoc writes (needs pandoc)", () => {
  it("comes out with its headings, list numbers and footnotes", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "wps-pandoc-"));
    try {
      const markdown = [
        "# Introduction",
        "",
        "A first paragraph with a note.[^a]",
        "",
        "## Details",
        "",
        "1. One",
        "2. Two",
        "    a. Two a",
        "    b. Two b",
        "3. Three",
        "",
        "Between the lists.",
        "",
        "5. Five",
        "6. Six",
        "",
        "- a bullet",
        "",
        "| Mission | Women |",
        "|---|---|",
        "| MONUC | 212 |",
        "",
        "A last paragraph.[^b]",
        "",
        "[^a]: The first note.",
        "[^b]: The second *note*.",
        "",
      ].join("\n");
      writeFileSync(path.join(dir, "in.md"), markdown);
      execFileSync(
        "pandoc",
        ["-f", "markdown", "-t", "docx", "-o", "out.docx", "in.md"],
        {
          cwd: dir,
        },
      );
      expect(
        docxToText(new Uint8Array(readFileSync(path.join(dir, "out.docx")))),
      ).toBe(
        [
          "Introduction",
          "",
          "A first paragraph with a note.[1]",
          "",
          "Details",
          "",
          "1. One",
          "2. Two",
          "    a. Two a",
          "    b. Two b",
          "3. Three",
          "",
          "Between the lists.",
          "",
          "5. Five",
          "6. Six",
          "",
          "• a bullet",
          "",
          "Mission | Women",
          "MONUC | 212",
          "",
          "A last paragraph.[2]",
          "",
          "Notes",
          "",
          "[1] The first note.",
          "[2] The second note.",
          "",
        ].join("\n"),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

if (!hasPandoc)
  console.warn("textconv: pandoc not found; the pandoc DOCX test is skipped");
