import { UsageError } from "../../diagnostics/errors.js";
import {
  allJsonSchemas,
  isSchemaName,
  schemaNames,
} from "../../schema/json-schema.js";
import { schemaText } from "../../init/schema-files.js";
import type { CliIO } from "../io.js";

export interface SchemaOptions {
  /** contribution, yaml-contribution, report or outline; all of them under `$defs` when absent. */
  which?: string;
  /** Accepted like every command's; the schema does not depend on an edition, so the saved files stay the same everywhere. */
  edition?: string;
}

export function schemaCommand(
  options: SchemaOptions,
  io: CliIO,
): Promise<number> {
  const { which } = options;
  if (which !== undefined && !isSchemaName(which)) {
    return Promise.reject(
      new UsageError(
        `Unexpected schema \`${which}\`, expected one of ${schemaNames.join(", ")} (or nothing for all of them)`,
      ),
    );
  }
  // A single schema is printed exactly as `init` saves it under schema/, so the files can be checked against this output.
  io.stdout.write(
    which === undefined
      ? `${JSON.stringify(allJsonSchemas(), null, 2)}\n`
      : schemaText(which),
  );
  return Promise.resolve(0);
}
