import { describe, expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { contributionDiagnostics } from "../helpers/validate.js";

describe("footnotes inside footnotes", () => {
  it("a line under a footnote that cites the same note joins it: refused at the reference, and the build does not recurse", async () => {
    // Found by the mutation tests: `T[^1]: note` right under `[^1]: ...` is a lazy continuation of footnote 1.
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "## Introduction\n\nThe Fund reported.[^1]\n\n[^1]: The report.\nT[^1]: note\n",
      ),
    });
    expect(diagnostics).toEqual([
      "unicef.md:11:2 error footnotes/in-footnote Unexpected footnote reference [^1] inside a footnote, expected footnotes without notes of their own",
    ]);
  });

  it("two notes citing each other", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "## Introduction\n\nText.[^a]\n\n[^a]: See note.[^b]\n\n[^b]: See note.[^a]\n",
      ),
    });
    expect(diagnostics).toEqual([
      "unicef.md:10:16 error footnotes/in-footnote Unexpected footnote reference [^b] inside a footnote, expected footnotes without notes of their own",
      "unicef.md:12:1 error footnotes/unused Footnote [^b] is defined but never referenced",
      "unicef.md:12:16 error footnotes/in-footnote Unexpected footnote reference [^a] inside a footnote, expected footnotes without notes of their own",
    ]);
  });
});
