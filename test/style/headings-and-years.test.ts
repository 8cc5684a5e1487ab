import { describe, expect, it } from "vitest";
import { resolutionYears } from "../../src/validate/rules/style/resolution-years.js";
import { contribution, reportYaml } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";

const outline = [
  "name: custom",
  "chapters:",
  "  - id: introduction",
  "    title: Introduction",
  "  - id: progress",
  "    title: Progress Under The Four Pillars",
  "    sections:",
  "      - { id: prevention, title: Conflict Prevention in Africa }",
  "      - { id: council, title: Cooperation with the Security Council and Sierra Leone }",
  "      - { id: lower, title: post-conflict reconstruction }",
  "      - { id: hyphen, title: Post-Conflict justice }",
  "",
].join("\n");

describe("outline headings in sentence case", () => {
  it("flags capitals other than the first word and names, with the sentence-case form", async () => {
    const findings = await styleFindings({
      "report.yaml": reportYaml({ template: "custom.yaml" }),
      "custom.yaml": outline,
      "unicef.md": contribution("UNICEF", "## Introduction\n\nText.\n"),
    });
    expect(findings).toEqual([
      "custom.yaml:5:5 style/heading-case Unexpected heading `Progress Under The Four Pillars`, expected sentence case `Progress under the four pillars`",
      "custom.yaml:8:9 style/heading-case Unexpected heading `Conflict Prevention in Africa`, expected sentence case `Conflict prevention in Africa`",
      "custom.yaml:10:9 style/heading-case Unexpected heading `post-conflict reconstruction`, expected sentence case `Post-conflict reconstruction`",
      "custom.yaml:11:9 style/heading-case Unexpected heading `Post-Conflict justice`, expected sentence case `Post-conflict justice`",
    ]);
  });

  it("finds nothing to say about the outlines the tool ships", async () => {
    for (const template of ["sg-report", "pillars"])
      expect(
        await styleFindings({
          "report.yaml": reportYaml({ template }),
          "unicef.md": contribution("UNICEF", "## Introduction\n\nText.\n"),
        }),
      ).toEqual([]);
  });
});

describe("the table of resolution years", () => {
  it("holds the women, peace and security resolutions with their years", () => {
    const wps = [
      [1325, 2000],
      [1820, 2008],
      [1888, 2009],
      [1889, 2009],
      [1960, 2010],
      [2106, 2013],
      [2122, 2013],
      [2242, 2015],
      [2467, 2019],
      [2493, 2019],
    ];
    for (const [number, year] of wps)
      expect(resolutionYears.get(number)).toBe(year);
  });

  it("never has a later resolution adopted in an earlier year (the Council numbers them in order)", () => {
    const entries = [...resolutionYears].sort(([a], [b]) => a - b);
    entries.forEach(([number, year], i) => {
      const previous = entries[i - 1];
      if (previous !== undefined)
        expect(year, `resolution ${number}`).toBeGreaterThanOrEqual(
          previous[1],
        );
    });
  });
});
