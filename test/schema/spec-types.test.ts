import { describe, expect, expectTypeOf, it } from "vitest";
import type { Entity, FrontMatter, ReportConfig } from "../../src/model.js";
import {
  checkAgainstSpec,
  knownKeys,
  type SpecType,
} from "../../src/schema/field-spec.js";
import {
  contributionFrontMatterSpec,
  yamlContributionSpec,
  type ContributionFrontMatter,
  type ReportYaml,
} from "../../src/schema/specs.js";

// The type-level expectations are checked by `npm run typecheck` (tsc reads test/):
// a spec edit that the model's types do not follow fails there.
describe("types read off the specs", () => {
  it("a contribution's front matter has the spec's keys, required as the spec says", () => {
    expectTypeOf<ContributionFrontMatter>().toEqualTypeOf<{
      entity: string;
      year: number;
      submitted?: string;
      focal_point?: { name?: string; email?: string; github?: string };
    }>();
    expectTypeOf<keyof FrontMatter["data"]>().toEqualTypeOf<
      "entity" | "year" | "submitted" | "focal_point" | "sections"
    >();
  });

  it("ReportConfig carries every report.yaml key, camel-cased, with the spec's value type", () => {
    expectTypeOf<ReportConfig["jobNumber"]>().toEqualTypeOf<
      ReportYaml["job_number"]
    >();
    expectTypeOf<ReportConfig["distribution"]>().toEqualTypeOf<
      "General" | "Limited" | "Restricted"
    >();
    // Settings the loader defaults are always there.
    expectTypeOf<ReportConfig["wordLimit"]>().toEqualTypeOf<number>();
    expectTypeOf<ReportConfig["paper"]>().toEqualTypeOf<"a4" | "letter">();
    expectTypeOf<Entity["kind"]>().toEqualTypeOf<
      "member" | "observer" | "task-manager" | "member-state"
    >();
    expectTypeOf<Entity["focalPoint"]>().toEqualTypeOf<
      { name?: string; email?: string; github?: string } | undefined
    >();
  });

  it("a value the check passes is a value of the spec's type", () => {
    const value: unknown = { entity: "UNICEF", year: 2004 };
    expect(checkAgainstSpec(contributionFrontMatterSpec, value)).toEqual([]);
    expectTypeOf(value as SpecType<typeof contributionFrontMatterSpec>)
      .toHaveProperty("entity")
      .toEqualTypeOf<string>();
  });
});

describe("knownKeys", () => {
  it("lists an object spec's keys, a nested object's keys in brackets (the unknown-key hint)", () => {
    expect(knownKeys(contributionFrontMatterSpec)).toBe(
      "entity, year, focal_point (name, email, github), submitted",
    );
    // A mapping with free keys (sections) has no keys of its own to list.
    expect(knownKeys(yamlContributionSpec)).toBe(
      "entity, year, focal_point (name, email, github), submitted, sections",
    );
  });
});
