import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { runInProcess } from "../helpers/cli.js";
import { styleFindings } from "../helpers/style.js";

// Front matter: lines 1-5; the heading is line 6, the first paragraph line 8.
const body = [
  "## Peacekeeping operations",
  "",
  "Missions deployed advisers in 2004[^1]. Others followed.",
  "",
  "Training, as agreed[^2], began; then[^3]: more.",
  "",
  "Marks after punctuation are right.[^4] So is one mid-sentence[^5] here.",
  "",
  "[^1]: One.",
  "[^2]: Two.",
  "[^3]: Three.",
  "[^4]: Four.",
  "[^5]: Five.",
  "",
].join("\n");

it("warns of a footnote mark before `.`, `,`, `;` or `:`, with the mark moved after it as the fix", async () => {
  const findings = await styleFindings(
    { "report.yaml": reportYaml(), "dpko.md": contribution("DPKO", body) },
    "style/footnote-mark",
  );
  expect(findings).toEqual([
    'dpko.md:8:35 style/footnote-mark Unexpected footnote mark `[^1]` before `.`, expected `.[^1]` => ".[^1]" (5 chars)',
    'dpko.md:10:20 style/footnote-mark Unexpected footnote mark `[^2]` before `,`, expected `,[^2]` => ",[^2]" (5 chars)',
    'dpko.md:10:37 style/footnote-mark Unexpected footnote mark `[^3]` before `:`, expected `:[^3]` => ":[^3]" (5 chars)',
  ]);
});

it("validate --fix moves the marks", async () => {
  const edition = makeEdition({
    "report.yaml": reportYaml(),
    "dpko.md": contribution("DPKO", body),
  });
  await runInProcess(["validate", "--fix"], { cwd: edition.root });
  const fixed = readFileSync(path.join(edition.editionPath, "dpko.md"), "utf8");
  expect(fixed).toContain("Missions deployed advisers in 2004.[^1] Others");
  expect(fixed).toContain("Training, as agreed,[^2] began; then:[^3] more.");
  expect(fixed).toContain("one mid-sentence[^5] here.");
});
