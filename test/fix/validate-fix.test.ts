import { chmodSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBin, runInProcess } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { hashTree } from "../helpers/tree-hash.js";

const crlf = (text: string) => text.replace(/\n/g, "\r\n");
const body = [
  "## Peacekeeping operations", // 6
  "",
  "The United Nations Children's Fund (UNICEF) cites UNSCR 1325 in Côte d'Ivoire.", // 8
  "Some 25% of the program staff; the % is rising.", // 9
  "",
  "Since October 31, 2004 the labor force grew; see S/04/814.", // 11
  "",
].join("\n");
// What --fix must write: the same bytes with only the certain spans replaced.
const fixedBody = [
  "## Peacekeeping operations",
  "",
  "The United Nations Children's Fund (UNICEF) cites resolution 1325 (2000) in Côte d'Ivoire.",
  "Some 25 per cent of the programme staff; the % is rising.",
  "",
  "Since 31 October 2004 the labour force grew; see S/04/814.",
  "",
].join("\n");
const dpko = contribution(
  "DPKO",
  "## Peacekeeping operations\n\nThe Department of Peacekeeping Operations (DPKO) deployed 25% more women.\n",
);

describe("validate --fix", () => {
  it("rewrites only the certain spans of a CRLF file with a BOM, prints them, then reports what remains", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": `\uFEFF${crlf(contribution("UNICEF", body))}`,
    });
    const file = path.join(edition.editionPath, "unicef.md");
    chmodSync(file, 0o640);
    const untouched = hashTree(edition.editionPath);
    const plain = await runInProcess(["validate"], { cwd: edition.root });
    expect(hashTree(edition.editionPath)).toBe(untouched);
    expect(plain.stdout).toMatch(/UNSCR 1325/);

    const run = await runInProcess(["validate", "--fix"], {
      cwd: edition.root,
    });
    expect(readFileSync(file)).toEqual(
      Buffer.from(`\uFEFF${crlf(contribution("UNICEF", fixedBody))}`),
    );
    expect(statSync(file).mode & 0o777).toBe(0o640);
    // No temporary file left behind.
    expect(readdirSync(edition.editionPath).sort()).toEqual([
      "report.yaml",
      "unicef.md",
    ]);
    const [changes = "", remaining = ""] = run.stdout.split("\n\n");
    expect(changes.split("\n")).toEqual([
      "contributions/2004/unicef.md:8:51 UNSCR 1325 -> resolution 1325 (2000)",
      "contributions/2004/unicef.md:9:6 25% -> 25 per cent",
      "contributions/2004/unicef.md:9:17 program -> programme",
      "contributions/2004/unicef.md:11:7 October 31, 2004 -> 31 October 2004",
      "contributions/2004/unicef.md:11:28 labor -> labour",
      "Fixed 5 problems in 1 file.",
    ]);
    // The rest is the validation of the fixed file: only what has no certain fix.
    expect(remaining).toMatch(
      /9:46 +warning +Unexpected `%`, expected `per cent`/,
    );
    expect(remaining).toMatch(/11:50 +warning +Unexpected `S\/04\/814`/);
    expect(remaining).not.toMatch(/UNSCR|program|labor|October 31/);
    // It ends with what it fixed and what is left to do by hand.
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(
      /^Fixed 5 problems; \d+ problems remain \(\d+ warnings\), to fix by hand\.$/,
    );
    expect(run.code).toBe(0);

    const again = await runInProcess(["validate", "--fix"], {
      cwd: edition.root,
    });
    expect(again.stdout).toMatch(/^Nothing to fix automatically\.\n/);
    expect(readFileSync(file)).toEqual(
      Buffer.from(`\uFEFF${crlf(contribution("UNICEF", fixedBody))}`),
    );
  });

  it("--fix-dry-run shows the changes and writes nothing", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", body),
    });
    const before = hashTree(edition.root);
    const run = await runBin(
      ["validate", "--fix-dry-run", "contributions/2004/unicef.md"],
      { cwd: edition.root },
    );
    expect(hashTree(edition.root)).toBe(before);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "contributions/2004/unicef.md:8:51 UNSCR 1325 -> resolution 1325 (2000)",
      "contributions/2004/unicef.md:9:6 25% -> 25 per cent",
      "contributions/2004/unicef.md:9:17 program -> programme",
      "contributions/2004/unicef.md:11:7 October 31, 2004 -> 31 October 2004",
      "contributions/2004/unicef.md:11:28 labor -> labour",
      "Would fix 5 problems in 1 file (dry run: nothing written).",
    ]);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      "--fix would fix 5 problems of 7 (nothing was written); 2 to fix by hand.",
    );
    // Hints tell a focal point on the website what to change by hand.
    expect(run.stdout).toContain(
      "Change `25%` to `25 per cent` (by hand on the website; on your computer `wps-report validate --fix` makes this change).",
    );
  });

  it("fixes only the files named, and keeps stdout for JSON", async () => {
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", body),
      "dpko.md": dpko,
    });
    const run = await runInProcess(
      ["validate", "--fix", "--format", "json", "contributions/2004/unicef.md"],
      { cwd: edition.root },
    );
    expect(
      readFileSync(path.join(edition.editionPath, "unicef.md"), "utf8"),
    ).toBe(contribution("UNICEF", fixedBody));
    expect(
      readFileSync(path.join(edition.editionPath, "dpko.md"), "utf8"),
    ).toBe(dpko);
    expect(run.stderr).toMatch(/Fixed 5 problems in 1 file\./);
    const json = JSON.parse(run.stdout) as { diagnostics: { file: string }[] };
    expect(new Set(json.diagnostics.map((d) => d.file))).toEqual(
      new Set(["contributions/2004/unicef.md"]),
    );
  });
});
