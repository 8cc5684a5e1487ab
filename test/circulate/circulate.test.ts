// `wps-report circulate` with the real binary in temporary git repositories:
// the DOCX committed under drafts/<year>/ and tagged; refusals (exit 2) for
// uncommitted texts and labels already used; `diff` and `status` naming the
// circulated drafts.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { docxToText } from "../../src/textconv/index.js";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, git, initRepo } from "../helpers/git-repo.js";

const TASK_MANAGER = { name: "Ana Task", email: "ana@un.example" };
/** The environment the binary runs in: deaf to the machine's git config, with an identity to commit as. */
const ENV = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: TASK_MANAGER.name,
  GIT_AUTHOR_EMAIL: TASK_MANAGER.email,
  GIT_COMMITTER_NAME: TASK_MANAGER.name,
  GIT_COMMITTER_EMAIL: TASK_MANAGER.email,
  GIT_AUTHOR_DATE: "2004-09-01T12:00:00+00:00",
  GIT_COMMITTER_DATE: "2004-09-01T12:00:00+00:00",
};

const FIRST =
  "UNICEF supported the return of girls to school in three districts.";
const SECOND =
  "UNICEF supported the return of girls to school in five districts.";

function repository() {
  const edition = makeEdition({
    "report.yaml": reportYaml(),
    "unicef.md": contribution(
      "UNICEF",
      `## Humanitarian assistance\n\n${FIRST}\n`,
    ),
    "/.gitignore": "drafts/**\n",
  });
  initRepo(edition.root);
  commitAll(edition.root, "first texts");
  const run = (argv: string[], env: Record<string, string> = {}) =>
    runBin(argv, { cwd: edition.root, env: { ...ENV, ...env } });
  const edit = (text: string) =>
    writeFileSync(
      path.join(edition.editionPath, "unicef.md"),
      contribution("UNICEF", `## Humanitarian assistance\n\n${text}\n`),
    );
  return {
    edition,
    run,
    edit,
    git: (args: string[]) => git(edition.root, args),
  };
}

describe("circulate", () => {
  it("commits the DOCX under drafts/<year>/ (that file alone) and tags the commit", async () => {
    const { edition, run, git } = repository();
    writeFileSync(path.join(edition.root, "notes.txt"), "staged, not mine\n");
    git(["add", "notes.txt"]);

    const result = await run(["circulate", "Draft 1"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      "Circulated Draft 1: drafts/2004/S-2004-814-draft-1.docx",
    );
    expect(result.stdout).toContain("tag draft/2004/draft-1");

    expect(git(["rev-parse", "draft/2004/draft-1^{commit}"])).toBe(
      git(["rev-parse", "HEAD"]),
    );
    expect(git(["show", "--name-only", "--format=%s", "HEAD"]).trim()).toBe(
      "Circulate Draft 1 of S/2004/814\n\ndrafts/2004/S-2004-814-draft-1.docx",
    );
    expect(git(["tag", "-l", "--format=%(contents:subject)", "draft/*"])).toBe(
      "Draft 1\n",
    );
    // What someone else staged is still staged, not committed.
    expect(git(["status", "--porcelain"])).toBe("A  notes.txt\n");
    // The committed file is the draft of those texts.
    const committed = docxToText(
      new Uint8Array(
        execFileSync(
          "git",
          ["show", "HEAD:drafts/2004/S-2004-814-draft-1.docx"],
          { cwd: edition.root },
        ),
      ),
    );
    expect(committed).toContain(FIRST);
  });

  it("refuses a label already circulated (exit 2), and changes nothing", async () => {
    const { run, git } = repository();
    expect((await run(["circulate", "Draft 1"])).code).toBe(0);
    const head = git(["rev-parse", "HEAD"]);
    // Another spelling of the same label is the same tag.
    const again = await run(["circulate", "draft-1"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      '"draft-1" was already circulated: tag draft/2004/draft-1 exists',
    );
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect(git(["rev-parse", "HEAD"])).toBe(head);
  });

  it("refuses when contributions have uncommitted changes (exit 2), naming them", async () => {
    const { run, edit, git } = repository();
    edit(SECOND);
    writeFileSync(
      path.join(repositoryRoot(git), "contributions/2004/new.md"),
      "draft",
    );
    const result = await run(["circulate", "Draft 1"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "Not circulated: 2 files the draft is built from have changes that are not committed (contributions/2004/new.md, contributions/2004/unicef.md)",
    );
    expect(git(["tag", "-l"])).toBe("");
    expect(git(["log", "--format=%s"])).toBe("first texts\n");
  });

  it("does not circulate a draft whose contributions have errors (exit 1)", async () => {
    const { edition, run, git } = repository();
    writeFileSync(
      path.join(edition.editionPath, "unicef.md"),
      contribution("UNICEF", "## No such section\n\nText.\n"),
    );
    commitAll(edition.root, "broken");
    const result = await run(["circulate", "Draft 1"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Not circulated: fix the errors above");
    expect(git(["tag", "-l"])).toBe("");
  });

  it("refuses outside git (exit 2)", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        `## Humanitarian assistance\n\n${FIRST}\n`,
      ),
    });
    const result = await runBin(["circulate", "Draft 1"], {
      cwd: edition.root,
      env: ENV,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("expected a git repository");
    expect(existsSync(path.join(edition.root, "drafts"))).toBe(false);
  });

  it("lets diff and status name circulated drafts; other builds stay out of git", async () => {
    const { edition, run, edit, git } = repository();
    expect((await run(["circulate", "Draft 1"])).code).toBe(0);
    edit(SECOND);
    commitAll(edition.root, "five districts", {
      date: "2004-09-20T12:00:00+00:00",
    });
    expect(
      (
        await run(["circulate", "Draft 2"], {
          GIT_COMMITTER_DATE: "2004-09-21T12:00:00+00:00",
        })
      ).code,
    ).toBe(0);

    const byLabel = await run(["diff", "Draft 1", "Draft 2"]);
    expect(byLabel.code, byLabel.stderr).toBe(0);
    expect(byLabel.stdout).toMatch(/^Comparing Draft 1 \([0-9a-f]{7}, /);
    expect(byLabel.stdout).toContain("[-three-]{+five+}");
    // The tag, or the label in another case, name the same draft.
    const byTag = await run(["diff", "draft/2004/draft-1", "draft 2"]);
    expect(byTag.stdout).toContain("[-three-]{+five+}");
    const unknown = await run(["diff", "Draft 9"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown revision Draft 9");

    let status = await run(["status"]);
    expect(status.stdout).toContain(
      "Circulated: Draft 1 (2004-09-01, draft/2004/draft-1), Draft 2 (2004-09-21, draft/2004/draft-2).",
    );
    expect(status.stdout).toContain("No contribution changed since Draft 2.");
    edit(FIRST);
    status = await run(["status", "--json"]);
    const json = JSON.parse(status.stdout) as {
      circulated: {
        drafts: { label: string; tag: string; file: string }[];
        changedSinceLatest: string[];
      };
    };
    expect(json.circulated.drafts.map((d) => [d.label, d.tag, d.file])).toEqual(
      [
        [
          "Draft 1",
          "draft/2004/draft-1",
          "drafts/2004/S-2004-814-draft-1.docx",
        ],
        [
          "Draft 2",
          "draft/2004/draft-2",
          "drafts/2004/S-2004-814-draft-2.docx",
        ],
      ],
    );
    expect(json.circulated.changedSinceLatest).toEqual([
      "contributions/2004/unicef.md",
    ]);

    // An ordinary build writes beside the circulated drafts and is ignored.
    expect((await run(["build"])).code).toBe(0);
    expect(
      existsSync(path.join(edition.root, "drafts/2004/S-2004-814.docx")),
    ).toBe(true);
    expect(git(["status", "--porcelain"])).toBe(
      " M contributions/2004/unicef.md\n",
    );
  });
});

function repositoryRoot(git: (args: string[]) => string): string {
  return git(["rev-parse", "--show-toplevel"]).trim();
}
