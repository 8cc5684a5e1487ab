// `diff --format markdown|html`, `--entity`, `--stat` and the condensed
// view of a small edit in a long paragraph, on real git repositories.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Change } from "../../src/diff/index.js";
import { formatDiffMarkdown } from "../../src/diff/format-markdown.js";
import { runInProcess } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { commitAll, initRepo } from "../helpers/git-repo.js";

const LONG_BEFORE =
  "In 2004 the Department deployed gender advisers to ten missions, trained all new civilian staff before deployment, and issued guidance on the conduct expected of every member of a mission, which the heads of mission have undertaken to apply in full.";
const LONG_AFTER = LONG_BEFORE.replace("conduct expected", "conduct required");
const UNICEF_1 =
  "UNICEF supported the return of girls to school in three districts.";
const UNICEF_2 = "UNICEF trained forty mediators, half of them women.";

function repository() {
  const edition = makeEdition({
    "report.yaml": reportYaml(),
    "dpko.md": contribution(
      "DPKO",
      `## Peacekeeping operations\n\n${LONG_BEFORE}\n`,
    ),
    "unicef.md": contribution(
      "UNICEF",
      `## Humanitarian assistance\n\n${UNICEF_1}\n`,
    ),
  });
  initRepo(edition.root);
  commitAll(edition.root, "first");
  writeFileSync(
    path.join(edition.editionPath, "dpko.md"),
    contribution("DPKO", `## Peacekeeping operations\n\n${LONG_AFTER}\n`),
  );
  writeFileSync(
    path.join(edition.editionPath, "unicef.md"),
    contribution(
      "UNICEF",
      `## Humanitarian assistance\n\n${UNICEF_1}\n\n${UNICEF_2} Ask @octocat about #12 \\<b>now\\</b> \\*please\\*.\n`,
    ),
  );
  commitAll(edition.root, "second");
  const run = (...argv: string[]) =>
    runInProcess(["diff", "HEAD~1", "HEAD", ...argv], { cwd: edition.root });
  return { edition, run };
}

describe("diff output", () => {
  it("shows a one-word change with a little context, not the whole paragraph", async () => {
    const { run } = repository();
    const result = await run("--entity", "dpko");
    expect(result.code, result.stderr).toBe(0);
    const changed = result.stdout
      .split("\n")
      .filter((line) => line.startsWith("  ~ "));
    expect(changed).toEqual([
      "  ~ … and issued guidance on the conduct [-expected-]{+required+} of every member of a mission, …",
    ]);
  });

  it("--entity keeps one contributor's changes; an unknown code is exit 2", async () => {
    const { run } = repository();
    const unicef = await run("--entity", "UNICEF");
    expect(unicef.stdout).toMatch(/: 1 change \(1 added\)\.\n/);
    expect(unicef.stdout).toContain(
      "added   paragraph 6 · II.B Humanitarian assistance · UNICEF contributions/2004/unicef.md:10",
    );
    expect(unicef.stdout).not.toContain("DPKO");
    const unknown = await run("--entity", "UNHCR");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      "Unknown entity UNHCR for --entity, expected a code from report.yaml",
    );
  });

  it("--stat counts the changed paragraphs per entity", async () => {
    const { run } = repository();
    const result = await run("--stat");
    expect(result.stdout.split("\n").slice(1)).toEqual([
      "  DPKO    1  (1 changed)",
      "  UNICEF  1  (1 added)",
      "",
    ]);
    expect(result.stdout.split("\n")[0]).toMatch(
      /^Comparing HEAD~1 .* with HEAD .*: 2 changes \(1 changed, 1 added\)\.$/,
    );
    const json = JSON.parse((await run("--stat", "--json")).stdout) as {
      byEntity: { who: string; changes: number }[];
      changes: unknown[];
    };
    expect(json.byEntity.map((r) => [r.who, r.changes])).toEqual([
      ["DPKO", 1],
      ["UNICEF", 1],
    ]);
    expect(json.changes).toEqual([]);
  });

  it("--format markdown fits a pull request: a table by entity, <ins>/<del> words, inert text", async () => {
    const { run } = repository();
    const result = await run("--format", "markdown");
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md).toMatch(
      /^### Changes to the draft\n\nComparing `HEAD~1 \([0-9a-f]{7}, 2004-01-01\)` with `HEAD/,
    );
    expect(md).toContain("| DPKO | 1 | 1 | 0 | 0 | 0 |");
    expect(md).toContain("| UNICEF | 1 | 0 | 1 | 0 | 0 |");
    expect(md).toContain(
      "**Changed paragraph 4** · II.A Peacekeeping operations · DPKO · `contributions/2004/dpko.md:8`",
    );
    expect(md).toContain(
      "> … and issued guidance on the conduct <del>expected</del><ins>required</ins> of every member of a mission, …",
    );
    // No mention, no issue link, no HTML, no emphasis from contribution text.
    expect(md).toContain(
      "Ask &#64;octocat about &#35;12 &lt;b&gt;now&lt;/b&gt; \\*please\\*.",
    );
    expect(md).not.toMatch(/@octocat|<b>/);
  });

  it("--format html is one page with inserted and deleted words, escaped", async () => {
    const { run } = repository();
    const html = (await run("--format", "html")).stdout;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).toContain("<del>expected</del><ins>required</ins>");
    expect(html).toContain("&lt;b&gt;now&lt;/b&gt;");
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain(
      '<section class="change added" data-entity="UNICEF">',
    );
  });

  it("a revision with errors: markdown names what was left out", async () => {
    const { edition } = repository();
    writeFileSync(
      path.join(edition.editionPath, "unicef.md"),
      contribution("UNICEF", "## No such section\n\nText.\n"),
    );
    commitAll(edition.root, "broken");
    const result = await runInProcess(
      ["diff", "HEAD~2", "HEAD", "--format", "markdown"],
      { cwd: edition.root },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /> \[!WARNING\]\n> Left out of the draft at `HEAD \([0-9a-f]{7}, 2004-01-01\)` because it has errors: `contributions\/2004\/unicef.md` \(UNICEF\)\./,
    );
    expect(result.stdout).toContain("<del>expected</del><ins>required</ins>");
  });
});

describe("formatDiffMarkdown", () => {
  it("stops listing before GitHub's comment limit and says how many are left", () => {
    const change = (n: number): Change => ({
      type: "added",
      what: "paragraph",
      place: `paragraph ${n}`,
      draft: "newer",
      entity: "DPKO",
      lines: [
        {
          op: "added",
          prefix: "",
          words: [{ value: "x".repeat(400), added: true }],
        },
      ],
    });
    const changes = Array.from({ length: 50 }, (_, i) => change(i + 1));
    const md = formatDiffMarkdown(changes, {
      fromLabel: "a",
      toLabel: "b",
      root: "/r",
      cwd: "/r",
      maxChars: 5_000,
    });
    expect(md.length).toBeLessThan(5_500);
    const shown = md.match(/\*\*Added paragraph/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(5);
    expect(md).toContain(`_… and ${50 - shown} more changes, not shown here`);
  });
});
