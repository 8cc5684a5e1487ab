// Annexes through the real binary: a contribution naming an annex that
// does not exist gets the did-you-mean of an unknown section; an annex no
// one wrote is left out with a warning and the others are renumbered; the
// outline's annex entries are checked like its chapters.
import { describe, expect, it } from "vitest";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

const OUTLINE = `name: with-annexes
chapters:
  - id: introduction
    title: Introduction
annexes:
  - id: indicators
    title: Indicators of progress
    sections:
      - { id: prevention-indicators, title: Prevention }
      - { id: participation-indicators, title: Participation }
  - id: francophonie
    title: Information provided by regional organizations
    original_language: French
`;

function edition(files: Record<string, string>, outline = OUTLINE) {
  return makeEdition({
    "report.yaml": reportYaml({ template: "outline.yaml" }),
    "outline.yaml": outline,
    "unicef.md": contribution(
      "UNICEF",
      "## Introduction\n\nThe Fund reported on its work.\n",
    ),
    ...files,
  });
}

describe("an annex in validate and build", () => {
  it("a table in an annex too wide for the page is warned about, as one in a chapter is", async () => {
    const wide = Array.from(
      { length: 14 },
      () => "Counterinsurgencyoperations",
    );
    const { root } = edition({
      "dpko.md": contribution(
        "DPKO",
        [
          "## Information provided by regional organizations",
          "",
          "Table: Fourteen long words",
          "",
          `| ${wide.join(" | ")} |`,
          `| ${wide.map(() => "---").join(" | ")} |`,
          `| ${wide.join(" | ")} |`,
          "",
        ].join("\n"),
      ),
    });
    const result = await runBin(["validate", "--format", "json"], {
      cwd: root,
    });
    expect(result.stdout).toMatch(/"ruleId": ?"style\/table-width"/);
  });

  it("a heading naming an unknown annex is an error with the closest annex title", async () => {
    const { root } = edition({
      "dpko.md": contribution(
        "DPKO",
        "## Information provided by regional organisations\n\nText for the annex.\n",
      ),
    });
    const result = await runBin(["validate"], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /contributions\/2004\/dpko\.md\n {2}6:1 +error +Unexpected heading `## Information provided by regional organisations`, expected an outline section \(did you mean `Information provided by regional organizations`\?\) +structure\/unknown-section/,
    );
    expect(result.stdout).toContain(
      "fix: Write `## Information provided by regional organizations`.",
    );
  });

  it("a YAML contribution writes to an annex section by key, and a misspelt key gets the same did-you-mean", async () => {
    const { root } = edition({
      "dpko.yaml": [
        "entity: DPKO",
        "year: 2004",
        "sections:",
        "  prevention-indicators: The first indicator counts early-warning reports.",
        "  Participaton: The second indicator counts negotiators.",
        "",
      ].join("\n"),
    });
    const result = await runBin(["validate"], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /Unexpected key `Participaton:` under `sections:`, expected an outline section \(did you mean `Participation`\?\)/,
    );
    expect(result.stdout).not.toContain("prevention-indicators");
  });

  it('an annex no one wrote is left out with a warning, and the one left is headed plain "Annex"', async () => {
    const { root } = edition({
      "dpko.md": contribution(
        "DPKO",
        "## Prevention\n\nThe first indicator counts early-warning reports.\n",
      ),
    });
    const validate = await runBin(["validate"], { cwd: root });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(
      /outline\.yaml\n(?: .*\n)*? {2}11:5 +warning +No contribution has text for annex "Information provided by regional organizations"; it is left out of the draft +merge\/empty-annex/,
    );
    expect(validate.stdout).toMatch(
      /warning {2}No contribution has text for section "Participation"; it is left out of the draft {2}merge\/empty-section/,
    );
    const strict = await runBin(["validate", "--strict"], { cwd: root });
    expect(strict.code).toBe(1);
    const build = await runBin(["build", "--format", "txt", "--out", "-"], {
      cwd: root,
    });
    expect(build.stdout).toContain(
      "\nAnnex\n\nIndicators of progress\n\nA. Prevention\n\nAnnex, 1. (6 words)\nThe first indicator counts early-warning reports.\n",
    );
    expect(build.stdout).not.toContain("Annex I");
    expect(build.stdout).not.toContain("regional");
  });

  it("report.yaml can silence the empty-annex warning like any rule", async () => {
    const { root } = makeEdition({
      "report.yaml": reportYaml({
        template: "outline.yaml",
        extra: "rules:\n  merge/empty-annex: off\n  merge/empty-section: off",
      }),
      "outline.yaml": OUTLINE,
      "unicef.md": contribution("UNICEF", "## Introduction\n\nText.\n"),
    });
    const result = await runBin(["validate"], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("annex");
  });

  it("an annex's original language the same as the report's prints no [Original: …] line", async () => {
    const { root } = edition(
      {
        "dpko.md": contribution(
          "DPKO",
          "## Information provided by regional organizations\n\nThe Organization trained mediators.\n",
        ),
      },
      OUTLINE.replace(
        "original_language: French",
        "original_language: english",
      ),
    );
    const build = await runBin(["build", "--format", "txt", "--out", "-"], {
      cwd: root,
    });
    expect(build.stdout).toContain(
      "\nAnnex\n\nInformation provided by regional organizations\n\nAnnex, 1. (4 words)\n",
    );
    expect(build.stdout).not.toContain("[Original:");
  });

  it("outline errors: an annex id used twice, an unknown key in an annex (exit 2, file:line)", async () => {
    const twice = edition(
      {},
      OUTLINE.replace("id: francophonie", "id: introduction"),
    );
    const duplicate = await runBin(["validate"], { cwd: twice.root });
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toMatch(
      /outline\.yaml:\d+:\d+.*The id `introduction` is used twice in the outline/,
    );
    expect(duplicate.stderr).toContain(
      "Give every chapter, annex and section its own id.",
    );
    const unknown = edition(
      {},
      OUTLINE.replace("original_language: French", "orginal_language: French"),
    );
    const result = await runBin(["validate"], { cwd: unknown.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/orginal_language/);
    expect(result.stderr).toMatch(/original_language/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("the outline's annexes are checked like its chapters", () => {
  it("an annex section whose title a chapter's section has too is refused: no heading could tell them apart", async () => {
    const outline = OUTLINE.replace(
      "    title: Introduction\n",
      "    title: Introduction\n    sections:\n      - { id: prevention, title: Prevention }\n      - { id: protection, title: Protection }\n",
    );
    const { root } = edition({}, outline);
    const result = await runBin(["validate"], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /outline\.yaml:12:9: The heading `Prevention` could name two places of the outline: `prevention` and `prevention-indicators`/,
    );
    expect(result.stderr).toContain('e.g. "Prevention indicators"');
  });

  it("a lone section in an annex is flagged as in a chapter", async () => {
    const { root } = edition(
      {
        "dpko.md": contribution(
          "DPKO",
          "## Prevention\n\nThe first indicator counts early-warning reports.\n",
        ),
      },
      OUTLINE.replace(
        "      - { id: participation-indicators, title: Participation }\n",
        "",
      ),
    );
    const result = await runBin(["validate"], { cwd: root });
    expect(result.stdout).toMatch(
      /warning +Annex `Indicators of progress` has a lone section "A\. Prevention" with no "B\." +outline\/lone-section/,
    );
  });
});

describe("wps-report schema outline", () => {
  it("describes annexes with id, title, original_language and sections", async () => {
    const { root } = edition({});
    const result = await runBin(["schema", "outline"], { cwd: root });
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as {
      properties: {
        annexes: {
          items: { properties: Record<string, unknown>; required: string[] };
        };
      };
    };
    const annex = schema.properties.annexes.items;
    expect(Object.keys(annex.properties)).toEqual([
      "id",
      "title",
      "original_language",
      "sections",
    ]);
    expect(annex.required).toEqual(["id", "title"]);
  });
});
