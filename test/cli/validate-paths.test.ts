import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { makePng } from "../helpers/report.js";

// Through the real binary (needs `npm run build`): what a focal point sees when checking one file.

const CLEAN = contribution(
  "UNICEF",
  "## Peace negotiations\n\nThe United Nations Children's Fund (UNICEF) trained mediators.\n",
);

interface JsonOutput {
  diagnostics: { file: string; line: number; column: number; ruleId: string }[];
}

describe("validate <path>: never a false all-clear", () => {
  it("refuses a path that does not exist, with exit 2 and the file it meant", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": CLEAN,
    });
    const run = await runBin(["validate", "contributions/2004/unicf.md"], {
      cwd: edition.root,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("No such file: contributions/2004/unicf.md");
    expect(run.stderr).toContain("did you mean contributions/2004/unicef.md?");
    expect(run.stderr).not.toMatch(/No problems found|at .*\.js/);
  });

  it("refuses a file that lies in no edition folder (README.md)", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": CLEAN,
      "/README.md": "# The report\n",
    });
    const run = await runBin(["validate", "README.md"], { cwd: edition.root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("README.md is not a contribution");
  });

  it("checks a file against the edition it lies in, not the newest one", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", "## No such section\n\nText.\n"),
      "/contributions/2005/report.yaml": reportYaml({ year: 2005 }),
    });
    const run = await runBin(
      ["validate", "contributions/2004/unicef.md", "--json"],
      { cwd: edition.root },
    );
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as JsonOutput;
    expect(out.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toContain(
      "contributions/2004/unicef.md structure/unknown-section",
    );
    // A 2004 file is not judged by 2005's settings: no "year is not 2005".
    expect(out.diagnostics.map((d) => d.ruleId)).not.toContain(
      "front-matter/invalid-value",
    );
  });

  it("refuses a file of another edition than the --edition given", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": CLEAN,
      "/contributions/2005/report.yaml": reportYaml({ year: 2005 }),
    });
    const run = await runBin(
      [
        "validate",
        "contributions/2004/unicef.md",
        "--edition",
        "contributions/2005",
      ],
      { cwd: edition.root },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is in the edition contributions/2004");
  });

  it("checks the body of a file whose front matter is broken, in the same run, sorted by line", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": [
        "---",
        "entity: UNICEF",
        "focal_point: { name: Jane: Doe",
        "---",
        "",
        "## Peace negociations",
        "",
        "UNICEF reached 50% of the girls, per UNSCR 1325.",
        "",
      ].join("\n"),
    });
    const run = await runBin(["validate", "--json"], { cwd: edition.root });
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as JsonOutput;
    const rules = out.diagnostics.map((d) => `${d.line} ${d.ruleId}`);
    expect(rules).toContain("3 front-matter/syntax");
    // Text under an unknown heading is style-checked too.
    expect(rules).toContain("6 structure/unknown-section");
    expect(rules).toContain("8 style/per-cent");
    expect(rules).toContain("8 style/resolution-citation");
    // The keys could not be read: no guesses about missing `year:`.
    expect(rules.some((r) => r.includes("front-matter/missing-key"))).toBe(
      false,
    );
    const places = out.diagnostics
      .filter((d) => d.file === "contributions/2004/unicef.md")
      .map((d) => d.line * 10000 + d.column);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it("reads footnotes of a .yaml contribution as one label space across sections", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.yaml": [
        "entity: UNICEF",
        "year: 2004",
        "sections:",
        "  Peace negotiations: |",
        "    The United Nations Children's Fund (UNICEF) trained mediators.[^1]",
        "",
        "    [^1]: See S/2004/431.",
        "  Peacekeeping operations: |",
        "    UNICEF also trained peacekeepers.[^1][^2]",
        "",
        "    [^2]: See S/2004/432.",
        "",
      ].join("\n"),
    });
    const validate = await runBin(["validate", "--json"], {
      cwd: edition.root,
    });
    const out = JSON.parse(validate.stdout) as JsonOutput;
    expect(
      out.diagnostics.filter(
        (d) =>
          d.ruleId.startsWith("footnotes/") &&
          d.ruleId !== "footnotes/repeated-reference",
      ),
    ).toEqual([]);
    expect(validate.code).toBe(0);
    const build = await runBin(["build", "--format", "txt"], {
      cwd: edition.root,
    });
    expect(build.code).toBe(0);
    // Cited in both sections: two notes with the text of [^1], one with [^2].
    expect(build.stdout.match(/\] See S\/2004\/431\./g)).toHaveLength(2);
    expect(build.stdout).toContain("] See S/2004/432.");
  });

  it("accepts images in a sub-folder of the edition, and reports anything else there", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "## Peace negotiations\n\nThe United Nations Children's Fund (UNICEF) trained mediators.\n\n![Map of the regions](images/map.png)\n",
      ),
      "images/map.png": makePng(40, 20),
    });
    const clean = await runBin(["validate", "contributions/2004", "--json"], {
      cwd: edition.root,
    });
    expect(
      (JSON.parse(clean.stdout) as JsonOutput).diagnostics.filter((d) =>
        d.file.startsWith("contributions/"),
      ),
    ).toEqual([]);
    expect(clean.code).toBe(0);
    const build = await runBin(["build", "--format", "md"], {
      cwd: edition.root,
    });
    expect(build.code).toBe(0);
    expect(build.stdout).toContain("images/map.png");

    writeFileSync(path.join(edition.editionPath, "images", "notes.docx"), "x");
    mkdirSync(path.join(edition.editionPath, "images", "old"));
    writeFileSync(path.join(edition.editionPath, "images", "old", "a.png"), "");
    const stray = await runBin(
      ["validate", "contributions/2004/images", "--json"],
      {
        cwd: edition.root,
      },
    );
    expect(stray.code).toBe(1);
    const out = JSON.parse(stray.stdout) as JsonOutput;
    expect(out.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
      "contributions/2004/images/notes.docx file/unexpected",
      "contributions/2004/images/old file/unexpected",
    ]);
  });
});
