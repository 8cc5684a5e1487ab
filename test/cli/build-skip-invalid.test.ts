import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "../helpers/cli.js";
import { part, unzipDocx } from "../helpers/docx.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

// Through the real binary (needs `npm run build`): the task manager near the deadline.

function editionWithOneBadFile() {
  return makeEdition({
    "report.yaml": reportYaml(),
    "unicef.md": contribution(
      "UNICEF",
      "## Peace negotiations\n\nThe United Nations Children's Fund (UNICEF) trained mediators.\n",
    ),
    "dpko.md": contribution(
      "DPKO",
      "## Peacekeeping operatons\n\nThe Department of Peacekeeping Operations (DPKO) deployed gender advisers.\n",
    ),
  });
}

interface BuildJson {
  built: boolean;
  complete?: boolean;
  output: string | null;
  diagnostics?: { file: string; ruleId: string }[];
  skipped: { file: string; entity: string | null; diagnostics: unknown[] }[];
}

describe("build --skip-invalid", () => {
  it("writes the draft without the contribution that has errors, names it, and exits 1", async () => {
    const edition = editionWithOneBadFile();
    const refused = await runBin(["build", "--format", "txt"], {
      cwd: edition.root,
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("--skip-invalid");

    const run = await runBin(["build", "--format", "txt", "--skip-invalid"], {
      cwd: edition.root,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("trained mediators");
    expect(run.stdout).not.toContain("gender advisers");
    expect(run.stderr).toContain("Incomplete draft: left out 1 file");
    expect(run.stderr).toContain("DPKO \u2014 contributions/2004/dpko.md");
  });

  it("lists the files left out in --json, with their diagnostics", async () => {
    const edition = editionWithOneBadFile();
    const run = await runBin(["build", "--skip-invalid", "--json"], {
      cwd: edition.root,
    });
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout) as BuildJson;
    expect(summary).toMatchObject({
      built: true,
      complete: false,
      output: "drafts/2004/S-2004-814.docx",
    });
    expect(summary.skipped).toHaveLength(1);
    expect(summary.skipped[0]).toMatchObject({
      file: "contributions/2004/dpko.md",
      entity: "DPKO",
      diagnostics: [{ ruleId: "structure/unknown-section" }],
    });
  });

  it("names the files left out in an --annotate comment of the draft", async () => {
    const edition = editionWithOneBadFile();
    const run = await runBin(["build", "--skip-invalid", "--annotate"], {
      cwd: edition.root,
    });
    expect(run.code).toBe(1);
    const docx = readFileSync(
      path.join(edition.root, "drafts", "2004", "S-2004-814.docx"),
    );
    const comments = part(unzipDocx(docx), "word/comments.xml");
    expect(comments).toContain(
      "Incomplete draft: left out because of errors: DPKO \u2014 contributions/2004/dpko.md (1 error).",
    );
  });
});

describe("build --json when the draft cannot be built", () => {
  it("prints the diagnostics as JSON on stdout", async () => {
    const edition = editionWithOneBadFile();
    const run = await runBin(["build", "--json"], { cwd: edition.root });
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as BuildJson;
    expect(out.built).toBe(false);
    expect(out.output).toBeNull();
    expect(out.diagnostics?.map((d) => `${d.file} ${d.ruleId}`)).toContain(
      "contributions/2004/dpko.md structure/unknown-section",
    );
  });
});
