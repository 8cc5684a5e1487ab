import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runBin, type CliRun } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { hashTree } from "../helpers/tree-hash.js";

/** A reviewable transcript: the command, what it printed, and its exit code. */
function transcript(argv: string[], run: CliRun): string {
  const parts = [`$ wps-report ${argv.join(" ")}`, ""];
  if (run.stdout !== "")
    parts.push("stdout:", "", "```", run.stdout.trimEnd(), "```", "");
  if (run.stderr !== "")
    parts.push("stderr:", "", "```", run.stderr.trimEnd(), "```", "");
  parts.push(`Exit code: ${run.code}`, "");
  return parts.join("\n");
}

const broken = contribution(
  "UNICEF",
  [
    "## Peace negociations",
    "",
    "Text with a note.[^1]",
    "",
    "### Sub-heading",
    "",
    "<b>bold</b>",
    "",
    "[^2]: Unused.",
    "",
  ].join("\n"),
  { frontMatter: "focal_piont: { name: Jane Doe }\n" },
);

describe("the sample edition, as a task manager runs it", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "wps-sample-"));
    cpSync(
      path.join(repoRoot, "contributions"),
      path.join(root, "contributions"),
      { recursive: true },
    );
    cpSync(path.join(repoRoot, "templates"), path.join(root, "templates"), {
      recursive: true,
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("validates with exit 0 and builds the text draft, writing nothing under contributions/", async () => {
    const before = hashTree(path.join(root, "contributions"));
    const validate = await runBin(["validate"], { cwd: root });
    expect(validate.code).toBe(0);
    expect(validate.stdout).not.toMatch(/error/);
    const build = await runBin(["build", "--format", "txt"], { cwd: root });
    expect(build.code).toBe(0);
    await expect(build.stdout).toMatchFileSnapshot(
      "../golden/build-sample.txt",
    );
    expect(hashTree(path.join(root, "contributions"))).toBe(before);
  });

  it("numbers paragraphs 1..N without a gap and footnotes 1..F in order of reference", async () => {
    const { stdout } = await runBin(["build", "--format", "txt"], {
      cwd: root,
    });
    const numbers = [...stdout.matchAll(/^(\d+)\.(?: |$)/gm)].map((m) =>
      Number(m[1]),
    );
    expect(numbers.length).toBeGreaterThan(50);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const [body = "", notes = ""] = stdout.split("\nNotes\n");
    const marks = [...body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(marks).toEqual(marks.map((_, i) => i + 1));
    expect(
      [...notes.matchAll(/^\[(\d+)\] /gm)].map((m) => Number(m[1])),
    ).toEqual(marks);
  });

  it("puts every contribution block in the draft exactly once", async () => {
    const { stdout } = await runBin(["build", "--format", "json"], {
      cwd: root,
    });
    const report = JSON.parse(stdout) as {
      chapters: {
        blocks: { source: { file: string; line: number } }[];
        sections: { blocks: { source: { file: string; line: number } }[] }[];
      }[];
    };
    const sources = report.chapters
      .flatMap((c) => [...c.blocks, ...c.sections.flatMap((s) => s.blocks)])
      .map((b) => `${b.source.file}:${b.source.line}`);
    expect(new Set(sources).size).toBe(sources.length);
    expect(new Set(sources.map((s) => s.split(":")[0])).size).toBe(18); // 17 contributions + the outline's boilerplate
  });
});

describe("transcripts", () => {
  it("a broken contribution: file:line:col, rule id and a fix, exit 1", async () => {
    const { root } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": broken,
    });
    const before = hashTree(path.join(root, "contributions"));
    const runs = [];
    for (const argv of [
      ["validate"],
      ["validate", "--format", "github"],
      ["build", "--format", "txt"],
    ]) {
      const run = await runBin(argv, { cwd: root });
      expect(run.code).toBe(1);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(
        /\n\s+at .*:\d+:\d+\)?\n/,
      );
      runs.push(transcript(argv, run));
    }
    await expect(runs.join("\n")).toMatchFileSnapshot(
      "../golden/validate-broken.md",
    );
    expect(hashTree(path.join(root, "contributions"))).toBe(before);
  });

  it("configuration problems exit 2 with the file and line", async () => {
    const missing = makeEdition({ "unicef.md": broken });
    const badYaml = makeEdition({
      "report.yaml": reportYaml({
        entities: "  - { code: UNICEF, name: UNICEF, kind: agency }",
      }),
    });
    const runs = [
      transcript(
        ["validate"],
        await runBin(["validate", "--edition", "contributions/2004"], {
          cwd: missing.root,
        }),
      ),
      transcript(
        ["validate"],
        await runBin(["validate"], { cwd: badYaml.root }),
      ),
      transcript(["validate"], await runBin(["validate"], { cwd: tmpdir() })),
    ];
    for (const run of runs) expect(run).toMatch(/Exit code: 2\n$/);
    await expect(
      runs.join("\n").replaceAll(tmpdir(), "$TMPDIR"),
    ).toMatchFileSnapshot("../golden/config-errors.md");
  });
});
