/** What a command may touch of the outside world: injected, so tests run commands in-process without a terminal. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: OutputStream;
  stderr: OutputStream;
  /** True when standard input is a terminal (prompts are allowed). */
  stdinIsTTY: boolean;
}

export interface OutputStream {
  write(text: string | Uint8Array): unknown;
  isTTY?: boolean;
  /** A terminal's width in characters. */
  columns?: number;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
  };
}

/** Colour when the stream is a terminal, unless NO_COLOR is set; FORCE_COLOR forces it (https://no-color.org, https://force-color.org). */
export function useColor(
  stream: OutputStream,
  env: NodeJS.ProcessEnv,
): boolean {
  if (
    env["FORCE_COLOR"] !== undefined &&
    env["FORCE_COLOR"] !== "0" &&
    env["FORCE_COLOR"] !== "false"
  )
    return true;
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  if (env["FORCE_COLOR"] === "0" || env["FORCE_COLOR"] === "false")
    return false;
  return stream.isTTY === true && env["TERM"] !== "dumb";
}
