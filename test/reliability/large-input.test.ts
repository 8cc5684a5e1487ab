import { describe, expect, it } from "vitest";
import {
  MAX_LIST_ITEMS,
  MAX_TABLE_ROWS,
} from "../../src/load/markdown-limits.js";
import { MAX_SHOWN_PER_FILE } from "../../src/diagnostics/format-text.js";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

/**
 * Large input within the size limit: more items than V8 can pass as
 * function arguments (~120,000) must never end in exit 70, and a text
 * report of 150,000 warnings must stay readable.
 */

const HEAD = "## Humanitarian assistance\n\nThe Fund counted.\n\n";

function noCrash(run: { code: number; stderr: string }): void {
  expect(run.stderr).not.toContain("internal error");
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.code).not.toBe(70);
}

describe("many diagnostics in one file", () => {
  it("150,000 style warnings: the text shows a few hundred and how many more; JSON has them all; build is not stopped", async () => {
    // Three warnings per repetition: `program`, `labor`, `25%`.
    const text = Array.from(
      { length: 50_000 },
      () => "the program labor 25%",
    ).join(" ");
    const { root } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", `${HEAD}${text}\n`),
    });
    const run = await runBin(["validate"], { cwd: root });
    noCrash(run);
    expect(run.code).toBe(0);
    const shown = run.stdout
      .split("\n")
      .filter((line) => /^\s+\d+:\d+\s+warning/.test(line));
    // The file's first MAX_SHOWN_PER_FILE, plus the few about other files.
    expect(shown.length).toBeLessThan(MAX_SHOWN_PER_FILE + 20);
    expect(shown.length).toBeGreaterThanOrEqual(MAX_SHOWN_PER_FILE);
    const more = /… and ([\d,]+) more \(see --format json\)/.exec(run.stdout);
    expect(more).not.toBeNull();
    const hidden = Number((more?.[1] ?? "").replace(/,/g, ""));

    const json = await runBin(["validate", "--format", "json"], { cwd: root });
    noCrash(json);
    const parsed = JSON.parse(json.stdout) as {
      diagnostics: { file: string }[];
    };
    const inFile = parsed.diagnostics.filter((d) =>
      d.file.endsWith("unicef.md"),
    ).length;
    expect(inFile).toBeGreaterThanOrEqual(150_000);
    expect(inFile).toBe(MAX_SHOWN_PER_FILE + hidden);

    const build = await runBin(["build", "--format", "txt"], { cwd: root });
    noCrash(build);
    expect(build.code).toBe(0);
  }, 120_000);
});

describe("tables and lists past what a report holds", () => {
  it(`a 150,000-row table is refused unread (markdown/too-complex, over ${MAX_TABLE_ROWS} rows), not a crash`, async () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `|${i}|a|`).join(
      "\n",
    );
    const { root } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        `${HEAD}|Year|Count|\n|-|-|\n${rows}\n`,
      ),
    });
    const validate = await runBin(["validate", "--format", "json"], {
      cwd: root,
    });
    noCrash(validate);
    expect(validate.code).toBe(1);
    const found = (
      JSON.parse(validate.stdout) as {
        diagnostics: { ruleId: string; line: number; message: string }[];
      }
    ).diagnostics.filter((d) => d.ruleId === "markdown/too-complex");
    // The table starts on line 10: front matter (4), a blank, the heading, a blank, a paragraph, a blank.
    expect(found).toMatchObject([
      { line: 10, message: "Unexpected table with more than 1,000 rows" },
    ]);
    const build = await runBin(["build", "--format", "txt"], { cwd: root });
    noCrash(build);
    expect(build.code).toBe(1);
  });

  it(`a table of ${MAX_TABLE_ROWS} rows and a list of ${MAX_LIST_ITEMS} items still build, in every format`, async () => {
    const rows = Array.from(
      { length: MAX_TABLE_ROWS },
      (_, i) => `|${i}|a|`,
    ).join("\n");
    const items = Array.from(
      { length: MAX_LIST_ITEMS },
      (_, i) => `- item ${i}`,
    ).join("\n");
    const { root } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        `${HEAD}|Year|Count|\n|-|-|\n${rows}\n\nThe Fund listed:\n\n${items}\n`,
      ),
    });
    for (const format of ["txt", "md", "json", "docx"]) {
      const run = await runBin(
        ["build", "--format", format, "--out", `draft.${format}`],
        { cwd: root },
      );
      noCrash(run);
      expect(run.code, run.stderr).toBe(0);
    }
  }, 120_000);

  it(`list item ${MAX_LIST_ITEMS + 1} is refused at its line`, async () => {
    const items = Array.from(
      { length: MAX_LIST_ITEMS + 1 },
      (_, i) => `- item ${i}`,
    ).join("\n");
    const { root } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", `${HEAD}${items}\n`),
    });
    const run = await runBin(["validate", "--format", "json"], { cwd: root });
    noCrash(run);
    expect(run.code).toBe(1);
    const found = (
      JSON.parse(run.stdout) as {
        diagnostics: { ruleId: string; line: number }[];
      }
    ).diagnostics.filter((d) => d.ruleId === "markdown/too-complex");
    expect(found).toMatchObject([{ line: 10 + MAX_LIST_ITEMS }]);
  });
});
