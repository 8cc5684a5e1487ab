import { describe, expect, it } from "vitest";
import { contribution, reportYaml } from "../helpers/edition.js";
import { contributionDiagnostics } from "../helpers/validate.js";

describe("structure rules", () => {
  it("accepts headings by title or id, in any case and spacing", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "## peace   NEGOTIATIONS\n\nText.\n\n## ddr\n\nMore text.\n",
      ),
    });
    expect(diagnostics).toEqual([]);
  });

  it("points at an unknown heading and suggests the nearest section", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": contribution("UNICEF", "## Peace negociations\n\nText.\n"),
    });
    expect(diagnostics).toMatchInlineSnapshot(`
      [
        "unicef.md:6:1 error structure/unknown-section Unexpected heading \`## Peace negociations\`, expected an outline section (did you mean \`Peace negotiations\`?)",
      ]
    `);
  });

  it("refuses a section twice, text before the first heading, and other heading levels", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "Intro text.\n\n## Peacekeeping operations\n\nA.\n\n### Details\n\nB.\n\n# Title\n\n## peacekeeping-operations\n\nC.\n",
      ),
    });
    expect(diagnostics).toMatchInlineSnapshot(`
      [
        "unicef.md:6:1 error structure/text-before-heading Unexpected text before the first \`##\` heading, expected every paragraph under a section heading",
        "unicef.md:12:1 error structure/heading-level Unexpected \`###\` heading, expected \`##\` headings only",
        "unicef.md:16:1 error structure/heading-level Unexpected \`#\` heading, expected \`##\` headings only",
        "unicef.md:18:1 error structure/duplicate-section Section \`Peacekeeping operations\` already has a heading at line 8; each section appears once in a file",
      ]
    `);
  });

  it("warns about a heading with nothing under it", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": contribution(
        "UNICEF",
        "## Peacekeeping operations\n\n## Peace negotiations\n\nText.\n",
      ),
    });
    expect(diagnostics).toEqual([
      "unicef.md:6:1 warning structure/empty-section The section `Peacekeeping operations` has no text under its heading",
    ]);
  });

  it("in a YAML contribution, section keys name outline sections", async () => {
    const diagnostics = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "dpko.yaml":
        "entity: DPKO\nyear: 2004\nsections:\n  Peacekeeping operations: |\n    Text.\n  Peace talks: |\n    More.\n",
    });
    expect(diagnostics).toEqual([
      // Advice for a .yaml file speaks of its keys, not of `##` headings.
      "dpko.yaml:6:3 error structure/unknown-section Unexpected key `Peace talks:` under `sections:`, expected an outline section",
    ]);
  });
});
