import { ConfigError } from "../diagnostics/errors.js";
import {
  checkAgainstSpec,
  isPlainRecord,
  type FieldSpec,
} from "../schema/field-spec.js";
import { decodeText } from "./decode-text.js";
import { positionOfPath } from "./yaml-document.js";
import {
  parseYamlWithPositions,
  type PositionedYaml,
} from "./yaml-document.js";

export interface ConfigYaml {
  yaml: PositionedYaml;
  text: string;
  data: Record<string, unknown>;
}

/**
 * Decode, parse and check a configuration file (report.yaml, an outline)
 * against its spec. The first problem is thrown as a ConfigError at its
 * line: nothing can be checked or built on a broken configuration.
 */
export function readConfigYaml(
  bytes: Uint8Array,
  file: string,
  options: { name: string; expected: string; spec: FieldSpec },
): ConfigYaml {
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
      `${options.name} is not valid YAML: ${firstError.message}`,
      { file, line: firstError.line, column: firstError.column },
    );
  }
  if (!isPlainRecord(yaml.data))
    throw new ConfigError(`${options.name} should be ${options.expected}`, {
      file,
      line: 1,
      column: 1,
    });
  const problem = checkAgainstSpec(options.spec, yaml.data)[0];
  if (problem !== undefined)
    throw new ConfigError(problem.message, {
      file,
      ...positionOfPath(yaml, problem.path),
    });
  return { yaml, text: decoded.text, data: yaml.data };
}
