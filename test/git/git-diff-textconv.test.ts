// `git diff` of two committed drafts, through the textconv driver: numbered
// paragraphs as text, not "Binary files differ". Runs the compiled CLI
// (`npm test` builds it first), as git would.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configureDocxDiff } from "../../src/git/docx-diff-setup.js";
import { renderDocx } from "../../src/render/docx/index.js";
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
});
