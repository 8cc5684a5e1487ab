import { describe, expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";

// The sg-report outline puts peacekeeping operations before humanitarian
// assistance, and its `order` puts DPKO before UNICEF inside a section.
describe("acronyms are spelled out at their first use in the merged report", () => {
  it("flags the first use in reading order, at the line of the entity that used it", async () => {
    const findings = await styleFindings({
      "report.yaml": reportYaml(),
      // Written first in the file system, read second in the draft.
      "dpko.md": contribution(
        "DPKO",
        "## Humanitarian assistance\n\nThe Department of Peacekeeping Operations (DPKO) worked with UNICEF and with OCHA.\n",
      ),
      "unicef.md": contribution(
        "UNICEF",
        [
          "## Peacekeeping operations",
          "",
          "UNICEF trained DPKO staff.[^1]",
          "",
          "## Humanitarian assistance",
          "",
          "The United Nations Children's Fund (UNICEF) and the Office for the Coordination of Humanitarian Affairs (OCHA) agreed.",
          "",
          "[^1]: Figures from the IOM database.",
          "",
        ].join("\n"),
      ),
    });
    expect(findings).toEqual([
      "dpko.md:8:78 style/acronyms Unexpected `OCHA` before it is spelled out, expected the full name followed by `(OCHA)` at its first use in the report",
      "unicef.md:8:1 style/acronyms Unexpected `UNICEF` before it is spelled out, expected `United Nations Children's Fund (UNICEF)` at its first use in the report",
      "unicef.md:8:16 style/acronyms Unexpected `DPKO` before it is spelled out, expected `Department of Peacekeeping Operations (DPKO)` at its first use in the report",
      "unicef.md:14:24 style/acronyms Unexpected `IOM` before it is spelled out, expected the full name followed by `(IOM)` at its first use in the report",
    ]);
  });

  it("accepts an acronym spelled out at its first use, in either order, and its plural", async () => {
    expect(
      await styleFindings({
        "report.yaml": reportYaml(),
        "unicef.md": contribution(
          "UNICEF",
          "## Peacekeeping operations\n\nThe United Nations Children's Fund (UNICEF) and DDR (Disarmament, demobilization and reintegration) and non-governmental organizations (NGOs). Then UNICEF, DDR and NGOs again.\n",
        ),
      }),
    ).toEqual([]);
  });
});
