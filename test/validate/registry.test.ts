import { describe, expect, it } from "vitest";
import type { RuleId } from "../../src/validate/registry.js";
import {
  familiesReading,
  ruleCatalog,
  ruleFamilies,
  ruleIds,
} from "../../src/validate/registry.js";
import { defineRules } from "../../src/validate/define-rules.js";
import { Reporter } from "../../src/validate/reporter.js";

describe("the rule registry", () => {
  it("lists every rule once, each with a title, a severity and the anchor CONTRIBUTING.md gives it", () => {
    const declared = ruleFamilies.flatMap((family) =>
      Object.keys(family.rules),
    );
    expect(new Set(declared).size).toBe(declared.length);
    expect([...ruleIds].sort()).toEqual([...declared].sort());
    for (const id of ruleIds) {
      const entry = ruleCatalog[id];
      expect(entry.title, id).not.toBe("");
      expect(["error", "warning"], id).toContain(entry.severity);
      expect(entry.docs, id).toBe(
        `CONTRIBUTING.md#${id.replace(/[^a-z0-9]+/g, "-")}`,
      );
    }
  });

  it("says what each rule reads, so the text rules can run at parse time and the report rules after merge", () => {
    const reading = (input: Parameters<typeof familiesReading>[0]) =>
      familiesReading(input).flatMap((family) => Object.keys(family.rules));
    expect(reading("file")).toContain("style/per-cent");
    expect(reading("report")).toEqual(
      expect.arrayContaining([
        "style/acronyms",
        "words/report-limit",
        "merge/empty-section",
      ]),
    );
    expect(reading("edition")).toContain("file/encoding");
    expect(
      ["file", "contribution", "edition", "report"].flatMap((input) =>
        reading(input as Parameters<typeof familiesReading>[0]),
      ),
    ).toHaveLength(ruleIds.length);
  });

  it("keeps the ids a report.yaml cannot turn off to the files that cannot be read", () => {
    expect(ruleIds.filter((id) => ruleCatalog[id].unreadable === true)).toEqual(
      [
        "file/encoding",
        "file/empty",
        "file/too-large",
        "front-matter/missing",
        "front-matter/syntax",
        "markdown/nesting-too-deep",
        "markdown/too-complex",
      ],
    );
  });

  it("gives a family's reporter only the family's ids, with their default severity and hint", () => {
    const family = defineRules({
      input: "edition",
      rules: {
        "demo/one": { severity: "warning", title: "One", hint: "Do one." },
      },
      check: (_edition, reporter) => {
        reporter.report("demo/one", { file: "x.md", line: 2, column: 3 }, "m");
        // Type-checked, never run: an id the family does not declare does not compile.
        const misspelt = () => {
          // @ts-expect-error not one of this family's ids
          reporter.report("demo/two", { file: "x.md", line: 1, column: 1 }, "");
        };
        expect(typeof misspelt).toBe("function");
      },
    });
    const reporter = new Reporter(family.rules);
    family.check({} as never, reporter);
    expect(reporter.diagnostics[0]).toEqual({
      file: "x.md",
      line: 2,
      column: 3,
      ruleId: "demo/one",
      severity: "warning",
      message: "m",
      hint: "Do one.",
    });
    // A known id is a RuleId; an unknown one is not.
    const known: RuleId = "style/per-cent";
    // @ts-expect-error not a rule
    const unknown: RuleId = "style/per-sent";
    expect([known, unknown]).toHaveLength(2);
  });
});
