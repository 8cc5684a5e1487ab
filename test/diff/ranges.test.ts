// git's range forms in `wps-report diff`, in a real repository with
// branches: A..B compares A with B, A...B compares the merge base with B
// (what a pull request shows), as `git diff` means them.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { writeFileSync } from "node:fs";
import { runInProcess } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, git, initRepo } from "../helpers/git-repo.js";

const BASE = "Gender advisers now serve in ten missions, up from four in 2002.";
const ON_MAIN = "Main added this paragraph after the branch was made.";
const ON_BRANCH = "The branch added this paragraph about mediation support.";

/** main: base, then ON_MAIN; branch `unicef-update` (from base): ON_BRANCH. The branch is checked out. */
function branchedRepo() {
  const edition = makeEdition({
    "report.yaml": reportYaml(),
    "dpko.md": contribution("DPKO", `## Peacekeeping operations\n\n${BASE}\n`),
  });
  const { root, editionPath } = edition;
  const write = (paragraphs: string[]) =>
    writeFileSync(
      path.join(editionPath, "dpko.md"),
      contribution(
        "DPKO",
        `## Peacekeeping operations\n\n${paragraphs.join("\n\n")}\n`,
      ),
    );
  initRepo(root);
  commitAll(root, "base");
  git(root, ["checkout", "-q", "-b", "unicef-update"]);
  write([BASE, ON_BRANCH]);
  commitAll(root, "on the branch");
  git(root, ["checkout", "-q", "main"]);
  write([BASE, ON_MAIN]);
  commitAll(root, "on main");
  git(root, ["checkout", "-q", "unicef-update"]);
  return root;
}

interface DiffJson {
  from: { revision: string; commit: string };
  to: { revision: string; commit: string };
  changes: {
    type: string;
    after?: { text: string };
    before?: { text: string };
  }[];
}

async function diffJson(root: string, ...args: string[]): Promise<DiffJson> {
  const run = await runInProcess(["diff", ...args, "--json"], { cwd: root });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as DiffJson;
}

const texts = (diff: DiffJson) =>
  diff.changes.map((c) => `${c.type}: ${JSON.stringify(c)}`);

describe("diff with git ranges", () => {
  it("A...B shows only what B changed since it branched off A, as a pull request does", async () => {
    const root = branchedRepo();
    const diff = await diffJson(root, "main...unicef-update");
    const base = git(root, ["merge-base", "main", "unicef-update"]).trim();
    expect(diff.from.commit).toBe(base);
    expect(diff.from.revision).toBe("the merge base of main and unicef-update");
    expect(diff.to.commit).toBe(
      git(root, ["rev-parse", "unicef-update"]).trim(),
    );
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]?.type).toBe("added");
    expect(texts(diff).join("\n")).toContain(ON_BRANCH);
    expect(texts(diff).join("\n")).not.toContain(ON_MAIN);
    // `main...` is main...HEAD.
    expect((await diffJson(root, "main...")).changes).toEqual(diff.changes);
  });

  it("A..B compares A with B, so main's own change shows as removed", async () => {
    const root = branchedRepo();
    const diff = await diffJson(root, "main..unicef-update");
    expect(diff.from.commit).toBe(git(root, ["rev-parse", "main"]).trim());
    const all = texts(diff).join("\n");
    expect(all).toContain(ON_BRANCH);
    expect(all).toContain(ON_MAIN);
    expect(diff.changes.map((c) => c.type).sort()).toEqual([
      "added",
      "removed",
    ]);
    // The same as naming the two revisions, and `main..` is main..HEAD.
    expect((await diffJson(root, "main", "unicef-update")).changes).toEqual(
      diff.changes,
    );
    expect((await diffJson(root, "main..")).changes).toEqual(diff.changes);
  });

  it("refuses a range followed by a revision, and says when there is no merge base", async () => {
    const root = branchedRepo();
    const both = await runInProcess(["diff", "main..HEAD", "HEAD~1"], {
      cwd: root,
    });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(
      "Unexpected revision HEAD~1 after the range main..HEAD",
    );
    git(root, ["checkout", "-q", "--orphan", "unrelated"]);
    commitAll(root, "unrelated history");
    const unrelated = await runInProcess(["diff", "main...unrelated"], {
      cwd: root,
    });
    expect(unrelated.code).toBe(2);
    expect(unrelated.stderr).toContain(
      "main and unrelated have no common ancestor",
    );
    const unknown = await runInProcess(["diff", "main...nowhere"], {
      cwd: root,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown revision in main...nowhere");
  });
});
