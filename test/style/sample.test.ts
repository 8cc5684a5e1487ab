import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { repoRoot } from "../helpers/cli.js";

describe("the sample edition", () => {
  it("has no style warnings, and its one silenced rule says why", async () => {
    const result = await buildReport(repoRoot, "contributions/2004");
    expect(result.diagnostics).toEqual([]);
    expect(
      result.silenced.map(
        (s) =>
          `${s.diagnostic.file}:${s.diagnostic.line} ${s.diagnostic.ruleId} -- ${s.reason}`,
      ),
    ).toEqual([
      "contributions/2004/ngowg.md:12 style/per-cent -- quoting the survey's title",
    ]);
  });
});
