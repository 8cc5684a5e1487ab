import { describe, expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { styleFindings } from "../helpers/style.js";

describe("exact columns where Markdown changes the text", () => {
  it("points into wrapped lines of list items, quotes and escaped text", async () => {
    const body = [
      "## Peacekeeping operations", // 6
      "",
      "- A first item that wraps", // 8
      "  onto a line citing UNSCR 1325 here.", // 9: indented continuation
      "",
      "> A quoted paragraph", // 11
      "> with 40% in it.", // 12: `> ` prefix
      "",
      "Escapes \\*cost\\* &amp; columns: 12%.", // 14: value is shorter than the source
      "",
      "A lazy line",
      "   indented by three with 5 percent.", // 17
      "",
    ].join("\n");
    expect(
      await styleFindings({
        "report.yaml": reportYaml(),
        "unicef.md": contribution("UNICEF", body),
      }),
    ).toEqual([
      'unicef.md:9:22 style/resolution-citation Unexpected `UNSCR 1325`, expected `resolution 1325 (2000)` => "resolution 1325 (2000)" (10 chars)',
      'unicef.md:12:8 style/per-cent Unexpected `40%`, expected `40 per cent` => "40 per cent" (3 chars)',
      'unicef.md:14:33 style/per-cent Unexpected `12%`, expected `12 per cent` => "12 per cent" (3 chars)',
      'unicef.md:17:29 style/per-cent Unexpected `percent`, expected `per cent` => "per cent" (7 chars)',
    ]);
  });

  it("points into a YAML contribution's block scalar, line and column of the YAML file", async () => {
    const yaml = [
      "entity: UNICEF", // 1
      "year: 2004",
      "sections:",
      "  Peacekeeping operations: |", // 4
      "    First paragraph of the section.", // 5
      "", // 6
      "    Then a paragraph that wraps and", // 7
      "    cites UNSCR 1325 on its second line.", // 8
      "",
    ].join("\n");
    expect(
      await styleFindings({
        "report.yaml": reportYaml(),
        "unicef.yaml": yaml,
      }),
    ).toEqual([
      'unicef.yaml:8:11 style/resolution-citation Unexpected `UNSCR 1325`, expected `resolution 1325 (2000)` => "resolution 1325 (2000)" (10 chars)',
    ]);
  });

  it("keeps columns in CRLF files with a BOM (columns count characters after the BOM)", async () => {
    const text = contribution(
      "UNICEF",
      "## Peacekeeping operations\n\nCafé owners, 25% of them, and\nthe labor force.\n",
    ).replace(/\n/g, "\r\n");
    expect(
      await styleFindings({
        "report.yaml": reportYaml(),
        "unicef.md": `\uFEFF${text}`,
      }),
    ).toEqual([
      'unicef.md:8:14 style/per-cent Unexpected `25%`, expected `25 per cent` => "25 per cent" (3 chars)',
      'unicef.md:9:5 style/spelling Unexpected `labor`, expected `labour` => "labour" (5 chars)',
    ]);
  });

  it("reports without a fix where the text cannot be lined up with the file (a folded YAML scalar)", async () => {
    const yaml = [
      "entity: UNICEF",
      "year: 2004",
      "sections:",
      "  Peacekeeping operations: >",
      "    A folded scalar joins",
      "    these lines: 25% of them.",
      "",
    ].join("\n");
    const findings = await styleFindings({
      "report.yaml": reportYaml(),
      "unicef.yaml": yaml,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/style\/per-cent Unexpected `25%`/);
    expect(findings[0]).not.toMatch(/=>/);
  });
});
