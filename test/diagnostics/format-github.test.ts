import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatDiagnosticsGithub } from "../../src/diagnostics/format-github.js";

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
