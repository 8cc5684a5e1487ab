import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { binPath, repoRoot, runBin, type CliRun } from "../helpers/cli.js";
import { commitAll, initRepo } from "../helpers/git-repo.js";
import { hashTree } from "../helpers/tree-hash.js";

/**
 * No output flag may replace what the edition is made of, nor write
 * through a symbolic link a pull request put in the project. Each case runs
 * the real binary and checks exit 2, a message naming the reason, no stack
 * trace, and that not one file changed.
 */

const DRAFT = "drafts/2004/S-2004-814.docx";
let project = "";
let outside = "";

beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), "wps-outputs-"));
  outside = mkdtempSync(path.join(tmpdir(), "wps-outside-"));
  for (const folder of ["contributions/2004", "templates"])
    cpSync(path.join(repoRoot, folder), path.join(project, folder), {
      recursive: true,
    });
});
afterEach(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** Run in the project (or a folder of it) and check that nothing in the project or outside changed. */
async function refused(
  args: string[],
  options: { cwd?: string } = {},
): Promise<CliRun> {
  const before = [hashTree(project), hashTree(outside)];
  const run = await runBin(args, { cwd: options.cwd ?? project });
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stderr).not.toContain("internal error");
  expect([hashTree(project), hashTree(outside)]).toEqual(before);
  return run;
}

describe("an output path that is an input of the edition", () => {
  it("build --out onto a contribution, report.yaml or an image is exit 2 and writes nothing", async () => {
    const md = await refused([
      "build",
      "--format",
      "md",
      "--out",
      "contributions/2004/unicef.md",
    ]);
    expect(md.stderr).toContain(
      "Cannot write contributions/2004/unicef.md: it is inside contributions/2004/",
    );
    expect(md.stderr).toContain("Choose another place with --out");
    await refused(["build", "--out", "contributions/2004/report.yaml"]);
    await refused(["build", "--out", "contributions/2004/unfpa-training.png"]);
    // A new file in the edition folder would be read as a contribution next time.
    await refused([
      "build",
      "--format",
      "md",
      "--out",
      "contributions/2004/draft.md",
    ]);
    // Or in another edition's folder, or as the folder of editions itself.
    await refused(["build", "--out", "contributions/draft.docx"]);
  });

  it("the same from inside the edition folder, with a relative name", async () => {
    const run = await refused(
      ["build", "--format", "md", "--out", "unicef.md"],
      {
        cwd: path.join(project, "contributions", "2004"),
      },
    );
    expect(run.stderr).toContain("Cannot write unicef.md");
  });

  it("build --out onto the edition's outline is exit 2", async () => {
    const run = await refused([
      "build",
      "--format",
      "md",
      "--out",
      "templates/sg-report.yaml",
    ]);
    expect(run.stderr).toContain(
      "it is the edition's outline (templates/sg-report.yaml)",
    );
  });

  it("a path outside the project that is a link to a contribution is refused too", async () => {
    const link = path.join(outside, "draft.md");
    symlinkSync(path.join(project, "contributions", "2004", "unicef.md"), link);
    await refused(["build", "--format", "md", "--out", link]);
    expect(readlinkSync(link)).toBe(
      path.join(project, "contributions", "2004", "unicef.md"),
    );
  });

  it("diff --docx onto a contribution is exit 2 and writes nothing", async () => {
    initRepo(project);
    commitAll(project, "edition");
    const run = await refused(["diff", "--docx", "contributions/2004/dpko.md"]);
    expect(run.stderr).toContain("Choose another place with --docx");
  });
});

describe("symbolic links inside the project", () => {
  it("a tracked draft turned into a link to a contribution: build is exit 2, the contribution and the link stay", async () => {
    mkdirSync(path.join(project, "drafts", "2004"), { recursive: true });
    symlinkSync(
      "../../contributions/2004/unicef.md",
      path.join(project, DRAFT),
    );
    const run = await refused(["build"]);
    expect(run.stderr).toContain(
      `${DRAFT} is a symbolic link, and wps-report never writes through one inside the project`,
    );
    expect(lstatSync(path.join(project, DRAFT)).isSymbolicLink()).toBe(true);
  });

  it("a draft linked to a file outside the project: that file is not replaced", async () => {
    const victim = path.join(outside, ".bashrc");
    writeFileSync(victim, "alias ll='ls -l'\n");
    mkdirSync(path.join(project, "drafts", "2004"), { recursive: true });
    symlinkSync(victim, path.join(project, DRAFT));
    await refused(["build"]);
    expect(readFileSync(victim, "utf8")).toBe("alias ll='ls -l'\n");
  });

  it("a drafts folder that is a link (into the edition, or out of the project) is refused", async () => {
    symlinkSync(outside, path.join(project, "drafts"));
    await refused(["build"]);
    rmSync(path.join(project, "drafts"));
    symlinkSync("contributions/2004", path.join(project, "drafts"));
    await refused(["build", "--out", "drafts/x.docx"]);
  });

  it("diff --docx through a link in the project is refused", async () => {
    initRepo(project);
    commitAll(project, "edition");
    symlinkSync(outside, path.join(project, "redlines"));
    const run = await refused(["diff", "--docx", "redlines/changes.docx"]);
    expect(run.stderr).toContain("redlines is a symbolic link");
  });

  it("devices named explicitly keep working: /dev/stdout into a pipe", () => {
    // Through a shell pipe, as a user would run it (node's own stdio is a socket, which /dev/stdout cannot open).
    const text = execFileSync(
      "sh",
      [
        "-c",
        '"$0" "$1" build --format md --out /dev/stdout | cat',
        process.execPath,
        binPath,
      ],
      {
        cwd: project,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(text).toContain("Women and peace and security");
  });
});

describe("--out's format and folder", () => {
  it("takes the format from the extension, as pandoc does", async () => {
    const run = await runBin(["build", "--out", "draft.md"], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(path.join(project, "draft.md"), "utf8");
    expect(text).toContain("Women and peace and security");
    expect(text.startsWith("PK")).toBe(false);
    const json = await runBin(["build", "--out", "draft.json"], {
      cwd: project,
    });
    expect(json.code, json.stderr).toBe(0);
    expect(
      () =>
        JSON.parse(
          readFileSync(path.join(project, "draft.json"), "utf8"),
        ) as unknown,
    ).not.toThrow();
    // An extension that names no format keeps the default, DOCX.
    await runBin(["build", "--out", "draft.bin"], { cwd: project });
    expect(
      readFileSync(path.join(project, "draft.bin")).subarray(0, 2).toString(),
    ).toBe("PK");
  });

  it("refuses a --format that contradicts the extension: exit 2, nothing written", async () => {
    const run = await refused(["build", "--out", "x.docx", "--format", "md"]);
    expect(run.stderr).toContain(
      "--out x.docx names a DOCX file, but --format md was asked for",
    );
    expect(existsSync(path.join(project, "x.docx"))).toBe(false);
  });

  it("an explicit --out into a folder that does not exist is exit 2, not a new folder tree", async () => {
    const run = await refused(["build", "--out", "no/such/folder/x.docx"]);
    expect(run.stderr).toContain("the folder no/such/folder does not exist");
    expect(existsSync(path.join(project, "no"))).toBe(false);
    await refused(["build", "--out", path.join(outside, "missing", "x.docx")]);
  });

  it("the default drafts/<year>/ is still made when missing", async () => {
    expect(existsSync(path.join(project, "drafts"))).toBe(false);
    const run = await runBin(["build"], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    expect(
      readFileSync(path.join(project, DRAFT)).subarray(0, 2).toString(),
    ).toBe("PK");
  });
});
