import { execFileSync } from "node:child_process";
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onTestFinished, describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { ConfigError } from "../../src/diagnostics/errors.js";
import { gitFileSource } from "../../src/git/file-source.js";
import { OutsideRootError } from "../../src/load/file-source.js";
import { renderText } from "../../src/render/text.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, git, initRepo } from "../helpers/git-repo.js";

const UNICEF_V1 = contribution(
  "UNICEF",
  "## Conflict prevention\n\nUNICEF supported community networks in three regions.\n",
);
const UNICEF_V2 = contribution(
  "UNICEF",
  "## Conflict prevention\n\nUNICEF supported community networks in five regions.\n",
);

function committedEdition() {
  const edition = makeEdition({
    "report.yaml": reportYaml(),
    "unicef.md": UNICEF_V1,
  });
  initRepo(edition.root);
  commitAll(edition.root, "first draft");
  return edition;
}

async function open(root: string, revision: string) {
  const source = await gitFileSource(root, revision);
  onTestFinished(() => source.close());
  return source;
}

describe("gitFileSource", () => {
  it("reads a revision's files from git objects, never from the working tree", async () => {
    const { root, editionPath } = committedEdition();
    writeFileSync(path.join(editionPath, "unicef.md"), UNICEF_V2);
    writeFileSync(path.join(editionPath, "dpko.md"), "not committed");
    unlinkSync(path.join(editionPath, "report.yaml"));
    const statusBefore = git(root, ["status", "--porcelain"]);

    const source = await open(root, "HEAD");
    expect(source.revision.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(source.revision.date).toBe("2004-01-01T12:00:00+00:00");
    expect(
      (await source.list("contributions/2004")).map((e) => e.name),
    ).toEqual(["report.yaml", "unicef.md"]);
    expect(
      new TextDecoder().decode(
        await source.readFile("contributions/2004/unicef.md"),
      ),
    ).toBe(UNICEF_V1);
    expect(await source.stat("contributions/2004/dpko.md")).toBeUndefined();
    expect(await source.stat("contributions")).toMatchObject({
      kind: "directory",
    });
    await expect(
      source.readFile("contributions/2004/dpko.md"),
    ).rejects.toMatchObject({
      code: "ENOENT",
    });

    // The working tree is as it was.
    expect(readFileSync(path.join(editionPath, "unicef.md"), "utf8")).toBe(
      UNICEF_V2,
    );
    expect(git(root, ["status", "--porcelain"])).toBe(statusBefore);
  });

  it("builds the draft of an earlier commit", async () => {
    const { root, dir, editionPath } = committedEdition();
    const first = renderText((await buildReport(root, dir)).report);
    writeFileSync(path.join(editionPath, "unicef.md"), UNICEF_V2);
    commitAll(root, "second draft");

    const source = await open(root, "HEAD~1");
    const then = await buildReport(root, dir, { source });
    expect(renderText(then.report)).toBe(first);
    expect(renderText(then.report)).toContain("three regions");
  });

  it("works when the project is a folder inside the repository", async () => {
    const repo = mkdtempSync(path.join(tmpdir(), "wps-git-prefix-"));
    onTestFinished(() => rmSync(repo, { recursive: true, force: true }));
    const project = path.join(repo, "reports", "wps");
    execFileSync("mkdir", ["-p", path.join(project, "contributions", "2004")]);
    writeFileSync(
      path.join(project, "contributions", "2004", "report.yaml"),
      reportYaml(),
    );
    writeFileSync(
      path.join(project, "contributions", "2004", "unicef.md"),
      UNICEF_V1,
    );
    initRepo(repo);
    commitAll(repo, "draft");

    const source = await open(project, "HEAD");
    const { report } = await buildReport(project, "contributions/2004", {
      source,
    });
    expect(renderText(report)).toMatch(
      /\n4\. \(7 words\)\nUNICEF supported community networks in three regions\.\n/,
    );
  });

  it("follows symbolic links inside the project and refuses ones that lead out", async () => {
    const { root, editionPath } = committedEdition();
    symlinkSync("unicef.md", path.join(editionPath, "alias.md"));
    symlinkSync("../../../outside.md", path.join(editionPath, "escape.md"));
    commitAll(root, "links");

    const source = await open(root, "HEAD");
    const entries = await source.list("contributions/2004");
    expect(entries.find((e) => e.name === "alias.md")).toMatchObject({
      kind: "symlink",
    });
    expect(
      new TextDecoder().decode(
        await source.readFile("contributions/2004/alias.md"),
      ),
    ).toBe(UNICEF_V1);
    await expect(
      source.readFile("contributions/2004/escape.md"),
    ).rejects.toBeInstanceOf(OutsideRootError);
    await expect(source.readFile("../x")).rejects.toBeInstanceOf(
      OutsideRootError,
    );
  });

  it("says a revision is unknown, and in a shallow clone that history is missing", async () => {
    const { root, editionPath } = committedEdition();
    writeFileSync(path.join(editionPath, "unicef.md"), UNICEF_V2);
    commitAll(root, "second draft");

    await expect(gitFileSource(root, "no-such-branch")).rejects.toThrow(
      /Unknown revision no-such-branch/,
    );

    const clone = mkdtempSync(path.join(tmpdir(), "wps-shallow-"));
    onTestFinished(() => rmSync(clone, { recursive: true, force: true }));
    git(clone, ["clone", "-q", "--depth", "1", `file://${root}`, "."]);
    const error = await gitFileSource(clone, "HEAD~1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(
      /shallow clone.*history it needs is missing/,
    );
    expect((error as ConfigError).hint).toMatch(/git fetch --unshallow/);
  });

  it("refuses a folder that is not in a git repository", async () => {
    const { root } = makeEdition({ "report.yaml": reportYaml() });
    await expect(gitFileSource(root, "HEAD")).rejects.toThrow(
      /expected a git repository/,
    );
  });
});
