import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, initRepo } from "../helpers/git-repo.js";

/**
 * File names, contribution text and git authors that carry terminal
 * control sequences: the text outputs show them escaped (as git quotes
 * path names), so nothing sets the window title, hides the rest of a
 * message or clears the screen; JSON keeps them exact.
 */

const TITLE = "\u001b]0;pwned\u0007";
const HIDE = "\u001b[8m";
const CLEAR = "\u001b[2J";
const HOSTILE_NAME = `dp${TITLE}ko.md`;

/** Any control character but line feed (tab is not used by these outputs either). */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function hostileEdition() {
  const edition = makeEdition({
    "report.yaml": reportYaml(),
    "unicef.md": contribution(
      "UNICEF",
      `## Humanitarian assistance\n\nThe Fund ${CLEAR}trained 40 advisers on 3/4/2004.${HIDE} Hidden.\n`,
    ),
    [HOSTILE_NAME]: contribution(
      "DPKO",
      "## Humanitarian assistance\n\nThe Department trained 200 women mediators.\n",
    ),
  });
  return edition;
}

describe("control characters from files in text output", () => {
  it("validate shows a hostile file name quoted as git does, and the text escaped; JSON keeps them", async () => {
    const { root } = hostileEdition();
    const text = await runBin(["validate"], { cwd: root });
    expect(text.code).toBe(1);
    expect(text.stdout + text.stderr).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain(
      '"contributions/2004/dp\\033]0;pwned\\ako.md"',
    );
    expect(text.stdout).toContain("`dp\\033]0;pwned\\ako.md`");

    const github = await runBin(["validate", "--format", "github"], {
      cwd: root,
    });
    expect(github.stdout + github.stderr).not.toMatch(RAW_CONTROL);

    const json = await runBin(["validate", "--format", "json"], { cwd: root });
    const parsed = JSON.parse(json.stdout) as {
      diagnostics: { file: string }[];
    };
    expect(parsed.diagnostics.map((d) => d.file)).toContain(
      `contributions/2004/${HOSTILE_NAME}`,
    );
  });

  it("status escapes file names and git authors", async () => {
    const { root, editionPath } = hostileEdition();
    initRepo(root);
    commitAll(root, "edition", {
      author: { name: `Mallory${CLEAR}`, email: "m@example.org" },
    });
    const run = await runBin(["status"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain("dp\\033]0;pwned\\ako.md");
    expect(run.stdout).toContain("Mallory\\033[2J");
    const json = await runBin(["status", "--json"], { cwd: root });
    expect(json.stdout).toContain("Mallory\\u001b[2J");
    expect(path.basename(editionPath)).toBe("2004");
  });

  it("diff shows changed contribution text escaped", async () => {
    const plain = contribution(
      "UNICEF",
      "## Humanitarian assistance\n\nThe Fund trained 40 advisers.\n",
    );
    const { root, editionPath } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": plain,
    });
    initRepo(root);
    commitAll(root, "edition");
    writeFileSync(
      path.join(editionPath, "unicef.md"),
      plain
        .replace("trained", `${CLEAR}trained`)
        .replace(".\n", `.${HIDE} Hidden.\n`),
    );
    const run = await runBin(["diff"], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain("\\033[2J");
    expect(run.stdout).toContain("\\033[8m");
  });
});
