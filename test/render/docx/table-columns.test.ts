import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Inline, Report, ReportBlock } from "../../../src/model.js";
import { renderDocx } from "../../../src/render/docx/index.js";
import { INDENT, TEXT_WIDTH } from "../../../src/render/docx/layout.js";
import {
  CELL_MARGINS,
  measureCell,
  planColumns,
} from "../../../src/render/table-columns.js";
import { part, plainText, unzipDocx } from "../../helpers/docx.js";
import {
  docxToPdf,
  libreOfficeMissing,
  pdfText,
} from "../../helpers/libreoffice.js";
import { makeReport, source, text } from "../../helpers/report.js";
import { largest } from "../../../src/shared/append.js";
import { validateDocx, validatorMissing } from "../../helpers/validate-docx.js";

const cells = (...values: string[]): Inline[][] => values.map((v) => [text(v)]);
const SENTENCE =
  "Support to national police services in the protection of women and girls";

/**
 * One short column of long words beside five columns of long sentences:
 * weighing columns by their text alone (as the draft once did) leaves the
 * first column 1 cm wide, and "Demobilization" broke across two lines.
 */
function narrowColumnTable(): Extract<ReportBlock, { kind: "table" }> {
  return {
    kind: "table",
    align: [null, null, null, null, null, null],
    header: cells(
      "Demobilization",
      "Peacekeeping",
      "Reintegration",
      "Reconstruction",
      "Participation",
      "Disarmament, demobilization and reintegration",
    ),
    rows: [
      cells("Peacekeeping", SENTENCE, SENTENCE, SENTENCE, SENTENCE, SENTENCE),
      cells("Reintegration", SENTENCE, SENTENCE, SENTENCE, SENTENCE, "None"),
    ],
    caption: {
      label: "Table 1",
      title: [text("Women in disarmament, demobilization and reintegration")],
      source: source("DPKO", 10),
    },
    source: source("DPKO", 12),
  };
}

/** Fourteen columns of 27-letter words: no page is that wide. */
function tooWideTable(): Extract<ReportBlock, { kind: "table" }> {
  const word = "Counterinsurgencyoperations";
  const row = Array.from({ length: 14 }, () => word);
  return {
    kind: "table",
    align: row.map(() => null),
    header: cells(...row),
    rows: [cells(...row)],
    source: source("DPKO", 40),
  };
}

function report(...tables: ReportBlock[]): Report {
  return makeReport([
    {
      id: "work",
      numeral: "I",
      title: "Work done",
      style: "normal",
      blocks: tables,
      sections: [],
    },
  ]);
}

describe("table column widths", () => {
  it("gives every column at least its longest word (cell margins included) and fills the width", () => {
    const table = narrowColumnTable();
    const rows = [table.header, ...table.rows];
    const total = TEXT_WIDTH - INDENT.text;
    const plan = planColumns(rows, 6, total, 18);
    expect(plan.fits).toBe(true);
    expect(plan.widths.reduce((a, b) => a + b, 0)).toBe(total);
    expect(plan.longest[0]).toBe("Demobilization");
    expect(plan.longest[5]).toBe("demobilization");
    for (const [column, width] of plan.widths.entries()) {
      const words = rows.flatMap(
        (row, index) => measureCell(row[column] ?? [], index === 0).words,
      );
      // Thousandths of an em at 9 pt, in twips.
      const widest = largest(
        words.map((w) => (w.width * 18) / 100),
        0,
      );
      expect(width).toBeGreaterThanOrEqual(widest + CELL_MARGINS);
      expect(width).toBeGreaterThanOrEqual(plan.minimum[column] ?? 0);
    }
    // The old weighting by text length gave the first column 14/214 of the width.
    expect(Math.floor((14 * total) / 214)).toBeLessThan(plan.minimum[0] ?? 0);
  });

  it("measures with the face the word is printed in: headings in italics, strong in bold", () => {
    const word = "Peacekeeping";
    const plain = measureCell([text(word)], false).words[0]?.width ?? 0;
    const italic = measureCell([text(word)], true).words[0]?.width ?? 0;
    const bold =
      measureCell([{ type: "strong", children: [text(word)] }], false).words[0]
        ?.width ?? 0;
    expect(plain).toBe(5498); // Times New Roman: P 556, e a c 444 (six), k p n g 500, i 278
    expect(italic).not.toBe(plain);
    expect(bold).toBeGreaterThan(plain);
    // A footnote mark belongs to the word before it; a no-break space joins words.
    expect(
      measureCell([text("Kosovo"), { type: "footnote", number: 3 }], false)
        .words,
    ).toHaveLength(1);
    expect(measureCell([text("30\u00a0June")], false).words).toHaveLength(1);
  });

  it("says when the longest words cannot fit the page, and the draft moves such a table out to the margin", async () => {
    const table = tooWideTable();
    const plan = planColumns([table.header, ...table.rows], 14, TEXT_WIDTH, 18);
    expect(plan.fits).toBe(false);
    const xml = part(
      unzipDocx(await renderDocx(report(narrowColumnTable(), table))),
      "word/document.xml",
    );
    // The last two tables (the masthead is a table too).
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)]
      .map(([grid]) =>
        [...(grid ?? "").matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1])),
      )
      .slice(-2);
    const indents = [
      ...xml.matchAll(/<w:tblInd w:type="dxa" w:w="(\d+)"\/>/g),
    ].slice(-2);
    expect(indents.map((m) => Number(m[1]))).toEqual([INDENT.text, 0]);
    expect(grids[0]?.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH - INDENT.text);
    expect(grids[1]?.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    // Fixed layout: Word and LibreOffice keep the grid instead of refitting it.
    expect(
      xml.match(/<w:tblLayout w:type="fixed"\/>/g)?.length,
    ).toBeGreaterThanOrEqual(2);
  });
});

describe.skipIf(libreOfficeMissing !== undefined)(
  `LibreOffice prints every word of a table whole${libreOfficeMissing === undefined ? "" : ` (skipped: ${libreOfficeMissing})`}`,
  () => {
    let folder: string;
    let printed: string;
    let lines: string[];

    beforeAll(async () => {
      folder = mkdtempSync(path.join(tmpdir(), "wps-table-columns-"));
      const docx = path.join(folder, "tables.docx");
      writeFileSync(
        docx,
        await renderDocx(report(narrowColumnTable(), tooWideTable())),
      );
      printed = pdfText(docxToPdf(docx));
      lines = printed.split("\n");
    }, 200_000);

    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it("prints each word of the narrow-column table as many times as it has it, never cut in two", () => {
      const table = narrowColumnTable();
      const written = [
        ...(table.caption?.title ?? []),
        ...[table.header, ...table.rows]
          .flat()
          .flatMap((c) => [text(" "), ...c]),
      ];
      const source = plainText(written);
      const count = (haystack: string, word: string) =>
        haystack.match(new RegExp(`\\b${word}\\b`, "g"))?.length ?? 0;
      const words = [...new Set(source.match(/[A-Za-z]{6,}/g) ?? [])];
      expect(words).toContain("Demobilization");
      for (const word of words)
        expect([word, count(printed, word)]).toEqual([
          word,
          count(source, word),
        ]);
    });

    it("prints the number line and the title above the table", () => {
      const at = lines.findIndex((line) => line.trim() === "Table 1");
      expect(at).toBeGreaterThan(-1);
      expect(
        lines
          .slice(at + 1)
          .find((l) => l.trim() !== "")
          ?.trim(),
      ).toBe("Women in disarmament, demobilization and reintegration");
    });

    it("can fail: the table wider than the page has its 27-letter words cut", () => {
      // What the check above would see if the columns were too narrow.
      expect(printed).not.toContain("Counterinsurgencyoperations");
    });
  },
);

describe.skipIf(validatorMissing !== undefined)(
  `a draft with titled tables is valid OOXML${validatorMissing === undefined ? "" : ` (skipped: ${validatorMissing})`}`,
  () => {
    it("passes validate-docx", async () => {
      const folder = mkdtempSync(path.join(tmpdir(), "wps-table-valid-"));
      try {
        const docx = path.join(folder, "tables.docx");
        writeFileSync(
          docx,
          await renderDocx(report(narrowColumnTable(), tooWideTable())),
        );
        const { status, findings } = validateDocx([docx]);
        expect(findings).toEqual([]);
        expect(status).toBe(0);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  },
);

const hasPandoc =
  spawnSync("pandoc", ["--version"], { timeout: 30_000 }).status === 0;

describe.skipIf(!hasPandoc)(
  `pandoc reads the titles back${hasPandoc ? "" : " (skipped: pandoc not installed)"}`,
  () => {
    it("finds the number line and the title before the table's cells", async () => {
      const folder = mkdtempSync(path.join(tmpdir(), "wps-table-pandoc-"));
      try {
        const docx = path.join(folder, "tables.docx");
        writeFileSync(docx, await renderDocx(report(narrowColumnTable())));
        const result = spawnSync(
          "pandoc",
          ["-f", "docx", "-t", "plain", "--wrap=none", docx],
          { encoding: "utf8", timeout: 60_000 },
        );
        expect(result.status).toBe(0);
        const out = result.stdout;
        const number = out.indexOf("Table 1");
        const title = out.indexOf(
          "Women in disarmament, demobilization and reintegration",
        );
        expect(number).toBeGreaterThan(-1);
        expect(title).toBeGreaterThan(number);
        expect(out.indexOf("Demobilization")).toBeGreaterThan(title);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  },
);
