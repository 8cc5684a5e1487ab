import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../../diagnostics/errors.js";
import { docxToText, NotDocxError } from "../../textconv/index.js";
import type { CliIO } from "../io.js";

export interface TextconvOptions {
  file: string;
  /** Accepted like every command's, and not needed: a DOCX stands alone. */
  edition?: string;
}

/** Print a DOCX as canonical text; git calls this as the `diff.wps-report.textconv` driver. */
export async function textconvCommand(
  options: TextconvOptions,
  io: CliIO,
): Promise<number> {
  const file = path.resolve(io.cwd, options.file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code =
      error instanceof Error && "code" in error ? String(error.code) : "";
    throw new ConfigError(
      code === "ENOENT"
        ? `No file at ${options.file}`
        : code === "EISDIR"
          ? `Unexpected folder ${options.file}, expected a .docx file`
          : `Cannot read ${options.file}: ${code || String(error)}`,
      undefined,
      "Pass the path of a .docx file, e.g. `wps-report textconv drafts/2004/S-2004-814.docx`.",
    );
  }
  // git hands an empty file for a side of the diff that has no content.
  if (bytes.length === 0) return 0;
  try {
    io.stdout.write(docxToText(bytes));
  } catch (error) {
    if (!(error instanceof NotDocxError)) throw error;
    throw new ConfigError(
      `Unexpected file ${options.file}, expected a DOCX: ${error.message}`,
      undefined,
      "textconv reads Word documents (.docx); a .doc or a renamed file will not do.",
    );
  }
  return 0;
}
