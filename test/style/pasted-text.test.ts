import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { hashTree } from "../helpers/tree-hash.js";

// Text as it arrives when a focal point pastes from Word, one pattern per line or two.
const body = [
  "## Peacekeeping operations", // 6
  "",
  "The missions supported:", // 8
  "• training of police;", // 9
  "• support to\u00a0women\u200b.", // 10
  "",
  "\tIn 2004, the missions trained many women police officers in the field.", // 12
  "",
  "Violence against women.¹ More text² here, on 10 km² of land.", // 14
  "",
  "(a) first;", // 16
  "(b) second.", // 17
  "",
  "1.\tNumbered by Word.", // 19
  "",
  "See [the site](www.un.org/women), [this](un.org), [that](https://un.org) and `• code`.", // 21
  "Resolution 1325\u00a0(2000) keeps its space.", // 22
  "",
  "¹ The first note.", // 24
  "",
].join("\n");

// What --fix must leave: the certain changes made, everything else as it was.
const fixedBody = [
  "## Peacekeeping operations",
  "",
  "The missions supported:",
  "- training of police;",
  "- support to women.",
  "",
  "In 2004, the missions trained many women police officers in the field.",
  "",
  "Violence against women.[^1] More text² here, on 10 km² of land.",
  "",
  "- first;",
  "- second.",
  "",
  "1.\tNumbered by Word.",
  "",
  "See [the site](https://www.un.org/women), [this](https://un.org), [that](https://un.org) and `• code`.",
  "Resolution 1325\u00a0(2000) keeps its space.",
  "",
  "[^1]: The first note.",
  "",
].join("\n");

interface Found {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

async function findings(root: string): Promise<string[]> {
  const run = await runBin(["validate", "--format", "json"], { cwd: root });
  const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Found[] };
  return diagnostics
    .filter((d) => d.file.startsWith("contributions/"))
    .map(
      (d) => `${path.posix.basename(d.file)}:${d.line}:${d.column} ${d.ruleId}`,
    );
}

describe("text pasted from Word, through the real binary", () => {
  it("reports each pasted pattern with its rule, line and column", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "dpko.md": contribution("DPKO", body),
    });
    expect(await findings(edition.root)).toEqual([
      "dpko.md:9:1 style/pasted-bullet",
      "dpko.md:10:1 style/pasted-bullet",
      "dpko.md:10:13 style/invisible-character",
      "dpko.md:10:19 style/invisible-character",
      "dpko.md:12:1 style/indented-paragraph",
      "dpko.md:14:24 style/pasted-note-mark",
      "dpko.md:14:35 style/pasted-note-mark",
      "dpko.md:16:1 style/typed-numbering",
      "dpko.md:17:1 style/typed-numbering",
      "dpko.md:19:1 style/typed-numbering",
      "dpko.md:21:16 style/link-without-scheme",
      "dpko.md:21:42 style/link-without-scheme",
      "dpko.md:24:1 style/pasted-note-mark",
    ]);
  });

  it("speaks plainly: no code blocks, no fences, the draft's damage named", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "dpko.md": contribution("DPKO", body),
    });
    const run = await runBin(["validate"], { cwd: edition.root });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/code block|fence|```|CommonMark/i);
    expect(run.stdout).toContain(
      "This paragraph starts with a tab, so the draft would print it as computer code",
    );
    expect(run.stdout).toContain(
      "a bullet pasted from Word is a plain character here, so the list would run on as one paragraph in the draft",
    );
  });

  it("--fix-dry-run writes nothing; --fix makes the certain changes and leaves the rest", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "dpko.md": contribution("DPKO", body),
    });
    const file = path.join(edition.editionPath, "dpko.md");
    const before = hashTree(edition.editionPath);
    const dry = await runBin(["validate", "--fix-dry-run"], {
      cwd: edition.root,
    });
    expect(dry.stdout).toContain("--fix would fix 11 problems");
    expect(hashTree(edition.editionPath)).toBe(before);

    await runBin(["validate", "--fix"], { cwd: edition.root });
    expect(readFileSync(file, "utf8")).toBe(contribution("DPKO", fixedBody));
    // What needs the author's judgement is still reported.
    expect(await findings(edition.root)).toEqual([
      "dpko.md:14:38 style/pasted-note-mark",
      "dpko.md:19:1 style/typed-numbering",
    ]);
  });

  it("in a .yaml contribution, fixes the lines of a `key: |` text and advises in YAML's terms", async () => {
    const yaml = [
      "entity: UNICEF", // 1
      "year: 2004",
      "sections:",
      "  Peacekeeping operations: |", // 4
      "    The Fund supported:", // 5
      "    • schools;", // 6
      "    • clinics.", // 7
      "", // 8
      "    \tIndented by the paste, this paragraph reads as sentences.", // 9
      "", // 10
      "    Violence against women.¹", // 11
      "  Humanitarian assistance: >", // 12
      "    Folded text with • inside and a raised number.²", // 13
      "",
    ].join("\n");
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.yaml": yaml,
    });
    const run = await runBin(["validate", "--format", "json"], {
      cwd: edition.root,
    });
    const { diagnostics } = JSON.parse(run.stdout) as {
      diagnostics: (Found & { hint?: string })[];
    };
    const mine = diagnostics.filter((d) => d.file.endsWith("unicef.yaml"));
    expect(mine.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      "6:5 style/pasted-bullet",
      "7:5 style/pasted-bullet",
      "9:5 style/indented-paragraph",
      "11:28 style/pasted-note-mark",
      "13:51 style/pasted-note-mark",
    ]);
    expect(mine[2]?.message).toContain(
      "more than the other lines under `Peacekeeping operations:`",
    );
    expect(mine[4]?.hint).toContain(
      "in the text under `Humanitarian assistance:`",
    );
    expect(mine.map((d) => d.message + (d.hint ?? "")).join("\n")).not.toMatch(
      /## /,
    );

    await runBin(["validate", "--fix"], { cwd: edition.root });
    expect(
      readFileSync(path.join(edition.editionPath, "unicef.yaml"), "utf8"),
    ).toBe(
      yaml
        .replace("    • schools;", "    - schools;")
        .replace("    • clinics.", "    - clinics.")
        .replace("    \tIndented", "    Indented"),
    );
  });
});
