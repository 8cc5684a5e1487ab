import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { renderText } from "../../src/render/text.js";
import {
  entityCode,
  generateEdition,
  OUTLINE_SECTIONS,
  SIZES,
} from "../../scripts/bench/generate-edition.mjs";

const scratch = mkdtempSync(path.join(tmpdir(), "wps-bench-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the benchmark's synthetic edition", () => {
  it("at the sample size validates with no errors and no warnings", async () => {
    const edition = generateEdition(path.join(scratch, "sample"), SIZES.sample);
    expect(edition.files).toBe(26);
    expect(edition.words).toBeGreaterThan(14_000);
    expect(edition.words).toBeLessThan(17_000);
    const result = await buildReport(edition.root, edition.dir, {
      cache: false,
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.edition.contributions).toHaveLength(26);
  });

  it("has N × 8 × K numbered paragraphs and a footnote every third paragraph", async () => {
    const size = { entities: 4, paragraphs: 3 };
    const edition = generateEdition(path.join(scratch, "small"), size);
    const { report, diagnostics } = await buildReport(
      edition.root,
      edition.dir,
      {
        cache: false,
      },
    );
    expect(diagnostics).toEqual([]);
    const text = renderText(report);
    const perFile = OUTLINE_SECTIONS.length * size.paragraphs;
    // The introduction's two boilerplate paragraphs come first.
    expect(text).toMatch(
      new RegExp(`^${2 + size.entities * perFile}\\. `, "m"),
    );
    expect(text).not.toMatch(
      new RegExp(`^${3 + size.entities * perFile}\\. `, "m"),
    );
    // Plus the generated contributors footnote.
    expect(report.footnotes).toHaveLength(size.entities * (perFile / 3) + 1);
    expect(report.contributors).toEqual(
      Array.from({ length: size.entities }, (_, i) => entityCode(i)),
    );
  });

  it("is the same bytes on every run, and gives pandoc the same paragraphs", () => {
    const a = generateEdition(path.join(scratch, "a"), {
      entities: 2,
      paragraphs: 1,
    });
    const b = generateEdition(path.join(scratch, "b"), {
      entities: 2,
      paragraphs: 1,
    });
    const file = `${a.dir}/${entityCode(1).toLowerCase()}.md`;
    const first = readFileSync(path.join(a.root, file), "utf8");
    expect(readFileSync(path.join(b.root, file), "utf8")).toBe(first);
    const pandoc = readFileSync(a.pandocFile, "utf8");
    const paragraph = first.split("\n").find((line) => line.length > 200) ?? "";
    expect(paragraph).not.toBe("");
    expect(pandoc).toContain(paragraph.replace(/\[\^\d+\]$/, ""));
  });
});
