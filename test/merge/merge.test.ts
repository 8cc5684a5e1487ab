import { readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { renderDocx } from "../../src/index.js";
import { renderText } from "../../src/render/text.js";
import { repoRoot } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

const outline = `name: small
chapters:
  - id: introduction
    title: Introduction
    text: |
      The present report is submitted pursuant to a request.

      It draws on contributions.[^contributors]
  - id: work
    title: Work done
    sections:
      - { id: prevention, title: Prevention }
      - { id: protection, title: Protection }
      - { id: relief, title: Relief and recovery }
  - id: conclusions
    title: Conclusions and recommendations
    style: recommendations
order: [UNICEF, DPKO]
`;

async function draftOf(files: Record<string, string>): Promise<string> {
  const { root, dir } = makeEdition({
    "report.yaml": reportYaml({ template: "outline.yaml" }),
    "outline.yaml": outline,
    ...files,
  });
  const result = await buildReport(root, dir);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return renderText(result.report);
}

describe("mergeContributions", () => {
  it("orders chapters, sections and entities, numbers paragraphs through the report, closes up empty sections", async () => {
    const text = await draftOf({
      "dpko.md": contribution(
        "DPKO",
        "## Relief and recovery\n\nDPKO relief.\n\n## Prevention\n\nDPKO prevention one.\n\nDPKO prevention two.\n",
      ),
      "unicef.md": contribution(
        "UNICEF",
        "## Prevention\n\nUNICEF prevention.\n\n## Conclusions and recommendations\n\nThe Council should act.\n",
      ),
    });
    expect(text).toBe(
      [
        "United Nations",
        "S/2004/814",
        "Security Council",
        "Distr.: General",
        "13 October 2004",
        "Original: English",
        "",
        "Women and peace and security",
        "",
        "Report of the Secretary-General",
        "",
        "I. Introduction",
        "",
        "1. (9 words)",
        "The present report is submitted pursuant to a request.",
        "",
        "2. (4 words)",
        "It draws on contributions.[1]",
        "",
        "II. Work done",
        "",
        "A. Prevention",
        "",
        "3. (2 words)",
        "UNICEF prevention.",
        "",
        "4. (3 words)",
        "DPKO prevention one.",
        "",
        "5. (3 words)",
        "DPKO prevention two.",
        "",
        "B. Relief and recovery",
        "",
        "6. (2 words)",
        "DPKO relief.",
        "",
        "III. Conclusions and recommendations",
        "",
        "7. (4 words)",
        "The Council should act.",
        "",
        "Notes",
        "",
        "[1] Department of Peacekeeping Operations and United Nations Children’s Fund.",
        "",
      ].join("\n"),
    );
  });

  it("makes a list after a paragraph its subparagraphs, and numbers a list that stands alone", async () => {
    const text = await draftOf({
      "unicef.md": contribution(
        "UNICEF",
        "## Prevention\n\nThe Fund did three things:\n\n1. trained staff;\n2. funded shelters:\n   1. in Liberia;\n   2. in Sierra Leone;\n3. reported.\n\n- a bullet after it continues\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n- a list after a table stands alone\n",
      ),
    });
    const body = text.slice(
      text.indexOf("A. Prevention"),
      text.indexOf("Notes"),
    );
    expect(body).toBe(
      [
        "A. Prevention",
        "",
        "3. (5 words)",
        "The Fund did three things:",
        "",
        "    (a) trained staff;",
        "    (b) funded shelters:",
        "        (i) in Liberia;",
        "        (ii) in Sierra Leone;",
        "    (c) reported.",
        "",
        "    • a bullet after it continues",
        "",
        "A | B",
        "1 | 2",
        "",
        "4. • a list after a table stands alone",
        "",
        "",
      ].join("\n"),
    );
  });

  it("numbers footnotes through the report in reading order; equal labels in two files are two notes", async () => {
    const text = await draftOf({
      "dpko.md": contribution(
        "DPKO",
        "## Prevention\n\nDPKO text.[^1] Again.[^1]\n\n[^1]: DPKO note.\n",
      ),
      "unicef.md": contribution(
        "UNICEF",
        "## Protection\n\nUNICEF text.[^b][^1]\n\n[^1]: UNICEF one.\n[^b]: UNICEF b.\n",
      ),
    });
    expect(text).toContain("3. (3 words)\nDPKO text.[2] Again.[3]");
    expect(text).toContain("4. (2 words)\nUNICEF text.[4][5]");
    expect(text.slice(text.indexOf("Notes"))).toBe(
      [
        "Notes",
        "",
        "[1] Department of Peacekeeping Operations and United Nations Children’s Fund.",
        "[2] DPKO note.",
        "[3] DPKO note.",
        "[4] UNICEF b.",
        "[5] UNICEF one.",
        "",
      ].join("\n"),
    );
  });

  it("keeps each paragraph's entity and source line", async () => {
    const { root, dir } = makeEdition({
      "report.yaml": reportYaml({ template: "outline.yaml" }),
      "outline.yaml": outline,
      "unicef.md": contribution(
        "UNICEF",
        "## Prevention\n\nFirst.\n\nSecond.\n",
      ),
    });
    const { report } = await buildReport(root, dir);
    const blocks = report.chapters.flatMap((c) => [
      ...c.blocks,
      ...c.sections.flatMap((s) => s.blocks),
    ]);
    expect(
      blocks.map((b) => [
        b.kind === "paragraph" ? b.number : undefined,
        b.source.entity,
        b.source.file,
        b.source.line,
      ]),
    ).toEqual([
      [1, undefined, "contributions/2004/outline.yaml", 6],
      [2, undefined, "contributions/2004/outline.yaml", 8],
      [3, "UNICEF", "contributions/2004/unicef.md", 8],
      [4, "UNICEF", "contributions/2004/unicef.md", 10],
    ]);
  });

  it("drops a contributors footnote with nobody to list, with a warning", async () => {
    const pillars = makeEdition({
      "report.yaml": reportYaml({ template: "pillars" }),
      "unicef.md": contribution("UNICEF", "## Prevention\n\nText.\n"),
    });
    const result = await buildReport(pillars.root, pillars.dir);
    expect(
      result.diagnostics
        .filter((d) => d.ruleId === "merge/empty-generated-footnote")
        .map((d) => d.message),
    ).toEqual([
      "No contribution in the draft comes from an entity to list in [^observers]; the footnote is left out",
      "No contribution in the draft comes from an entity to list in [^member-states]; the footnote is left out",
    ]);
    expect(renderText(result.report)).toContain("It is organized around");
    expect(result.report.footnotes.map((f) => f.generated)).toEqual([
      "un-entities",
    ]);
  });
});

describe("labels", () => {
  it("counts subparagraphs as Word's lowerLetter and lowerRoman formats do", async () => {
    const { subparagraphLabel, romanNumeral } =
      await import("../../src/merge/labels.js");
    expect([0, 1, 25, 26, 27, 52].map((i) => subparagraphLabel(i, 1))).toEqual([
      "(a)",
      "(b)",
      "(z)",
      "(aa)",
      "(bb)",
      "(aaa)",
    ]);
    expect([0, 3, 8, 13].map((i) => subparagraphLabel(i, 2))).toEqual([
      "(i)",
      "(iv)",
      "(ix)",
      "(xiv)",
    ]);
    expect([1, 4, 9, 14, 40].map(romanNumeral)).toEqual([
      "I",
      "IV",
      "IX",
      "XIV",
      "XL",
    ]);
  });
});

describe("images", () => {
  it("keeps an image used only in a footnote, so the DOCX can show it", async () => {
    const png = readFileSync(
      path.join(repoRoot, "contributions/2004/unfpa-training.png"),
    );
    const { root, dir } = makeEdition({
      "report.yaml": reportYaml({ template: "outline.yaml" }),
      "outline.yaml": outline,
      "map.png": png,
      "unicef.md": contribution(
        "UNICEF",
        "## Prevention\n\nUNICEF mapped the camps.[^1]\n\n[^1]: Map: ![Camps](map.png)\n",
      ),
    });
    const result = await buildReport(root, dir);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual(
      [],
    );
    expect([...result.report.images.keys()]).toEqual([
      "contributions/2004/map.png",
    ]);
    const docx = await renderDocx(result.report);
    const media = Object.keys(unzipSync(docx)).filter((name) =>
      name.startsWith("word/media/"),
    );
    expect(media).toHaveLength(1);
  });
});
