import type { FieldSpec } from "./field-spec.js";
import {
  contributionFrontMatterSpec,
  outlineSpec,
  reportConfigSpec,
  yamlContributionSpec,
} from "./specs.js";

export type JsonSchema = { [key: string]: unknown };

const DRAFT = "https://json-schema.org/draft/2020-12/schema";

/** The documents `wps-report schema <which>` describes, each from the FieldSpec the validator checks against. */
export const schemaSources = {
  contribution: {
    spec: contributionFrontMatterSpec,
    title: "wps-report contribution front matter",
  },
  "yaml-contribution": {
    spec: yamlContributionSpec,
    title: "wps-report contribution written as YAML",
  },
  report: { spec: reportConfigSpec, title: "wps-report report.yaml" },
  outline: { spec: outlineSpec, title: "wps-report outline" },
} as const satisfies Record<string, { spec: FieldSpec; title: string }>;

export type SchemaName = keyof typeof schemaSources;

export const schemaNames = Object.keys(schemaSources) as SchemaName[];

export function isSchemaName(name: string): name is SchemaName {
  return Object.hasOwn(schemaSources, name);
}

/** One document's JSON Schema (draft 2020-12), ready to print or to save for an editor. */
export function jsonSchemaFor(name: SchemaName): JsonSchema {
  const { spec, title } = schemaSources[name];
  return { $schema: DRAFT, title, ...fieldToJsonSchema(spec) };
}

/** Every document's schema under `$defs` of one object, for `wps-report schema` without an argument. */
export function allJsonSchemas(): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  for (const name of schemaNames) {
    const { spec, title } = schemaSources[name];
    defs[name] = { title, ...fieldToJsonSchema(spec) };
  }
  return {
    $schema: DRAFT,
    title: "wps-report",
    description:
      "The files wps-report reads; point an editor at one of $defs (e.g. #/$defs/contribution), or run `wps-report schema <name>` for a single document.",
    $defs: defs,
  };
}

/** FieldSpec -> JSON Schema. Objects are closed (additionalProperties), as the validator reports unknown keys. */
export function fieldToJsonSchema(spec: FieldSpec): JsonSchema {
  const description = { description: spec.description };
  switch (spec.type) {
    case "string":
      return {
        type: "string",
        ...description,
        ...(spec.pattern === undefined ? {} : { pattern: spec.pattern }),
        ...(spec.examples === undefined ? {} : { examples: spec.examples }),
      };
    case "integer":
      return {
        type: "integer",
        ...description,
        ...(spec.minimum === undefined ? {} : { minimum: spec.minimum }),
        ...(spec.maximum === undefined ? {} : { maximum: spec.maximum }),
      };
    case "date":
      // `format` helps editors; the pattern is what a validator without format support checks.
      return {
        type: "string",
        ...description,
        format: "date",
        pattern: "^\\d{4}-\\d{2}-\\d{2}$",
        examples: ["2004-10-13"],
      };
    case "enum":
      return { type: "string", ...description, enum: [...spec.values] };
    case "array":
      return {
        type: "array",
        ...description,
        items: fieldToJsonSchema(spec.items),
      };
    case "object": {
      const properties: Record<string, JsonSchema> = {};
      for (const [key, value] of Object.entries(spec.properties))
        properties[key] = fieldToJsonSchema(value);
      return {
        type: "object",
        ...description,
        properties,
        ...(spec.required === undefined || spec.required.length === 0
          ? {}
          : { required: [...spec.required] }),
        additionalProperties:
          spec.additional === undefined
            ? false
            : fieldToJsonSchema(spec.additional),
      };
    }
  }
}
