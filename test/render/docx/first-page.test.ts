// Page 1 of the committed sample draft as a reader sees it: LibreOffice
// prints it, poppler renders page 1 to PNG. New York's letter paper (the
// sample has a New York job number), the title, the job number and its
// bar-code line on that page.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../helpers/cli.js";
import { part, unzipDocx } from "../../helpers/docx.js";
import { countPixels, readPng } from "../../helpers/png.js";
import {
  docxToPdf,
  libreOfficeMissing,
  pdfFirstPageToPng,
  pdfText,
} from "../../helpers/libreoffice.js";

const SAMPLE = path.join(repoRoot, "drafts/2004/S-2004-814.docx");
const folder = mkdtempSync(path.join(tmpdir(), "wps-first-page-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it("the sample's page is New York's letter paper, with the bar-code line in the first-page footer", () => {
  const parts = unzipDocx(readFileSync(SAMPLE));
  const document = part(parts, "word/document.xml");
  expect(document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  const footers = [...parts.entries()]
    .filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
    .map(([, xml]) => xml)
    .join("");
  expect(footers).toContain("04-53453 (E)");
  expect(footers).toContain(">*0453453*<");
});

/** Width, height and the share of dark pixels in each tenth of the page's height, from an 8-bit grey or RGB PNG. */
function readGreyPng(file: string): {
  width: number;
  height: number;
  inkByTenth: number[];
} {
  const png = readPng(file);
  const { width, height } = png;
  const inkByTenth = Array.from({ length: 10 }, (_, tenth) => {
    const from = Math.floor((tenth * height) / 10);
    const to = Math.floor(((tenth + 1) * height) / 10);
    const dark = countPixels(
      png,
      { x: 0, y: from, width, height: to - from },
      (r) => r < 128,
    );
    return dark / ((to - from) * width);
  });
  return { width, height, inkByTenth };
}

describe.skipIf(libreOfficeMissing !== undefined)(
  `page 1 printed${libreOfficeMissing === undefined ? "" : ` (skipped: ${libreOfficeMissing})`}`,
  () => {
    it("is a letter page with the masthead and title at its head, text below, and the job number and bar code at its foot", () => {
      const docx = path.join(folder, "S-2004-814.docx");
      copyFileSync(SAMPLE, docx);
      const pdf = docxToPdf(docx);
      const firstPage = pdfText(pdf, ["-layout", "-f", "1", "-l", "1"]);
      for (const seen of [
        "United Nations",
        "S/2004/814",
        "Security Council",
        "Women and peace and security",
        "Report of the Secretary-General",
        "I.",
        "Introduction",
        "04-53453 (E)",
        "*0453453*",
      ])
        expect(firstPage).toContain(seen);
      const page = readGreyPng(pdfFirstPageToPng(pdf, "page1", { grey: true }));
      // 8.5 × 11 in at 50 dpi.
      expect(page.width).toBe(425);
      expect(page.height).toBe(550);
      // Ink in the masthead and title (top fifth) and in the body; none is a blank page.
      expect(page.inkByTenth[1]).toBeGreaterThan(0.01);
      expect(page.inkByTenth[4]).toBeGreaterThan(0.01);
      for (const ink of page.inkByTenth.slice(1, 9))
        expect(ink).toBeGreaterThan(0);
    });
  },
);
