import { expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";

it("warns of a list with no paragraph before it: first in its section, after a table or a figure; not after a lead-in or another list", async () => {
  // Front matter: lines 1-5; the heading is line 6.
  const body = [
    "## Peacekeeping operations",
    "",
    "- first in the section", // 8
    "",
    "The Department trained:",
    "",
    "- staff;", // 12
    "",
    "1. and a list after a list", // 14
    "",
    "| A | B |",
    "| - | - |",
    "| 1 | 2 |",
    "",
    "- after a table", // 20
    "",
  ].join("\n");
  const findings = await styleFindings(
    { "report.yaml": reportYaml(), "dpko.md": contribution("DPKO", body) },
    "structure/list-without-lead-in",
  );
  expect(findings).toEqual([
    "dpko.md:8:1 structure/list-without-lead-in Unexpected list with no paragraph before it, expected a lead-in sentence ending with a colon",
    "dpko.md:20:1 structure/list-without-lead-in Unexpected list with no paragraph before it, expected a lead-in sentence ending with a colon",
  ]);
});
