import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";

export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);
export const binPath = path.join(repoRoot, "bin", "wps-report.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output (no terminal, no colour). */
export async function runInProcess(
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; stdinIsTTY?: boolean },
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const decoder = new TextDecoder();
  const io: CliIO = {
    cwd: options.cwd,
    env: options.env ?? { NO_COLOR: "1" },
    stdout: {
      write: (t: string | Uint8Array) =>
        (stdout += typeof t === "string" ? t : decoder.decode(t)),
    },
    stderr: {
      write: (t: string | Uint8Array) =>
        (stderr += typeof t === "string" ? t : decoder.decode(t)),
    },
    stdinIsTTY: options.stdinIsTTY ?? false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** Run the compiled bin as a separate process, as a user would (needs `npm run build` first). */
export function runBin(
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [binPath, ...argv],
      {
        cwd: options.cwd,
        env: { ...process.env, NO_COLOR: "1", ...options.env },
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code =
          error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
