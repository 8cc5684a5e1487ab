import { append } from "../shared/append.js";
import { closest } from "../shared/closest-match.js";

/**
 * A small declarative description of the YAML the tool reads. The loader
 * checks values against it and `wps-report schema` turns the same specs into
 * JSON Schema, so editors and the validator never disagree.
 */
export type FieldSpec =
  | {
      type: "string";
      description: string;
      pattern?: string;
      patternHint?: string;
      examples?: readonly string[];
    }
  | { type: "integer"; description: string; minimum?: number; maximum?: number }
  | { type: "date"; description: string }
  | { type: "enum"; description: string; values: readonly string[] }
  | {
      type: "object";
      description: string;
      properties: Record<string, FieldSpec>;
      required?: readonly string[];
      additional?: FieldSpec;
    }
  | { type: "array"; description: string; items: FieldSpec };

/**
 * The TypeScript type of a value that passed `checkAgainstSpec(spec, …)`,
 * read off a spec declared `as const satisfies FieldSpec`: the spec is the
 * one source of the type, the messages and the JSON Schema. Dates are ISO
 * strings; keys outside `required` are optional; `additional` gives the
 * type of every other key.
 */
export type SpecType<S> = S extends { type: "string" | "date" }
  ? string
  : S extends { type: "integer" }
    ? number
    : S extends { type: "enum"; values: readonly (infer V)[] }
      ? V
      : S extends { type: "array"; items: infer I }
        ? SpecType<I>[]
        : S extends { type: "object"; properties: infer P }
          ? ObjectType<P, RequiredKeys<S>> & AdditionalType<S>
          : never;

type RequiredKeys<S> = S extends { required: readonly (infer K)[] } ? K : never;

type AdditionalType<S> = S extends { additional: infer A }
  ? Record<string, SpecType<A>>
  : unknown;

// One mapped type (not an intersection of two) so hovers and errors show a plain object.
type ObjectType<P, R> = Flatten<
  { -readonly [K in keyof P & R]: SpecType<P[K]> } & {
    -readonly [K in Exclude<keyof P, R>]?: SpecType<P[K]>;
  }
>;

type Flatten<T> = { [K in keyof T]: T[K] };

/** `focal_point` -> `focalPoint`: the model's name for a YAML key. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** An object type with its keys camel-cased (optional keys stay optional). */
export type CamelCased<T> = {
  [K in keyof T as CamelCase<K & string>]: T[K];
};

/**
 * A value as written, before its check: the keys its spec knows (a misspelt
 * key is a compile error), each of unknown type until checked.
 */
export type Unchecked<S> = {
  readonly [K in keyof SpecType<S>]?: unknown;
};

export interface SpecProblem {
  /** Key path from the checked value, e.g. ["entities", 3, "kind"]. */
  path: (string | number)[];
  message: string;
  /** For unknown keys: the known key it is closest to. */
  suggestion?: string;
  kind: "unknown-key" | "missing-key" | "type";
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkAgainstSpec(
  spec: FieldSpec,
  value: unknown,
  path: (string | number)[] = [],
): SpecProblem[] {
  const where = path.length > 0 ? `\`${path.join(".")}\`` : "The value";
  switch (spec.type) {
    case "string":
      if (typeof value !== "string")
        return [{ path, kind: "type", message: `${where} should be text` }];
      if (spec.pattern !== undefined && !new RegExp(spec.pattern).test(value)) {
        return [
          {
            path,
            kind: "type",
            message: `${where} is \`${value}\`, expected ${spec.patternHint ?? `text matching ${spec.pattern}`}`,
          },
        ];
      }
      return [];
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value))
        return [
          { path, kind: "type", message: `${where} should be a whole number` },
        ];
      if (
        (spec.minimum !== undefined && value < spec.minimum) ||
        (spec.maximum !== undefined && value > spec.maximum)
      ) {
        return [
          {
            path,
            kind: "type",
            message: `${where} is ${value}, expected a number from ${spec.minimum ?? "-∞"} to ${spec.maximum ?? "∞"}`,
          },
        ];
      }
      return [];
    case "date":
      if (
        typeof value !== "string" ||
        !ISO_DATE.test(value) ||
        !isRealDate(value)
      ) {
        return [
          {
            path,
            kind: "type",
            message: `${where} should be a date written YYYY-MM-DD, e.g. 2004-10-13`,
          },
        ];
      }
      return [];
    case "enum":
      if (typeof value !== "string" || !spec.values.includes(value)) {
        return [
          {
            path,
            kind: "type",
            message: `${where} is ${JSON.stringify(value)}, expected one of ${spec.values.join(", ")}`,
          },
        ];
      }
      return [];
    case "array":
      if (!Array.isArray(value))
        return [{ path, kind: "type", message: `${where} should be a list` }];
      return value.flatMap((item, index) =>
        checkAgainstSpec(spec.items, item, [...path, index]),
      );
    case "object":
      return checkObject(spec, value, path, where);
  }
}

function checkObject(
  spec: Extract<FieldSpec, { type: "object" }>,
  value: unknown,
  path: (string | number)[],
  where: string,
): SpecProblem[] {
  if (!isPlainRecord(value))
    return [
      {
        path,
        kind: "type",
        message: `${where} should be a mapping of keys to values`,
      },
    ];
  const problems: SpecProblem[] = [];
  const known = Object.keys(spec.properties);
  for (const key of Object.keys(value)) {
    const property = Object.hasOwn(spec.properties, key)
      ? spec.properties[key]
      : spec.additional;
    if (property === undefined) {
      const suggestion = closest(key, known);
      problems.push({
        path: [...path, key],
        kind: "unknown-key",
        message: `Unexpected key \`${key}\`${suggestion === undefined ? `, expected one of ${known.join(", ")}` : ` (did you mean \`${suggestion}\`?)`}`,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
      continue;
    }
    append(problems, checkAgainstSpec(property, value[key], [...path, key]));
  }
  for (const key of spec.required ?? []) {
    if (!Object.hasOwn(value, key)) {
      problems.push({
        path: [...path, key],
        kind: "missing-key",
        message: `Missing key \`${key}\`: ${spec.properties[key]?.description ?? ""}`,
      });
    }
  }
  return problems;
}

/**
 * An object spec's keys for a hint, a nested object's own keys in brackets:
 * "entity, year, focal_point (name, email, github), submitted".
 */
export function knownKeys(spec: FieldSpec): string {
  if (spec.type !== "object") return "";
  return Object.entries(spec.properties)
    .map(([key, property]) =>
      property.type === "object" && Object.keys(property.properties).length > 0
        ? `${key} (${knownKeys(property)})`
        : key,
    )
    .join(", ");
}

export function isPlainRecord(
  value: unknown,
): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d
  );
}
