// `build` renders the draft once the rules that read the contributions
// find nothing blocking, and runs the report-wide rules (word counts,
// acronyms, table widths, empty sections) alongside; what those rules
// block must still block, exactly as before, with no draft written.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

// Only the introduction is written: every other section of the outline is empty (merge/empty-section, a report-wide warning).
const files = (extra = "") => ({
  "report.yaml": reportYaml({ extra }),
  "unicef.md": contribution(
    "UNICEF",
    "## Introduction\n\nUNICEF trained 120 women mediators in 2004.\n",
  ),
});

describe("build and the report-wide rules", () => {
  it("writes the draft when they only warn, and counts their warnings", async () => {
    const { root } = makeEdition(files());
    const result = await runBin(["build", "--out", "draft.docx"], {
      cwd: root,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/\d+ warnings \(run `wps-report validate`/);
    expect(existsSync(path.join(root, "draft.docx"))).toBe(true);
  });

  it("writes no draft when --strict makes their warnings block it", async () => {
    const { root } = makeEdition(files());
    const result = await runBin(["build", "--strict", "--out", "draft.docx"], {
      cwd: root,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("merge/empty-section");
    expect(result.stderr).toContain("Not built");
    expect(existsSync(path.join(root, "draft.docx"))).toBe(false);
  });

  it("writes no draft when report.yaml makes one of them an error", async () => {
    const { root } = makeEdition(files("rules:\n  merge/empty-section: error"));
    const result = await runBin(["build", "--out", "draft.docx"], {
      cwd: root,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error .*merge\/empty-section/);
    expect(result.stderr).toContain("Not built");
    expect(existsSync(path.join(root, "draft.docx"))).toBe(false);
  });
});
