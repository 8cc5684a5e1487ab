// Merging annexes: after the chapters, labelled once the empty ones are
// left out, each numbering its paragraphs from 1 while footnotes number on,
// and counted in the report's words.
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import type { ReportBlock } from "../../src/model.js";
import { countReportWords } from "../../src/words/report-words.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

const OUTLINE = `name: three-annexes
chapters:
  - id: introduction
    title: Introduction
annexes:
  - { id: first, title: First annex }
  - { id: second, title: Second annex, original_language: Spanish }
  - { id: third, title: Third annex, original_language: French }
`;

const numbers = (blocks: readonly ReportBlock[]) =>
  blocks.map((b) => (b.kind === "paragraph" ? b.number : undefined));

describe("mergeContributions with annexes", () => {
  it("labels the annexes that have text I, II..., numbers each from 1, and footnotes on through them", async () => {
    const { root, dir } = makeEdition({
      "report.yaml": reportYaml({ template: "outline.yaml" }),
      "outline.yaml": OUTLINE,
      "unicef.md": contribution(
        "UNICEF",
        [
          "## Introduction\n\nOne.[^a]\n\nTwo.\n",
          "## First annex\n\nAnnex text one.\n\nAnnex text two.[^b]\n",
          "## third\n\nLast annex text.[^c]\n",
          "[^a]: Note a.\n\n[^b]: Note b.\n\n[^c]: Note c.\n",
        ].join("\n"),
      ),
    });
    const { report, diagnostics } = await buildReport(root, dir, {
      cache: false,
    });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["merge/empty-annex"]);
    expect(numbers(report.chapters[0]?.blocks ?? [])).toEqual([1, 2]);
    const annexes = report.annexes ?? [];
    expect(annexes.map((a) => [a.label, a.title, a.originalLanguage])).toEqual([
      ["Annex I", "First annex", undefined],
      ["Annex II", "Third annex", "French"],
    ]);
    expect(annexes.map((a) => numbers(a.blocks))).toEqual([[1, 2], [1]]);
    expect(report.footnotes.map((n) => [n.number, n.paragraphs])).toEqual([
      [1, [[{ type: "text", value: "Note a." }]]],
      [2, [[{ type: "text", value: "Note b." }]]],
      [3, [[{ type: "text", value: "Note c." }]]],
    ]);
    const words = countReportWords(report);
    expect(words.chapters.map((c) => [c.numeral, c.words])).toEqual([
      ["I", 5],
      ["Annex I", 10],
      ["Annex II", 7],
    ]);
  });

  it("an outline without annexes gives a report without the key, as before", async () => {
    const { root, dir } = makeEdition({
      "report.yaml": reportYaml({ template: "outline.yaml" }),
      "outline.yaml": OUTLINE.slice(0, OUTLINE.indexOf("annexes:")),
      "unicef.md": contribution("UNICEF", "## Introduction\n\nOne.\n"),
    });
    const { report } = await buildReport(root, dir, { cache: false });
    expect("annexes" in report).toBe(false);
  });
});
