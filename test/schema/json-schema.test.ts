import { Ajv2020 } from "ajv/dist/2020.js";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/load/front-matter.js";
import { checkAgainstSpec } from "../../src/schema/field-spec.js";
import { contributionFrontMatterSpec } from "../../src/schema/specs.js";
import { repoRoot, runInProcess } from "../helpers/cli.js";

type Validator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; keyword: string; params: unknown }[] | null;
};

/** Strict Ajv: a schema with unknown keywords or contradictory types does not compile. Formats are editor hints; the patterns carry the check. */
function compile(schema: object): Validator {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    validateFormats: false,
  });
  return ajv.compile(schema) as Validator;
}

async function schemaOutput(which?: string): Promise<object> {
  const run = await runInProcess(
    which === undefined ? ["schema"] : ["schema", which],
    { cwd: repoRoot },
  );
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as object;
}

const sampleDir = path.join(repoRoot, "contributions/2004");
const sampleFiles = readdirSync(sampleDir).filter(
  (f) => f !== "report.yaml" && /\.(md|ya?ml)$/.test(f),
);

function frontMatterOf(file: string): unknown {
  const text = readFileSync(path.join(sampleDir, file), "utf8");
  if (file.endsWith(".md")) return parse(splitFrontMatter(text).yaml ?? "");
  return parse(text);
}

describe("wps-report schema", () => {
  it("prints JSON Schemas (draft 2020-12) that a strict validator compiles", async () => {
    for (const which of [
      "contribution",
      "yaml-contribution",
      "report",
      "outline",
    ]) {
      const schema = await schemaOutput(which);
      expect(schema).toMatchObject({
        $schema: "https://json-schema.org/draft/2020-12/schema",
      });
      expect(() => compile(schema)).not.toThrow();
    }
    const all = (await schemaOutput()) as { $defs: Record<string, object> };
    expect(Object.keys(all.$defs)).toEqual([
      "contribution",
      "yaml-contribution",
      "report",
      "outline",
    ]);
    expect(() => compile(all)).not.toThrow();
  });

  it("accepts the front matter of every sample contribution", async () => {
    const markdown = compile(await schemaOutput("contribution"));
    const yaml = compile(await schemaOutput("yaml-contribution"));
    expect(sampleFiles.length).toBeGreaterThan(0);
    for (const file of sampleFiles) {
      const validate = file.endsWith(".md") ? markdown : yaml;
      expect(validate(frontMatterOf(file)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("accepts the sample report.yaml and the bundled outlines", async () => {
    const report = compile(await schemaOutput("report"));
    expect(
      report(parse(readFileSync(path.join(sampleDir, "report.yaml"), "utf8"))),
    ).toBe(true);
    const outline = compile(await schemaOutput("outline"));
    for (const name of ["sg-report", "pillars"])
      expect(
        outline(
          parse(
            readFileSync(path.join(repoRoot, `templates/${name}.yaml`), "utf8"),
          ),
        ),
        name,
      ).toBe(true);
  });

  it("rejects a misspelt key, as validate does", async () => {
    const validate = compile(await schemaOutput("contribution"));
    const misspelt = {
      entity: "UNICEF",
      year: 2004,
      focal_piont: { name: "Jane Doe" },
    };
    expect(validate(misspelt)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({
        keyword: "additionalProperties",
        params: { additionalProperty: "focal_piont" },
      }),
    );
    expect(
      checkAgainstSpec(contributionFrontMatterSpec, misspelt).map((p) => p.kind),
    ).toEqual(["unknown-key"]);
    // Nested too: a misspelt focal point key.
    expect(
      validate({
        entity: "UNICEF",
        year: 2004,
        focal_point: { name: "Jane Doe", emial: "jdoe@unicef.org" },
      }),
    ).toBe(false);
  });

  it("agrees with the validator on values", async () => {
    const validate = compile(await schemaOutput("contribution"));
    const cases: unknown[] = [
      { entity: "UNICEF", year: 2004 },
      { entity: "unicef", year: 2004 },
      { entity: "UNICEF" },
      { entity: "UNICEF", year: "2004" },
      { entity: "UNICEF", year: 2004, focal_point: { email: "not an address" } },
      { entity: "UNICEF", year: 2004, submitted: "15 July 2004" },
      { entity: "UNICEF", year: 2004, submitted: "2004-07-15" },
    ];
    for (const data of cases)
      expect(validate(data), JSON.stringify(data)).toBe(
        checkAgainstSpec(contributionFrontMatterSpec, data).length === 0,
      );
  });

  it("refuses an unknown schema name with exit 2", async () => {
    const run = await runInProcess(["schema", "contributions"], {
      cwd: repoRoot,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "Unexpected schema `contributions`, expected one of contribution, yaml-contribution, report, outline",
    );
  });

  it("the committed schema/ files are what the command prints (regenerate: wps-report schema <name> > schema/<name>.schema.json)", async () => {
    for (const which of [
      "contribution",
      "yaml-contribution",
      "report",
      "outline",
    ]) {
      const run = await runInProcess(["schema", which], { cwd: repoRoot });
      expect(
        readFileSync(path.join(repoRoot, `schema/${which}.schema.json`), "utf8"),
        which,
      ).toBe(run.stdout);
    }
  });

  it("the contribution template's modeline points at the committed schema from where contributions live", () => {
    const template = readFileSync(
      path.join(repoRoot, "templates/contribution.md"),
      "utf8",
    );
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(
      splitFrontMatter(template).yaml ?? "",
    );
    expect(modeline?.[1]).toBeDefined();
    expect(
      path.posix.join("contributions/2005", modeline?.[1] ?? ""),
    ).toBe("schema/contribution.schema.json");
  });
});
