// `git diff` of two committed drafts, through the textconv driver: numbered
// paragraphs as text, not "Binary files differ". Runs the compiled CLI
// (`npm test` builds it first), as git would.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { configureDocxDiff } from "../../src/git/docx-diff-setup.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { hostileDocxCases } from "../../scripts/bench/hostile-docx.mjs";
import { binPath, repoRoot, runInProcess } from "../helpers/cli.js";
import { makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, git, initRepo } from "../helpers/git-repo.js";
import { text } from "../helpers/report.js";
import { sampleReport } from "../helpers/sample-report.js";

describe("git diff of DOCX drafts", () => {
  it("shows the changed paragraph as numbered text", async () => {
    const { root } = makeEdition({ "report.yaml": reportYaml() });
    initRepo(root);
    const draft = path.join(root, "drafts", "2004", "S-2004-814.docx");
    mkdirSync(path.dirname(draft), { recursive: true });

    const report = sampleReport();
    writeFileSync(draft, await renderDocx(report));
    commitAll(root, "first draft");
    // A fresh report: renderDocx remembers the typeset form of one it has seen.
    const revised = sampleReport();
    const training = revised.chapters[1]?.sections[1]?.blocks[2];
    if (training?.kind !== "paragraph")
      throw new Error("sample report changed");
    training.content = [
      text(
        "Training on gender issues was given to all new mission staff before deployment.",
      ),
    ];
    writeFileSync(draft, await renderDocx(revised));
    commitAll(root, "second draft");

    // The driver runs this checkout's CLI; configureDocxDiff keeps a textconv already set.
    git(root, [
      "config",
      "diff.wps-report.textconv",
      `node "${binPath}" textconv`,
    ]);
    const setup = await configureDocxDiff(root);
    expect(setup.textconv).toBe("kept");
    git(root, ["add", ".gitattributes"]);

    const diff = git(root, ["diff", "HEAD~1", "HEAD", "--", "drafts"]);
    expect(diff).not.toMatch(/Binary files/);
    expect(diff).toContain(
      "\n-6. (12 words)\n-Training on gender issues was given to new mission staff before deployment.\n+6. (13 words)\n",
    );
    expect(diff).toContain(
      "\n+Training on gender issues was given to all new mission staff before deployment.\n",
    );
    // Only that paragraph's lines changed: its text, and its length on its number line.
    expect(
      diff.split("\n").filter((line) => /^[-+][^-+]/.test(line)),
    ).toHaveLength(4);
  });

  it("shows a one-line placeholder for a renamed .doc and a zip bomb, and git diff and log -p go on", async () => {
    const { root } = makeEdition({ "report.yaml": reportYaml() });
    initRepo(root);
    const drafts = path.join(root, "drafts", "2004");
    mkdirSync(drafts, { recursive: true });
    writeFileSync(
      path.join(drafts, "S-2004-814.docx"),
      await renderDocx(sampleReport()),
    );
    commitAll(root, "first draft");
    // A Word 97 file renamed, and 300 MB of XML in a 0.5 MB file.
    writeFileSync(
      path.join(drafts, "old-format.docx"),
      Buffer.concat([
        Buffer.from("d0cf11e0a1b11ae1", "hex"),
        Buffer.alloc(4096),
      ]),
    );
    const bomb = hostileDocxCases().find((c) => c.name === "zip-bomb");
    if (bomb === undefined) throw new Error("no zip bomb case");
    writeFileSync(path.join(drafts, "bomb.docx"), bomb.bytes());
    commitAll(root, "two files textconv cannot read");
    git(root, [
      "config",
      "diff.wps-report.textconv",
      `node "${binPath}" textconv --git-driver`,
    ]);
    writeFileSync(
      path.join(root, ".gitattributes"),
      "*.docx diff=wps-report\n",
    );

    const diff = spawnSync("git", ["diff", "HEAD~1", "HEAD", "--", "drafts"], {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: "/dev/null",
        GIT_CONFIG_NOSYSTEM: "1",
      },
    });
    expect(diff.status).toBe(0);
    expect(diff.stdout).toMatch(
      /\n\+\[wps-report textconv: this file cannot be shown as text \(4,104 bytes, sha256 [0-9a-f]{12}\): it is not a ZIP archive\]\n/,
    );
    expect(diff.stdout).toContain(
      "inflates to more than 64 MiB (the limit for one part)]\n",
    );
    const log = spawnSync(
      "git",
      ["log", "-p", "--format=commit %s", "--", "drafts"],
      {
        cwd: root,
        encoding: "utf8",
        env: {
          ...process.env,
          GIT_CONFIG_GLOBAL: "/dev/null",
          GIT_CONFIG_NOSYSTEM: "1",
        },
      },
    );
    expect(log.status).toBe(0);
    // log -p went past the unreadable files to the first draft's text.
    expect(log.stdout).toContain("commit first draft");
    expect(log.stdout).toContain(
      "\n+6. (12 words)\n+Training on gender issues",
    );
  });

  it("replaces the setting earlier versions wrote with the one that passes --git-driver", async () => {
    const { root } = makeEdition({ "report.yaml": reportYaml() });
    initRepo(root);
    git(root, [
      "config",
      "diff.wps-report.textconv",
      "npx --no-install wps-report textconv",
    ]);
    expect((await configureDocxDiff(root)).textconv).toBe("set");
    // The project's own bin (here installed by npm), never an npx cache copy.
    expect(git(root, ["config", "--get", "diff.wps-report.textconv"])).toBe(
      "node_modules/.bin/wps-report textconv --git-driver\n",
    );
  });

  it("shows one paragraph inserted early in the sample as that paragraph and number-only lines", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "wps-sample-insert-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    for (const folder of ["contributions/2004", "templates"])
      cpSync(path.join(repoRoot, folder), path.join(root, folder), {
        recursive: true,
      });
    writeFileSync(
      path.join(root, ".gitattributes"),
      "*.docx diff=wps-report\n",
    );
    initRepo(root);
    git(root, [
      "config",
      "diff.wps-report.textconv",
      `node "${binPath}" textconv --git-driver`,
    ]);
    const build = async () =>
      expect((await runInProcess(["build"], { cwd: root })).code).toBe(0);
    await build();
    commitAll(root, "draft 1");
    const dpa = path.join(root, "contributions", "2004", "dpa.md");
    const inserted =
      "The Department also briefed the Council on early warning signs seen by local women’s groups.";
    const before = readFileSync(dpa, "utf8");
    const after = before.replace(
      "## Conflict prevention\n\n",
      `## Conflict prevention\n\n${inserted}\n\n`,
    );
    expect(after, "the sample's dpa.md changed").not.toBe(before);
    writeFileSync(dpa, after);
    await build();
    commitAll(root, "draft 2");

    const diff = git(root, ["diff", "HEAD~1", "HEAD", "--", "drafts"]);
    const changed = diff
      .split("\n")
      .filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line));
    const numberLine = /^[-+]\d+\.( \(\d+ words?\))?$/;
    const numberOnly = changed.filter((line) => numberLine.test(line));
    const rest = changed.filter((line) => !numberLine.test(line));
    // Every later paragraph was renumbered, on its number line alone ...
    expect(numberOnly.length).toBeGreaterThan(40);
    // ... and the text lines that changed are the new paragraph's, and the blank line after it.
    expect(rest).toEqual([`+${inserted}`, "+"]);
  });
});
