import { CommanderError } from "commander";
import path from "node:path";
import { ConfigError, UsageError } from "../diagnostics/errors.js";
import { escapeControls, quotePath } from "../diagnostics/terminal-text.js";
import { processIO, type CliIO } from "./io.js";
import { createProgram } from "./program.js";

/** Exit code for a bug in wps-report itself (sysexits EX_SOFTWARE); the contract's codes are 0, 1 and 2. */
export const INTERNAL_ERROR = 70;

/** Runs the CLI; the one place errors become exit codes. Never lets a stack trace reach a user for bad input. */
export async function runCli(
  argv: readonly string[],
  io: CliIO,
): Promise<number> {
  let exitCode = 0;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

export function reportError(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // Help and version are not errors; commander already printed them.
    if (
      error.code === "commander.helpDisplayed" ||
      error.code === "commander.version" ||
      error.code === "commander.help"
    )
      return 0;
    return 2;
  }
  if (error instanceof ConfigError) {
    const place =
      error.place === undefined
        ? ""
        : `${quotePath(displayFile(error.place.file, io.cwd))}${error.place.line === undefined ? "" : `:${error.place.line}:${error.place.column ?? 1}`}: `;
    // Messages can quote file names and text from files: no control characters reach the terminal.
    io.stderr.write(`wps-report: ${place}${escapeControls(error.message)}\n`);
    if (error.hint !== undefined)
      io.stderr.write(`  fix: ${escapeControls(error.hint)}\n`);
    return 2;
  }
  if (
    error instanceof Error &&
    (error as NodeJS.ErrnoException).code === "ESYMLINK"
  ) {
    // writeFileAtomic refused a symbolic link inside the project: the project's problem, not a bug.
    io.stderr.write(
      `wps-report: ${escapeControls(error.message.replace(/^ESYMLINK: /, ""))}, and wps-report never writes through one inside the project\n  fix: Replace the link with a real file (git rm it), then run the command again.\n`,
    );
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`wps-report: ${escapeControls(error.message)}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    `wps-report: internal error: ${escapeControls(message)}\nThis is a bug in wps-report, not in your files. Please report it with the command you ran${io.env["WPS_REPORT_DEBUG"] === undefined ? " (set WPS_REPORT_DEBUG=1 to see the details)" : ""}.\n`,
  );
  if (
    io.env["WPS_REPORT_DEBUG"] !== undefined &&
    error instanceof Error &&
    error.stack !== undefined
  )
    io.stderr.write(`${error.stack}\n`);
  return INTERNAL_ERROR;
}

/** Exit code for output cut short by a reader that went away, as a process killed by SIGPIPE reports it (git does the same). */
export const CLOSED_PIPE = 141;

/** The bin's entry point. */
export async function main(): Promise<void> {
  // `wps-report validate | head -1`: the reader closed the pipe. End quietly, as git does; never a stack trace.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(CLOSED_PIPE);
      throw error;
    });
  process.exitCode = await runCli(process.argv.slice(2), processIO());
}

function displayFile(file: string, cwd: string): string {
  return path.isAbsolute(file)
    ? path.relative(cwd, file).split(path.sep).join("/") || file
    : file;
}
