import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import {
  contributionDiagnostics,
  describe as describeDiagnostic,
} from "../helpers/validate.js";

const twoNotes =
  "## Peacekeeping operations\n\nOne.[^1]\n\n[^1]: Note.\n[^2]: Unused.\n";

describe("rule settings and disable comments", () => {
  it("report.yaml rules: turns a rule off, or raises a warning to an error, by id or by family", async () => {
    const off = await contributionDiagnostics({
      "report.yaml": reportYaml({ extra: "rules:\n  footnotes/unused: off\n" }),
      "unicef.md": contribution("UNICEF", twoNotes),
    });
    expect(off).toEqual([]);
    const family = await contributionDiagnostics({
      "report.yaml": reportYaml({ extra: "rules:\n  footnotes: warning\n" }),
      "unicef.md": contribution("UNICEF", twoNotes),
    });
    expect(family).toEqual([
      "unicef.md:11:1 warning footnotes/unused Footnote [^2] is defined but never referenced",
    ]);
  });

  it("a disable comment with a reason silences the next block only, and build lists it", async () => {
    const text = [
      "## Peacekeeping operations",
      "",
      "<!-- wps-report-disable structure/heading-level -- the heading quotes a title -->",
      "### Quoted heading",
      "",
      "### Not silenced",
      "",
    ].join("\n");
    const { root, dir } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", text),
    });
    const result = await buildReport(root, dir);
    const mine = result.diagnostics
      .filter((d) => d.file.endsWith("unicef.md"))
      .map((d) => describeDiagnostic(d, dir));
    expect(mine).toEqual([
      "unicef.md:11:1 error structure/heading-level Unexpected `###` heading, expected `##` headings only",
    ]);
    expect(
      result.silenced.map((s) => [
        s.diagnostic.ruleId,
        s.diagnostic.line,
        s.reason,
      ]),
    ).toEqual([["structure/heading-level", 9, "the heading quotes a title"]]);
  });

  it("a disable comment needs a reason and a known rule", async () => {
    const text =
      "## Peacekeeping operations\n\n<!-- wps-report-disable footnotes/unusd -->\nText.\n";
    expect(
      await contributionDiagnostics({
        "report.yaml": reportYaml(),
        "unicef.md": contribution("UNICEF", text),
      }),
    ).toEqual([
      "unicef.md:8:1 error suppression/missing-reason The disable comment for footnotes/unusd gives no reason",
      "unicef.md:8:1 warning suppression/unknown-rule Unknown rule `footnotes/unusd` in a disable comment (did you mean `footnotes/unused`?)",
    ]);
  });
});

describe("files in the edition folder", () => {
  it("reports every file it does not read, and unused images", async () => {
    const PNG = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "## Peacekeeping operations\n\nText.\n",
      ),
      "dpko.docx": "PK",
      "notes.txt": "x",
      "old/unicef.md": "x",
      "spare.png": PNG,
    });
    expect(diagnostics).toEqual([
      "dpko.docx:1:1 error file/unexpected Unexpected file `dpko.docx`, expected <entity>.md, <entity>.yaml, report.yaml or a PNG/JPEG image",
      "notes.txt:1:1 error file/unexpected Unexpected file `notes.txt`, expected <entity>.md, <entity>.yaml, report.yaml or a PNG/JPEG image",
      // A sub-folder may hold images (design.md, "Settled details"); a contribution there is not read.
      "old/unicef.md:1:1 error file/unexpected Unexpected file `unicef.md` inside `old/`, expected only PNG or JPEG images in a sub-folder of the edition",
      "spare.png:1:1 warning file/unused-image The image `spare.png` is not used by any contribution",
    ]);
  });

  it("warns about a lone section A in the outline", async () => {
    const outline =
      "name: lone\nchapters:\n  - id: introduction\n    title: Introduction\n  - id: work\n    title: Work\n    sections:\n      - { id: only, title: Only one }\n";
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml({ template: "outline.yaml" }),
      "outline.yaml": outline,
      "unicef.md": contribution(
        "UNICEF",
        "## Only one\n\nText.\n\n## Introduction\n\nIntro.\n",
      ),
    });
    expect(diagnostics).toEqual([
      'outline.yaml:8:9 warning outline/lone-section Chapter `Work` has a lone section "A. Only one" with no "B."',
    ]);
  });
});
