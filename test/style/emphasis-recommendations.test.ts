import { expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";

it("bold is accepted under Recommendations (printed bold anyway) and warned under the plain Conclusions beside it", async () => {
  // Front matter: lines 1-5; "## Conclusions" is line 6.
  const body = [
    "## Conclusions",
    "",
    "Progress has been **uneven** across missions.",
    "",
    "## Recommendations",
    "",
    "**The Council should act.**",
    "",
  ].join("\n");
  const findings = await styleFindings(
    {
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", body),
    },
    "style/emphasis",
  );
  expect(findings).toEqual([
    "unicef.md:8:19 style/emphasis Unexpected bold `uneven`, expected plain text",
  ]);
});
