import { describe, expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { contributionDiagnostics } from "../helpers/validate.js";

const body = "## Peace negotiations\n\nText.\n";

describe("front matter and roster", () => {
  it("suggests the known key for a misspelt one", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", body, {
        frontMatter: "focal_piont: { name: Jane Doe }\n",
      }),
    });
    expect(diagnostics).toEqual([
      "unicef.md:4:1 error front-matter/unknown-key Unexpected key `focal_piont` (did you mean `focal_point`?)",
    ]);
  });

  it("requires entity and year, and checks value forms", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md":
        "---\nentity: UNICEF\nfocal_point: { email: not-an-address }\n---\n\n" +
        body,
    });
    expect(diagnostics).toEqual([
      "unicef.md:1:1 error front-matter/missing-key Missing key `year`: The year of the report this contribution is for.",
      "unicef.md:3:14 error front-matter/invalid-value `focal_point.email` is `not-an-address`, expected an e-mail address such as jdoe@unicef.org",
    ]);
  });

  it("checks the entity against the roster, the year, the file name and one file per entity", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", body),
      "unicef-2.md": contribution("UNICEF", body),
      "dpko.md": contribution("DPKO", body, { year: 2005 }),
      "unfpa.md": contribution("UNFPA", body),
      "un-habitat.md": contribution("un-habitat", body),
    });
    expect(diagnostics).toEqual([
      "dpko.md:3:7 error entity/year Unexpected year 2005: this folder is the 2004 edition",
      "un-habitat.md:2:9 error entity/unknown Unexpected entity `un-habitat`, expected a code from the roster in report.yaml (did you mean `UN-HABITAT`?)",
      "unfpa.md:2:9 error entity/unknown Unexpected entity `UNFPA`, expected a code from the roster in report.yaml",
      "unicef-2.md:2:9 error entity/file-name The file is named `unicef-2.md` but its entity is UNICEF, expected `unicef.md`",
      "unicef.md:2:9 error entity/duplicate UNICEF already has a contribution in `unicef-2.md`; one file per entity",
    ]);
  });

  it("reports YAML syntax errors at their line", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md":
        "---\nentity: UNICEF\nyear: 2004\nfocal_point: { name: Jane\n---\n\n" +
        body,
    });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(
      /^unicef\.md:[45]:\d+ error front-matter\/syntax The YAML is not valid: /,
    );
  });

  it("requires front matter", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": body,
    });
    expect(diagnostics).toEqual([
      "unicef.md:1:1 error front-matter/missing Missing front matter, expected the file to start with `---`",
    ]);
  });
});
