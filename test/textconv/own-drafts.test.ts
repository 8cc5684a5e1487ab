// The golden rule: for a draft this tool built, textconv prints exactly what
// `build --format txt` prints, numbers replayed from Word's numbering.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { renderText } from "../../src/render/text.js";
import { docxToText } from "../../src/textconv/index.js";
import { repoRoot } from "../helpers/cli.js";
import {
  list,
  listBlock,
  makeReport,
  paragraph,
  source,
} from "../helpers/report.js";
import { sampleReport } from "../helpers/sample-report.js";

const hasSoffice =
  spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

describe("textconv of our own drafts", () => {
  it("prints the hand-built sample report exactly as renderText does", async () => {
    const report = sampleReport();
    const text = docxToText(await renderDocx(report));
    expect(text).toBe(renderText(report));
    // The numbers come from Word's numbering, which the DOCX does not spell out.
    expect(text).toMatch(/\n6\. \(\d+ words\)\nTraining on gender issues/);
    expect(text).toContain("    (b) Support to women’s groups");
    expect(text).toContain("        (ii) radio programmes;");
    expect(text).toContain("\nMission | Women | Per cent\nMONUC | 212 | 27\n");
    expect(text).toContain("\nNotes\n\n[1] See also");
  });

  it("prints the same text for the annotated and the manuscript forms", async () => {
    const report = sampleReport();
    const expected = renderText(report);
    expect(docxToText(await renderDocx(report, { annotate: true }))).toBe(
      expected,
    );
    expect(docxToText(await renderDocx(report, { manuscript: true }))).toBe(
      expected,
    );
  });

  it("restarts (a) for every list, nests (i), and keeps adjacent lists apart", async () => {
    const from = source("UNICEF", 3);
    const report = makeReport([
      {
        id: "intro",
        numeral: "I",
        title: "Introduction",
        style: "normal",
        sections: [],
        blocks: [
          paragraph("First.", from),
          listBlock(
            list(true, [
              "alpha",
              ["beta", list(true, ["one", "two"])],
              "gamma",
            ]),
            from,
          ),
          paragraph("Second.", from),
          listBlock(list(true, ["again"]), from),
          listBlock(list(false, [["bullet", list(false, ["inner"])]]), from),
          listBlock(
            list(true, ["numbered list", "without a lead"]),
            from,
            true,
          ),
        ],
      },
    ]);
    const text = docxToText(await renderDocx(report));
    expect(text).toBe(renderText(report));
    expect(text).toContain(
      "1. (1 word)\nFirst.\n\n    (a) alpha\n    (b) beta\n        (i) one\n        (ii) two\n    (c) gamma\n\n2. (1 word)\nSecond.\n\n    (a) again\n\n    • bullet\n        • inner\n\n3. (a) numbered list\n    (b) without a lead\n",
    );
  });

  it("prints the sample edition's draft exactly as build --format txt does", async () => {
    const { report } = await buildReport(repoRoot, "contributions/2004");
    expect(report.chapters.length).toBeGreaterThan(0);
    expect(docxToText(await renderDocx(report))).toBe(renderText(report));
  });

  it.skipIf(!hasSoffice)(
    "prints the same numbers after LibreOffice saves the draft (needs soffice)",
    async () => {
      const report = sampleReport();
      const dir = mkdtempSync(path.join(tmpdir(), "wps-textconv-lo-"));
      try {
        writeFileSync(path.join(dir, "draft.docx"), await renderDocx(report));
        execFileSync(
          "soffice",
          [
            `-env:UserInstallation=file://${dir}/profile`,
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            path.join(dir, "out"),
            path.join(dir, "draft.docx"),
          ],
          { stdio: "ignore", timeout: 120_000 },
        );
        const resaved = readFileSync(path.join(dir, "out", "draft.docx"));
        // LibreOffice renames styles and spreads one list over several w:num; the text stays.
        expect(docxToText(new Uint8Array(resaved))).toBe(renderText(report));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});

if (!hasSoffice)
  console.warn(
    "textconv: soffice not found; the LibreOffice round trip is skipped",
  );
