// Annexes in every format: the DOCX's XML (a page break before each annex,
// "Annex I" centred in bold, the title, "[Original: French]" at the right,
// paragraph numbers from 1 again), its validity, what pandoc and
// LibreOffice read back, and the canonical text, Markdown, HTML and JSON.
// The edition is test/fixtures/annexes (see its report.yaml for why the
// sample edition has no annex).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import type { Report } from "../../src/model.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { renderHtml } from "../../src/render/html/index.js";
import { renderJson } from "../../src/render/json.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderText } from "../../src/render/text.js";
import { docxToText } from "../../src/textconv/index.js";
import { repoRoot } from "../helpers/cli.js";
import { paragraphs, part, unzipDocx } from "../helpers/docx.js";
import {
  docxToPdf,
  libreOfficeMissing,
  pdfText,
} from "../helpers/libreoffice.js";
import { validateDocx, validatorMissing } from "../helpers/validate-docx.js";

const ANNEX_ROOT = path.join(repoRoot, "test/fixtures/annexes");
const DIR = "contributions/2010";

const hasPandoc =
  spawnSync("pandoc", ["--version"], { timeout: 30_000 }).status === 0;

let folder: string;
let report: Report;
let docxFile: string;
let bytes: Uint8Array;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "wps-annexes-"));
  const built = await buildReport(ANNEX_ROOT, DIR, { cache: false });
  expect(built.diagnostics).toEqual([]);
  report = built.report;
  bytes = await renderDocx(report);
  docxFile = path.join(folder, "S-2010-498.docx");
  writeFileSync(docxFile, bytes);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the DOCX", () => {
  it("starts each annex on a new page: label centred in bold, title in bold, [Original: French] at the right", () => {
    const parts = unzipDocx(bytes);
    const body = paragraphs(part(parts, "word/document.xml"));
    const headings = body.filter((p) => p.style === "AnnexHeading");
    expect(headings.map((p) => p.text)).toEqual(["Annex I", "Annex II"]);
    for (const heading of headings)
      expect(heading.xml).toContain("<w:pageBreakBefore/>");
    const at = (text: string) => body.findIndex((p) => p.text === text);
    const second = at("Annex II");
    expect(body[second + 1]).toMatchObject({
      style: "AnnexTitle",
      text: "Information provided by the International Organization of la Francophonie",
    });
    expect(body[second + 2]).toMatchObject({
      style: "AnnexOriginal",
      text: "[Original: French]",
    });
    // Annex I was written in the report's language: no such line.
    expect(body[at("Annex I") + 2]?.style).not.toBe("AnnexOriginal");

    const styles = part(parts, "word/styles.xml");
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(
        styles,
      )?.[0] ?? "";
    expect(style("AnnexHeading")).toMatch(/<w:jc w:val="center"\/>/);
    expect(style("AnnexHeading")).toMatch(/<w:b\/>/);
    expect(style("AnnexTitle")).toMatch(/<w:jc w:val="center"\/>/);
    expect(style("AnnexTitle")).toMatch(/<w:b\/>/);
    expect(style("AnnexOriginal")).toMatch(/<w:jc w:val="right"\/>/);
  });

  it("numbers each annex's paragraphs in a numbering instance of its own that starts again at 1", () => {
    const parts = unzipDocx(bytes);
    const body = paragraphs(part(parts, "word/document.xml"));
    const numbered = body.filter((p) => p.style === "NumberedParagraph");
    const firstAnnex = body.findIndex((p) => p.text === "Annex I");
    const secondAnnex = body.findIndex((p) => p.text === "Annex II");
    const inBody = numbered.filter((p) => body.indexOf(p) < firstAnnex);
    const inFirst = numbered.filter(
      (p) => body.indexOf(p) > firstAnnex && body.indexOf(p) < secondAnnex,
    );
    const inSecond = numbered.filter((p) => body.indexOf(p) > secondAnnex);
    expect([inBody.length, inFirst.length, inSecond.length]).toEqual([3, 3, 2]);
    // The body's numbers come from the style; each annex names its own list.
    expect(inBody.every((p) => p.numId === undefined)).toBe(true);
    const first = new Set(inFirst.map((p) => p.numId));
    const second = new Set(inSecond.map((p) => p.numId));
    expect(first.size).toBe(1);
    expect(second.size).toBe(1);
    const [firstId] = [...first];
    const [secondId] = [...second];
    expect(firstId).not.toBe(secondId);
    const numbering = part(parts, "word/numbering.xml");
    for (const numId of [firstId, secondId]) {
      const num = new RegExp(
        `<w:num w:numId="${numId}"[^>]*>[\\s\\S]*?</w:num>`,
      ).exec(numbering)?.[0];
      expect(num).toMatch(/<w:startOverride w:val="1"\/>/);
    }
  });

  it("numbers footnotes on through the annexes", () => {
    const notes = report.footnotes.map((note) => note.number);
    expect(notes).toEqual([1, 2, 3]);
    const annexI = report.annexes?.[0]?.sections[0]?.blocks[0];
    expect(annexI?.kind === "paragraph" && annexI.content.at(-1)).toEqual({
      type: "footnote",
      number: 2,
    });
  });

  it("reads back as the canonical text of the report (textconv = build --format txt)", () => {
    expect(docxToText(bytes)).toBe(renderText(report));
  });

  it.skipIf(validatorMissing !== undefined)(
    `passes validate-docx${validatorMissing === undefined ? "" : ` (skipped: ${validatorMissing})`}`,
    async () => {
      const annotated = path.join(folder, "annotated.docx");
      writeFileSync(annotated, await renderDocx(report, { annotate: true }));
      const { status, findings } = validateDocx([docxFile, annotated]);
      expect(findings).toEqual([]);
      expect(status).toBe(0);
    },
  );
});

/** The lines from "Annex II" on, blank lines and spacing dropped. */
function fromSecondAnnex(text: string): string[] {
  const lines = text
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
  return lines.slice(lines.indexOf("Annex II"));
}

describe.skipIf(!hasPandoc)(
  `pandoc reads the annexes back${hasPandoc ? "" : " (skipped: pandoc not installed)"}`,
  () => {
    it('shows "Annex I", the titles, "[Original: French]" and paragraphs numbered from 1 again', () => {
      const result = spawnSync(
        "pandoc",
        ["-f", "docx", "-t", "plain", "--wrap=none", docxFile],
        { encoding: "utf8", timeout: 60_000 },
      );
      expect(result.status).toBe(0);
      const text = result.stdout;
      expect(text).toMatch(/^Annex I$/m);
      expect(text).toContain(
        "Indicators to track the implementation of resolution 1325 (2000)",
      );
      expect(fromSecondAnnex(text).slice(0, 5)).toEqual([
        "Annex II",
        "Information provided by the International Organization of la Francophonie",
        "[Original: French]",
        "1. The Organization trained mediators from 12 member States on the participation of women in peace processes.[3]",
        "2. It will report on the results of that training in 2011.",
      ]);
      // Annex I's first paragraph is 1. again, after the body's 3.
      expect(text).toMatch(
        /^3\. +The indicators should be used[\s\S]*^Annex I$[\s\S]*^1\. +The first indicator/m,
      );
    });
  },
);

describe.skipIf(libreOfficeMissing !== undefined)(
  `LibreOffice prints the annexes${libreOfficeMissing === undefined ? "" : ` (skipped: ${libreOfficeMissing})`}`,
  () => {
    it("each on a page of its own, numbered from 1, with [Original: French] under Annex II", () => {
      const pdf = docxToPdf(docxFile);
      const pages = pdfText(pdf).split("\f");
      const pageOf = (text: string) =>
        pages.findIndex((page) => page.includes(text));
      expect(pageOf("Annex I")).toBeGreaterThan(pageOf("3. "));
      expect(pageOf("Annex II")).toBeGreaterThan(pageOf("Annex I"));
      const lines = fromSecondAnnex(pages[pageOf("Annex II")] ?? "");
      expect(lines.slice(0, 4)).toEqual([
        "Annex II",
        "Information provided by the International Organization of la Francophonie",
        "[Original: French]",
        "1. The Organization trained mediators from 12 member States on the participation of women in peace",
      ]);
      expect(lines).toContain(
        "2. It will report on the results of that training in 2011.",
      );
      // Right-aligned: the line ends where the text block does, far from the left margin.
      const original = (pages[pageOf("Annex II")] ?? "")
        .split("\n")
        .find((line) => line.includes("[Original: French]"));
      expect(original?.indexOf("[")).toBeGreaterThan(40);
    }, 180_000);
  },
);

describe("the other formats", () => {
  it("canonical text: the golden file", async () => {
    await expect(renderText(report)).toMatchFileSnapshot(
      "../golden/annexes.txt",
    );
  });

  it("Markdown: ## Annex I, the title in bold, \\[Original: French\\], numbers from 1", () => {
    const md = renderMarkdown(report);
    expect(md).toContain(
      "## Annex II\n\n**Information provided by the International Organization of la Francophonie**\n\n\\[Original: French\\]\n\n1. The Organization trained",
    );
    expect(md).toContain("## Annex I\n\n**Indicators");
    expect(md).toMatch(/### A\. Prevention\n\n1\. The first indicator/);
  });

  it("HTML: an annex section whose paragraph ids do not collide with the body's", () => {
    const html = renderHtml(report);
    expect(html).toContain('<section class="annex" id="annex-ii">');
    expect(html).toContain('<p class="annex-original">[Original: French]</p>');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toContain("para-1");
    expect(ids).toContain("annex-i-para-1");
    expect(ids).toContain("annex-ii-para-1");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("JSON (the report's data): annexes with their labels, original language and numbers", () => {
    const { annexes } = JSON.parse(renderJson(report)) as {
      annexes: { label: string; originalLanguage?: string; id: string }[];
    };
    expect(
      annexes.map((a) => [a.label, a.originalLanguage ?? null, a.id]),
    ).toEqual([
      ["Annex I", null, "indicators"],
      ["Annex II", "French", "francophonie"],
    ]);
  });
});
