import { ConfigError } from "../diagnostics/errors.js";
import type { Entity, ReportConfig } from "../model.js";
import { reportConfigSpec, type ReportYaml } from "../schema/specs.js";
import { readConfigYaml } from "./config-yaml.js";
import { positionOfPath, type PositionedYaml } from "./yaml-document.js";

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
  const { yaml, data } = readConfigYaml(bytes, file, {
    name: "report.yaml",
    expected: "a mapping of settings (year:, template:, ...)",
    spec: reportConfigSpec,
  });
  const entities = readEntities(data.entities, yaml, file);
  const config: ReportConfig = {
    file,
    year: data.year,
    template: data.template,
    templatePosition: positionOfPath(yaml, ["template"]),
    symbol: data.symbol,
    title: data.title,
    date: data.date,
    wordLimit: data.word_limit ?? DEFAULT_WORD_LIMIT,
    contributionWordLimit:
      data.contribution_word_limit ?? DEFAULT_CONTRIBUTION_WORD_LIMIT,
    organ: data.organ ?? "Security Council",
    distribution: data.distribution ?? "General",
    originalLanguage: data.original_language ?? "English",
    entities,
    rules: data.rules ?? {},
    paper: "a4",
  };
  if (data.deadline !== undefined) config.deadline = data.deadline;
  if (data.job_number !== undefined) config.jobNumber = data.job_number;
  if (data.bar_code === "code39") config.barCode = true;
  // Job numbers of this form are New York's, whose documents are on letter paper.
  config.paper =
    data.paper ?? (config.jobNumber !== undefined ? "letter" : "a4");
  if (data.subtitle !== undefined) config.subtitle = data.subtitle;
  if (!config.symbol.startsWith(`S/${config.year}/`)) {
    throw new ConfigError(
      `The symbol ${config.symbol} does not belong to ${config.year}, expected S/${config.year}/...`,
      { file, ...positionOfPath(yaml, ["symbol"]) },
    );
  }
  return config;
}

function readEntities(
  roster: ReportYaml["entities"],
  yaml: PositionedYaml,
  file: string,
): Entity[] {
  const seen = new Map<string, number>();
  return roster.map((item, index) => {
    const position = { file, ...positionOfPath(yaml, ["entities", index]) };
    const { code } = item;
    const duplicate = seen.get(code.toUpperCase());
    if (duplicate !== undefined) {
      throw new ConfigError(
        `Entity ${code} is listed twice in the roster (entries ${duplicate + 1} and ${index + 1})`,
        position,
        "Keep one entry per entity.",
      );
    }
    seen.set(code.toUpperCase(), index);
    const entity: Entity = { code, name: item.name, kind: item.kind, position };
    if (item.focal_point !== undefined) entity.focalPoint = item.focal_point;
    if (item.deadline !== undefined) entity.deadline = item.deadline;
    if (item.word_limit !== undefined) entity.wordLimit = item.word_limit;
    return entity;
  });
}
