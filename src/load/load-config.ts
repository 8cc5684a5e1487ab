import { isMap, isSeq, type Node } from "yaml";
import { ConfigError } from "../diagnostics/errors.js";
import type {
  Entity,
  EntityKind,
  ReportConfig,
  RuleSetting,
} from "../model.js";
import { checkAgainstSpec, isPlainRecord } from "../schema/field-spec.js";
import { reportConfigSpec } from "../schema/specs.js";
import { decodeText } from "./decode-text.js";
import {
  parseYamlWithPositions,
  type PositionedYaml,
} from "./yaml-document.js";

const DEFAULT_WORD_LIMIT = 8500;
const DEFAULT_CONTRIBUTION_WORD_LIMIT = 1500;

/**
 * report.yaml -> ReportConfig. Every problem here is a configuration error
 * (exit 2), thrown with the file and line, because nothing can be checked
 * or built without a sound report.yaml.
 */
export function parseReportConfig(
  bytes: Uint8Array,
  file: string,
): ReportConfig {
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    throw new ConfigError(
      decoded.message,
      { file, line: decoded.line, column: decoded.column },
      decoded.hint,
    );
  const yaml = parseYamlWithPositions(decoded.text);
  const firstError = yaml.errors[0];
  if (firstError !== undefined) {
    throw new ConfigError(
      `report.yaml is not valid YAML: ${firstError.message}`,
      { file, line: firstError.line, column: firstError.column },
    );
  }
  if (!isPlainRecord(yaml.data))
    throw new ConfigError(
      "report.yaml should be a mapping of settings (year:, template:, ...)",
      { file, line: 1, column: 1 },
    );
  const problem = checkAgainstSpec(reportConfigSpec, yaml.data)[0];
  if (problem !== undefined) {
    const at = positionOfPath(yaml, problem.path);
    throw new ConfigError(problem.message, { file, ...at });
  }
  const data = yaml.data;
  const entities = readEntities(
    data["entities"] as Record<string, unknown>[],
    yaml,
    file,
  );
  const config: ReportConfig = {
    file,
    year: data["year"] as number,
    template: data["template"] as string,
    symbol: data["symbol"] as string,
    title: data["title"] as string,
    date: data["date"] as string,
    wordLimit: (data["word_limit"] as number | undefined) ?? DEFAULT_WORD_LIMIT,
    contributionWordLimit:
      (data["contribution_word_limit"] as number | undefined) ??
      DEFAULT_CONTRIBUTION_WORD_LIMIT,
    organ: (data["organ"] as string | undefined) ?? "Security Council",
    distribution: (data["distribution"] as string | undefined) ?? "General",
    originalLanguage:
      (data["original_language"] as string | undefined) ?? "English",
    entities,
    rules: (data["rules"] as Record<string, RuleSetting> | undefined) ?? {},
  };
  if (typeof data["deadline"] === "string") config.deadline = data["deadline"];
  if (typeof data["job_number"] === "string")
    config.jobNumber = data["job_number"];
  if (typeof data["subtitle"] === "string") config.subtitle = data["subtitle"];
  if (!config.symbol.startsWith(`S/${config.year}/`)) {
    throw new ConfigError(
      `The symbol ${config.symbol} does not belong to ${config.year}, expected S/${config.year}/...`,
      { file, ...positionOfPath(yaml, ["symbol"]) },
    );
  }
  return config;
}

function readEntities(
  raw: Record<string, unknown>[],
  yaml: PositionedYaml,
  file: string,
): Entity[] {
  const seen = new Map<string, number>();
  return raw.map((item, index) => {
    const position = { file, ...positionOfPath(yaml, ["entities", index]) };
    const code = item["code"] as string;
    const duplicate = seen.get(code.toUpperCase());
    if (duplicate !== undefined) {
      throw new ConfigError(
        `Entity ${code} is listed twice in the roster (entries ${duplicate + 1} and ${index + 1})`,
        position,
        "Keep one entry per entity.",
      );
    }
    seen.set(code.toUpperCase(), index);
    const entity: Entity = {
      code,
      name: item["name"] as string,
      kind: item["kind"] as EntityKind,
      position,
    };
    if (isPlainRecord(item["focal_point"]))
      entity.focalPoint = item["focal_point"];
    return entity;
  });
}

/** Where the node at a key path stands (falls back to the nearest ancestor that exists). */
export function positionOfPath(
  yaml: PositionedYaml,
  path: (string | number)[],
): { line: number; column: number } {
  let node: unknown = yaml.document.contents;
  let best: Node | null = yaml.document.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (p.key as { value?: unknown } | null)?.value === key,
      );
      if (pair === undefined) break;
      node = pair.value ?? pair.key;
      best = (pair.value ?? pair.key) as Node;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      if (node === undefined) break;
      best = node as Node;
    } else break;
  }
  return yaml.nodePosition(best);
}
