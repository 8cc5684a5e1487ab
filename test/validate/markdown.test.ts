import { describe, expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { contributionDiagnostics } from "../helpers/validate.js";

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);

describe("markdown rules", () => {
  it("accepts every construct the design allows", async () => {
    const text = [
      "## Peacekeeping operations",
      "",
      "A paragraph with *A Title*, `code`, a [link](https://www.un.org) and a note.[^1]",
      "",
      "1. first",
      "2. second",
      "   1. nested",
      "",
      "- bullet",
      "",
      "Table: Women in parliament",
      "",
      "| Country | Women |",
      "| :------ | ----: |",
      "| Liberia | 12    |",
      "",
      "> A quotation.",
      "",
      "<!-- A note to the author: comments never reach the draft. -->",
      "",
      "![Chart of trainees](chart.png)",
      "",
      "[^1]: The note.",
      "",
    ].join("\n");
    expect(
      await contributionDiagnostics({
        "report.yaml": reportYaml(),
        "unicef.md": contribution("UNICEF", text),
        "chart.png": PNG,
      }),
    ).toEqual([]);
  });

  it("refuses HTML, code, rules, strikethrough, task lists and deep lists, each where it stands", async () => {
    const text = [
      "## Peacekeeping operations", // 6
      "",
      "Text with <span>html</span> inside.", // 8
      "",
      "```", // 10
      "code",
      "```",
      "",
      "***", // 14
      "",
      "Some ~~struck~~ words.", // 16
      "",
      "- [ ] a task", // 18
      "",
      "1. one", // 20
      "   1. two",
      "      1. three", // 22
      "",
    ].join("\n");
    expect(
      await contributionDiagnostics({
        "report.yaml": reportYaml(),
        "unicef.md": contribution("UNICEF", text),
      }),
    ).toEqual([
      "unicef.md:8:11 error markdown/html Unexpected HTML `<span>`, expected Markdown only",
      "unicef.md:8:21 error markdown/html Unexpected HTML `</span>`, expected Markdown only",
      "unicef.md:10:1 error markdown/code-block Unexpected code block, expected paragraphs of report text",
      "unicef.md:14:1 error markdown/thematic-break Unexpected horizontal rule (`---`, `***` or `___`)",
      "unicef.md:16:6 error markdown/strikethrough Unexpected strikethrough (`~~text~~`)",
      "unicef.md:18:1 error markdown/task-list Unexpected task-list box in a list item",
      "unicef.md:22:7 error markdown/list-depth Unexpected third level of list, expected at most two: (a), (b) and (i), (ii)",
    ]);
  });

  it("refuses images outside the edition, missing ones and other types", async () => {
    const text =
      "## Peacekeeping operations\n\n![a](../../secret.png)\n\n![b](missing.png)\n\n![c](chart.gif)\n\n![d](https://example.org/x.png)\n";
    expect(
      await contributionDiagnostics({
        "report.yaml": reportYaml(),
        "unicef.md": contribution("UNICEF", text),
        "chart.gif": "GIF89a",
      }),
    ).toEqual([
      "chart.gif:1:1 error file/unexpected Unexpected file `chart.gif`, expected <entity>.md, <entity>.yaml, report.yaml or a PNG/JPEG image",
      "unicef.md:8:1 error markdown/image Unexpected image `../../secret.png`, expected a PNG or JPEG file in contributions/2004/",
      "unicef.md:10:1 error markdown/image The image `missing.png` does not exist in contributions/2004/",
      "unicef.md:12:1 error markdown/image Unexpected image type `.gif`, expected PNG or JPEG",
      "unicef.md:14:1 error markdown/image Unexpected image `https://example.org/x.png`, expected a PNG or JPEG file in contributions/2004/",
    ]);
  });

  it("reports an image with a PNG name that is not a PNG", async () => {
    const text = "## Peacekeeping operations\n\n![a](fake.png)\n";
    expect(
      await contributionDiagnostics({
        "report.yaml": reportYaml(),
        "unicef.md": contribution("UNICEF", text),
        "fake.png": "not an image",
      }),
    ).toEqual([
      "unicef.md:8:1 error markdown/image The file `fake.png` is not a readable PNG or JPEG image",
    ]);
  });
});

describe("footnote rules", () => {
  it("pairs references with definitions, per file", async () => {
    const text =
      "## Peacekeeping operations\n\nOne.[^1] Two.[^2] Again.[^1]\n\n[^1]: Note.\n[^3]: Unused.\n[^1]: Twice.\n";
    expect(
      await contributionDiagnostics({
        "report.yaml": reportYaml(),
        "unicef.md": contribution("UNICEF", text),
        "dpko.md": contribution("DPKO", "## Peace negotiations\n\nText.[^1]\n"),
      }),
    ).toEqual([
      "dpko.md:8:6 error footnotes/undefined Footnote [^1] has no definition",
      "unicef.md:8:14 error footnotes/undefined Footnote [^2] has no definition",
      "unicef.md:8:25 warning footnotes/repeated-reference Footnote [^1] is referenced more than once; each reference gets its own footnote with the same text",
      "unicef.md:11:1 error footnotes/unused Footnote [^3] is defined but never referenced",
      "unicef.md:12:1 error footnotes/duplicate-definition Footnote [^1] is defined twice in this file",
    ]);
  });
});
