import { execFileSync } from "node:child_process";
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
import { parse } from "yaml";
import { describe, expect, it, onTestFinished } from "vitest";
import { shiftYears } from "../../src/init/next-report-yaml.js";
import type { EditionStatus } from "../../src/status/types.js";
import { repoRoot, runBin, runInProcess } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, git, initRepo } from "../helpers/git-repo.js";
import { hashTree } from "../helpers/tree-hash.js";

/** A temporary copy of the repository's sample edition and templates, as a git repository. */
function sampleCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), "wps-init-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const folder of ["contributions", "templates"])
    cpSync(path.join(repoRoot, folder), path.join(root, folder), {
      recursive: true,
    });
  return root;
}

interface Roster {
  entities: {
    code: string;
    kind: string;
    focal_point?: { github?: string; email?: string };
  }[];
}

const read = (root: string, file: string) =>
  readFileSync(path.join(root, file), "utf8");

describe("wps-report init 2005", () => {
  it("starts an edition that validates, with CI, CODEOWNERS and the DOCX diff driver", async () => {
    const root = sampleCopy();
    initRepo(root);
    commitAll(root, "2004");
    const run = await runInProcess(["init", "2005"], { cwd: root });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Started contributions\/2005 from contributions\/2004 \(\d+ entities on the roster\):/,
    );

    // The new edition validates: no contributions yet, so exit 0 and everyone missing.
    const validate = await runInProcess(
      ["validate", "--edition", "contributions/2005"],
      { cwd: root },
    );
    expect(validate.code).toBe(0);
    expect(validate.stdout).not.toMatch(/\berror\b/);
    const status = await runInProcess(["status", "--json"], { cwd: root });
    const json = JSON.parse(status.stdout) as EditionStatus;
    expect(json.dir).toBe("contributions/2005");
    expect(json.rows.every((r) => r.state === "missing")).toBe(true);

    // report.yaml: the roster carried over, a year on.
    const before = parse(
      read(root, "contributions/2004/report.yaml"),
    ) as Roster & Record<string, unknown>;
    const after = parse(
      read(root, "contributions/2005/report.yaml"),
    ) as Roster & Record<string, unknown>;
    expect(after).toMatchObject({
      year: 2005,
      symbol: "S/2005/...",
      date: "2005-10-13",
      deadline: "2005-07-31",
      template: before["template"],
      title: before["title"],
      word_limit: before["word_limit"],
      contribution_word_limit: before["contribution_word_limit"],
    });
    expect(after).not.toHaveProperty("job_number");
    expect(after.entities).toEqual(before.entities);
    expect(read(root, "contributions/2005/report.yaml")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/schema\/report\.schema\.json\n/,
    );

    // The workflow is valid YAML: validate --format github on pull requests, full history.
    const workflow = parse(read(root, ".github/workflows/wps-report.yml")) as {
      on: Record<string, unknown>;
      jobs: Record<
        string,
        {
          steps: {
            uses?: string;
            run?: string;
            with?: Record<string, unknown>;
          }[];
        }
      >;
    };
    expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
    const steps = Object.values(workflow.jobs)[0]?.steps ?? [];
    expect(
      steps.find((s) => s.uses?.startsWith("actions/checkout"))?.with,
    ).toMatchObject({
      "fetch-depth": 0,
    });
    // The project's own wps-report, never npx (which could run a broken copy from npm's cache).
    expect(
      steps
        .map((s) => s.run)
        .filter(Boolean)
        .slice(0, 2),
    ).toEqual([
      "npm ci",
      "node_modules/.bin/wps-report validate --format github",
    ]);
    expect(JSON.stringify(steps)).not.toContain("npx");

    // CODEOWNERS: a line per focal point with a handle; the task manager owns report.yaml and templates.
    const codeowners = read(root, ".github/CODEOWNERS");
    const taskManager = before.entities.find((e) => e.kind === "task-manager")
      ?.focal_point?.github;
    expect(taskManager).toBeDefined();
    expect(codeowners).toContain(
      `/contributions/2005/report.yaml @${taskManager}`,
    );
    expect(codeowners).toContain(`/templates/ @${taskManager}`);
    const withHandle = before.entities.filter(
      (e) => e.focal_point?.github !== undefined,
    );
    expect(withHandle.length).toBeGreaterThan(0);
    // The task manager co-owns every contribution: GitHub does not let authors approve their own pull requests.
    for (const entity of withHandle)
      expect(codeowners).toContain(
        entity.kind === "task-manager"
          ? `/contributions/2005/${entity.code.toLowerCase()}.* @${taskManager}\n`
          : `/contributions/2005/${entity.code.toLowerCase()}.* @${entity.focal_point?.github} @${taskManager}\n`,
      );
    expect(run.stdout).toContain(
      `own their file together with the task manager (@${taskManager})`,
    );
    const fileLines = codeowners
      .split("\n")
      .filter((l) => /^\/contributions\/2005\/[^/]+\.\* /.test(l));
    expect(fileLines).toHaveLength(withHandle.length);

    // git diff of DOCX files goes through wps-report textconv.
    expect(read(root, ".gitattributes")).toContain("*.docx diff=wps-report\n");
    expect(
      git(root, ["config", "--get", "diff.wps-report.textconv"]).trim(),
    ).toBe("node_modules/.bin/wps-report textconv --git-driver");
    expect(read(root, "schema/contribution.schema.json")).toBe(
      (await runInProcess(["schema", "contribution"], { cwd: root })).stdout,
    );
  });

  it("a second init 2005 exits 2 and changes nothing", async () => {
    const root = sampleCopy();
    initRepo(root);
    expect((await runInProcess(["init", "2005"], { cwd: root })).code).toBe(0);
    const before = hashTree(root);
    const again = await runInProcess(["init", "2005"], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      "contributions/2005 already exists; wps-report init never overwrites an edition",
    );
    expect(hashTree(root)).toBe(before);
  });

  it("updates an existing .gitattributes and CODEOWNERS without losing a line, and keeps an existing workflow", async () => {
    const { root } = makeEdition({
      "report.yaml": reportYaml({
        entities: [
          "  - { code: OSAGI, name: Office of the Special Adviser, kind: task-manager, focal_point: { github: '@tm' } }",
          "  - { code: DPKO, name: Department of Peacekeeping Operations, kind: member, focal_point: { name: I. S., github: isolvang } }",
          "  - { code: UNICEF, name: United Nations Children's Fund, kind: member }",
        ].join("\n"),
        extra:
          "rules:\n  footnotes/repeated-reference: off\njob_number: 04-53453 (E)\n",
      }),
      "dpko.md": contribution("DPKO", "## Peacekeeping operations\n\nText.\n"),
      "/.gitattributes": "*.png binary",
      "/.github/CODEOWNERS": "* @owner\n",
      "/.github/workflows/wps-report.yml": "name: mine\n",
    });
    initRepo(root);
    const run = await runInProcess(["init", "2005"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/updated +\.gitattributes/);
    expect(run.stdout).toMatch(/kept +\.github\/workflows\/wps-report\.yml/);
    expect(run.stdout).toContain("no GitHub handle for UNICEF");
    expect(read(root, ".gitattributes")).toBe(
      "*.png binary\n*.docx diff=wps-report\n",
    );
    expect(read(root, ".github/workflows/wps-report.yml")).toBe("name: mine\n");
    expect(read(root, ".github/CODEOWNERS")).toBe(
      [
        "* @owner",
        "",
        "# >>> wps-report contributions/2005",
        "# Written by `wps-report init 2005` from the roster in contributions/2005/report.yaml:",
        "# each contribution goes to its focal point's GitHub handle and the task manager (authors cannot approve",
        "# their own pull requests); the rest to the task manager.",
        "/contributions/2005/ @tm",
        "/contributions/2005/report.yaml @tm",
        "/templates/ @tm",
        "/contributions/2005/osagi.* @tm",
        "/contributions/2005/dpko.* @isolvang @tm",
        "# <<< wps-report contributions/2005",
        "",
      ].join("\n"),
    );
    const next = parse(read(root, "contributions/2005/report.yaml")) as Record<
      string,
      unknown
    >;
    expect(next["rules"]).toEqual({ "footnotes/repeated-reference": "off" });
    expect(next).not.toHaveProperty("job_number");

    // 2006 from 2005: .gitattributes already right, CODEOWNERS gains a block for 2006.
    const later = await runInProcess(["init", "2006"], { cwd: root });
    expect(later.code).toBe(0);
    expect(later.stdout).toMatch(/unchanged +\.gitattributes/);
    expect(read(root, ".gitattributes")).toBe(
      "*.png binary\n*.docx diff=wps-report\n",
    );
    const owners = read(root, ".github/CODEOWNERS");
    expect(owners).toContain("# >>> wps-report contributions/2005");
    expect(owners).toContain("/contributions/2006/dpko.* @isolvang @tm");
    expect(parse(read(root, "contributions/2006/report.yaml"))).toMatchObject({
      year: 2006,
      date: "2006-10-13",
    });
  });

  it("outside git, writes the files and says how to set up the diff driver later", async () => {
    const { root } = makeEdition({ "report.yaml": reportYaml() });
    const run = await runInProcess(["init", "2005"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("not a git repository yet; after `git init`");
    expect(read(root, ".gitattributes")).toBe("*.docx diff=wps-report\n");
  });

  it("in a repository whose report lives in a subfolder, CI and CODEOWNERS point into it", async () => {
    const top = mkdtempSync(path.join(tmpdir(), "wps-init-sub-"));
    onTestFinished(() => rmSync(top, { recursive: true, force: true }));
    const root = path.join(top, "wps");
    mkdirSync(path.join(root, "contributions/2004"), { recursive: true });
    writeFileSync(
      path.join(root, "contributions/2004/report.yaml"),
      reportYaml({
        entities:
          "  - { code: OSAGI, name: Office, kind: task-manager, focal_point: { github: tm } }",
      }),
    );
    // wps-report's own repository (a clone of it), as the README sets up.
    writeFileSync(
      path.join(root, "package.json"),
      JSON.stringify({ name: "wps-report" }),
    );
    initRepo(top);
    expect((await runInProcess(["init", "2005"], { cwd: root })).code).toBe(0);
    const workflow = parse(read(top, ".github/workflows/wps-report.yml")) as {
      jobs: {
        validate: {
          defaults: { run: { "working-directory": string } };
          steps: { run?: string }[];
        };
      };
    };
    expect(workflow.jobs.validate.defaults.run["working-directory"]).toBe(
      "wps",
    );
    expect(workflow.jobs.validate.steps.map((s) => s.run)).toContain(
      "node bin/wps-report.js validate --format github",
    );
    expect(read(top, ".github/CODEOWNERS")).toContain(
      "/wps/contributions/2005/report.yaml @tm",
    );
    expect(read(top, ".gitattributes")).toBe("*.docx diff=wps-report\n");
    expect(
      execFileSync("git", ["config", "--get", "diff.wps-report.textconv"], {
        cwd: top,
        encoding: "utf8",
      }).trim(),
    ).toBe("node wps/bin/wps-report.js textconv --git-driver");
  });

  it("replaces the npx textconv that older versions set", async () => {
    const root = sampleCopy();
    initRepo(root);
    git(root, [
      "config",
      "diff.wps-report.textconv",
      "npx --no-install wps-report textconv",
    ]);
    expect((await runInProcess(["init", "2005"], { cwd: root })).code).toBe(0);
    expect(
      git(root, ["config", "--get", "diff.wps-report.textconv"]).trim(),
    ).toBe("node_modules/.bin/wps-report textconv --git-driver");
  });

  it("refuses a year that is not four digits", async () => {
    const { root } = makeEdition({ "report.yaml": reportYaml() });
    const run = await runInProcess(["init", "05"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "Unexpected year `05`, expected four digits such as 2005",
    );
  });
});

describe("wps-report init in a repository without an edition, or for an older year", () => {
  it("starts the first edition, which validates, and then status and new work", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "wps-first-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    initRepo(root);
    const run = await runBin(["init", "2005"], { cwd: root });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Started contributions/2005, the first edition of this repository",
    );
    const config = parse(read(root, "contributions/2005/report.yaml")) as {
      year: number;
      symbol: string;
      entities: { code: string; kind: string }[];
    };
    expect(config).toMatchObject({ year: 2005, symbol: "S/2005/..." });
    expect(config.entities).toEqual([
      expect.objectContaining({ code: "OSAGI", kind: "task-manager" }),
    ]);
    expect(read(root, ".gitattributes")).toContain("*.docx diff=wps-report");
    const validate = await runBin(["validate"], { cwd: root });
    expect(validate.code).toBe(0);
    const status = await runBin(["status", "--json"], { cwd: root });
    expect(
      (JSON.parse(status.stdout) as EditionStatus).rows.map((r) => r.code),
    ).toEqual(["OSAGI"]);
  });

  it("asks for --force to start a year older than the newest edition", async () => {
    const { root } = makeEdition({ "report.yaml": reportYaml() });
    initRepo(root);
    const before = hashTree(root);
    const refused = await runBin(["init", "2003"], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "2003 is older than the newest edition, contributions/2004",
    );
    expect(refused.stderr).toContain("--force");
    expect(hashTree(root)).toBe(before);
    const forced = await runBin(["init", "2003", "--force"], { cwd: root });
    expect(forced.code).toBe(0);
    expect(parse(read(root, "contributions/2003/report.yaml"))).toMatchObject({
      year: 2003,
      date: "2003-10-13",
    });
  });
});

describe("shiftYears", () => {
  it("moves a date on by whole years; 29 February becomes 28 February", () => {
    expect(shiftYears("2004-10-13", 1)).toBe("2005-10-13");
    expect(shiftYears("2004-02-29", 1)).toBe("2005-02-28");
    expect(shiftYears("2004-02-29", 4)).toBe("2008-02-29");
  });
});
