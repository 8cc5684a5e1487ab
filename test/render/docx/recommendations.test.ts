// Recommendations are printed in bold, their paragraph numbers included;
// conclusions beside them are plain. The outline says which is which.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../../src/model.js";
import { renderDocx } from "../../../src/render/docx/index.js";
import { renderMarkdown } from "../../../src/render/markdown.js";
import { paragraphs, part, unzipDocx } from "../../helpers/docx.js";
import {
  docxToPdf,
  libreOfficeMissing,
  pdfFragments,
} from "../../helpers/libreoffice.js";
import {
  list,
  listBlock,
  makeReport,
  paragraph,
  source,
} from "../../helpers/report.js";

const CONCLUSION =
  "Progress has been uneven and depends on the commitment of individuals.";
const RECOMMENDATION =
  "Member States should nominate more women for senior positions.";

function report(): Report {
  const at = (line: number) => source("OSAGI", line);
  return makeReport([
    {
      id: "conclusions-and-recommendations",
      numeral: "I",
      title: "Conclusions and recommendations",
      style: "normal",
      blocks: [],
      sections: [
        {
          id: "conclusions",
          letter: "A",
          title: "Conclusions",
          blocks: [paragraph(CONCLUSION, at(3))],
        },
        {
          id: "recommendations",
          letter: "B",
          title: "Recommendations",
          style: "recommendations",
          blocks: [
            paragraph(RECOMMENDATION, at(7)),
            listBlock(
              list(true, ["An action plan;", "Annual reports."]),
              at(9),
            ),
          ],
        },
      ],
    },
  ]);
}

let folder: string;
let docx: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "wps-recommendations-"));
  docx = path.join(folder, "draft.docx");
  writeFileSync(docx, await renderDocx(report()));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("recommendations in the DOCX", () => {
  it("bolds a recommendation's paragraph mark (which Word and LibreOffice number in) and its text; a conclusion has neither", async () => {
    const body = paragraphs(
      part(unzipDocx(await renderDocx(report())), "word/document.xml"),
    );
    const conclusion = body.find((p) => p.text === CONCLUSION);
    const recommendation = body.find((p) => p.text === RECOMMENDATION);
    const markBold = (xml: string) =>
      /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:rPr><w:b\/>/.test(xml);
    expect(recommendation?.bold).toBe(true);
    expect(markBold(recommendation?.xml ?? "")).toBe(true);
    expect(conclusion?.bold).toBe(false);
    expect(markBold(conclusion?.xml ?? "")).toBe(false);
    // The (a), (b) of a recommendation's list are bold too.
    const item = body.find((p) => p.text === "An action plan;");
    expect(item?.bold).toBe(true);
    expect(markBold(item?.xml ?? "")).toBe(true);
  });

  it("Markdown marks only the recommendation bold", () => {
    const markdown = renderMarkdown(report());
    expect(markdown).toContain(`1. ${CONCLUSION}`);
    expect(markdown).toContain(`2. **${RECOMMENDATION}**`);
  });
});

describe.skipIf(libreOfficeMissing !== undefined)(
  `LibreOffice prints it${libreOfficeMissing === undefined ? "" : ` (skipped: ${libreOfficeMissing})`}`,
  () => {
    it("prints the recommendation's number in bold with its text, and the conclusion's plain", () => {
      const fragments = pdfFragments(docxToPdf(docx));
      const shown = JSON.stringify(fragments);
      // poppler gives a short paragraph's number and text as one fragment or two.
      const number = (n: number) =>
        fragments.find((f) =>
          new RegExp(`^${n}\\.(\\s|$)`).test(f.text.trim()),
        );
      const words = (start: string) =>
        fragments.find((f) => f.text.includes(start));
      expect(number(1)?.bold, shown).toBe(false);
      expect(words("Progress has been")?.bold, shown).toBe(false);
      expect(number(2)?.bold, shown).toBe(true);
      expect(words("Member States should")?.bold, shown).toBe(true);
    });
  },
);
