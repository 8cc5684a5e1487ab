// `git diff` of two committed drafts, through the textconv driver: numbered
// paragraphs as text, not "Binary files differ". Runs the compiled CLI
// (`npm test` builds it first), as git would.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  configureDocxDiff,
  TEXTCONV_COMMAND,
} from "../../src/git/docx-diff-setup.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { hostileDocxCases } from "../../scripts/bench/hostile-docx.mjs";
import { binPath } from "../helpers/cli.js";
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
    const training = report.chapters[1]?.sections[1]?.blocks[2];
    if (training?.kind !== "paragraph")
      throw new Error("sample report changed");
    training.content = [
      text(
        "Training on gender issues was given to all new mission staff before deployment.",
      ),
    ];
    writeFileSync(draft, await renderDocx(report));
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
      "\n-6. Training on gender issues was given to new mission staff before deployment.\n",
    );
    expect(diff).toContain(
      "\n+6. Training on gender issues was given to all new mission staff before deployment.\n",
    );
    // Only that paragraph's line changed.
    expect(
      diff.split("\n").filter((line) => /^[-+][^-+]/.test(line)),
    ).toHaveLength(2);
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
    expect(log.stdout).toContain("\n+6. Training on gender issues");
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
    expect(git(root, ["config", "--get", "diff.wps-report.textconv"])).toBe(
      `${TEXTCONV_COMMAND}\n`,
    );
    expect(TEXTCONV_COMMAND).toBe(
      "npx --no-install wps-report textconv --git-driver",
    );
  });
});
