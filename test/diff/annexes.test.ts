// An annex numbers its paragraphs from 1, so its paragraph 1 must never be
// taken for the body's: diff names it "Annex II, paragraph 1", the redline
// restarts its numbers, and review places a reviewer's change in it as
// "Annex II, para. 1" in the file that wrote it. On test/fixtures/annexes.
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { diffReports } from "../../src/diff/index.js";
import { formatDiffText } from "../../src/diff/format-text.js";
import { renderRedline } from "../../src/diff/redline/index.js";
import type { Inline, Report, ReportBlock } from "../../src/model.js";
import { renderText } from "../../src/render/text.js";
import { docxToText } from "../../src/textconv/index.js";
import { repoRoot, runBin } from "../helpers/cli.js";
import { commitAll, initRepo } from "../helpers/git-repo.js";
import { validateDocx, validatorMissing } from "../helpers/validate-docx.js";
import {
  closeDocx,
  openDocx,
  trackReplace,
  xmlPart,
} from "../review/word-markup.js";

const ROOT = path.join(repoRoot, "test/fixtures/annexes");
const DIR = "contributions/2010";

let before: Report;

beforeAll(async () => {
  before = (await buildReport(ROOT, DIR, { cache: false })).report;
});

/** The report with one paragraph's text replaced. */
function edited(
  report: Report,
  pick: (report: Report) => ReportBlock | undefined,
  content: Inline[],
): Report {
  const copy = structuredClone(report);
  const block = pick(copy);
  if (block?.kind !== "paragraph") throw new Error("not a paragraph");
  block.content = content;
  return copy;
}

const text = (value: string): Inline[] => [{ type: "text", value }];

describe("diff with annexes", () => {
  it("names an annex paragraph by its annex, apart from the body's paragraph of the same number", () => {
    let after = edited(
      before,
      (r) => r.annexes?.[1]?.blocks[0],
      text("The Organization trained mediators from 14 member States."),
    );
    after = edited(after, (r) => r.chapters[0]?.blocks[0], [
      ...text(
        "The present report is submitted pursuant to the statement by the President of the Security Council requesting a yearly report.",
      ),
      { type: "footnote", number: 1 },
    ]);
    const { changes } = diffReports(before, after);
    expect(changes.map((c) => [c.type, c.place, c.section])).toEqual([
      ["changed", "paragraph 1", "I Introduction"],
      [
        "changed",
        "Annex II, paragraph 1",
        "Annex II Information provided by the International Organization of la Francophonie",
      ],
    ]);
    const printed = formatDiffText(changes, {
      fromLabel: "Draft 1",
      toLabel: "Draft 2",
      root: ROOT,
      cwd: ROOT,
    });
    expect(printed).toContain("Annex II, paragraph 1");
  });

  it("an annex added to the draft shows as its heading and paragraphs 1.. of that annex", () => {
    const fewer = structuredClone(before);
    fewer.annexes = before.annexes?.slice(0, 1) ?? [];
    const { changes } = diffReports(fewer, before);
    expect(changes.map((c) => `${c.type} ${c.what} ${c.place}`)).toEqual([
      "added heading Annex II",
      "added paragraph Annex II, paragraph 1",
      "added paragraph Annex II, paragraph 2",
    ]);
  });

  it("the redline numbers each annex from 1 again: accepted, it reads as the newer draft", async () => {
    const after = edited(
      before,
      (r) => r.annexes?.[0]?.sections[1]?.blocks[0],
      text("The third indicator measures the share of women negotiators."),
    );
    const redline = await renderRedline(diffReports(before, after), {
      date: "2010-09-30T10:00:00Z",
    });
    expect(docxToText(redline)).toBe(renderText(after));
    if (validatorMissing === undefined) {
      const folder = mkdtempSync(path.join(tmpdir(), "wps-annex-redline-"));
      try {
        const file = path.join(folder, "redline.docx");
        writeFileSync(file, redline);
        expect(validateDocx([file]).findings).toEqual([]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }
  });
});

describe("review with annexes", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "wps-annex-review-"));
    cpSync(path.join(ROOT, "contributions"), path.join(dir, "contributions"), {
      recursive: true,
    });
    initRepo(dir);
    commitAll(dir, "The 2010 contributions");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("places a tracked change in an annex paragraph as that annex's paragraph, in the file that wrote it", async () => {
    const built = await runBin(["build", "--out", "draft.docx"], { cwd: dir });
    expect(built.code).toBe(0);
    const parts = openDocx(
      new Uint8Array(readFileSync(path.join(dir, "draft.docx"))),
    );
    let document = xmlPart(parts, "word/document.xml");
    document = trackReplace(document, "12 member States", "14 member States");
    document = trackReplace(
      document,
      "requesting an annual report",
      "requesting a yearly report",
    );
    parts.set("word/document.xml", document);
    writeFileSync(path.join(dir, "reviewed.docx"), closeDocx(parts));
    const result = await runBin(["review", "reviewed.docx", "--json"], {
      cwd: dir,
    });
    expect(result.stderr).toBe("");
    const listing = JSON.parse(result.stdout) as {
      groups: {
        name: string;
        changes: { where: string; place: { file: string; line: number } }[];
      }[];
    };
    const where = listing.groups.flatMap((g) =>
      g.changes.map((c) => [c.where, `${c.place.file}:${c.place.line}`]),
    );
    expect(where).toEqual([
      ["para. 1", "contributions/2010/outline.yaml:8"],
      ["Annex II, para. 1", "contributions/2010/oif.md:8"],
    ]);
  });
});
