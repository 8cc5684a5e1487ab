import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../../src/render/docx/index.js";
import type { Report } from "../../../src/model.js";
import { plainText } from "../../helpers/docx.js";
import { numberedBlocks, readingOrder } from "../../helpers/report.js";
import { sampleReport } from "../../helpers/sample-report.js";
import { typeset } from "../../../src/render/typography.js";

const has = (command: string, flag = "--version") =>
  spawnSync(command, [flag], { timeout: 30_000 }).status === 0;
const hasPandoc = has("pandoc");
const hasSoffice = has("soffice") && has("pdftotext", "-v");

let folder: string;
let report: Report;
let docx: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "wps-docx-readers-"));
  // Compared as printed: typographic quotes, links with their address.
  report = typeset(sampleReport());
  docx = path.join(folder, "S-2004-814.docx");
  writeFileSync(docx, await renderDocx(report, { annotate: true }));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every text a reader must show: paragraphs, subparagraphs, quotes, table cells. */
function expectedTexts(): string[] {
  return readingOrder(report).flatMap((block) => {
    switch (block.kind) {
      case "paragraph":
        return [plainText(block.content)];
      case "list":
        return block.list.items.flatMap((item) => [
          plainText(item.content),
          ...(item.children?.items.map((child) => plainText(child.content)) ??
            []),
        ]);
      case "quote":
        return block.paragraphs.map(plainText);
      case "table":
        return [...block.header, ...block.rows.flat()].map(plainText);
      case "figure":
        return [];
    }
  });
}

describe.skipIf(!hasPandoc)(
  `pandoc reads the draft back${hasPandoc ? "" : " (skipped: pandoc not installed)"}`,
  () => {
    it("finds every paragraph and every footnote text", () => {
      const result = spawnSync(
        "pandoc",
        ["-f", "docx", "-t", "plain", "--wrap=none", docx],
        { encoding: "utf8", timeout: 60_000 },
      );
      expect(result.status).toBe(0);
      const words = result.stdout.replace(/\s+/g, " ");
      for (const text of expectedTexts())
        expect(words).toContain(text.replace(/\s+/g, " "));
      for (const note of report.footnotes)
        expect(words).toContain(
          `[${note.number}] ${plainText(note.paragraphs[0])}`,
        );
    });

    it("sees the numbered paragraphs as one list numbered 1..N", () => {
      const result = spawnSync(
        "pandoc",
        ["-f", "docx", "-t", "plain", "--wrap=none", docx],
        { encoding: "utf8", timeout: 60_000 },
      );
      const numbers = [...result.stdout.matchAll(/^(\d+)\.\s/gm)].map((m) =>
        Number(m[1]),
      );
      expect(numbers).toEqual(
        numberedBlocks(report).map((block) => block.number),
      );
    });

    it("keeps the --annotate comments", () => {
      const result = spawnSync(
        "pandoc",
        [
          "-f",
          "docx",
          "-t",
          "html",
          "--wrap=none",
          "--track-changes=all",
          docx,
        ],
        { encoding: "utf8", timeout: 60_000 },
      );
      expect(result.stdout).toContain(
        "UNICEF \u2014 contributions/2004/unicef.md:14",
      );
    });
  },
);

describe.skipIf(!hasSoffice)(
  `LibreOffice lays the draft out${hasSoffice ? "" : " (skipped: soffice or pdftotext not installed)"}`,
  () => {
    it("prints the masthead, paragraph numbers 1..N, headings and footnotes", () => {
      const profile = path.join(folder, "lo-profile");
      const convert = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          folder,
          docx,
        ],
        { encoding: "utf8", timeout: 170_000 },
      );
      expect(convert.status, convert.stderr).toBe(0);
      const pdf = path.join(folder, "S-2004-814.pdf");
      const text = spawnSync("pdftotext", ["-layout", pdf, "-"], {
        encoding: "utf8",
      }).stdout;
      for (const line of [
        "United Nations",
        "S/2004/814",
        "Security Council",
        "Distr.: General",
        "13 October 2004",
        "Original: English",
        "Women and peace and security",
        "Report of the Secretary-General",
        "04-53453 (E)",
      ]) {
        expect(text).toContain(line);
      }
      const numbers = [...text.matchAll(/^(\d+)\.\s/gm)].map((m) =>
        Number(m[1]),
      );
      expect(numbers).toEqual(
        numberedBlocks(report).map((block) => block.number),
      );
      expect(text).toMatch(/^III\.\s+Conclusions and recommendations/m);
      expect(text).toMatch(/^\s+\(b\)\s+Support to women’s groups/m);
      // A list with no lead-in: its number on the first item's line, never alone.
      expect(text).toMatch(/^8\.\s+•\s+Distribution of food/m);
      expect(text).not.toMatch(/^\d+\.\s*$/m);
      // Each note under its own number (comment ids once made LibreOffice show the wrong notes).
      for (const note of report.footnotes) {
        expect(text).toMatch(
          new RegExp(
            `^\\s*${note.number}\\s+${escape(plainText(note.paragraphs[0]))}`,
            "m",
          ),
        );
      }
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    }, 180_000);
  },
);
