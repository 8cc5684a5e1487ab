import path from "node:path";
import { buildReport, type BuildResult } from "../../build-report.js";
import { UsageError } from "../../diagnostics/errors.js";
import { exitCodeFor } from "../../diagnostics/exit-code.js";
import { formatDiagnosticsGithub } from "../../diagnostics/format-github.js";
import { formatDiagnosticsJson } from "../../diagnostics/format-json.js";
import {
  displayPath,
  formatDiagnosticsText,
  plural,
} from "../../diagnostics/format-text.js";
import { locateEdition, toPosix } from "../../load/find-edition.js";
import { escapeLine, quotePath } from "../../diagnostics/terminal-text.js";
import type { CliIO } from "../io.js";
import { styleFor } from "../style.js";

export interface ValidateOptions {
  /** Contribution files to report on; all when empty. */
  files: string[];
  edition?: string;
  format: "text" | "json" | "github";
  strict?: boolean;
  /** Rewrite the certain fixes into the contribution files, then report what remains. */
  fix?: boolean;
}

export async function validateCommand(
  options: ValidateOptions,
  io: CliIO,
): Promise<number> {
  const { root, dir } = await locateEdition(io.cwd, options.edition);
  const wanted =
    options.files.length > 0
      ? new Set(options.files.map((file) => rootRelative(file, root, io.cwd)))
      : undefined;
  // The whole pipeline short of rendering: some findings (empty sections, report-wide rules) exist only once merged.
  let result = await buildReport(root, dir);
  if (options.fix === true) {
    const fixed = await writeFixes(result, wanted, io, options.format, {
      root,
      cwd: io.cwd,
    });
    if (fixed) result = await buildReport(root, dir);
  }
  let { diagnostics, silenced } = result;
  if (wanted !== undefined) {
    diagnostics = diagnostics.filter((d) => wanted.has(d.file));
    silenced = silenced.filter((s) => wanted.has(s.diagnostic.file));
  }
  const where = { root, cwd: io.cwd };
  if (options.format === "json")
    io.stdout.write(formatDiagnosticsJson(diagnostics, silenced, where));
  else if (options.format === "github")
    io.stdout.write(
      formatDiagnosticsGithub(diagnostics, { ...where, env: io.env }),
    );
  else
    io.stdout.write(
      formatDiagnosticsText(diagnostics, {
        ...where,
        style: styleFor(io.stdout, io.env),
      }),
    );
  return exitCodeFor(diagnostics, { strict: options.strict === true });
}

/** Apply the certain fixes and say what changed; true when a file was written. */
async function writeFixes(
  result: BuildResult,
  wanted: ReadonlySet<string> | undefined,
  io: CliIO,
  format: ValidateOptions["format"],
  where: { root: string; cwd: string },
): Promise<boolean> {
  const { fixContributions } = await import("../../fix/fix-contributions.js");
  const files = await fixContributions(
    result.edition,
    result.diagnostics.filter(
      (d) => wanted === undefined || wanted.has(d.file),
    ),
  );
  // Machine-readable formats keep stdout for the diagnostics.
  const out = format === "text" ? io.stdout : io.stderr;
  let count = 0;
  for (const file of files) {
    const shown = quotePath(displayPath(file.file, where));
    for (const change of file.applied)
      out.write(
        `${shown}:${change.line}:${change.column} ${escapeLine(change.old)} -> ${escapeLine(change.text)}\n`,
      );
    if (file.changedMeanwhile === true)
      out.write(
        `${shown}: changed while the fixes were being written (saved in an editor?); your version is kept and no fix was applied: run \`wps-report validate --fix\` again\n`,
      );
    else if (file.skipped > 0)
      out.write(
        `${shown}: ${file.skipped} fix${file.skipped === 1 ? "" : "es"} not applied (the file changed since it was read, or the fixes overlap); run \`wps-report validate --fix\` again\n`,
      );
    count += file.applied.length;
  }
  const written = files.filter((f) => f.applied.length > 0).length;
  const raced = files.some((f) => f.changedMeanwhile === true);
  out.write(
    count > 0
      ? `Fixed ${plural(count, "problem")} in ${plural(written, "file")}.\n\n`
      : raced
        ? "\n"
        : "Nothing to fix automatically.\n",
  );
  return written > 0;
}

function rootRelative(file: string, root: string, cwd: string): string {
  const relative = toPosix(path.relative(root, path.resolve(cwd, file)));
  if (relative.startsWith("../"))
    throw new UsageError(
      `${file} is not inside the report's repository (${root})`,
    );
  return relative;
}
