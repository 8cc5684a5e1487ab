import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";

const body = "## Peacekeeping operations\n\nSome 25% of the program staff.\n";

describe("style rules obey report.yaml and disable comments", () => {
  it("are warnings by default; `rules:` raises one to error or turns the family off", async () => {
    const files = (extra: string) => ({
      "report.yaml": reportYaml({ extra }),
      "unicef.md": contribution("UNICEF", body),
    });
    const { root, dir } = makeEdition(
      files("rules:\n  style/per-cent: error\n"),
    );
    const result = await buildReport(root, dir);
    expect(
      result.diagnostics
        .filter((d) => d.ruleId.startsWith("style/"))
        .map((d) => `${d.ruleId} ${d.severity}`),
    ).toEqual(["style/per-cent error", "style/spelling warning"]);
    expect(await styleFindings(files("rules:\n  style: off\n"))).toEqual([]);
  });

  it("a disable comment with a reason silences its paragraph, and build lists it", async () => {
    const silenced = [
      "## Peacekeeping operations",
      "",
      "<!-- wps-report-disable style/per-cent -- quoting a table of the Statistics Division -->",
      "Some 25% of the staff.",
      "",
      "Some 30% of the staff.",
      "",
    ].join("\n");
    const { root, dir } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", silenced),
    });
    const result = await buildReport(root, dir);
    expect(
      result.diagnostics
        .filter((d) => d.ruleId === "style/per-cent")
        .map((d) => d.line),
    ).toEqual([11]);
    expect(
      result.silenced.map((s) => [
        s.diagnostic.ruleId,
        s.diagnostic.line,
        s.reason,
      ]),
    ).toEqual([
      ["style/per-cent", 9, "quoting a table of the Statistics Division"],
    ]);
  });

  it("silences the report-wide acronym rule at the file and line it reports", async () => {
    const text = [
      "## Peacekeeping operations",
      "",
      "<!-- wps-report-disable style/acronyms -- known to every reader -->",
      "Funds reached UNICEF late.",
      "",
    ].join("\n");
    const { root, dir } = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", text),
    });
    const result = await buildReport(root, dir);
    expect(
      result.diagnostics.filter((d) => d.ruleId === "style/acronyms"),
    ).toEqual([]);
    expect(result.silenced.map((s) => s.diagnostic.ruleId)).toEqual([
      "style/acronyms",
    ]);
  });
});
