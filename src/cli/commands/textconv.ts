import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../../diagnostics/errors.js";
import {
  DEFAULT_DOCX_LIMITS,
  DocxLimitError,
  docxToText,
  NotDocxError,
} from "../../textconv/index.js";
import type { CliIO } from "../io.js";

export interface TextconvOptions {
  file: string;
  /** Accepted like every command's, and not needed: a DOCX stands alone. */
  edition?: string;
  /**
   * Run by git (`diff.wps-report.textconv`): a file that cannot be read
   * prints a one-line placeholder and exits 0, since any other exit code
   * makes `git diff` fail and stops `git log -p` for good.
   */
  gitDriver?: boolean;
}

/** Print a DOCX as canonical text; git calls this as the `diff.wps-report.textconv` driver. */
export async function textconvCommand(
  options: TextconvOptions,
  io: CliIO,
): Promise<number> {
  const file = path.resolve(io.cwd, options.file);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readDocxFile(file, options.file);
    // git hands an empty file for a side of the diff that has no content.
    if (bytes.length > 0) io.stdout.write(docxToText(bytes));
    return 0;
  } catch (error) {
    if (options.gitDriver !== true) throw forUsers(error, options.file);
    io.stdout.write(`${placeholder(error, bytes)}\n`);
    return 0;
  }
}

/** The file's bytes; one too large to be a DOCX we read is refused before it is read. */
async function readDocxFile(file: string, shown: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, "r");
    const { size } = await handle.stat();
    if (size > DEFAULT_DOCX_LIMITS.maxFileBytes)
      throw new DocxLimitError(
        `it is ${size.toLocaleString("en-US")} bytes, more than ${DEFAULT_DOCX_LIMITS.maxFileBytes / 1024 / 1024} MiB`,
      );
    return new Uint8Array(await handle.readFile());
  } catch (error) {
    if (error instanceof NotDocxError) throw error;
    const code =
      error instanceof Error && "code" in error ? String(error.code) : "";
    throw new ConfigError(
      code === "ENOENT"
        ? `No file at ${shown}`
        : code === "EISDIR"
          ? `Unexpected folder ${shown}, expected a .docx file`
          : `Cannot read ${shown}: ${code || String(error)}`,
      undefined,
      "Pass the path of a .docx file, e.g. `wps-report textconv drafts/2004/S-2004-814.docx`.",
    );
  } finally {
    await handle?.close();
  }
}

/** A reading error as the message a user running textconv by hand is shown (exit 2). */
function forUsers(error: unknown, shown: string): unknown {
  if (error instanceof DocxLimitError)
    return new ConfigError(
      `Cannot read ${shown}: ${error.message}`,
      undefined,
      "wps-report refuses a DOCX past its reading limits (SECURITY.md) so that a hostile file cannot stall `git diff`.",
    );
  if (error instanceof NotDocxError)
    return new ConfigError(
      `Unexpected file ${shown}, expected a DOCX: ${error.message}`,
      undefined,
      "textconv reads Word documents (.docx); a .doc or a renamed file will not do.",
    );
  return error;
}

/**
 * One line in place of the text, saying why there is none: its size and a
 * digest, so that two versions that both cannot be read still differ in
 * `git diff` when their bytes do.
 */
function placeholder(error: unknown, bytes: Uint8Array | undefined): string {
  const reason =
    error instanceof NotDocxError || error instanceof ConfigError
      ? error.message
      : `an internal error in wps-report (${error instanceof Error ? error.message : String(error)})`;
  const facts =
    bytes === undefined
      ? ""
      : ` (${bytes.length.toLocaleString("en-US")} bytes, sha256 ${createHash("sha256").update(bytes).digest("hex").slice(0, 12)})`;
  return `[wps-report textconv: this file cannot be shown as text${facts}: ${reason.replace(/\s+/g, " ")}]`;
}
