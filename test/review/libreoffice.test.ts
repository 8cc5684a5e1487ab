import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/cli.js";
import { LINES, rx, sampleProject, type Project } from "./project.js";

// LibreOffice is the third-party writer here: a Python-UNO script turns on
// change tracking, edits, deletes and inserts paragraphs, edits a
// footnote, adds a comment and saves as DOCX. python3-uno is installed for
// the system Python, so the script runs with /usr/bin/python3.
const PYTHON = "/usr/bin/python3";
const SCRIPT = path.join(repoRoot, "test/review/fixtures/lo-review.py");
const hasSoffice =
  spawnSync("soffice", ["--version"], { timeout: 60_000 }).status === 0;
const hasUno =
  spawnSync(PYTHON, ["-c", "import uno"], { timeout: 30_000 }).status === 0;
const skip = !hasSoffice || !hasUno;
const why = !hasSoffice
  ? " (skipped: soffice not installed)"
  : !hasUno
    ? " (skipped: python3-uno not installed for /usr/bin/python3)"
    : "";

const EDITS = [
  { replace: ["adolescent girls", "girls and young women"] },
  { replace: ["The report builds on", "The report draws on"] },
  {
    replace: [
      "and on the report of the Secretary-General on women",
      "and on the earlier report of the Secretary-General on women",
    ],
  },
  { replace: ["on an equal footing", "as equals"] },
  { delete_paragraph: "Drawing on that experience, UNICEF supports" },
  {
    insert_after: [
      "can be identified early.",
      "A new paragraph added by the reviewer.",
    ],
  },
  {
    footnote_replace: [
      "available from the Division",
      "available on request from the Division",
    ],
  },
  {
    comment: [
      "back-to-school campaign",
      "Please give the source of these figures.",
      "Ann Checker",
    ],
  },
];

let project: Project;

beforeAll(async () => {
  if (skip) return;
  project = await sampleProject("wps-review-lo-");
  writeFileSync(path.join(project.dir, "edits.json"), JSON.stringify(EDITS));
  const reviewed = spawnSync(
    PYTHON,
    [SCRIPT, "draft.docx", "reviewed.docx", "edits.json"],
    { cwd: project.dir, timeout: 240_000, encoding: "utf8" },
  );
  if (reviewed.status !== 0)
    throw new Error(`the LibreOffice review failed: ${reviewed.stderr}`);
}, 300_000);

afterAll(() => {
  if (project !== undefined)
    rmSync(project.dir, { recursive: true, force: true });
});

describe.skipIf(skip)(`a draft reviewed in LibreOffice${why}`, () => {
  it("is listed change by change, with LibreOffice's author, and the comment", async () => {
    const result = await project.run(["review", "reviewed.docx"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Review of S\/2004\/814 \(2004\): 7 tracked changes, 1 comment$/m,
    );
    expect(result.stdout).toMatch(
      rx`para\. \d+ \(contributions\/2004\/unicef\.md:${LINES.unicefAdolescent}\), Reviewer One, \d{4}-\d\d-\d\d: replaced "adolescent girls" with "girls and young women"`,
    );
    expect(result.stdout).toMatch(
      rx`unicef\.md:${LINES.unicefDrawing}\), Reviewer One, .*: deleted the paragraph: "Drawing on that experience`,
    );
    expect(result.stdout).toMatch(
      rx`after para\. \d+ \(contributions\/2004\/unicef\.md:${LINES.unicefEducation}\), Reviewer One, .*: added a paragraph: "A new paragraph added by the reviewer\."`,
    );
    expect(result.stdout).toMatch(
      rx`note \d+ \(contributions\/2004\/daw\.md:${LINES.dawNote}\), Reviewer One`,
    );
    expect(result.stdout).toMatch(
      rx`comment on para\. \d+ \(contributions\/2004\/unicef\.md:${LINES.unicefAfghanistan}\), Ann Checker: "Please give the source of these figures\."`,
    );
  });

  it("round-trips: review --apply, then build gives the reviewed text", async () => {
    const applied = await project.run(["review", "reviewed.docx", "--apply"]);
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(0);
    expect(applied.stdout).not.toContain("Not applied");
    expect(applied.stdout).toContain("Open comments (1), never applied:");
    const built = await project.run(["build", "--out", "rebuilt.docx"]);
    expect(built.code).toBe(0);
    const rebuilt = await project.run(["textconv", "rebuilt.docx"]);
    const wanted = await project.run(["textconv", "reviewed.docx"]);
    expect(rebuilt.stdout).toBe(wanted.stdout);
    expect(rebuilt.stdout).toContain("A new paragraph added by the reviewer.");
  }, 60_000);
});
