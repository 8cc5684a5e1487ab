// git settings and folder names a user may have that must not change what
// wps-report reads from git (issue 17): a log output encoding other than
// UTF-8, and a project folder whose name git would read as pathspec magic.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { runInProcess } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, git, initRepo } from "../helpers/git-repo.js";

const paragraph =
  "The Office supported women's organizations in three peace processes in 2004.";

describe("status under git settings", () => {
  it("reads dates and authors right when i18n.logOutputEncoding is not UTF-8", async () => {
    const { root } = makeEdition({
      "report.yaml": reportYaml(),
      "osagi.md": contribution(
        "OSAGI",
        `## Peace negotiations\n\n${paragraph}\n`,
      ),
    });
    initRepo(root);
    commitAll(root, "OSAGI's contribution", {
      author: { name: "José Núñez Ærøy", email: "jn@un.org" },
      date: "2004-07-15T10:00:00+02:00",
    });
    for (const encoding of ["ISO-8859-1", "UTF-16"]) {
      git(root, ["config", "i18n.logOutputEncoding", encoding]);
      const run = await runInProcess(["status", "--json"], { cwd: root });
      expect(run.code).toBe(0);
      const osagi = (
        JSON.parse(run.stdout) as {
          rows: {
            code: string;
            lastChange?: { date: string; author: string };
          }[];
        }
      ).rows.find((row) => row.code === "OSAGI");
      expect(osagi?.lastChange).toMatchObject({
        date: "2004-07-15",
        author: "José Núñez Ærøy",
      });
    }
  });
});

describe("a project folder whose name starts with ':'", () => {
  it("works in diff, where git would read the name as pathspec magic", async () => {
    const top = mkdtempSync(path.join(tmpdir(), "wps-colon-"));
    onTestFinished(() => rmSync(top, { recursive: true, force: true }));
    const { root } = makeEdition({
      "report.yaml": reportYaml(),
      "osagi.md": contribution(
        "OSAGI",
        `## Peace negotiations\n\n${paragraph}\n`,
      ),
    });
    const project = path.join(top, ":wps");
    renameSync(root, project);
    initRepo(top);
    commitAll(top, "first");
    writeFileSync(
      path.join(project, "contributions", "2004", "osagi.md"),
      contribution(
        "OSAGI",
        `## Peace negotiations\n\n${paragraph.replace("three", "four")}\n`,
      ),
    );
    commitAll(top, "second");
    const run = await runInProcess(["diff", "HEAD~1", "HEAD"], {
      cwd: project,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("four");
    expect(run.stdout).not.toMatch(/no changes/i);
  });
});
