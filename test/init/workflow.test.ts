// The workflow `init` writes, read as GitHub would and its shell steps run
// as a pull request's job would run them: in a real git repository whose
// HEAD is the pull request merged into its base, with the real binary in
// place of `node bin/wps-report.js`.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { parse } from "yaml";
import { workflowYaml } from "../../src/init/workflow.js";
import { docxToText } from "../../src/textconv/index.js";
import { binPath } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, initRepo } from "../helpers/git-repo.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { env: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(workflowYaml("", "node bin/wps-report.js")) as Workflow;
const job = workflow.jobs["validate"];
const steps = job?.steps ?? [];
const named = (name: string) => steps.find((s) => s.name === name);

describe("the pull request workflow", () => {
  it("runs on pull requests with a read-only token", () => {
    expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(
      steps.find((s) => s.uses?.startsWith("actions/checkout"))?.with,
    ).toMatchObject({ "fetch-depth": 0, "persist-credentials": false });
  });

  it("validates, then shows the draft diff and uploads the drafts even when validation failed", () => {
    expect(steps.map((s) => s.name ?? s.uses ?? s.run)).toEqual([
      "actions/checkout@v4",
      "actions/setup-node@v4",
      "npm ci",
      "Check the contributions",
      "Show the change to the report",
      "Build the drafts",
      "actions/upload-artifact@v4",
    ]);
    expect(named("Check the contributions")?.run).toBe(
      "node bin/wps-report.js validate --format github",
    );
    for (const step of steps.slice(4))
      expect(step.if).toBe("${{ !cancelled() }}");
    const upload = steps.at(-1);
    expect(upload?.with).toMatchObject({
      path: "${{ runner.temp }}/wps-report/",
    });
    // No expression from the event is pasted into a shell script: values reach it as environment variables.
    for (const step of steps) expect(step.run ?? "").not.toContain("${{");
    expect(job?.env["BASE_SHA"]).toBe(
      "${{ github.event.pull_request.base.sha }}",
    );
  });

  it("puts the change to the report into the job summary and writes the DOCX, HTML and diff artifacts", () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "## Humanitarian assistance\n\nUNICEF supported the return of girls to school in three districts.\n",
      ),
    });
    initRepo(edition.root);
    commitAll(edition.root, "base");
    const base = execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: edition.root,
      encoding: "utf8",
    }).trim();
    writeFileSync(
      path.join(edition.editionPath, "unicef.md"),
      contribution(
        "UNICEF",
        "## Humanitarian assistance\n\nUNICEF supported the return of girls to school in five districts.\n",
      ),
    );
    commitAll(edition.root, "the pull request");

    const temp = mkdtempSync(path.join(tmpdir(), "wps-runner-"));
    onTestFinished(() => rmSync(temp, { recursive: true, force: true }));
    const summary = path.join(temp, "summary.md");
    writeFileSync(summary, "");
    for (const name of ["Show the change to the report", "Build the drafts"]) {
      const script = (named(name)?.run ?? "").replaceAll(
        "node bin/wps-report.js",
        `"${process.execPath}" "${binPath}"`,
      );
      // As Actions runs a `run:` step: bash -eo pipefail.
      execFileSync(
        "bash",
        ["--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        {
          cwd: edition.root,
          env: {
            ...process.env,
            NO_COLOR: "1",
            BASE_SHA: base,
            RUNNER_TEMP: temp,
            GITHUB_STEP_SUMMARY: summary,
          },
          stdio: "pipe",
        },
      );
    }
    const shown = readFileSync(summary, "utf8");
    expect(shown).toMatch(/^### Changes to the draft\n/);
    expect(shown).toContain("<del>three</del><ins>five</ins>");
    const out = path.join(temp, "wps-report");
    expect(docxToText(readFileSync(path.join(out, "draft.docx")))).toContain(
      "in five districts",
    );
    expect(readFileSync(path.join(out, "draft.html"), "utf8")).toContain(
      "in five districts",
    );
    expect(readFileSync(path.join(out, "draft-diff.html"), "utf8")).toContain(
      "<del>three</del><ins>five</ins>",
    );
    expect(existsSync(path.join(edition.root, "drafts"))).toBe(false);
  });
});
