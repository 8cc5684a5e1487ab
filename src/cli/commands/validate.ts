import path from "node:path";
import { buildReport, type BuildResult } from "../../build-report.js";
import { UsageError } from "../../diagnostics/errors.js";
import { exitCodeFor } from "../../diagnostics/exit-code.js";
import { formatDiagnosticsGithub } from "../../diagnostics/format-github.js";
import { formatDiagnosticsJson } from "../../diagnostics/format-json.js";
import {
  formatDiagnosticsText,
  summaryLine,
} from "../../diagnostics/format-text.js";
import { displayPath } from "../../shared/paths.js";
import { plural } from "../../shared/numbers.js";
import type {
  Diagnostic,
  SilencedDiagnostic,
} from "../../diagnostics/diagnostic.js";
import { editionOfPath } from "../../load/edition-of-path.js";
import { locateEdition } from "../../load/find-edition.js";
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
  /** Show the changes `fix` would make, and write nothing. */
  fixDryRun?: boolean;
}

export async function validateCommand(
  options: ValidateOptions,
  io: CliIO,
): Promise<number> {
  const checks = await editionsToCheck(options, io.cwd);
  const root = checks[0]?.root ?? io.cwd;
  let diagnostics: Diagnostic[] = [];
  let silenced: SilencedDiagnostic[] = [];
  const fixing = options.fix === true || options.fixDryRun === true;
  let fixedCount = 0;
  for (const { dir, wanted } of checks) {
    // The whole pipeline short of rendering: some findings (empty sections, report-wide rules) exist only once merged.
    let result = await buildReport(root, dir);
    if (fixing) {
      const fixed = await writeFixes(result, wanted, io, options, {
        root,
        cwd: io.cwd,
      });
      fixedCount += fixed;
      if (fixed > 0 && options.fixDryRun !== true)
        result = await buildReport(root, dir);
    }
    diagnostics = diagnostics.concat(
      result.diagnostics.filter((d) => wanted(d.file)),
    );
    silenced = silenced.concat(
      result.silenced.filter((s) => wanted(s.diagnostic.file)),
    );
  }
  const where = { root, cwd: io.cwd };
  if (options.format === "json")
    io.stdout.write(formatDiagnosticsJson(diagnostics, silenced, where));
  else if (options.format === "github") {
    const { githubPlace } = await import("../../git/github-links.js");
    io.stdout.write(
      formatDiagnosticsGithub(diagnostics, {
        ...where,
        env: io.env,
        ...(await githubPlace(root, io.env)),
      }),
    );
  } else
    io.stdout.write(
      formatDiagnosticsText(diagnostics, {
        ...where,
        style: styleFor(io.stdout, io.env),
      }),
    );
  if (fixing)
    // Machine-readable formats keep stdout for the diagnostics.
    (options.format === "text" ? io.stdout : io.stderr).write(
      `${fixSummary(fixedCount, diagnostics, options.fixDryRun === true)}\n`,
    );
  return exitCodeFor(diagnostics, { strict: options.strict === true });
}

/** The last line of `--fix`: what it did and what is left to do by hand. */
function fixSummary(
  fixed: number,
  remaining: readonly Diagnostic[],
  dryRun: boolean,
): string {
  if (dryRun) {
    // Nothing was written: the problems found include those --fix would fix.
    const byHand = remaining.length - fixed;
    return fixed === 0
      ? `--fix would change nothing; ${plural(remaining.length, "problem")} to fix by hand.`
      : `--fix would fix ${plural(fixed, "problem")} of ${remaining.length} (nothing was written); ${byHand} to fix by hand.`;
  }
  return remaining.length === 0
    ? `Fixed ${plural(fixed, "problem")}; none remain.`
    : `Fixed ${plural(fixed, "problem")}; ${plural(remaining.length, "problem")} ${remaining.length === 1 ? "remains" : "remain"} (${summaryLine(remaining).replace(/^\u2716 /, "")}), to fix by hand.`;
}

interface EditionCheck {
  root: string;
  dir: string;
  /** Whether a root-relative file's findings are reported. */
  wanted: (file: string) => boolean;
}

/**
 * Which editions to validate and which of their files to report on. Each
 * file is checked against the edition folder it lies in (a 2004 file
 * against 2004's report.yaml even when 2005 is the newest); a path that
 * does not exist or lies in no edition is a usage error, never "No
 * problems found".
 */
async function editionsToCheck(
  options: ValidateOptions,
  cwd: string,
): Promise<EditionCheck[]> {
  if (options.files.length === 0) {
    const { root, dir } = await locateEdition(cwd, options.edition);
    return [{ root, dir, wanted: () => true }];
  }
  const chosen =
    options.edition === undefined
      ? undefined
      : await locateEdition(cwd, options.edition);
  const byEdition = new Map<
    string,
    { root: string; dir: string; targets: string[] }
  >();
  for (const file of options.files) {
    const found = await editionOfPath(cwd, file);
    if (
      chosen !== undefined &&
      (found.root !== chosen.root || found.dir !== chosen.dir)
    )
      throw new UsageError(
        `${file} is in the edition ${displayPath(found.dir, { root: found.root, cwd })}, not in ${options.edition ?? ""}; leave out --edition, or give files of that edition only`,
      );
    const key = path.join(found.root, found.dir);
    const entry = byEdition.get(key) ?? {
      root: found.root,
      dir: found.dir,
      targets: [],
    };
    entry.targets.push(found.target);
    byEdition.set(key, entry);
  }
  const checks = [...byEdition.values()];
  if (new Set(checks.map((c) => c.root)).size > 1)
    throw new UsageError(
      "The files given belong to different repositories; validate one repository at a time",
    );
  return checks.map(({ root, dir, targets }) => ({
    root,
    dir,
    wanted: (file: string) =>
      targets.some(
        (target) =>
          target === dir || file === target || file.startsWith(`${target}/`),
      ),
  }));
}

/** Apply the certain fixes (or, on a dry run, work them out) and say what changes; the number of problems fixed. */
async function writeFixes(
  result: BuildResult,
  wanted: (file: string) => boolean,
  io: CliIO,
  options: ValidateOptions,
  where: { root: string; cwd: string },
): Promise<number> {
  const { fixContributions } = await import("../../fix/fix-contributions.js");
  const dryRun = options.fixDryRun === true;
  const files = await fixContributions(
    result.edition,
    result.diagnostics.filter((d) => wanted(d.file)),
    { dryRun },
  );
  // Machine-readable formats keep stdout for the diagnostics.
  const out = options.format === "text" ? io.stdout : io.stderr;
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
      ? dryRun
        ? `Would fix ${plural(count, "problem")} in ${plural(written, "file")} (dry run: nothing written).\n\n`
        : `Fixed ${plural(count, "problem")} in ${plural(written, "file")}.\n\n`
      : raced
        ? "\n"
        : "Nothing to fix automatically.\n",
  );
  return count;
}
