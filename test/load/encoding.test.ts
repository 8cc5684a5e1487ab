import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build-report.js";
import { ConfigError } from "../../src/diagnostics/errors.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";
import { contributionDiagnostics } from "../helpers/validate.js";

const text = contribution(
  "UNICEF",
  "## Peacekeeping operations\n\nText.[^1]\n\n### Bad\n\n[^1]: Note.\n",
);

describe("reading contributions", () => {
  it("reads UTF-8 with a BOM and CRLF line endings with the same positions as LF", async () => {
    const lf = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": text,
    });
    const crlfBom = await contributionDiagnostics({
      "report.yaml": reportYaml(),
      "unicef.md": `\uFEFF${text.replace(/\n/g, "\r\n")}`,
    });
    expect(lf).toEqual([
      "unicef.md:10:1 error structure/heading-level Unexpected `###` heading, expected `##` headings only",
    ]);
    expect(crlfBom).toEqual(lf);
  });

  it("reports invalid UTF-8 at its line and column, naming Windows-1252", async () => {
    const bytes = Buffer.concat([
      Buffer.from(contribution("UNICEF", "## Peacekeeping operations\n\nThe ")),
      Buffer.from([0x93]),
      Buffer.from("quoted\x94 text.\n"),
    ]);
    expect(
      await contributionDiagnostics({
        "report.yaml": reportYaml(),
        "unicef.md": bytes,
      }),
    ).toEqual([
      "unicef.md:8:5 error file/encoding Unexpected byte 0x93: the file is not valid UTF-8 (it looks like Windows-1252, e.g. smart quotes pasted from Word)",
    ]);
  });

  it("recognizes UTF-16 and binary files", async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text, "utf16le"),
    ]);
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]);
    expect(
      await contributionDiagnostics({
        "report.yaml": reportYaml(),
        "unicef.md": utf16,
        "dpko.md": binary,
      }),
    ).toEqual([
      "dpko.md:1:5 error file/encoding Unexpected NUL byte: this looks like a binary file, not text",
      "unicef.md:1:1 error file/encoding Unexpected UTF-16 text, expected UTF-8",
    ]);
  });

  it("reports an empty file", async () => {
    expect(
      await contributionDiagnostics({
        "report.yaml": reportYaml(),
        "unicef.md": "",
      }),
    ).toEqual([
      "unicef.md:1:1 error file/empty Unexpected empty file, expected front matter and at least one `##` section",
    ]);
  });

  it("keeps file positions inside YAML contributions' block scalars", async () => {
    const yaml =
      "entity: DPKO\nyear: 2004\nsections:\n  Peacekeeping operations: |\n    First paragraph.\n\n    ### Not allowed\n";
    expect(
      await contributionDiagnostics({
        "report.yaml": reportYaml(),
        "dpko.yaml": yaml,
      }),
    ).toEqual([
      "dpko.yaml:7:5 error structure/heading-level Unexpected `###` heading, expected `##` headings only",
    ]);
  });
});

describe("report.yaml and the outline are configuration (exit 2)", () => {
  const load = async (files: Record<string, string>) => {
    const { root, dir } = makeEdition(files);
    return buildReport(root, dir).then(
      () => undefined,
      (error: unknown) => error,
    );
  };

  it("a missing report.yaml", async () => {
    const error = await load({ "unicef.md": text });
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      "Missing report.yaml in the edition folder",
    );
  });

  it("bad YAML, with its line", async () => {
    const error = (await load({
      "report.yaml": "year: 2004\ntitle: [unclosed\n",
    })) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.place?.line).toBe(3);
    expect(error.message).toMatch(/^report\.yaml is not valid YAML/);
  });

  it("an unknown kind of entity, at its line", async () => {
    const error = (await load({
      "report.yaml": reportYaml({
        entities: "  - { code: UNICEF, name: UNICEF, kind: agency }",
      }),
    })) as ConfigError;
    expect(error.message).toBe(
      '`entities.0.kind` is "agency", expected one of member, observer, task-manager, member-state',
    );
    expect(error.place).toEqual({
      file: expect.stringMatching(
        /\/contributions\/2004\/report\.yaml$/,
      ) as unknown,
      line: 8,
      column: 41,
    });
  });

  it("a template that does not exist, or escapes the repository", async () => {
    const missing = (await load({
      "report.yaml": reportYaml({ template: "nonesuch" }),
    })) as ConfigError;
    expect(missing.message).toBe(
      "No outline named nonesuch: templates/nonesuch.yaml does not exist",
    );
    const escaping = (await load({
      "report.yaml": reportYaml({ template: "../../../etc/outline.yaml" }),
    })) as ConfigError;
    expect(escaping.message).toBe(
      "The template ../../../etc/outline.yaml is outside the repository",
    );
  });

  it("a malformed chapter", async () => {
    const error = (await load({
      "report.yaml": reportYaml({ template: "outline.yaml" }),
      "outline.yaml": "chapters:\n  - title: No id\n",
    })) as ConfigError;
    expect(error.message).toBe(
      "Missing key `id`: Stable id contributions may use as heading.",
    );
    expect(error.place?.file).toMatch(/\/contributions\/2004\/outline\.yaml$/);
  });
});
