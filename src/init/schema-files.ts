import path from "node:path";
import { jsonSchemaFor, schemaNames } from "../schema/json-schema.js";
import { updateTextFile } from "../fs/text-files.js";

/** Where the schemas live, root-relative: the modelines in templates/contribution.md and report.yaml point here. */
export const SCHEMA_DIR = "schema";

export function schemaFileName(name: string): string {
  return `${SCHEMA_DIR}/${name}.schema.json`;
}

/** The text `wps-report schema <name>` prints, which is also what the saved file holds. */
export function schemaText(name: (typeof schemaNames)[number]): string {
  return `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`;
}

/** (Re)write schema/<name>.schema.json for editors; generated files, so refreshing them is never a clobber. */
export async function writeSchemaFiles(
  root: string,
): Promise<{ file: string; change: "created" | "updated" | "unchanged" }[]> {
  const results = [];
  for (const name of schemaNames) {
    const file = schemaFileName(name);
    const change = await updateTextFile(path.join(root, file), () =>
      schemaText(name),
    );
    results.push({ file, change });
  }
  return results;
}
