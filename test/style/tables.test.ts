import { expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { runInProcess } from "../helpers/cli.js";
import { makeEdition } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";

// Fourteen columns of a 27-letter word: 4.3 cm each in 9-point italics.
const WIDE = Array.from({ length: 14 }, () => "Counterinsurgencyoperations");

// Front matter: lines 1-5; the heading is line 6.
const body = [
  "## Peacekeeping operations",
  "",
  "| Country | Women |", // 8
  "| --- | --- |",
  "| Liberia | 12 |",
  "",
  "Table: Fourteen long words", // 12
  "",
  `| ${WIDE.join(" | ")} |`, // 14
  `| ${WIDE.map(() => "---").join(" | ")} |`,
  `| ${WIDE.join(" | ")} |`,
  "",
  "<!-- wps-report-disable style/table-title -- a text table -->",
  "",
  "| Year | Share |", // 20
  "| --- | --- |",
  "| 2004 | 12 |",
  "",
  "A paragraph.",
  "",
  "Table: A title with no table", // 26
  "",
  "Another paragraph.",
  "",
].join("\n");

it("warns of a table without a title (unless silenced) and of a table whose longest words cannot fit the page", async () => {
  const findings = await styleFindings(
    { "report.yaml": reportYaml(), "dpko.md": contribution("DPKO", body) },
    ["style/table-title", "style/table-width"],
  );
  expect(findings).toEqual([
    "dpko.md:8:1 style/table-title Unexpected table without a title, expected a `Table: …` line before it",
    "dpko.md:14:1 style/table-width Unexpected table wider than the page: its longest words (`Counterinsurgencyoperations`) need 60.5 cm side by side, the page has 16.0 cm, so some would be broken mid-word",
    "dpko.md:26:1 style/table-title Unexpected `Table:` line with no table just before or after it, expected the table after a blank line",
  ]);
});

it("shows focal points where to put the title, through the real command", async () => {
  const { root, dir } = makeEdition({
    "report.yaml": reportYaml(),
    "dpko.md": contribution("DPKO", body),
  });
  const result = await runInProcess(
    ["validate", "--edition", dir, "--format", "github"],
    { cwd: root },
  );
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(
    "::warning file=contributions/2004/dpko.md,line=8,col=1,title=style/table-title",
  );
});
