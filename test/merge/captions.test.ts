import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { numberCaptions } from "../../src/merge/captions.js";
import type { Report, ReportBlock } from "../../src/model.js";
import { renderText } from "../../src/render/text.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderHtml } from "../../src/render/html/index.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);

const TABLE = ["| Country | Women |", "| --- | ---: |", "| Liberia | 12 |"];

async function build(files: Record<string, string | Uint8Array>) {
  const { root, dir } = makeEdition({
    "report.yaml": reportYaml(),
    "chart.png": PNG,
    ...files,
  });
  return buildReport(root, dir);
}

function captioned(report: Report): ReportBlock[] {
  return report.chapters
    .flatMap((c) => [...c.blocks, ...c.sections.flatMap((s) => s.blocks)])
    .filter((b) => b.kind === "table" || b.kind === "figure");
}

const labels = (report: Report) =>
  captioned(report).map((block) =>
    block.kind === "table" || block.kind === "figure"
      ? [
          block.kind,
          block.caption?.label ?? null,
          block.caption?.title
            .map((i) => ("value" in i ? i.value : ""))
            .join("") ?? null,
        ]
      : [],
  );

describe("table and figure titles", () => {
  it("takes a title from `Table:` before or after a table (and pandoc's `:`), numbers tables through the report in reading order, and never numbers a title line as a paragraph", async () => {
    const result = await build({
      "dpko.md": contribution(
        "DPKO",
        [
          "## Peacekeeping operations",
          "",
          "A paragraph.",
          "",
          "Table: Women in missions, 2004",
          "",
          ...TABLE,
          "",
          "Another paragraph.",
          "",
          "## Conflict prevention",
          "",
          ...TABLE,
          "",
          ": Women in mediation",
          "",
          "Closing paragraph.",
          "",
          ...TABLE,
          "",
        ].join("\n"),
      ),
    });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual(
      [],
    );
    // Conflict prevention comes first in the outline.
    expect(labels(result.report)).toEqual([
      ["table", "Table 1", "Women in mediation"],
      ["table", null, null],
      ["table", "Table 2", "Women in missions, 2004"],
    ]);
    const warnings = result.diagnostics.map((d) => `${d.line} ${d.ruleId}`);
    expect(warnings).toContain("28 style/table-title");
    expect(warnings.filter((w) => w.endsWith("table-title"))).toHaveLength(1);
    const text = renderText(result.report);
    expect(text).toContain(
      [
        "Table 2",
        "Women in missions, 2004",
        "Country | Women",
        "Liberia | 12",
      ].join("\n"),
    );
    // The title lines took no paragraph number: DPKO's three paragraphs are
    // numbered one after the other, and no paragraph holds a title.
    const paragraphs = result.report.chapters
      .flatMap((c) => [...c.blocks, ...c.sections.flatMap((s) => s.blocks)])
      .flatMap((b) => (b.kind === "paragraph" ? [b] : []));
    expect(paragraphs.map((p) => p.number)).toEqual(
      paragraphs.map((_, i) => i + 1),
    );
    const dpko = paragraphs.filter((p) => p.source.entity === "DPKO");
    expect(dpko.map((p) => p.content)).toEqual([
      [{ type: "text", value: "Closing paragraph." }],
      [{ type: "text", value: "A paragraph." }],
      [{ type: "text", value: "Another paragraph." }],
    ]);
  });

  it("a `Table:` line between two tables titles the one after it", async () => {
    const result = await build({
      "dpko.md": contribution(
        "DPKO",
        [
          "## Peacekeeping operations",
          "",
          ...TABLE,
          "",
          "Table: The second",
          "",
          ...TABLE,
          "",
        ].join("\n"),
      ),
    });
    expect(labels(result.report)).toEqual([
      ["table", null, null],
      ["table", "Table 1", "The second"],
    ]);
  });

  it("titles a figure with a `Figure:` line or its alt text; numbers figures I, II; a report's only figure is not numbered; an image with neither is warned about", async () => {
    const two = await build({
      "unicef.md": contribution(
        "UNICEF",
        [
          "## Peacekeeping operations",
          "",
          "Figure: Trainees by region",
          "",
          "![a bar chart](chart.png)",
          "",
          "![Trainees by year](chart.png)",
          "",
          "![](chart.png)",
          "",
        ].join("\n"),
      ),
    });
    expect(labels(two.report)).toEqual([
      ["figure", "Figure I", "Trainees by region"],
      ["figure", "Figure II", "Trainees by year"],
      ["figure", null, null],
    ]);
    expect(
      two.diagnostics
        .filter((d) => d.ruleId === "style/figure-title")
        .map((d) => d.line),
    ).toEqual([14]);
    const text = renderText(two.report);
    expect(text).toContain(
      "Figure I\nTrainees by region\n[Figure: a bar chart]",
    );

    const one = await build({
      "unicef.md": contribution(
        "UNICEF",
        "## Peacekeeping operations\n\n![Trainees by year](chart.png)\n",
      ),
    });
    expect(labels(one.report)).toEqual([["figure", null, "Trainees by year"]]);
    expect(renderText(one.report)).toContain(
      "\nTrainees by year\n[Figure: Trainees by year]\n",
    );
  });

  it("reads the same convention inside a YAML contribution's values", async () => {
    const result = await build({
      "unicef.yaml": [
        "entity: UNICEF",
        "year: 2004",
        "sections:",
        "  Peacekeeping operations: |",
        "    Table: Girls in school",
        "",
        "    | Country | Girls |",
        "    | --- | --- |",
        "    | Liberia | 40 |",
        "",
      ].join("\n"),
    });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual(
      [],
    );
    expect(labels(result.report)).toEqual([
      ["table", "Table 1", "Girls in school"],
    ]);
  });

  it("prints the number line and the bold title above the table in Markdown and HTML", async () => {
    const result = await build({
      "dpko.md": contribution(
        "DPKO",
        [
          "## Peacekeeping operations",
          "",
          "Table: Women in missions",
          "",
          ...TABLE,
          "",
        ].join("\n"),
      ),
    });
    expect(renderMarkdown(result.report)).toContain(
      "Table 1\\\n**Women in missions**\n\n| Country | Women |",
    );
    const html = renderHtml(result.report);
    expect(html).toContain(
      '<caption><span class="caption-label">Table 1</span><span class="caption-title">Women in missions</span></caption>',
    );
  });
});

describe("numberCaptions", () => {
  const figure = (n: number): ReportBlock => ({
    kind: "figure",
    image: { file: "chart.png", alt: "" },
    caption: {
      title: [{ type: "text", value: `Chart ${n}` }],
      source: { file: "x.md", line: n, column: 1 },
    },
    source: { file: "x.md", line: n, column: 1 },
  });
  const chapter = (blocks: ReportBlock[]) => ({
    id: "c",
    numeral: "I",
    title: "C",
    style: "normal" as const,
    blocks,
    sections: [],
  });
  const figureLabels = (blocks: ReportBlock[]) =>
    blocks.map((b) => (b.kind === "figure" ? b.caption?.label : undefined));

  it("numbers figures in roman numerals, and in arabic past 20 figures (UN Editorial Manual)", () => {
    const few = [1, 2, 3, 4].map(figure);
    numberCaptions([chapter(few)]);
    expect(figureLabels(few)).toEqual([
      "Figure I",
      "Figure II",
      "Figure III",
      "Figure IV",
    ]);
    const many = Array.from({ length: 21 }, (_, i) => figure(i + 1));
    numberCaptions([chapter(many)]);
    expect(figureLabels(many).slice(-2)).toEqual(["Figure 20", "Figure 21"]);
  });
});
