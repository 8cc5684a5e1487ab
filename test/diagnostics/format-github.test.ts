import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatDiagnosticsGithub } from "../../src/diagnostics/format-github.js";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { git, initRepo } from "../helpers/git-repo.js";

const diagnostic: Diagnostic = {
  file: "contributions/2004/unicef.md",
  line: 12,
  column: 3,
  ruleId: "style/per-cent",
  severity: "warning",
  message: "Unexpected `%`, expected `per cent`",
  hint: "Write 40 per cent.",
};

describe("GitHub annotations", () => {
  it("put the message, the fix and the rule's page on the line, escaped as workflow commands require", () => {
    const out = formatDiagnosticsGithub([diagnostic], {
      root: "/repo",
      cwd: "/repo/contributions",
    });
    expect(out).toBe(
      "::warning file=contributions/2004/unicef.md,line=12,col=3,title=style/per-cent::Unexpected `%25`, expected `per cent`%0AFix: Write 40 per cent.%0ASee CONTRIBUTING.md#style-per-cent\n",
    );
  });

  it("link to the commit's CONTRIBUTING.md inside GitHub Actions", () => {
    const env = {
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "osagi/wps-2004",
      GITHUB_SHA: "abc123",
    };
    const out = formatDiagnosticsGithub([diagnostic], {
      root: "/repo",
      cwd: "/repo",
      env,
    });
    expect(out).toContain(
      "See https://github.com/osagi/wps-2004/blob/abc123/CONTRIBUTING.md#style-per-cent\n",
    );
  });
});

describe("--format github for people editing on the website (real binary)", () => {
  it("links each rule with a full URL, from the github.com origin when outside Actions", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "## Peace negotiations\n\nThe United Nations Children's Fund (UNICEF) reached 40% of schools.\n",
      ),
    });
    initRepo(edition.root);
    git(edition.root, [
      "remote",
      "add",
      "origin",
      "git@github.com:osagi/wps-2005.git",
    ]);
    const run = await runBin(["validate", "--format", "github"], {
      cwd: edition.root,
      env: { GITHUB_SERVER_URL: "", GITHUB_REPOSITORY: "", GITHUB_SHA: "" },
    });
    const line = run.stdout
      .split("\n")
      .find((l) => l.includes("title=style/per-cent"));
    expect(line).toContain(
      "See https://github.com/osagi/wps-2005/blob/HEAD/CONTRIBUTING.md#style-per-cent",
    );
  });

  it("does not put report-wide findings on a focal point's lines, unless the file is the cause", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      // Read first (Peace negotiations comes before Peacekeeping operations), spelled out in DPKO's text later.
      "unicef.md": contribution(
        "UNICEF",
        "## Peace negotiations\n\nThe United Nations Children's Fund (UNICEF) worked with DPKO.\n",
      ),
      "dpko.md": contribution(
        "DPKO",
        "## Peacekeeping operations\n\nThe Department of Peacekeeping Operations (DPKO) deployed advisers, with UNHCR.\n",
      ),
    });
    const run = await runBin(["validate", "--format", "github"], {
      cwd: edition.root,
    });
    const annotations = run.stdout.split("\n").filter((l) => l !== "");
    expect(
      annotations.filter((l) => l.includes("title=style/acronyms")),
    ).toEqual([
      // UNHCR is spelled out nowhere: dpko.md is the cause, so it is annotated there.
      expect.stringContaining("file=contributions/2004/dpko.md,line=8,"),
    ]);
    expect(annotations.at(-1)).toMatch(
      /^::notice title=wps-report::1 finding about the assembled report \(style\/acronyms\) is for the task manager/,
    );
    // The JSON keeps it, marked, for the task manager.
    const json = JSON.parse(
      (await runBin(["validate", "--json"], { cwd: edition.root })).stdout,
    ) as { diagnostics: { file: string; ruleId: string; scope?: string }[] };
    expect(
      json.diagnostics.filter((d) => d.ruleId === "style/acronyms"),
    ).toEqual([
      expect.objectContaining({
        file: "contributions/2004/dpko.md",
        ruleId: "style/acronyms",
      }),
      expect.objectContaining({
        file: "contributions/2004/unicef.md",
        scope: "report",
      }),
    ]);
  });
});
