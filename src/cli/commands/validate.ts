import path from "node:path";
import { buildReport } from "../../build-report.js";
import { UsageError } from "../../diagnostics/errors.js";
import { exitCodeFor } from "../../diagnostics/exit-code.js";
import { formatDiagnosticsGithub } from "../../diagnostics/format-github.js";
import { formatDiagnosticsJson } from "../../diagnostics/format-json.js";
import { formatDiagnosticsText } from "../../diagnostics/format-text.js";
import { locateEdition, toPosix } from "../../load/find-edition.js";
import type { CliIO } from "../io.js";
import { styleFor } from "../style.js";

export interface ValidateOptions {
  /** Contribution files to report on; all when empty. */
  files: string[];
  edition?: string;
  format: "text" | "json" | "github";
  strict?: boolean;
}

export async function validateCommand(
  options: ValidateOptions,
  io: CliIO,
): Promise<number> {
  const { root, dir } = await locateEdition(io.cwd, options.edition);
  // The whole pipeline short of rendering: some findings (empty sections, report-wide rules) exist only once merged.
  const result = await buildReport(root, dir);
  let { diagnostics, silenced } = result;
  if (options.files.length > 0) {
    const wanted = new Set(
      options.files.map((file) => rootRelative(file, root, io.cwd)),
    );
    diagnostics = diagnostics.filter((d) => wanted.has(d.file));
    silenced = silenced.filter((s) => wanted.has(s.diagnostic.file));
  }
  const where = { root, cwd: io.cwd };
  if (options.format === "json")
    io.stdout.write(formatDiagnosticsJson(diagnostics, silenced, where));
  else if (options.format === "github")
    io.stdout.write(formatDiagnosticsGithub(diagnostics, where));
  else
    io.stdout.write(
      formatDiagnosticsText(diagnostics, {
        ...where,
        style: styleFor(io.stdout, io.env),
      }),
    );
  return exitCodeFor(diagnostics, { strict: options.strict === true });
}

function rootRelative(file: string, root: string, cwd: string): string {
  const relative = toPosix(path.relative(root, path.resolve(cwd, file)));
  if (relative.startsWith("../"))
    throw new UsageError(
      `${file} is not inside the report's repository (${root})`,
    );
  return relative;
}
