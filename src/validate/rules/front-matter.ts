import path from "node:path";
import type { Contribution, Edition } from "../../model.js";
import { checkAgainstSpec, knownKeys } from "../../schema/field-spec.js";
import { closest } from "../../shared/closest-match.js";
import {
  contributionFrontMatterSpec,
  yamlContributionSpec,
} from "../../schema/specs.js";
import { defineRules, type RuleReporter } from "../define-rules.js";
import type { Place } from "../reporter.js";

const rules = {
  "front-matter/unknown-key": {
    severity: "error",
    title: "Front matter has known keys only",
    hint: `Known keys: ${knownKeys(contributionFrontMatterSpec)}.`,
  },
  "front-matter/missing-key": {
    severity: "error",
    title: "Front matter names the entity and the year",
  },
  "front-matter/invalid-value": {
    severity: "error",
    title: "Front-matter values have the right form",
  },
  "entity/unknown": {
    severity: "error",
    title: "The entity is on the roster in report.yaml",
    hint: "Use the entity code exactly as in report.yaml, or ask the task manager to add your entity.",
  },
  "entity/year": { severity: "error", title: "The year is the edition's" },
  "entity/file-name": {
    severity: "error",
    title: "The file is named after the entity",
  },
  "entity/duplicate": {
    severity: "error",
    title: "One file per entity",
    hint: "Merge the two files into one.",
  },
} as const;

/** Front matter against its schema, then against the roster: entity, year, file name, one file per entity. */
export const frontMatterRules = defineRules({
  input: "edition",
  rules,
  check: checkFrontMatter,
});

function checkFrontMatter(
  edition: Edition,
  reporter: RuleReporter<typeof rules>,
): void {
  const byEntity = new Map<string, Contribution>();
  const codes = edition.config.entities.map((e) => e.code);
  for (const contribution of edition.contributions) {
    const { frontMatter, file } = contribution;
    // The loader has reported why it could not be read; its keys are not known.
    if (frontMatter.unreadable === true) continue;
    const keyAt = (key: string): Place =>
      frontMatter.keyPositions.get(key) ?? firstLine(contribution);
    const valueAt = (key: string): Place =>
      frontMatter.valuePositions.get(key) ?? keyAt(key);
    const spec =
      contribution.format === "yaml"
        ? yamlContributionSpec
        : contributionFrontMatterSpec;
    for (const problem of checkAgainstSpec(spec, frontMatter.data)) {
      const top = String(problem.path[0] ?? "");
      if (problem.kind === "unknown-key") {
        reporter.report(
          "front-matter/unknown-key",
          problem.path.length === 1 ? keyAt(top) : valueAt(top),
          problem.message,
          {
            ...(problem.suggestion === undefined
              ? {}
              : { hint: `Rename it to \`${problem.suggestion}\`.` }),
          },
        );
      } else if (problem.kind === "missing-key") {
        reporter.report(
          "front-matter/missing-key",
          firstLine(contribution),
          problem.message,
          { hint: exampleFor(top, edition) },
        );
      } else if (!(
        top === "entity" && typeof frontMatter.data["entity"] === "string"
      )) {
        // A string entity that is not a well-formed code is reported once, by the roster check below.
        reporter.report(
          "front-matter/invalid-value",
          valueAt(top),
          problem.message,
          { hint: exampleFor(top, edition) },
        );
      }
    }

    const entity = contribution.entity;
    if (entity === undefined) continue;
    const known = edition.config.entities.find((e) => e.code === entity);
    if (known === undefined) {
      const caseless = edition.config.entities.find(
        (e) => e.code.toLowerCase() === entity.toLowerCase(),
      );
      const suggestion = caseless?.code ?? closest(entity, codes);
      reporter.report(
        "entity/unknown",
        valueAt("entity"),
        `Unexpected entity \`${entity}\`, expected a code from the roster in report.yaml${suggestion === undefined ? "" : ` (did you mean \`${suggestion}\`?)`}`,
      );
      continue;
    }
    const year = frontMatter.data["year"];
    if (typeof year === "number" && year !== edition.config.year) {
      reporter.report(
        "entity/year",
        valueAt("year"),
        `Unexpected year ${year}: this folder is the ${edition.config.year} edition`,
        {
          hint: `Write \`year: ${edition.config.year}\`, or move the file to contributions/${year}/.`,
        },
      );
    }
    const expectedName = entity.toLowerCase();
    const actualName = path.posix.basename(file).replace(/\.(md|ya?ml)$/i, "");
    if (actualName !== expectedName) {
      reporter.report(
        "entity/file-name",
        valueAt("entity"),
        `The file is named \`${path.posix.basename(file)}\` but its entity is ${entity}, expected \`${expectedName}.${contribution.format === "yaml" ? "yaml" : "md"}\``,
        {
          hint: `Rename the file to ${expectedName}.${contribution.format === "yaml" ? "yaml" : "md"} (or correct \`entity:\`).`,
        },
      );
    }
    const earlier = byEntity.get(entity);
    if (earlier !== undefined) {
      reporter.report(
        "entity/duplicate",
        valueAt("entity"),
        `${entity} already has a contribution in \`${path.posix.basename(earlier.file)}\`; one file per entity`,
      );
    } else byEntity.set(entity, contribution);
  }
}

function firstLine(contribution: Contribution): Place {
  return { file: contribution.file, line: 1, column: 1 };
}

function exampleFor(key: string, edition: Edition): string | undefined {
  switch (key) {
    case "entity":
      return `Write the entity code from report.yaml, e.g. \`entity: ${edition.config.entities[0]?.code ?? "UNICEF"}\`.`;
    case "year":
      return `Write \`year: ${edition.config.year}\`.`;
    case "submitted":
      return "Write the date as YYYY-MM-DD, e.g. `submitted: 2004-07-15`.";
    case "focal_point":
      return "Write `focal_point: { name: Jane Doe, email: jdoe@example.org }`.";
    case "sections":
      return "Add `sections:` with one `<section title>: |` entry per section, the text indented below it.";
    default:
      return undefined;
  }
}
