// The JSON of `build --json`, `diff --json` and `status --json` is shaped
// by core functions (the commands only print it): their shape is pinned
// here, key by key, so a change to it is a decision, not an accident.
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport, type BuildResult } from "../../src/build-report.js";
import { blockedBuildJson, buildSummaryJson } from "../../src/build-summary.js";
import { diffReports } from "../../src/diff/index.js";
import { diffJson } from "../../src/diff/json.js";
import { computeStatus } from "../../src/status/compute-status.js";
import { shownReminders, statusJson } from "../../src/status/json.js";
import { repoRoot } from "../helpers/cli.js";
import { revisedSample } from "../helpers/revised-sample.js";
import { sampleReport } from "../helpers/sample-report.js";

const dir = "contributions/2004";
// Paths print from the current directory: here the edition folder.
const where = { root: repoRoot, cwd: `${repoRoot}/${dir}` };

let sample: BuildResult;
beforeAll(async () => {
  sample = await buildReport(repoRoot, dir);
}, 60_000);

describe("build --json", () => {
  it("counts an annex's paragraphs apart, since each annex numbers from 1", async () => {
    const annexes = await buildReport(
      `${repoRoot}/test/fixtures/annexes`,
      "contributions/2010",
    );
    const json = buildSummaryJson(annexes, {
      skipped: [],
      format: "docx",
      output: null,
      where,
    });
    // Body 1..3; Annex I 1..3 and Annex II 1..2.
    expect(json.paragraphs).toBe(3);
    expect(json.annexParagraphs).toBe(5);
    expect(
      buildSummaryJson(sample, {
        skipped: [],
        format: "docx",
        output: null,
        where,
      }).annexParagraphs,
    ).toBe(0);
  });

  it("a written draft: output, counts, words per chapter, nothing left out", () => {
    const json = buildSummaryJson(sample, {
      skipped: [],
      format: "docx",
      output: "drafts/2004/S-2004-814.docx",
      where,
    });
    expect(Object.keys(json)).toEqual([
      "output",
      "format",
      "paragraphs",
      "annexParagraphs",
      "footnotes",
      "contributors",
      "words",
      "built",
      "complete",
      "skipped",
      "errors",
      "warnings",
      "silenced",
    ]);
    expect(json).toMatchObject({
      output: "drafts/2004/S-2004-814.docx",
      format: "docx",
      built: true,
      complete: true,
      skipped: [],
      errors: 0,
      footnotes: sample.report.footnotes.length,
      contributors: sample.report.contributors.length,
      words: { limit: sample.edition.config.wordLimit },
    });
    expect(json.paragraphs).toBeGreaterThan(0);
    expect(json.words.chapters.map((c) => c.numeral)).toEqual(
      sample.report.chapters.map((c) => c.numeral),
    );
    expect(Object.keys(json.words.chapters[0] ?? {})).toEqual([
      "numeral",
      "title",
      "words",
    ]);
    // The total counts the masthead too, so it is at least the chapters' sum.
    expect(json.words.total).toBeGreaterThanOrEqual(
      json.words.chapters.reduce((sum, c) => sum + c.words, 0),
    );
  });

  it("a blocked draft: no output, the diagnostics as validate --json gives them, skipped files with their own", () => {
    const file = `${dir}/unicef.md`;
    const diagnostic = {
      ruleId: "front-matter/missing-key",
      severity: "error" as const,
      file,
      line: 1,
      column: 1,
      message: "Missing key `year`",
    };
    const json = blockedBuildJson(
      { ...sample, diagnostics: [diagnostic], silenced: [] },
      [{ file, entity: "UNICEF", diagnostics: [diagnostic] }],
      where,
    );
    expect(json).toMatchObject({ output: null, built: false });
    expect(json.skipped).toHaveLength(1);
    expect(json.skipped[0]).toMatchObject({
      file: "unicef.md",
      entity: "UNICEF",
    });
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(["output", "built", "diagnostics", "skipped"]),
    );
  });
});

describe("diff --json", () => {
  const diff = diffReports(sampleReport(), revisedSample());
  const revision = {
    name: "HEAD",
    commit: "0123456789abcdef0123456789abcdef01234567",
    date: "2004-09-01T10:00:00Z",
  };

  it("names both sides, counts the changes by kind and by entity, lists each change", () => {
    const json = diffJson(
      { revision, leftOut: [] },
      {
        leftOut: [{ file: `${dir}/dpko.md`, entity: "DPKO", errors: 2 }],
      },
      { changes: diff.changes, stat: false, redline: null, where },
    );
    expect(Object.keys(json)).toEqual([
      "from",
      "to",
      "summary",
      "byEntity",
      "leftOut",
      "changes",
      "redline",
    ]);
    expect(json.from).toEqual({
      revision: "HEAD",
      commit: revision.commit,
      date: revision.date,
      workingTree: false,
    });
    expect(json.to).toEqual({ revision: null, workingTree: true });
    expect(json.leftOut).toEqual({
      from: [],
      to: [{ file: "dpko.md", entity: "DPKO", errors: 2 }],
    });
    const { summary } = json;
    expect(summary.changes).toBe(diff.changes.length);
    expect(
      summary.changed + summary.added + summary.removed + summary.moved,
    ).toBe(summary.changes);
    expect(json.changes).toHaveLength(diff.changes.length);
  });

  it("--stat and --entity: counts only, and the entity named", () => {
    const json = diffJson(
      { leftOut: [] },
      { leftOut: [] },
      {
        changes: diff.changes,
        entity: "UNDP",
        stat: true,
        redline: "redline.docx",
        where,
      },
    );
    expect(json).toMatchObject({
      entity: "UNDP",
      changes: [],
      redline: "redline.docx",
    });
    expect(Object.keys(json)).toContain("entity");
  });
});

describe("status --json", () => {
  it("the status with paths from the current directory, and the circulated drafts", () => {
    const status = computeStatus({
      edition: sample.edition,
      diagnostics: sample.diagnostics,
      silenced: sample.silenced,
      today: "2004-07-20",
      report: sample.report,
    });
    const shown = (file: string) => `shown:${file}`;
    const circulated = { drafts: [], changedSinceLatest: [] };
    const json = statusJson(status, circulated, shown);
    expect(Object.keys(json)).toEqual([...Object.keys(status), "circulated"]);
    expect(json.circulated).toBe(circulated);
    const filed = json.rows.filter((r) => r.file !== undefined);
    expect(filed.length).toBeGreaterThan(0);
    for (const row of filed) expect(row.file).toMatch(/^shown:contributions\//);

    const reminders = shownReminders(status, sample.edition.config, shown);
    for (const entry of reminders.entries)
      if (entry.file !== undefined) expect(entry.file).toMatch(/^shown:/);
  });
});
