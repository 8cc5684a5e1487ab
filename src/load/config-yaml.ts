import { ConfigError } from "../diagnostics/errors.js";
import {
  checkAgainstSpec,
  isPlainRecord,
  type FieldSpec,
  type SpecType,
} from "../schema/field-spec.js";
import { decodeText } from "./decode-text.js";
import {
  positionOfPath,
  readYaml,
  type PositionedYaml,
} from "./yaml-document.js";

export interface ConfigYaml<S extends FieldSpec> {
  yaml: PositionedYaml;
  text: string;
  /** The file's data, checked against the spec (so typed by it). */
  data: SpecType<S> & Record<string, unknown>;
}

/**
 * Decode, parse and check a configuration file (report.yaml, an outline)
 * against its spec. The first problem is thrown as a ConfigError at its
 * line: nothing can be checked or built on a broken configuration.
 */
export function readConfigYaml<S extends FieldSpec>(
  bytes: Uint8Array,
  file: string,
  options: { name: string; expected: string; spec: S },
): ConfigYaml<S> {
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    throw new ConfigError(
      decoded.message,
      { file, line: decoded.line, column: decoded.column },
      decoded.hint,
    );
  const yaml = readYaml(decoded.text);
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
  // checkAgainstSpec found nothing: the data has the spec's type.
  return {
    yaml,
    text: decoded.text,
    data: yaml.data as SpecType<S> & Record<string, unknown>,
  };
}
