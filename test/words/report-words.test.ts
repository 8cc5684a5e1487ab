import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { countReportWords } from "../../src/words/report-words.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { runInProcess } from "../helpers/cli.js";
import {
  footnote,
  list,
  listBlock,
  makeReport,
  paragraph,
  source,
} from "../helpers/report.js";

describe("words of the merged report", () => {
  it("counts title, headings, text and footnotes per chapter, each footnote with the chapter that first cites it", () => {
    const from = source("UNICEF", 10);
    const report = makeReport(
      [
        {
          id: "introduction",
          numeral: "I",
          title: "Introduction", // 1
          style: "normal",
          blocks: [
            // "Three words here" 3, footnote 1 cited: "Note one text" 3
            paragraph(
              [
                { type: "text", value: "Three words here" },
                { type: "footnote", number: 1 },
              ],
              from,
            ),
          ],
          sections: [],
        },
        {
          id: "implementation",
          numeral: "II",
          title: "Implementation of resolution 1325 (2000)", // 5
          style: "normal",
          blocks: [],
          sections: [
            {
              id: "peace",
              letter: "A",
              title: "Peace negotiations", // 2
              blocks: [
                // "Women in post-conflict talks" 4 (emphasis does not split), footnote 1 again (not recounted), footnote 2 "Second note" 2
                paragraph(
                  [
                    { type: "text", value: "Women in post-" },
                    {
                      type: "emphasis",
                      children: [{ type: "text", value: "conflict" }],
                    },
                    { type: "text", value: " talks" },
                    { type: "footnote", number: 1 },
                    { type: "footnote", number: 2 },
                  ],
                  from,
                ),
                // "one item" 2 + "two" 1 + nested "three four" 2
                listBlock(
                  list(false, [
                    "one item",
                    ["two", list(true, ["three four"])],
                  ]),
                  from,
                ),
              ],
            },
          ],
        },
      ],
      [footnote(1, "Note one text"), footnote(2, "Second note")],
    );
    const words = countReportWords(report);
    // Title block: "Women and peace and security" 5 + "Report of the Secretary-General" 4.
    expect(words.title).toBe(9);
    expect(words.chapters.map((c) => [c.numeral, c.words])).toEqual([
      ["I", 1 + 3 + 3],
      ["II", 5 + 2 + 4 + 5 + 2],
    ]);
    expect(words.total).toBe(9 + 7 + 18);
  });
});

describe("the report word limit", () => {
  const files = (limit: number) => ({
    "report.yaml": reportYaml({ extra: `word_limit: ${limit}\n` }),
    "unicef.md": contribution(
      "UNICEF",
      "## Peacekeeping operations\n\nThe United Nations Children's Fund (UNICEF) trained staff in ten missions.\n",
    ),
  });

  it("warns at report.yaml when the merged report is over word_limit, naming the largest chapters", async () => {
    const { root, dir } = makeEdition(files(20));
    const result = await buildReport(root, dir);
    const limit = result.diagnostics.filter(
      (d) => d.ruleId === "words/report-limit",
    );
    expect(limit).toHaveLength(1);
    expect(limit[0]).toMatchObject({
      file: `${dir}/report.yaml`,
      severity: "warning",
    });
    expect(limit[0]?.message).toMatch(
      /^The report has \d+ words, over the limit of 20$/,
    );
    expect(limit[0]?.hint).toMatch(
      /The largest chapters are I \(\d+\), II \(\d+\)/,
    );
    const { root: roomy, dir: roomyDir } = makeEdition(files(8500));
    const fine = await buildReport(roomy, roomyDir);
    expect(
      fine.diagnostics.some((d) => d.ruleId === "words/report-limit"),
    ).toBe(false);
  });

  it("build prints a summary line of words against word_limit on stderr", async () => {
    const { root } = makeEdition(files(8500));
    const run = await runInProcess(["build", "--format", "txt"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^Words: \d+ of 8,500 \(report\); largest chapter I+: \d+$/m,
    );
    expect(run.stdout).not.toMatch(/Words:/);
  });
});
